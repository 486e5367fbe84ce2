package org.maillage.core.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.maillage.core.codelist.CogEvent;
import org.maillage.core.codelist.EpciLegalType;
import org.maillage.core.codelist.PopulationKind;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.diff.Identities;
import org.maillage.core.id.IdentifierScheme;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.Entity;
import org.maillage.core.model.Identifier;
import org.maillage.core.model.Lineage;
import org.maillage.core.model.Population;
import org.maillage.core.model.Publisher;
import org.maillage.core.model.Territory;
import org.maillage.core.model.TerritoryLink;

/**
 * Random datasets and random edits of them, for the diff round-trip properties. Values are drawn
 * from small pools so that two datasets share many ids and nested identities. Shared with the
 * tests of sdk-json through the sdk-core test jar.
 */
public final class RandomDatasets {
    private RandomDatasets() {}

    private static final String[] NAMES = {"Orée d'Anjou", "Aurseulles", "Caychax", "Île-de-Sein", "Œuilly",
        "Saint-Denis", "Montbenoît", "Rousset", "a/b~c", ""};

    /** A random dataset of up to {@code maxEntities} territories whose ids come from a pool of twice that size. */
    public static Dataset dataset(Choices r, int maxEntities) {
        return dataset(r, maxEntities, false);
    }

    /** A random dataset whose collections may hold items with the same identity. */
    public static Dataset dataset(Choices r, int maxEntities, boolean duplicates) {
        int n = r.between(0, maxEntities);
        List<Entity> entities = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < 2 * maxEntities; i++) {
            ids.add(i);
        }
        shuffleInPlace(r, ids);
        for (int i = 0; i < n; i++) {
            entities.add(territory(r, "t" + ids.get(i), duplicates));
        }
        return Dataset.of(header(r), entities);
    }

    /** A random header. */
    public static DatasetHeader header(Choices r) {
        DatasetHeader h = DatasetHeader.of("ds-" + r.between(0, 2), r.percent(50) ? null : "Titre " + r.between(0, 2));
        if (r.percent(50)) {
            h = h.withPublisher(r.percent(50) ? Publisher.named("ARS " + r.between(0, 1))
                    : new Publisher("ARS", List.of(Identifier.of(IdentifierScheme.SIREN, "13000" + r.between(0, 2))), null));
        }
        if (r.percent(50)) {
            h = h.withDates(Instant.parse("2025-01-0" + (1 + r.between(0, 2)) + "T10:00:00Z"), LocalDate.of(2025, 1, 1));
        }
        return h;
    }

    /** A random territory with random nested collections. */
    public static Territory territory(Choices r, String id) {
        return territory(r, id, false);
    }

    /** A random territory whose collections may hold items with the same identity (invalid data). */
    public static Territory territory(Choices r, String id, boolean duplicates) {
        TerritoryKind kind = pick(r, TerritoryKind.values());
        Territory.Builder b = Territory.builder(id, kind, "0" + r.between(0, 9) + "00" + r.between(0, 9), pick(r, NAMES));
        if (r.percent(50)) {
            b.legalType(pick(r, EpciLegalType.values()));
        }
        fill(r, () -> identifier(r), duplicates).forEach(b::addIdentifier);
        fill(r, () -> link(r), duplicates).forEach(b::addParent);
        fill(r, () -> link(r), duplicates).forEach(b::addMember);
        fill(r, () -> population(r), duplicates).forEach(b::addPopulation);
        fill(r, () -> lineage(r), duplicates).forEach(b::addReplaces);
        fill(r, () -> lineage(r), duplicates).forEach(b::addReplacedBy);
        if (r.between(0, 2) == 0) {
            b.validFrom(date(r));
        }
        if (r.between(0, 2) == 0) {
            b.validTo(LocalDate.of(2030, 1, 1).plusDays(r.between(0, 99)));
        }
        return b.build();
    }

    /**
     * A dataset made from {@code a} by random removals, insertions (at random places) and
     * modifications of entities and of nested items, never reordering what is kept: the diff of
     * the two must apply back exactly.
     */
    public static Dataset edit(Choices r, Dataset a) {
        List<Entity> out = new ArrayList<>();
        int fresh = 0;
        for (Entity e : a.allEntities()) {
            int roll = r.between(0, 9);
            if (roll == 0) {
                continue;
            }
            out.add(roll < 4 ? editTerritory(r, (Territory) e) : e);
            if (r.between(0, 7) == 0) {
                out.add(territory(r, "new" + fresh++));
            }
        }
        if (r.between(0, 3) == 0) {
            out.add(0, territory(r, "head" + r.between(0, 999)));
        }
        return Dataset.of(r.between(0, 3) == 0 ? header(r) : a.header(), dedupe(out));
    }

    /** The same dataset with entities and every nested collection shuffled. */
    public static Dataset shuffle(Choices r, Dataset a) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : a.allEntities()) {
            Territory t = (Territory) e;
            out.add(new Territory(t.id(), t.kind(), t.code(), t.name(), t.legalType(), shuffled(r, t.identifiers()),
                    shuffled(r, t.parents()), shuffled(r, t.members()), shuffled(r, t.population()),
                    shuffled(r, t.replaces()), shuffled(r, t.replacedBy()), t.validFrom(), t.validTo()));
        }
        shuffleInPlace(r, out);
        return Dataset.of(a.header(), out);
    }

    private static List<Entity> dedupe(List<Entity> entities) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            if (seen.add(e.id())) {
                out.add(e);
            }
        }
        return out;
    }

    private static Territory editTerritory(Choices r, Territory t) {
        String name = r.between(0, 2) == 0 ? pick(r, NAMES) + " " + r.between(0, 4) : t.name();
        EpciLegalType legal = r.between(0, 3) == 0 ? (t.legalType() == null ? EpciLegalType.CA : null) : t.legalType();
        LocalDate to = r.between(0, 3) == 0 ? (t.validTo() == null ? date(r) : null) : t.validTo();
        return new Territory(t.id(), t.kind(), t.code(), name, legal,
                editList(r, t.identifiers(), () -> identifier(r), x -> identifier(r)),
                editList(r, t.parents(), () -> link(r), x -> new TerritoryLink(x.territory(), date(r), x.validTo())),
                editList(r, t.members(), () -> link(r), x -> new TerritoryLink(x.territory(), x.validFrom(), date(r))),
                editList(r, t.population(), () -> population(r),
                        x -> new Population(x.value() + 1 + r.between(0, 99), x.year(), x.kind())),
                editList(r, t.replaces(), () -> lineage(r), x -> new Lineage(x.code(), x.territory(),
                        pick(r, CogEvent.values()), date(r))),
                editList(r, t.replacedBy(), () -> lineage(r), x -> x),
                t.validFrom(), to);
    }

    /**
     * Removes, changes and inserts items. An inserted item never has the identity of an item
     * already there: that would be a move, and moves are not changes.
     */
    private static <T> List<T> editList(Choices r, List<T> list, Supplier<T> fresh, Function<T, T> change) {
        java.util.Set<Object> keys = new java.util.HashSet<>();
        for (T x : list) {
            keys.add(identity(x));
        }
        Supplier<T> unused = () -> {
            for (int attempt = 0; attempt < 20; attempt++) {
                T x = fresh.get();
                if (keys.add(identity(x))) {
                    return x;
                }
            }
            return null;
        };
        List<T> out = new ArrayList<>();
        if (r.between(0, 5) == 0) {
            addIfAny(out, unused.get());
        }
        for (T x : list) {
            int roll = r.between(0, 5);
            if (roll == 0) {
                continue;
            }
            out.add(roll == 1 ? changed(x, change.apply(x), keys) : x);
            if (r.between(0, 5) == 0) {
                addIfAny(out, unused.get());
            }
        }
        return out;
    }

    /** The changed item, unless its change gives it the identity of another item. */
    private static <T> T changed(T x, T y, java.util.Set<Object> keys) {
        Object kx = identity(x);
        Object ky = identity(y);
        return kx.equals(ky) || keys.add(ky) ? y : x;
    }

    private static <T> void addIfAny(List<T> list, T item) {
        if (item != null) {
            list.add(item);
        }
    }

    private static <T> List<T> shuffled(Choices r, List<T> list) {
        List<T> copy = new ArrayList<>(list);
        shuffleInPlace(r, copy);
        return copy;
    }

    /** Up to four items; with {@code duplicates} false, no two with the same identity. */
    private static <T> List<T> fill(Choices r, Supplier<T> item, boolean duplicates) {
        List<T> out = new ArrayList<>();
        java.util.Set<Object> keys = new java.util.HashSet<>();
        int n = r.between(0, 3) == 0 ? 0 : r.between(0, 4);
        for (int i = 0; i < n; i++) {
            T x = item.get();
            if (duplicates || keys.add(identity(x))) {
                out.add(x);
            }
        }
        return out;
    }

    /**
     * A dataset made from {@code a} and another dataset {@code c} of any families: some of a's
     * entities dropped, some kept, some given the content of one of c's entities of the same
     * family (so every record type is compared field by field), and some of c's entities added.
     */
    public static Dataset mix(Dataset a, Dataset c, Choices r) {
        List<Entity> out = new ArrayList<>();
        for (org.maillage.core.model.EntityFamily f : org.maillage.core.model.EntityFamily.values()) {
            List<? extends Entity> others = c.entities(f);
            java.util.Set<String> used = new java.util.HashSet<>();
            for (Entity e : a.entities(f)) {
                int roll = r.between(0, 3);
                if (roll == 0) {
                    continue;
                }
                out.add(roll == 1 && !others.isEmpty() ? withId(others.get(r.between(0, others.size() - 1)), e.id()) : e);
                used.add(e.id());
            }
            for (Entity o : others) {
                if (r.percent(50) && used.add(o.id())) {
                    out.add(o);
                }
            }
        }
        return Dataset.of(r.percent(50) ? a.header() : c.header(), out);
    }

    /**
     * A pair (a, {@link #mix mix(a, c)}) over every family, from the model's own generator.
     *
     * @param r the choices
     * @return the pair {a, b}
     */
    public static Dataset[] familyPair(Choices r) {
        ModelGenerator g = new ModelGenerator(r);
        Dataset a = g.dataset();
        Dataset c = g.dataset();
        return new Dataset[] {a, mix(a, c, r)};
    }

    /** A copy of an entity record with another id, through its canonical constructor. */
    static Entity withId(Entity e, String id) {
        java.lang.reflect.RecordComponent[] rcs = e.getClass().getRecordComponents();
        Object[] args = new Object[rcs.length];
        Class<?>[] types = new Class<?>[rcs.length];
        try {
            for (int i = 0; i < rcs.length; i++) {
                types[i] = rcs[i].getType();
                args[i] = rcs[i].getName().equals("id") ? id : rcs[i].getAccessor().invoke(e);
            }
            return (Entity) e.getClass().getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException x) {
            throw new IllegalStateException(x);
        }
    }

    /** The identity of an item as the differ sees it: its declared identity components, or its whole value. */
    static Object identity(Object item) {
        List<String> names = Identities.standard().of(item.getClass());
        if (names.isEmpty()) {
            return item;
        }
        List<Object> key = new ArrayList<>();
        for (java.lang.reflect.RecordComponent rc : item.getClass().getRecordComponents()) {
            if (names.contains(rc.getName())) {
                try {
                    key.add(rc.getAccessor().invoke(item));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return key;
    }

    static Identifier identifier(Choices r) {
        return Identifier.of(pick(r, IdentifierScheme.values()), "2" + r.between(0, 4) + "0100012");
    }

    static TerritoryLink link(Choices r) {
        return new TerritoryLink("t" + r.between(0, 11), r.percent(50) ? null : date(r), r.between(0, 2) == 0 ? date(r) : null);
    }

    static Population population(Choices r) {
        return new Population(r.between(0, 99_999), 2019 + r.between(0, 3), pick(r, PopulationKind.values()));
    }

    static Lineage lineage(Choices r) {
        return new Lineage("490" + (10 + r.between(0, 9)), r.percent(50) ? null : "t" + r.between(0, 11),
                r.percent(50) ? null : pick(r, CogEvent.values()), r.percent(50) ? null : date(r));
    }

    static LocalDate date(Choices r) {
        return LocalDate.of(2015 + r.between(0, 9), 1 + r.between(0, 11), 1 + r.between(0, 27));
    }

    private static <T> T pick(Choices r, T[] values) {
        return r.pick(values);
    }

    /** Fisher–Yates, drawing through the choices. */
    private static <T> void shuffleInPlace(Choices r, List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = r.between(0, i);
            T x = list.get(i);
            list.set(i, list.get(j));
            list.set(j, x);
        }
    }
}

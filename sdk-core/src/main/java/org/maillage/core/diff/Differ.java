package org.maillage.core.diff;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.Entity;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.model.Lineage;
import org.maillage.core.model.Territory;

/**
 * The semantic diff of two datasets. Entities are matched by id within their family; the items of
 * nested collections by their identity ({@link Identities}), never by position; records are
 * compared component by component, generically, so every record type of the model is covered.
 * The cost is linear in the size of the datasets (hash maps, no sequence alignment).
 *
 * <p>Collections are compared as collections: moving an item gives no change. A removed territory
 * whose successors are known from the lineage of either dataset is reported with them.
 *
 * <p>Immutable and thread-safe; configure it with {@link #builder()}.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class Differ {

    private static final Differ STANDARD = builder().build();

    private final Set<EntityFamily> ignoredFamilies;
    private final List<IgnorePattern> ignored;
    private final Identities identities;

    private Differ(Builder b) {
        this.ignoredFamilies = Collections.unmodifiableSet(b.families.isEmpty()
                ? EnumSet.noneOf(EntityFamily.class) : EnumSet.copyOf(b.families));
        this.ignored = List.copyOf(b.patterns);
        this.identities = b.identities;
    }

    /**
     * A differ that compares everything, with the standard identities.
     *
     * @return the shared differ
     */
    public static Differ standard() {
        return STANDARD;
    }

    /**
     * A builder for a configured differ.
     *
     * @return a builder with nothing ignored and the standard identities
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this differ's configuration.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.families.addAll(ignoredFamilies);
        b.patterns.addAll(ignored);
        b.identities = identities;
        return b;
    }

    /**
     * The families this differ leaves out.
     *
     * @return the families
     */
    public Set<EntityFamily> ignoredFamilies() {
        return ignoredFamilies;
    }

    /**
     * The field patterns this differ leaves out, as given.
     *
     * @return the patterns
     */
    public List<String> ignoredFields() {
        return ignored.stream().map(IgnorePattern::text).toList();
    }

    /**
     * What changed from {@code a} to {@code b}.
     *
     * @param a the first dataset
     * @param b the second dataset
     * @return the changeset; {@link Changeset#applyTo applyTo(a)} gives {@code b} back (but for
     *     what is ignored, and the order of collections, which is kept from {@code a})
     */
    public Changeset diff(Dataset a, Dataset b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        List<FieldChange> header = new ArrayList<>();
        new ValueDiff(patternsFor(IgnorePattern.HEADER, null, true)).record("", a.header(), b.header(), header);
        List<EntityChange> changes = new ArrayList<>();
        Lineages lineages = null;
        for (EntityFamily f : EntityFamily.values()) {
            if (ignoredFamilies.contains(f)) {
                continue;
            }
            List<? extends Entity> ea = a.entities(f);
            List<? extends Entity> eb = b.entities(f);
            if (ea.equals(eb)) {
                continue;
            }
            if (f == EntityFamily.TERRITORIES && lineages == null) {
                lineages = new Lineages(a, b);
            }
            diffFamily(f, ea, eb, changes, lineages);
        }
        return new Changeset(header, changes);
    }

    private void diffFamily(EntityFamily f, List<? extends Entity> ea, List<? extends Entity> eb,
            List<EntityChange> out, Lineages lineages) {
        Match m = Match.byUniqueIds(ea, eb);
        if (m == null) {
            m = Match.of(ea, eb, Entity::id);
        }
        for (int i = 0; i < ea.size(); i++) {
            int j = m.aToB[i];
            if (j >= 0 && !ea.get(i).equals(eb.get(j))) {
                List<FieldChange> fields = new ArrayList<>();
                new ValueDiff(patternsFor(f.member(), ea.get(i).id(), false)).record("", ea.get(i), eb.get(j), fields);
                if (!fields.isEmpty()) {
                    out.add(new EntityChange(f, ea.get(i).id(), ChangeKind.MODIFIED, i, fields, List.of()));
                }
            }
        }
        for (int i = ea.size() - 1; i >= 0; i--) {
            if (m.aToB[i] < 0) {
                Entity e = ea.get(i);
                out.add(EntityChange.removed(i, e, lineages == null ? List.of() : lineages.successors(e)));
            }
        }
        for (int j = 0; j < eb.size(); j++) {
            if (!m.bMatched[j]) {
                out.add(EntityChange.added(j, eb.get(j)));
            }
        }
    }

    private List<IgnorePattern> patternsFor(String family, String id, boolean header) {
        List<IgnorePattern> r = new ArrayList<>();
        for (IgnorePattern p : ignored) {
            boolean isHeader = p.family().equals(IgnorePattern.HEADER);
            if (header ? isHeader : !isHeader && p.appliesTo(family, id)) {
                r.add(p);
            }
        }
        return r;
    }

    /** Compares two values of one entity, recording field changes in applicable order. */
    private final class ValueDiff {
        private final List<IgnorePattern> patterns;

        ValueDiff(List<IgnorePattern> patterns) {
            this.patterns = patterns;
        }

        void record(String path, Object a, Object b, List<FieldChange> out) {
            if (Objects.equals(a, b) || !path.isEmpty() && isIgnored(path)) {
                return;
            }
            if (FieldChange.isAbsent(a) || FieldChange.isAbsent(b)) {
                if (!(FieldChange.isAbsent(a) && FieldChange.isAbsent(b))) {
                    out.add(new FieldChange(path, a, b));
                }
            } else if (a instanceof List<?> la && b instanceof List<?> lb) {
                list(path, la, lb, out);
            } else if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
                map(path, ma, mb, out);
            } else if (a.getClass().isRecord() && a.getClass() == b.getClass()) {
                Records.Shape s = Records.shape(a.getClass());
                for (int i = 0; i < s.components.length; i++) {
                    record(Pointers.append(path, s.names[i]), Records.get(a, i), Records.get(b, i), out);
                }
            } else {
                out.add(new FieldChange(path, a, b));
            }
        }

        private boolean isIgnored(String path) {
            if (patterns.isEmpty()) {
                return false;
            }
            List<String> tokens = Pointers.parse(path);
            for (IgnorePattern p : patterns) {
                if (p.matches(tokens)) {
                    return true;
                }
            }
            return false;
        }

        private void list(String path, List<?> a, List<?> b, List<FieldChange> out) {
            Match m = Match.of(a, b, identities::keyOf);
            for (int i = 0; i < a.size(); i++) {
                if (m.aToB[i] >= 0) {
                    record(Pointers.append(path, i), a.get(i), b.get(m.aToB[i]), out);
                }
            }
            for (int i = a.size() - 1; i >= 0; i--) {
                if (m.aToB[i] < 0) {
                    String p = Pointers.append(path, i);
                    if (!isIgnored(p)) {
                        out.add(new FieldChange(p, a.get(i), null));
                    }
                }
            }
            for (int j = 0; j < b.size(); j++) {
                if (!m.bMatched[j]) {
                    String p = Pointers.append(path, j);
                    if (!isIgnored(p)) {
                        out.add(new FieldChange(p, null, b.get(j)));
                    }
                }
            }
        }

        private void map(String path, Map<?, ?> a, Map<?, ?> b, List<FieldChange> out) {
            for (Map.Entry<?, ?> e : a.entrySet()) {
                String p = Pointers.append(path, String.valueOf(e.getKey()));
                record(p, e.getValue(), b.get(e.getKey()), out);
            }
            for (Map.Entry<?, ?> e : b.entrySet()) {
                if (!a.containsKey(e.getKey())) {
                    record(Pointers.append(path, String.valueOf(e.getKey())), null, e.getValue(), out);
                }
            }
        }
    }

    /** A pairing of two lists by key; duplicates pair up in order. */
    private static final class Match {
        final int[] aToB;
        final boolean[] bMatched;

        private Match(int[] aToB, boolean[] bMatched) {
            this.aToB = aToB;
            this.bMatched = bMatched;
        }

        /** Pairs equal items first, then what is left by key, so that moving items never reads as a change. */
        static <T> Match of(List<? extends T> a, List<? extends T> b, java.util.function.Function<T, Object> key) {
            int[] aToB = new int[a.size()];
            Arrays.fill(aToB, -1);
            boolean[] bMatched = new boolean[b.size()];
            pair(a, b, x -> x, aToB, bMatched);
            pair(a, b, key, aToB, bMatched);
            return new Match(aToB, bMatched);
        }

        /**
         * Pairs entities by id alone when ids are unique on both sides, which gives the pairing of
         * {@link #of} (equal entities have equal ids, and an id names one entity on each side)
         * without hashing every entity whole; null when an id repeats, for {@link #of} to decide.
         */
        static Match byUniqueIds(List<? extends Entity> a, List<? extends Entity> b) {
            Map<String, Integer> inB = new HashMap<>(Math.max(16, b.size() * 2));
            for (int j = 0; j < b.size(); j++) {
                if (inB.put(b.get(j).id(), j) != null) {
                    return null;
                }
            }
            int[] aToB = new int[a.size()];
            boolean[] bMatched = new boolean[b.size()];
            Set<String> seen = new java.util.HashSet<>(Math.max(16, a.size() * 2));
            for (int i = 0; i < a.size(); i++) {
                String id = a.get(i).id();
                if (!seen.add(id)) {
                    return null;
                }
                Integer j = inB.get(id);
                aToB[i] = j == null ? -1 : j;
                if (j != null) {
                    bMatched[j] = true;
                }
            }
            return new Match(aToB, bMatched);
        }

        private static <T> void pair(List<? extends T> a, List<? extends T> b, java.util.function.Function<T, Object> key,
                int[] aToB, boolean[] bMatched) {
            Map<Object, ArrayDeque<Integer>> inB = new HashMap<>(b.size() * 2);
            for (int j = 0; j < b.size(); j++) {
                if (!bMatched[j]) {
                    inB.computeIfAbsent(key.apply(b.get(j)), k -> new ArrayDeque<>(1)).add(j);
                }
            }
            if (inB.isEmpty()) {
                return;
            }
            for (int i = 0; i < a.size(); i++) {
                if (aToB[i] < 0) {
                    ArrayDeque<Integer> q = inB.get(key.apply(a.get(i)));
                    if (q != null && !q.isEmpty()) {
                        int j = q.poll();
                        aToB[i] = j;
                        bMatched[j] = true;
                    }
                }
            }
        }
    }

    /** Successors of territories, from {@code replaces} in the second dataset and {@code replacedBy} in the first. */
    private static final class Lineages {
        private final Map<String, List<String>> byOldCode = new HashMap<>();
        private final Map<String, List<String>> byOldId = new HashMap<>();
        private final Map<String, List<String>> idsByCode = new HashMap<>();
        private final Set<String> idsInB = new java.util.HashSet<>();

        Lineages(Dataset a, Dataset b) {
            for (Territory t : b.territories()) {
                idsInB.add(t.id());
                idsByCode.computeIfAbsent(t.code(), k -> new ArrayList<>(1)).add(t.id());
                for (Lineage l : t.replaces()) {
                    byOldCode.computeIfAbsent(l.code(), k -> new ArrayList<>(1)).add(t.id());
                    if (l.territory() != null) {
                        byOldId.computeIfAbsent(l.territory(), k -> new ArrayList<>(1)).add(t.id());
                    }
                }
            }
        }

        List<String> successors(Entity removed) {
            if (!(removed instanceof Territory t)) {
                return List.of();
            }
            Set<String> s = new LinkedHashSet<>();
            s.addAll(byOldId.getOrDefault(t.id(), List.of()));
            s.addAll(byOldCode.getOrDefault(t.code(), List.of()));
            for (Lineage l : t.replacedBy()) {
                if (l.territory() != null && idsInB.contains(l.territory())) {
                    s.add(l.territory());
                } else {
                    s.addAll(idsByCode.getOrDefault(l.code(), List.of()));
                }
            }
            s.remove(t.id());
            return List.copyOf(s);
        }
    }

    /**
     * Configures a {@link Differ}. Not thread-safe; build once, share the differ.
     *
     * @since 0.1.0
     */
    @API(status = STABLE, since = "0.1.0")
    public static final class Builder {
        private final Set<EntityFamily> families = new LinkedHashSet<>();
        private final List<IgnorePattern> patterns = new ArrayList<>();
        private Identities identities = Identities.standard();

        private Builder() {}

        /**
         * Leaves whole families out of the diff.
         *
         * @param values the families
         * @return this builder
         */
        public Builder ignore(EntityFamily... values) {
            families.addAll(List.of(values));
            return this;
        }

        /**
         * Leaves a place out of the diff: a family ({@code observations}), a field of the entities
         * of a family ({@code territories/*}{@code /population}, {@code *} matching any one
         * segment, the second segment being the entity id), or a member of the envelope
         * ({@code header/issued}).
         *
         * @param pattern the pattern
         * @return this builder
         * @throws IllegalArgumentException when the pattern names no family or is malformed
         */
        public Builder ignore(String pattern) {
            Objects.requireNonNull(pattern, "pattern");
            String t = pattern.startsWith("/") ? pattern.substring(1) : pattern;
            EntityFamily f = EntityFamily.ofMember(t);
            if (f != null) {
                families.add(f);
            } else {
                patterns.add(IgnorePattern.parse(pattern));
            }
            return this;
        }

        /**
         * The identities of nested collection items.
         *
         * @param value the registry
         * @return this builder
         */
        public Builder identities(Identities value) {
            this.identities = Objects.requireNonNull(value, "identities");
            return this;
        }

        /**
         * Builds the differ.
         *
         * @return an immutable differ
         */
        public Differ build() {
            return new Differ(this);
        }
    }

    @Override
    public String toString() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ignoredFamilies", ignoredFamilies);
        m.put("ignoredFields", ignoredFields());
        return "Differ" + m;
    }
}

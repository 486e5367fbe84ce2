package org.maillage.validation.internal.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.Entity;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.model.Identifier;
import org.maillage.core.model.Observation;
import org.maillage.validation.Finding;
import org.maillage.validation.internal.EntityLabels;
import org.maillage.validation.internal.Located;
import org.maillage.validation.spi.DatasetView;
import org.maillage.validation.spi.IndexedEntity;
import org.maillage.validation.spi.Reference;

/**
 * The index of a dataset: one entry per entity, filled in file order. Reports duplicate ids and
 * duplicate official identifiers as it grows. Not thread-safe: filled by the merging thread.
 *
 * <p>Observations, the bulk of a national file, are kept in an {@link ObservationStore} (primitive
 * tables, ids as 64-bit hashes, the rest in a temporary file beyond a budget) whenever their entry
 * is the usual one; every other entity is an {@link IndexEntry} in {@link #byId}. An id is looked
 * up in both.
 */
final class Index implements DatasetView {
    /** Share of the maximum heap the cold records of observations may take before they go to a temporary file. */
    private static final int COLD_SHARE = 16;

    private final Map<String, IndexEntry> byId = new HashMap<>();
    private final ObservationStore observations;
    private final Map<EntityFamily, List<IndexEntry>> byFamily = new EnumMap<>(EntityFamily.class);
    /**
     * The holders of each official identifier value, per family (and kind, for territories): an
     * entry when it has one holder, the usual case, else a list of them in file order.
     */
    private final Map<IdentifierKey, Object> byIdentifier = new HashMap<>();

    /** An identifier value within a family, and a territory kind for territories (empty otherwise). */
    record IdentifierKey(EntityFamily family, String kind, Identifier identifier) {}

    /**
     * The entities carrying one identifier value.
     *
     * @param key the family, kind and identifier
     * @param holders the entities, in file order
     */
    record Holders(IdentifierKey key, List<IndexEntry> holders) {}
    /** Equal strings and dates of different entries, kept once (see {@link #share}). */
    private final Map<Object, Object> shared = new HashMap<>();
    private final Map<String, Entity> models = new HashMap<>();
    private DatasetHeader header;
    private LocalDate validationDate;

    Index() {
        this(ObservationStore::hash, Math.max(1 << 20, Runtime.getRuntime().maxMemory() / COLD_SHARE));
    }

    /**
     * An index with its own hash of ids and budget of cold bytes (tests make hashes collide and
     * the budget small).
     *
     * @param hasher the 64-bit hash of ids
     * @param coldBudget how many bytes of observations' cold records stay in the heap
     */
    Index(ToLongFunction<String> hasher, long coldBudget) {
        this.observations = new ObservationStore(hasher, coldBudget);
        for (EntityFamily f : EntityFamily.values()) {
            byFamily.put(f, new ArrayList<>());
        }
    }

    void header(DatasetHeader value) {
        this.header = value;
    }

    void validationDate(LocalDate value) {
        this.validationDate = value;
    }

    /**
     * Adds an entity; returns the finding its id raises when another entity has it already. Whether
     * its official identifiers may be shared is judged once the index is complete
     * ({@link IdentifierChecks}).
     *
     * @param entry the indexed entity
     * @param model the typed entity to keep for the rules, or null
     * @param at how to place a finding on the entity
     */
    List<Finding> add(IndexEntry entry, Entity model, Function<IndexEntry, Located> at) {
        List<Finding> out = new ArrayList<>();
        IndexEntry e = compact(entry);
        long hash = observations.hashOf(e.id());
        IndexEntry first = get(e.id(), hash, false);
        if (first != null) {
            out.add(at.apply(e).finding("ref.duplicate-id", Map.of("id", e.id(), "first", first.pointer()), "/id"));
            return out;
        }
        if (observations.accepts(e)) {
            observations.add(e, hash);
            if (model != null) {
                observations.keepModel(model instanceof Observation o ? shared(o) : model);
            }
            return out;
        }
        byId.put(e.id(), e);
        if (model != null) {
            models.put(e.id(), model);
        }
        if (e.family() == EntityFamily.OBSERVATIONS) {
            observations.addWhole(e);
        } else {
            byFamily.get(e.family()).add(e);
        }
        for (Identifier id : e.identifiers()) {
            String scope = e.family() == EntityFamily.TERRITORIES ? String.valueOf(e.kind()) : "";
            byIdentifier.merge(new IdentifierKey(e.family(), scope, id), e, Index::addHolder);
        }
        return out;
    }

    /**
     * The entry with the values it shares with others made the same objects: kinds, dates,
     * reference pointers (relative, so they repeat) and targets (the target's own id when it is
     * already indexed). Keeps the index near its minimum: an id, a code and a few words per entity.
     */
    private IndexEntry compact(IndexEntry e) {
        List<Reference> refs = new ArrayList<>(e.references().size());
        for (Reference r : e.references()) {
            IndexEntry target = byId.get(r.target());
            refs.add(new ReferenceEntry(r.role(), target != null ? target.id() : share(r.target()), r.families(),
                    share(r.pointer()), share(r.from()), share(r.to()), share(r.date()), r.dated()));
        }
        return e.shared(share(e.kind()), share(e.validFrom()), share(e.validTo()), refs);
    }

    /**
     * An observation model with the parts it shares with others made the same objects as theirs
     * (its indicator and territory ids, its period, its profession): a rule may keep hundreds of
     * thousands of them.
     */
    private Observation shared(Observation o) {
        return new Observation(o.id(), share(o.indicator()), share(o.territory()), share(o.period()), o.value(),
                share(o.profession()), o.status(), o.identifiers(), share(o.validFrom()), share(o.validTo()));
    }

    @SuppressWarnings("unchecked")
    private static Object addHolder(Object known, Object added) {
        List<IndexEntry> list;
        if (known instanceof IndexEntry first) {
            list = new ArrayList<>(2);
            list.add(first);
        } else {
            list = (List<IndexEntry>) known;
        }
        list.add((IndexEntry) added);
        return list;
    }

    /**
     * The entities that carry the same official identifier value, per family (and kind, for
     * territories), each group in file order; values with a single holder are left out.
     *
     * @return the groups
     */
    @SuppressWarnings("unchecked")
    List<Holders> sharedIdentifiers() {
        List<Holders> groups = new ArrayList<>();
        for (Map.Entry<IdentifierKey, Object> e : byIdentifier.entrySet()) {
            if (e.getValue() instanceof List<?> list) {
                groups.add(new Holders(e.getKey(), Collections.unmodifiableList((List<IndexEntry>) list)));
            }
        }
        return groups;
    }

    @SuppressWarnings("unchecked")
    private <T> T share(T value) {
        if (value == null) {
            return null;
        }
        Object known = shared.putIfAbsent(value, value);
        return known == null ? value : (T) known;
    }


    @Override
    public Optional<DatasetHeader> header() {
        return Optional.ofNullable(header);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Iterable<IndexedEntity> entities(EntityFamily family) {
        if (family == EntityFamily.OBSERVATIONS) {
            // read-only: an iterable of entries is one of the interface they implement
            return (Iterable<IndexedEntity>) (Iterable<? extends IndexedEntity>) observations.all(true);
        }
        return Collections.unmodifiableList(byFamily.get(family));
    }

    /**
     * The entries of a family other than observations, in file order (the engine's own view of
     * {@link #entities}).
     */
    List<IndexEntry> entries(EntityFamily family) {
        if (family == EntityFamily.OBSERVATIONS) {
            throw new IllegalArgumentException("observations are not a list: see scan");
        }
        return Collections.unmodifiableList(byFamily.get(family));
    }

    /**
     * The entries of any family, in file order, for the engine's own checks: the views of
     * observations in slots are made afresh (see {@link ObservationStore#view}).
     */
    Iterable<IndexEntry> scan(EntityFamily family) {
        return family == EntityFamily.OBSERVATIONS ? observations.all(false) : entries(family);
    }

    /** How many observations the index keeps in primitive tables rather than as objects. */
    int compactObservations() {
        return observations.size();
    }

    /** Whether the cold records of observations went to a temporary file. */
    boolean spilled() {
        return observations.spilled();
    }

    @Override
    public Optional<IndexedEntity> entity(String id) {
        return Optional.ofNullable(get(id, observations.hashOf(id), true));
    }

    @Override
    public <T extends Entity> Optional<T> model(IndexedEntity entry, Class<T> type) {
        Entity m = entry instanceof CompactObservation c ? observations.model(c)
                : byId.get(entry.id()) == entry ? models.get(entry.id()) : null;
        return type.isInstance(m) ? Optional.of(type.cast(m)) : Optional.empty();
    }

    @Override
    public String label(String id) {
        IndexEntry e = get(id);
        return e == null ? id : EntityLabels.of(e.id(), e.name(), e.kind(), e.code());
    }

    /** Parameters that are ids or codes as such, never replaced by a label. */
    private static final Set<String> LITERAL_PARAMS = Set.of("id", "code", "value", "pointer", "rule");

    /**
     * The parameters of a finding with every entity they cite by id named: a value that is the id
     * of an indexed entity becomes its {@link #label} («CLS de la Haute-Ariège (cls-haute-ariege)»),
     * so that every rule names the entities it speaks of without asking. Parameters that are ids
     * or codes as such ({@code id}, {@code code}, {@code value}…) are kept, and so is {@code x}
     * when the rule gives the name itself as {@code xName}.
     *
     * @param params the parameters
     * @return the parameters with names
     */
    Map<String, String> named(Map<String, String> params) {
        Map<String, String> out = null;
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (p.getValue() == null || LITERAL_PARAMS.contains(p.getKey()) || params.containsKey(p.getKey() + "Name")
                    || get(p.getValue()) == null) {
                continue;
            }
            String label = label(p.getValue());
            if (!label.equals(p.getValue())) {
                if (out == null) {
                    out = new java.util.LinkedHashMap<>(params);
                }
                out.put(p.getKey(), label);
            }
        }
        return out == null ? params : out;
    }

    @Override
    public LocalDate referenceDate() {
        return header != null && header.referenceDate() != null ? header.referenceDate() : validationDate;
    }

    /**
     * The entry with an id: for an observation in a slot, the view a rule holds when it holds one
     * (so that the engine can tell a rule's entity for the dataset's own), else a new view.
     */
    IndexEntry get(String id) {
        return get(id, observations.hashOf(id), false);
    }

    private IndexEntry get(String id, long hash, boolean forRules) {
        IndexEntry e = byId.get(id);
        if (e != null) {
            return e;
        }
        int slot = observations.find(id, hash);
        if (slot < 0) {
            return null;
        }
        return forRules ? observations.view(slot) : observations.held(slot);
    }
}

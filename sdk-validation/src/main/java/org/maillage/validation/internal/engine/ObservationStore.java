package org.maillage.validation.internal.engine;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.maillage.core.model.Entity;
import org.maillage.core.model.EntityFamily;
import org.maillage.validation.spi.Reference;

/**
 * The observations of a dataset, the bulk of a national file (ten million over ten years), in
 * primitive tables instead of one object each: about 16 bytes of heap per observation, against
 * about 450 for an {@link IndexEntry} with its references, id and hash-map node.
 *
 * <p>Per observation (a <em>slot</em>, in file order): a 32-bit print of its id's hash, in an
 * open-addressing table of slots; its two references as numbers, in one int (an observation names
 * one of a few indicators, with its period, and one of some 35,000 territories); and the length
 * of its <em>cold</em> record: its id, ordinal and source position, kept in a {@link ColdStore} (a
 * temporary file beyond a budget), read only when a finding, a duplicate or a rule asks. Two ids
 * with the same print are told apart by reading their ids back.
 *
 * <p>Only observations whose index entry is exactly what this rebuilds are kept so
 * ({@link #accepts}): bound, with its usual pointer, no official identifier, its two references
 * dated at its own {@code validFrom}. The others stay whole {@link IndexEntry} objects
 * ({@link #addWhole}), in file order among the slots. The typed models that rules keep (a few
 * percent of observations) are kept by slot ({@link #keepModel}).
 *
 * <p>Not thread-safe: filled by the merging thread, then read by the checks and rules.
 */
final class ObservationStore {
    private static final int CHUNK_BITS = 14;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int BLOCK_BITS = 6;
    /** The fixed part of a cold record: ordinal, line and column (ints), byte offset (long). */
    private static final int HEAD = 20;
    /** The longest cold record (its length is kept in a byte). */
    static final int MAX_RECORD = 255;
    private static final String INDICATOR = "indicator";
    private static final String TERRITORY = "territory";
    private static final String INDICATOR_POINTER = "/indicator";
    private static final String TERRITORY_POINTER = "/territory";
    private static final Set<EntityFamily> INDICATORS = Set.of(EntityFamily.INDICATORS);
    private static final Set<EntityFamily> TERRITORIES = Set.of(EntityFamily.TERRITORIES);
    /**
     * Bits of a slot's reference number for its territory's id (some 35,000 distinct in a national
     * file; its date is the observation's {@code validFrom}, the indicator reference's date); the
     * other 10 number its indicator, date and period end included (1,024 distinct). An observation
     * that would need a number beyond is kept whole.
     */
    private static final int TERRITORY_BITS = 22;
    private static final int INDICATOR_LIMIT = 1 << (Integer.SIZE - TERRITORY_BITS);
    private static final int TERRITORY_LIMIT = 1 << TERRITORY_BITS;

    private final ToLongFunction<String> hasher;
    private final ColdStore cold;
    /** The source of every slot (one run reads one source). */
    private String file;
    private int size;
    /**
     * Per slot, its id's 64-bit hash folded to 32 bits (its low bits are the slot's cell in
     * {@link #table}); two ids with the same print are told apart by reading their ids back.
     */
    private int[][] prints = new int[4][];
    /** Per slot, its indicator's number in {@link #indicatorPool} (high bits) and its territory's id's in {@link #territoryPool}. */
    private int[][] refs = new int[4][];
    private byte[][] lengths = new byte[4][];
    /** Where the cold records of each block of 64 slots start. */
    private long[] blockStarts = new long[64];
    /** Slot + 1 per cell, 0 for an empty cell; a power of two long, at most three quarters full. */
    private int[] table = new int[1 << 10];

    /** An observation's indicator reference and its {@code validTo} (its {@code validFrom} is the reference's date). */
    private record IndicatorKey(Reference reference, LocalDate validTo) {}

    private final Map<IndicatorKey, Integer> indicatorNumbers = new HashMap<>();
    private final List<IndicatorKey> indicatorPool = new ArrayList<>();
    /**
     * The territories' ids. A territory reference is rebuilt from its id and the indicator
     * reference's date (both dated at the observation's {@code validFrom}, see {@link #accepts}):
     * one pool entry per territory, not one per territory and date (1.4 million in ten years of
     * quarters, 110 bytes each as objects).
     */
    private final Map<String, Integer> territoryNumbers = new HashMap<>();
    private final List<String> territoryPool = new ArrayList<>();

    /** The observations kept whole, and how many slots come before each. */
    private final List<IndexEntry> whole = new ArrayList<>();
    private int[] wholeBefore = new int[16];

    /** The slots that have a typed model kept for a rule (ascending: slots are filled in order), and those models. */
    private int[] modelSlots = new int[16];
    private Entity[] models = new Entity[16];
    /**
     * The view of each slot with a model, once handed out, kept for the run: rules hold these
     * (a model is why a rule reads an observation), so a strong reference here costs only the
     * array's cell, where a weak one costs a map node, a boxed key and the reference itself.
     */
    private CompactObservation[] modelViews = new CompactObservation[16];
    private int modelCount;

    /** What the cold record of a slot holds. */
    record Cold(String id, int ordinal, int line, int column, long byteOffset) {}

    /**
     * A store.
     *
     * @param hasher the 64-bit hash of ids
     * @param coldBudget how many bytes of cold records stay in the heap before they go to a temporary file
     */
    ObservationStore(ToLongFunction<String> hasher, long coldBudget) {
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.cold = new ColdStore(coldBudget);
    }

    /**
     * The 64-bit hash of an id: FNV-1a over its chars, then MurmurHash3's finaliser so that the
     * low bits (the table's cell) depend on every char.
     *
     * @param id the id
     * @return the hash
     */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** The number of observations in slots. */
    int size() {
        return size;
    }

    /** Whether the cold records went to a temporary file. */
    boolean spilled() {
        return cold.spilled();
    }

    /**
     * Whether an entry can be kept in a slot: everything the slot and its cold record rebuild is
     * all it holds.
     *
     * @param e the entry, already shared by the index
     * @return true when {@link #add} may take it
     */
    boolean accepts(IndexEntry e) {
        if (e.family() != EntityFamily.OBSERVATIONS || e.kind() != null || e.code() != null || e.name() != null
                || !e.identifiers().isEmpty() || e.references().size() != 2 || file != null && !file.equals(e.file())
                || !e.pointer().equals(IndexEntry.defaultPointer(e.family(), e.ordinal()))
                || e.line() > Integer.MAX_VALUE || e.column() > Integer.MAX_VALUE
                || HEAD + utf8Length(e.id()) > MAX_RECORD) {
            return false;
        }
        return usual(e.references().get(0), INDICATOR, INDICATOR_POINTER, INDICATORS, e.validFrom())
                && usual(e.references().get(1), TERRITORY, TERRITORY_POINTER, TERRITORIES, e.validFrom())
                && (indicatorPool.size() < INDICATOR_LIMIT
                        || indicatorNumbers.containsKey(new IndicatorKey(e.references().get(0), e.validTo())))
                && (territoryPool.size() < TERRITORY_LIMIT || territoryNumbers.containsKey(e.references().get(1).target()));
    }

    private static boolean usual(Reference r, String role, String pointer, Set<EntityFamily> families, LocalDate date) {
        return r.role().equals(role) && r.pointer().equals(pointer) && r.families().equals(families) && r.from() == null
                && r.to() == null && r.dated() && Objects.equals(r.date(), date);
    }

    /** The UTF-8 length of an id; more than a record holds when it has a surrogate (kept whole, to be safe). */
    private static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                return MAX_RECORD + 1;
            }
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return n;
    }

    /**
     * Keeps an accepted entry in the next slot. The caller has made sure that no entity has its id.
     *
     * @param e the entry ({@link #accepts} said yes)
     * @param idHash the hash of its id
     */
    void add(IndexEntry e, long idHash) {
        if (file == null) {
            file = e.file();
        }
        int slot = size;
        int chunk = slot >>> CHUNK_BITS;
        if (chunk == prints.length) {
            int n = prints.length * 2;
            prints = Arrays.copyOf(prints, n);
            refs = Arrays.copyOf(refs, n);
            lengths = Arrays.copyOf(lengths, n);
        }
        if (prints[chunk] == null) {
            prints[chunk] = new int[CHUNK];
            refs[chunk] = new int[CHUNK];
            lengths[chunk] = new byte[CHUNK];
        }
        int in = slot & (CHUNK - 1);
        int print = print(idHash);
        prints[chunk][in] = print;
        int indicator = number(indicatorNumbers, indicatorPool, new IndicatorKey(e.references().get(0), e.validTo()));
        int territory = number(territoryNumbers, territoryPool, e.references().get(1).target());
        refs[chunk][in] = indicator << TERRITORY_BITS | territory;
        byte[] id = e.id().getBytes(StandardCharsets.UTF_8);
        byte[] record = new byte[HEAD + id.length];
        putInt(record, 0, e.ordinal());
        putInt(record, 4, (int) e.line());
        putInt(record, 8, (int) e.column());
        putLong(record, 12, e.byteOffset());
        System.arraycopy(id, 0, record, HEAD, id.length);
        long at = cold.append(record, record.length);
        if ((slot & ((1 << BLOCK_BITS) - 1)) == 0) {
            int block = slot >>> BLOCK_BITS;
            if (block == blockStarts.length) {
                blockStarts = Arrays.copyOf(blockStarts, block * 2);
            }
            blockStarts[block] = at;
        }
        lengths[chunk][in] = (byte) record.length;
        size++;
        if (size * 4L > table.length * 3L) {
            rehash();
        }
        insert(table, slot, print);
    }

    /**
     * Keeps the typed model of the observation just added, for the rules that read it.
     *
     * @param model the model
     */
    void keepModel(Entity model) {
        if (modelCount == modelSlots.length) {
            modelSlots = Arrays.copyOf(modelSlots, modelCount * 2);
            models = Arrays.copyOf(models, modelCount * 2);
            modelViews = Arrays.copyOf(modelViews, modelCount * 2);
        }
        modelSlots[modelCount] = size - 1;
        models[modelCount++] = Objects.requireNonNull(model, "model");
    }

    /**
     * The typed model kept for a view of this store.
     *
     * @param view the view
     * @return the model, or null when none was kept or the view is another store's
     */
    Entity model(CompactObservation view) {
        if (!view.of(this)) {
            return null;
        }
        int i = Arrays.binarySearch(modelSlots, 0, modelCount, view.slot());
        return i < 0 ? null : models[i];
    }

    private static <K> int number(Map<K, Integer> numbers, List<K> pool, K key) {
        Integer known = numbers.get(key);
        if (known != null) {
            return known;
        }
        numbers.put(key, pool.size());
        pool.add(key);
        return pool.size() - 1;
    }

    /**
     * Keeps an observation whole, in file order after the slots filled so far.
     *
     * @param e the entry
     */
    void addWhole(IndexEntry e) {
        if (whole.size() == wholeBefore.length) {
            wholeBefore = Arrays.copyOf(wholeBefore, wholeBefore.length * 2);
        }
        wholeBefore[whole.size()] = size;
        whole.add(e);
    }

    private void rehash() {
        int[] bigger = new int[table.length * 2];
        for (int slot = 0; slot < size - 1; slot++) {
            insert(bigger, slot, printOf(slot));
        }
        table = bigger;
    }

    private static void insert(int[] cells, int slot, int print) {
        int mask = cells.length - 1;
        int i = print & mask;
        while (cells[i] != 0) {
            i = (i + 1) & mask;
        }
        cells[i] = slot + 1;
    }

    /** A 64-bit hash folded to the 32 bits a slot keeps. */
    private static int print(long h) {
        return (int) (h ^ (h >>> 32));
    }

    private int printOf(int slot) {
        return prints[slot >>> CHUNK_BITS][slot & (CHUNK - 1)];
    }

    /**
     * The slot of an id.
     *
     * @param id the id
     * @param idHash its hash
     * @return the slot, or -1 when no observation in a slot has that id
     */
    int find(String id, long idHash) {
        int mask = table.length - 1;
        int print = print(idHash);
        for (int i = print & mask; table[i] != 0; i = (i + 1) & mask) {
            int slot = table[i] - 1;
            if (printOf(slot) == print && cold(slot).id().equals(id)) {
                return slot;
            }
        }
        return -1;
    }

    /**
     * The 64-bit hash of an id, as this store computes it.
     *
     * @param id the id
     * @return the hash
     */
    long hashOf(String id) {
        return hasher.applyAsLong(id);
    }

    /**
     * The cold record of a slot: id, ordinal and source position.
     *
     * @param slot the slot
     * @return its record
     */
    Cold cold(int slot) {
        int block = slot >>> BLOCK_BITS;
        long at = blockStarts[block];
        for (int s = block << BLOCK_BITS; s < slot; s++) {
            at += length(s);
        }
        int n = length(slot);
        byte[] record = new byte[n];
        cold.read(at, record, n);
        return new Cold(new String(record, HEAD, n - HEAD, StandardCharsets.UTF_8), getInt(record, 0), getInt(record, 4),
                getInt(record, 8), getLong(record, 12));
    }

    private int length(int slot) {
        return lengths[slot >>> CHUNK_BITS][slot & (CHUNK - 1)] & 0xFF;
    }

    /** The source of the observations in slots. */
    String file() {
        return file;
    }

    Reference indicator(int slot) {
        return indicatorPool.get(refs[slot >>> CHUNK_BITS][slot & (CHUNK - 1)] >>> TERRITORY_BITS).reference();
    }

    LocalDate validTo(int slot) {
        return indicatorPool.get(refs[slot >>> CHUNK_BITS][slot & (CHUNK - 1)] >>> TERRITORY_BITS).validTo();
    }

    Reference territory(int slot) {
        int r = refs[slot >>> CHUNK_BITS][slot & (CHUNK - 1)];
        return new ReferenceEntry(TERRITORY, territoryPool.get(r & ((1 << TERRITORY_BITS) - 1)), TERRITORIES,
                TERRITORY_POINTER, null, null, indicatorPool.get(r >>> TERRITORY_BITS).reference().date(), true);
    }

    /**
     * The view of a slot that rules see: the view of an observation with a model (kept for the
     * run), else a new one. A rule may report on any view of a slot: the engine takes a view for
     * its own when it is of the same store and slot ({@link CompactObservation#sameSlot}), so no
     * view needs to be kept to be recognised.
     *
     * @param slot the slot
     * @return the view
     */
    CompactObservation view(int slot) {
        return view(slot, Arrays.binarySearch(modelSlots, 0, modelCount, slot), true);
    }

    /**
     * The view of a slot for the engine's own checks: the same as {@link #view}, except that an
     * observation with a model whose view no rule was given gets a new one.
     *
     * @param slot the slot
     * @return the view
     */
    CompactObservation held(int slot) {
        return view(slot, Arrays.binarySearch(modelSlots, 0, modelCount, slot), false);
    }

    /**
     * The view of a slot, its model's index known.
     *
     * @param slot the slot
     * @param model its index among the slots with a model, negative when it has none
     * @param forRules whether the view goes to a rule (a model's view is then kept for the run)
     */
    private CompactObservation view(int slot, int model, boolean forRules) {
        if (model >= 0) {
            CompactObservation v = modelViews[model];
            if (v == null) {
                v = new CompactObservation(this, slot);
                if (forRules) {
                    modelViews[model] = v;
                }
            }
            return v;
        }
        return new CompactObservation(this, slot);
    }

    /**
     * Every observation in file order, the whole ones among the slots.
     *
     * @param forRules whether the views go to rules (see {@link #view}) or to the engine's checks (see {@link #held})
     * @return the observations
     */
    Iterable<IndexEntry> all(boolean forRules) {
        return () -> new Iterator<>() {
            private int slot;
            private int w;
            /** The first slot with a model not before {@link #slot}, by its index among them. */
            private int m;

            @Override
            public boolean hasNext() {
                return slot < size || w < whole.size();
            }

            @Override
            public IndexEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (w < whole.size() && wholeBefore[w] <= slot) {
                    return whole.get(w++);
                }
                int s = slot++;
                while (m < modelCount && modelSlots[m] < s) {
                    m++;
                }
                return view(s, m < modelCount && modelSlots[m] == s ? m : -1, forRules);
            }
        };
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    private static void putLong(byte[] b, int at, long v) {
        putInt(b, at, (int) (v >>> 32));
        putInt(b, at + 4, (int) v);
    }

    private static int getInt(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }

    private static long getLong(byte[] b, int at) {
        return (long) getInt(b, at) << 32 | (getInt(b, at + 4) & 0xFFFFFFFFL);
    }
}

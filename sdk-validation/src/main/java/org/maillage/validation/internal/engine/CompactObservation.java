package org.maillage.validation.internal.engine;

import java.time.LocalDate;
import java.util.List;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.model.Identifier;
import org.maillage.validation.spi.Reference;

/**
 * The index entry of an observation kept in an {@link ObservationStore} slot: its references and
 * period come from the store's tables, its id and source position from its cold record, read on
 * first use. Equal to the {@link WholeEntry} it stands for.
 */
final class CompactObservation extends IndexEntry {
    private final ObservationStore store;
    private final int slot;
    /** The cold record once read (immutable, so a second read by another thread is harmless). */
    private ObservationStore.Cold cold;

    CompactObservation(ObservationStore store, int slot) {
        this.store = store;
        this.slot = slot;
    }

    int slot() {
        return slot;
    }

    /**
     * Whether another entry is a view of the same observation: the same store and slot.
     *
     * @param other an entry
     * @return true when it is
     */
    boolean sameSlot(IndexEntry other) {
        return other instanceof CompactObservation o && o.store == store && o.slot == slot;
    }

    /** Whether this is a view of a store. */
    boolean of(ObservationStore owner) {
        return store == owner;
    }

    private ObservationStore.Cold cold() {
        ObservationStore.Cold c = cold;
        if (c == null) {
            c = store.cold(slot);
            cold = c;
        }
        return c;
    }

    @Override
    public String id() {
        return cold().id();
    }

    @Override
    public EntityFamily family() {
        return EntityFamily.OBSERVATIONS;
    }

    @Override
    public String kind() {
        return null;
    }

    @Override
    public String code() {
        return null;
    }

    @Override
    String name() {
        return null;
    }

    @Override
    public List<Identifier> identifiers() {
        return List.of();
    }

    @Override
    IndexEntry shared(String kindValue, LocalDate from, LocalDate to, List<Reference> refs) {
        return new WholeEntry(id(), family(), kindValue, null, null, from, to, List.of(), refs, file(), pointer(), ordinal(),
                line(), column(), byteOffset());
    }

    @Override
    public LocalDate validFrom() {
        return store.indicator(slot).date();
    }

    @Override
    public LocalDate validTo() {
        return store.validTo(slot);
    }

    @Override
    public List<Reference> references() {
        return List.of(store.indicator(slot), store.territory(slot));
    }

    @Override
    public String file() {
        return store.file();
    }

    @Override
    public String pointer() {
        return defaultPointer(EntityFamily.OBSERVATIONS, cold().ordinal());
    }

    @Override
    public int ordinal() {
        return cold().ordinal();
    }

    @Override
    public long line() {
        return cold().line();
    }

    @Override
    public long column() {
        return cold().column();
    }

    @Override
    public long byteOffset() {
        return cold().byteOffset();
    }
}

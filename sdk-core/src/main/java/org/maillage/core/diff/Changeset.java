package org.maillage.core.diff;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;
import org.maillage.core.model.Dataset;

/**
 * What changed between two datasets: the changes of the dataset header, then entity by entity.
 * Within each family the changes are listed in the order they apply: modified entities (in the
 * first dataset's order), removed ones (from the last), added ones (in the second dataset's order).
 *
 * @param header changes of the envelope (title, dates…), paths relative to the envelope
 * @param changes changes of entities
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Changeset(List<FieldChange> header, List<EntityChange> changes) {

    /** The changeset of two equal datasets. */
    public static final Changeset EMPTY = new Changeset(List.of(), List.of());

    /**
     * Null lists become empty.
     *
     * @param header changes of the envelope (title, dates…), paths relative to the envelope
     * @param changes changes of entities
     */
    public Changeset {
        header = header == null ? List.of() : List.copyOf(header);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /**
     * Whether the two datasets are equal (for what the differ was configured to compare).
     *
     * @return true when nothing changed
     */
    public boolean isEmpty() {
        return header.isEmpty() && changes.isEmpty();
    }

    /**
     * How many entities changed this way.
     *
     * @param kind added, removed or modified
     * @return the count
     */
    public long count(ChangeKind kind) {
        return changes.stream().filter(c -> c.change() == kind).count();
    }

    /**
     * Applies this changeset to the dataset it was computed from. Every change checks the value it
     * replaces or removes, so a changeset that does not fit the dataset is refused rather than
     * applied halfway.
     *
     * @param a the first dataset of the diff
     * @return the second dataset
     * @throws PatchConflictException when a change does not apply, with its index and path
     */
    public Dataset applyTo(Dataset a) {
        return new ChangesetApplier(a).apply(this);
    }
}

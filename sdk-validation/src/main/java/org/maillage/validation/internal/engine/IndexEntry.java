package org.maillage.validation.internal.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.model.Identifier;
import org.maillage.validation.spi.IndexedEntity;
import org.maillage.validation.spi.Reference;

/**
 * What the validator keeps of an entity once it has been checked: enough to check references and
 * dataset-wide rules, so that memory is bounded by this index and not by the file. Either one
 * object ({@link WholeEntry}) or, for the usual observation, the bulk of a national file, a view
 * of a slot of {@link ObservationStore}'s primitive tables ({@link CompactObservation}). Equality
 * is that of every accessor's value, whichever the form.
 */
abstract sealed class IndexEntry implements IndexedEntity permits WholeEntry, CompactObservation {

    /** The usual pointer of an entity: {@code /<family member>/<ordinal>}. */
    static String defaultPointer(EntityFamily family, int ordinal) {
        return "/" + family.member() + "/" + ordinal;
    }

    /**
     * A copy with other values for the shared parts (the index shares equal strings and dates).
     *
     * @param kindValue the kind
     * @param from the first day
     * @param to the last day
     * @param refs the references
     * @return the copy
     */
    abstract IndexEntry shared(String kindValue, LocalDate from, LocalDate to, List<Reference> refs);

    /**
     * Its name, for messages.
     *
     * @return the name, or null when it has none
     */
    abstract String name();

    /**
     * Its official identifiers.
     *
     * @return the identifiers
     */
    @Override
    public abstract List<Identifier> identifiers();

    /**
     * The source it was read from.
     *
     * @return the source name
     */
    abstract String file();

    /**
     * Its index among the entities of its family in the source.
     *
     * @return the 0-based ordinal
     */
    abstract int ordinal();

    /**
     * The line it starts on.
     *
     * @return 1-based, 0 when unknown
     */
    abstract long line();

    /**
     * The column it starts on.
     *
     * @return 1-based, 0 when unknown
     */
    abstract long column();

    /**
     * The byte offset it starts at.
     *
     * @return the offset, -1 when unknown
     */
    abstract long byteOffset();

    @Override
    public List<Reference> references(String role) {
        return references().stream().filter(r -> r.role().equals(role)).toList();
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof IndexEntry e && id().equals(e.id()) && family() == e.family() && Objects.equals(kind(), e.kind())
                && Objects.equals(code(), e.code()) && Objects.equals(name(), e.name())
                && Objects.equals(validFrom(), e.validFrom()) && Objects.equals(validTo(), e.validTo())
                && identifiers().equals(e.identifiers()) && references().equals(e.references()) && file().equals(e.file())
                && pointer().equals(e.pointer()) && ordinal() == e.ordinal() && line() == e.line() && column() == e.column()
                && byteOffset() == e.byteOffset();
    }

    @Override
    public final int hashCode() {
        return Objects.hash(id(), family(), file(), pointer(), ordinal());
    }

    @Override
    public final String toString() {
        return "IndexEntry[" + id() + " " + family().type() + " at " + file() + "#" + pointer() + "]";
    }
}

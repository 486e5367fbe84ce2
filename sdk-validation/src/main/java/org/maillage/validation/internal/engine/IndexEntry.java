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
 * dataset-wide rules, so that memory is bounded by this index and not by the file.
 *
 * <p>Kept compact, since a national file holds millions of entities: the entity's pointer is not
 * stored when it is the usual {@code /<family>/<index>}, positions are stored as ints, and the
 * strings and dates it shares with other entries are shared (see {@code Index}). Equality is that
 * of every accessor's value.
 *
 * <p>The bulk of a national file, its observations, is not kept as one such object each but in
 * {@link ObservationStore}'s primitive tables; a {@link CompactObservation} is this class's view
 * of one of them, with the same accessors.
 */
sealed class IndexEntry implements IndexedEntity permits CompactObservation {
    private final String id;
    private final EntityFamily family;
    private final String kind;
    private final String code;
    /** Its name when it has one, for messages; null for observations (see {@code Index#label}). */
    private final String name;
    private final LocalDate validFrom;
    private final LocalDate validTo;
    private final List<Identifier> identifiers;
    private final List<Reference> references;
    private final String file;
    /** The pointer when it is not {@code /<family member>/<ordinal>}, else null. */
    private final String pointer;
    private final int ordinal;
    private final int line;
    private final int column;
    private final long byteOffset;

    /**
     * An entry.
     *
     * @param id the entity id
     * @param family its family
     * @param kind the code of its {@code kind} member when it has one ({@code commune}), or null
     * @param code its {@code code} member when it has one ({@code 25056}), or null
     * @param name its name when it has one (a territory's or a facility's {@code name}, a contract's
     *     {@code title}, a person's given and family names), or null
     * @param validFrom first day of validity, or null
     * @param validTo last day of validity, or null
     * @param identifiers its official identifiers
     * @param references the references it makes
     * @param file the source it was read from
     * @param pointer its JSON Pointer in the source
     * @param ordinal its index among the entities of its family in the source
     * @param line the line it starts on, 0 when unknown
     * @param column the column it starts on, 0 when unknown
     * @param byteOffset the byte offset it starts at, -1 when unknown
     */
    IndexEntry(String id, EntityFamily family, String kind, String code, String name, LocalDate validFrom,
            LocalDate validTo, List<Identifier> identifiers, List<Reference> references, String file, String pointer,
            int ordinal, long line, long column, long byteOffset) {
        this.id = Objects.requireNonNull(id, "id");
        this.family = Objects.requireNonNull(family, "family");
        this.kind = kind;
        this.code = code;
        this.name = name;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.identifiers = List.copyOf(identifiers);
        this.references = List.copyOf(references);
        this.file = Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
        this.ordinal = ordinal;
        this.pointer = pointer.equals(defaultPointer(family, ordinal)) ? null : pointer;
        this.line = (int) Math.min(Integer.MAX_VALUE, Math.max(0, line));
        this.column = (int) Math.min(Integer.MAX_VALUE, Math.max(0, column));
        this.byteOffset = byteOffset;
    }

    /**
     * The fields of a view whose accessors are its own ({@link CompactObservation}): only the
     * family is held here.
     *
     * @param family the family
     */
    IndexEntry(EntityFamily family) {
        this.id = null;
        this.family = Objects.requireNonNull(family, "family");
        this.kind = null;
        this.code = null;
        this.name = null;
        this.validFrom = null;
        this.validTo = null;
        this.identifiers = List.of();
        this.references = List.of();
        this.file = null;
        this.pointer = null;
        this.ordinal = 0;
        this.line = 0;
        this.column = 0;
        this.byteOffset = -1;
    }

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
    IndexEntry shared(String kindValue, LocalDate from, LocalDate to, List<Reference> refs) {
        return new IndexEntry(id, family, kindValue, code, name, from, to, identifiers, refs, file, pointer(),
                ordinal, line, column, byteOffset);
    }

    /**
     * The entity id.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The family.
     *
     * @return the family
     */
    public EntityFamily family() {
        return family;
    }

    /**
     * The code of its {@code kind} member.
     *
     * @return for example {@code commune}, or null
     */
    public String kind() {
        return kind;
    }

    /**
     * Its {@code code} member.
     *
     * @return for example {@code 25056}, or null
     */
    public String code() {
        return code;
    }

    /**
     * Its name, for messages.
     *
     * @return the name, or null when it has none
     */
    String name() {
        return name;
    }

    @Override
    public LocalDate validFrom() {
        return validFrom;
    }

    @Override
    public LocalDate validTo() {
        return validTo;
    }

    /**
     * Its official identifiers.
     *
     * @return the identifiers
     */
    public List<Identifier> identifiers() {
        return identifiers;
    }

    /**
     * The references it makes, in record order.
     *
     * @return the references
     */
    public List<Reference> references() {
        return references;
    }

    /**
     * The source it was read from.
     *
     * @return the source name
     */
    public String file() {
        return file;
    }

    /**
     * Its JSON Pointer in the source.
     *
     * @return for example {@code /territories/3}
     */
    public String pointer() {
        return pointer == null ? defaultPointer(family, ordinal) : pointer;
    }

    /**
     * Its index among the entities of its family in the source.
     *
     * @return the 0-based ordinal
     */
    public int ordinal() {
        return ordinal;
    }

    /**
     * The line it starts on.
     *
     * @return 1-based, 0 when unknown
     */
    public long line() {
        return line;
    }

    /**
     * The column it starts on.
     *
     * @return 1-based, 0 when unknown
     */
    public long column() {
        return column;
    }

    /**
     * The byte offset it starts at.
     *
     * @return the offset, -1 when unknown
     */
    public long byteOffset() {
        return byteOffset;
    }

    /**
     * The references under one top-level member.
     *
     * @param role for example {@code members}
     * @return those references, in record order
     */
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

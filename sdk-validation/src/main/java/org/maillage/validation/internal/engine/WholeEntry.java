package org.maillage.validation.internal.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.model.Identifier;
import org.maillage.validation.spi.Reference;

/**
 * An index entry held as one object: every entity but the usual observation (see
 * {@link CompactObservation}).
 *
 * <p>Kept compact, since a national file holds millions of entities: the entity's pointer is not
 * stored when it is the usual {@code /<family>/<index>}, positions are stored as ints, and the
 * strings and dates it shares with other entries are shared (see {@code Index}). Equality is that
 * of every accessor's value.
 */
final class WholeEntry extends IndexEntry {
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
    WholeEntry(String id, EntityFamily family, String kind, String code, String name, LocalDate validFrom,
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
     * A copy with other values for the shared parts (the index shares equal strings and dates).
     *
     * @param kindValue the kind
     * @param from the first day
     * @param to the last day
     * @param refs the references
     * @return the copy
     */
    @Override
    IndexEntry shared(String kindValue, LocalDate from, LocalDate to, List<Reference> refs) {
        return new WholeEntry(id, family, kindValue, code, name, from, to, identifiers, refs, file, pointer(),
                ordinal, line, column, byteOffset);
    }

    /**
     * The entity id.
     *
     * @return the id
     */
    @Override
    public String id() {
        return id;
    }

    /**
     * The family.
     *
     * @return the family
     */
    @Override
    public EntityFamily family() {
        return family;
    }

    /**
     * The code of its {@code kind} member.
     *
     * @return for example {@code commune}, or null
     */
    @Override
    public String kind() {
        return kind;
    }

    /**
     * Its {@code code} member.
     *
     * @return for example {@code 25056}, or null
     */
    @Override
    public String code() {
        return code;
    }

    /**
     * Its name, for messages.
     *
     * @return the name, or null when it has none
     */
    @Override
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
    @Override
    public List<Identifier> identifiers() {
        return identifiers;
    }

    /**
     * The references it makes, in record order.
     *
     * @return the references
     */
    @Override
    public List<Reference> references() {
        return references;
    }

    /**
     * The source it was read from.
     *
     * @return the source name
     */
    @Override
    public String file() {
        return file;
    }

    /**
     * Its JSON Pointer in the source.
     *
     * @return for example {@code /territories/3}
     */
    @Override
    public String pointer() {
        return pointer == null ? defaultPointer(family, ordinal) : pointer;
    }

    /**
     * Its index among the entities of its family in the source.
     *
     * @return the 0-based ordinal
     */
    @Override
    public int ordinal() {
        return ordinal;
    }

    /**
     * The line it starts on.
     *
     * @return 1-based, 0 when unknown
     */
    @Override
    public long line() {
        return line;
    }

    /**
     * The column it starts on.
     *
     * @return 1-based, 0 when unknown
     */
    @Override
    public long column() {
        return column;
    }

    /**
     * The byte offset it starts at.
     *
     * @return the offset, -1 when unknown
     */
    @Override
    public long byteOffset() {
        return byteOffset;
    }
}

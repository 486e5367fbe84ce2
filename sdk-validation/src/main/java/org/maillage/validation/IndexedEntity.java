package org.maillage.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.maillage.core.model.Dated;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.model.Identifier;

/**
 * What the validator keeps of an entity once it has been checked: enough to check references and
 * dataset-wide rules, so that memory is bounded by this index and not by the file.
 *
 * @param id the entity id
 * @param family its family
 * @param kind the code of its {@code kind} member when it has one ({@code commune}), or null
 * @param code its {@code code} member when it has one ({@code 25056}), or null
 * @param validFrom first day of validity, or null
 * @param validTo last day of validity, or null
 * @param identifiers its official identifiers
 * @param references the references it makes
 * @param file the source it was read from
 * @param pointer its JSON Pointer in the source
 * @param line the line it starts on, 0 when unknown
 * @param column the column it starts on, 0 when unknown
 * @param byteOffset the byte offset it starts at, -1 when unknown
 */
public record IndexedEntity(String id, EntityFamily family, String kind, String code, LocalDate validFrom,
        LocalDate validTo, List<Identifier> identifiers, List<Reference> references, String file, String pointer,
        long line, long column, long byteOffset) implements Dated {

    /** Requires id, family, file and pointer; copies the lists. */
    public IndexedEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(family, "family");
        identifiers = List.copyOf(identifiers);
        references = List.copyOf(references);
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
    }

    /**
     * The references under one top-level member.
     *
     * @param role for example {@code members}
     * @return those references, in record order
     */
    public List<Reference> references(String role) {
        return references.stream().filter(r -> r.role().equals(role)).toList();
    }
}

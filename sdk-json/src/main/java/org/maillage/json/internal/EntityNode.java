package org.maillage.json.internal;

import java.util.Objects;
import org.maillage.core.model.Entity;
import org.maillage.core.model.EntityFamily;
import org.maillage.json.SourcePosition;
import tools.jackson.databind.node.ObjectNode;

/**
 * One entity as read from a file: its family, its place in the file, and its JSON or, when the
 * {@link TokenBinder} bound it straight from the tokens, its record (then no tree was made).
 *
 * @param family the family
 * @param index its index in the family's array (JSON) or its line number (NDJSON), 0-based
 * @param pointer the JSON Pointer of the entity in the file ({@code /territories/3}); for NDJSON
 *     {@code /<line index>}
 * @param json the entity's members; null when it was bound from the tokens
 * @param start where the entity's object starts
 * @param bound the record bound from the tokens, which the schema's shape vouched for; null when the
 *     entity is to be read the full way, from {@code json}
 */
public record EntityNode(EntityFamily family, int index, String pointer, ObjectNode json, SourcePosition start, Entity bound) {

    /**
     * Requires every member.
     *
     * @param family the family
     * @param index its index in the family's array (JSON) or its line number (NDJSON), 0-based
     * @param pointer the JSON Pointer of the entity in the file ({@code /territories/3}); for NDJSON {@code /<line index>}
     * @param json the entity's members; null when it was bound from the tokens
     * @param start where the entity's object starts
     * @param bound the record bound from the tokens, or null
     */
    public EntityNode {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(start, "start");
        if ((json == null) == (bound == null)) {
            throw new IllegalArgumentException("an entity node holds either its JSON or its bound record");
        }
    }

    /**
     * An entity read as a tree, to be bound the full way.
     *
     * @param family the family
     * @param index its index in the family's array (JSON) or its line number (NDJSON), 0-based
     * @param pointer the JSON Pointer of the entity in the file
     * @param json the entity's members
     * @param start where the entity's object starts
     */
    public EntityNode(EntityFamily family, int index, String pointer, ObjectNode json, SourcePosition start) {
        this(family, index, pointer, json, start, null);
    }

    /**
     * The entity's {@code id} member when it is a string, or null.
     *
     * @return the id
     */
    public String id() {
        if (bound != null) {
            return bound.id();
        }
        var id = json.get("id");
        return id != null && id.isString() ? id.stringValue() : null;
    }
}

package org.maillage.json.internal;

import java.util.Objects;
import org.maillage.core.model.EntityFamily;
import org.maillage.json.SourcePosition;
import tools.jackson.databind.node.ObjectNode;

/**
 * One entity as read from a file, before binding: its family, its place in the file and its JSON.
 *
 * @param family the family
 * @param index its index in the family's array (JSON) or its line number (NDJSON), 0-based
 * @param pointer the JSON Pointer of the entity in the file ({@code /territories/3}); for NDJSON
 *     {@code /<line index>}
 * @param json the entity's members
 * @param start where the entity's object starts
 */
public record EntityNode(EntityFamily family, int index, String pointer, ObjectNode json, SourcePosition start) {

    /**
     * Requires every member.
     *
     * @param family the family
     * @param index its index in the family's array (JSON) or its line number (NDJSON), 0-based
     * @param pointer the JSON Pointer of the entity in the file ({@code /territories/3}); for NDJSON {@code /<line index>}
     * @param json the entity's members
     * @param start where the entity's object starts
     */
    public EntityNode {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(start, "start");
    }

    /**
     * The entity's {@code id} member when it is a string, or null.
     *
     * @return the id
     */
    public String id() {
        var id = json.get("id");
        return id != null && id.isString() ? id.stringValue() : null;
    }
}

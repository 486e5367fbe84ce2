package org.maillage.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.maillage.core.InvalidDataException;
import org.maillage.core.model.EntityFamily;
import org.maillage.json.SourcePosition;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads NDJSON line by line: a broken line is a problem at that line, and reading goes on with the
 * next one. The {@code type} member says the family; the line of type {@code dataset} is the envelope.
 */
final class NdjsonScanner {
    private final JsonMapper mapper;
    private final DatasetHandler handler;

    private final int maxLineLength;

    NdjsonScanner(JsonMapper mapper, DatasetHandler handler, int maxLineLength) {
        this.mapper = mapper;
        this.handler = handler;
        this.maxLineLength = maxLineLength;
    }

    void scan(InputStream in) {
        ObjectNode envelope = null;
        SourcePosition envelopeStart = SourcePosition.UNKNOWN;
        int[] indexes = new int[EntityFamily.values().length];
        LineReader lines = new LineReader(in, maxLineLength);
        long lineNo = 0;
        try {
            for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String pointer = "/" + (lineNo - 1);
                SourcePosition start = new SourcePosition(lineNo, 1, line.offset());
                if (line.truncated()) {
                    handler.problem(new ReadProblem("read.limit",
                            "line " + lineNo + " is longer than " + maxLineLength + " bytes", pointer, start));
                    continue;
                }
                JsonNode node;
                try (JsonParser p = mapper.createParser(line.bytes(), 0, line.length())) {
                    node = mapper.readTree(p);
                    JsonToken extra = p.nextToken();
                    if (extra != null) {
                        handler.problem(new ReadProblem("read.ndjson-extra-content",
                                "line " + lineNo + " holds more than one JSON value", pointer, start));
                        continue;
                    }
                } catch (JacksonException e) {
                    InvalidDataException ide = (InvalidDataException) StreamingReader.translate(e, null);
                    handler.problem(new ReadProblem("read.malformed", ide.getMessage(), pointer,
                            new SourcePosition(lineNo, Math.max(1, ide.column()), line.offset())));
                    continue;
                }
                if (!(node instanceof ObjectNode object)) {
                    handler.problem(new ReadProblem("read.not-an-object",
                            "an NDJSON line must hold an object", pointer, start));
                    continue;
                }
                JsonNode type = object.get("type");
                String typeName = type != null && type.isString() ? type.stringValue() : null;
                if ("dataset".equals(typeName)) {
                    if (envelope != null) {
                        handler.problem(new ReadProblem("read.ndjson-envelope-repeated",
                                "a second line of type 'dataset'", pointer, start));
                        continue;
                    }
                    object.remove("type");
                    envelope = object;
                    envelopeStart = start;
                    continue;
                }
                EntityFamily family = typeName == null ? null : EntityFamily.ofType(typeName);
                if (family == null) {
                    handler.problem(new ReadProblem("read.ndjson-unknown-type",
                            typeName == null ? "an NDJSON line needs a string member 'type'"
                                    : "unknown entity type '" + typeName + "'",
                            pointer, start));
                    continue;
                }
                object.remove("type");
                handler.entity(new EntityNode(family, indexes[family.ordinal()]++, pointer, object, start));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        handler.envelope(envelope == null ? mapper.createObjectNode() : envelope, envelopeStart);
    }
}

package org.maillage.json;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.Entity;
import org.maillage.core.model.EntityFamily;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes datasets in the canonical form: envelope members in a fixed order, then one array per
 * family in {@link EntityFamily} order, each entity's members in record order, null members and
 * empty lists left out, two-space indentation, LF line ends, a final newline. Reading a canonical
 * file and writing it again gives the same bytes. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class DatasetWriter {

    private static final DatasetWriter CANONICAL = new DatasetWriter(true);
    private static final DatasetWriter COMPACT = new DatasetWriter(false);

    private final ObjectWriter writer;
    private final ObjectWriter lineWriter;
    private final boolean pretty;

    private DatasetWriter(boolean pretty) {
        JsonMapper mapper = MaillageJson.mapper();
        this.pretty = pretty;
        this.writer = pretty ? mapper.writer().with(MaillageJson.canonicalPrettyPrinter()) : mapper.writer();
        // No separator between root values: each NDJSON line starts with its "{", not a space.
        this.lineWriter = mapper.writer().withRootValueSeparator((String) null);
    }

    /**
     * The canonical, indented writer.
     *
     * @return the writer
     */
    public static DatasetWriter canonical() {
        return CANONICAL;
    }

    /**
     * The canonical member order without indentation: one line for a JSON dataset.
     *
     * @return the writer
     */
    public static DatasetWriter compact() {
        return COMPACT;
    }

    /**
     * Writes a dataset as JSON; the stream is not closed.
     *
     * @param dataset the dataset
     * @param out where to write
     * @throws UncheckedIOException on I/O failure
     */
    public void write(Dataset dataset, OutputStream out) {
        write(dataset, out, DatasetFormat.JSON);
    }

    /**
     * Writes a dataset in a format; the stream is not closed.
     *
     * @param dataset the dataset
     * @param out where to write
     * @param format JSON or NDJSON
     * @throws UncheckedIOException on I/O failure
     */
    public void write(Dataset dataset, OutputStream out, DatasetFormat format) {
        try (EntityStream stream = open(out, dataset.header(), format)) {
            for (EntityFamily f : EntityFamily.values()) {
                for (Entity e : dataset.entities(f)) {
                    stream.write(e);
                }
            }
        }
    }

    /**
     * Writes a dataset to a file, the format chosen by the file name.
     *
     * @param dataset the dataset
     * @param file the file, replaced if it exists
     * @throws UncheckedIOException on I/O failure
     */
    public void write(Dataset dataset, Path file) {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(dataset, out, DatasetFormat.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The dataset as a JSON string.
     *
     * @param dataset the dataset
     * @return the JSON text
     */
    public String writeString(Dataset dataset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(dataset, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Opens a stream of entities, for datasets too large to hold: entities are written as they
     * come. In JSON they must come family by family in {@link EntityFamily} order.
     *
     * @param out where to write; closed with the stream
     * @param header the envelope
     * @param format JSON or NDJSON
     * @return the stream; close it to finish the document
     */
    public EntityStream open(OutputStream out, DatasetHeader header, DatasetFormat format) {
        Objects.requireNonNull(header, "header");
        return format == DatasetFormat.NDJSON ? new NdjsonStream(out, header) : new JsonStream(out, header);
    }

    /**
     * A dataset being written entity by entity. Not thread-safe.
     *
     * @since 0.1.0
     */
    @API(status = STABLE, since = "0.1.0")
    public interface EntityStream extends Closeable {
        /**
         * Writes one entity.
         *
         * @param entity the entity
         * @throws IllegalStateException when a JSON stream gets a family after a later one
         * @throws UncheckedIOException on I/O failure
         */
        void write(Entity entity);

        /** Finishes the document and closes the output. */
        @Override
        void close();
    }

    private static void writeHeaderMembers(JsonGenerator g, DatasetHeader h) {
        if (h.schema() != null) {
            g.writeStringProperty("$schema", h.schema());
        }
        g.writeStringProperty("schemaVersion", h.schemaVersion());
        g.writeStringProperty("id", h.id());
        if (h.title() != null) {
            g.writeStringProperty("title", h.title());
        }
        if (h.publisher() != null) {
            g.writeName("publisher");
            g.writePOJO(h.publisher());
        }
        if (h.issued() != null) {
            g.writeStringProperty("issued", h.issued().toString());
        }
        if (h.referenceDate() != null) {
            g.writeStringProperty("referenceDate", h.referenceDate().toString());
        }
        if (h.geography() != null) {
            g.writeStringProperty("geography", h.geography());
        }
        if (h.license() != null) {
            g.writeStringProperty("license", h.license());
        }
    }

    private final class JsonStream implements EntityStream {
        private final OutputStream out;
        private final JsonGenerator g;
        private int family = -1;

        JsonStream(OutputStream out, DatasetHeader header) {
            this.out = out;
            try {
                this.g = writer.createGenerator(out);
                g.writeStartObject();
                writeHeaderMembers(g, header);
            } catch (JacksonException e) {
                throw io(e);
            }
        }

        @Override
        public void write(Entity entity) {
            int f = entity.family().ordinal();
            if (f < family) {
                throw new IllegalStateException("entities must come family by family in EntityFamily order: "
                        + entity.family() + " after " + EntityFamily.values()[family]);
            }
            try {
                advanceTo(f);
                g.writePOJO(entity);
            } catch (JacksonException e) {
                throw io(e);
            }
        }

        private void advanceTo(int f) {
            while (family < f) {
                if (family >= 0) {
                    g.writeEndArray();
                }
                family++;
                g.writeName(EntityFamily.values()[family].member());
                g.writeStartArray();
            }
        }

        @Override
        public void close() {
            try {
                advanceTo(EntityFamily.values().length - 1);
                g.writeEndArray();
                g.writeEndObject();
                if (pretty) {
                    // Through the generator: closing it closes the output, so a byte written to
                    // the output afterwards would be lost in a closed buffer.
                    g.writeRaw('\n');
                }
                g.close();
                out.close();
            } catch (JacksonException e) {
                throw io(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final class NdjsonStream implements EntityStream {
        private final OutputStream out;
        private final JsonGenerator g;

        NdjsonStream(OutputStream out, DatasetHeader header) {
            this.out = out;
            try {
                this.g = lineWriter.createGenerator(out);
                g.writeStartObject();
                g.writeStringProperty("type", "dataset");
                writeHeaderMembers(g, header);
                g.writeEndObject();
                g.writeRaw('\n');
            } catch (JacksonException e) {
                throw io(e);
            }
        }

        @Override
        public void write(Entity entity) {
            try {
                // The type member first, then the entity's own members.
                var node = MaillageJson.mapper().valueToTree(entity);
                g.writeStartObject();
                g.writeStringProperty("type", entity.family().type());
                for (var e : ((tools.jackson.databind.node.ObjectNode) node).properties()) {
                    g.writeName(e.getKey());
                    g.writeTree(e.getValue());
                }
                g.writeEndObject();
                g.writeRaw('\n');
            } catch (JacksonException e) {
                throw io(e);
            }
        }

        @Override
        public void close() {
            try {
                g.close();
                out.close();
            } catch (JacksonException e) {
                throw io(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static UncheckedIOException io(JacksonException e) {
        return new UncheckedIOException(new IOException(e.getOriginalMessage(), e));
    }
}

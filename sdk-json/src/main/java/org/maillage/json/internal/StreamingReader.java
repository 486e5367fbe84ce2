package org.maillage.json.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.Objects;
import org.maillage.core.InvalidDataException;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.Entity;
import org.maillage.core.model.EntityFamily;
import org.maillage.json.DatasetFormat;
import org.maillage.json.MaillageJson;
import org.maillage.json.MissingMemberException;
import org.maillage.json.NullItemException;
import org.maillage.json.ReadLimits;
import org.maillage.json.SourcePosition;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reader behind {@link org.maillage.json.DatasetReader}, with what the validator streams
 * through: entities as JSON trees with their places, binding, and finding a member's place again.
 * Reads Maillage datasets, JSON or NDJSON, entity by entity: the whole file is never held as a
 * tree, only one entity at a time. Immutable and thread-safe.
 *
 * <p>Problems in the file are reported with their place: a document that cannot be read (broken
 * JSON, invalid UTF-8, a read limit passed, duplicate member names) throws an
 * {@link InvalidDataException} with its JSON Pointer, line and column; a problem the reader can
 * step over goes to {@link DatasetHandler#problem}. I/O failures are {@link UncheckedIOException}s.
 */
public final class StreamingReader {

    private static final StreamingReader STANDARD = new StreamingReader(ReadLimits.defaults());
    /** Binds a header from its envelope's members, without databind when it can vouch for them. */
    private static final TokenBinder HEADER = TokenBinder.of(DatasetHeader.class, ValueShape.ANY);

    private final ReadLimits limits;
    /** Parses and builds trees: the shared mapper of these limits. */
    private final JsonMapper mapper;
    /**
     * Binds the full way (after the token binder gave up, or for a caller's tree): the same
     * configuration, with records created without {@code invokeWithArguments}. Built on first
     * use, with one reader per family: building them costs a third of a second of CPU, and a
     * file the token binder reads whole never needs them.
     */
    private volatile JsonMapper bindingMapper;
    private final AtomicReferenceArray<ObjectReader> binders = new AtomicReferenceArray<>(EntityFamily.values().length);
    /** Token binders without schema checks, for {@link #read}; compiled on first use. */
    private final AtomicReferenceArray<TokenBinder> plainBinders = new AtomicReferenceArray<>(EntityFamily.values().length);

    private StreamingReader(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.mapper = MaillageJson.mapper(limits);
    }

    private JsonMapper bindingMapper() {
        JsonMapper m = bindingMapper;
        if (m == null) {
            synchronized (this) {
                m = bindingMapper;
                if (m == null) {
                    m = mapper.rebuild().addModule(RecordConstructors.module()).build();
                    bindingMapper = m;
                }
            }
        }
        return m;
    }

    private ObjectReader binder(EntityFamily family) {
        ObjectReader r = binders.get(family.ordinal());
        if (r == null) {
            r = bindingMapper().readerFor(family.javaType());
            binders.compareAndSet(family.ordinal(), null, r);
        }
        return r;
    }

    /**
     * The token binder of a family that checks nothing but binding: what {@link #read} binds with.
     *
     * @param family the family
     * @return the binder, compiled on first use
     */
    public TokenBinder plainBinder(EntityFamily family) {
        TokenBinder b = plainBinders.get(family.ordinal());
        if (b == null) {
            b = TokenBinder.of(family.javaType(), ValueShape.ANY);
            plainBinders.compareAndSet(family.ordinal(), null, b);
        }
        return b;
    }

    /**
     * A reader with the default {@link ReadLimits}.
     *
     * @return the shared reader
     */
    public static StreamingReader standard() {
        return STANDARD;
    }

    /**
     * A reader with other limits.
     *
     * @param limits the limits
     * @return the reader
     */
    public static StreamingReader withLimits(ReadLimits limits) {
        return new StreamingReader(limits);
    }

    /**
     * The limits this reader applies.
     *
     * @return the limits
     */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads a whole dataset into memory, the format chosen by the file name.
     *
     * @param file the file
     * @return the dataset
     * @throws InvalidDataException when the file cannot be read as a dataset, with its place
     * @throws UncheckedIOException on I/O failure
     */
    public Dataset read(Path file) {
        try (InputStream in = open(file)) {
            return read(in, DatasetFormat.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a whole dataset into memory from a stream, which is not closed.
     *
     * @param in the bytes (UTF-8, UTF-16 or UTF-32; a UTF-8 byte order mark is accepted)
     * @param format the layout
     * @return the dataset
     * @throws InvalidDataException when the data cannot be read as a dataset, with its place
     */
    public Dataset read(InputStream in, DatasetFormat format) {
        List<Entity> entities = new ArrayList<>();
        ObjectNode[] envelope = new ObjectNode[1];
        scan(in, format, new DatasetHandler() {
            @Override
            public void entity(EntityNode entity) {
                entities.add(entity.bound() != null ? entity.bound() : bind(entity));
            }

            @Override
            public boolean binds() {
                return true;
            }

            @Override
            public TokenBinder binder(EntityFamily family) {
                return plainBinder(family);
            }

            @Override
            public void problem(ReadProblem problem) {
                throw new InvalidDataException(problem.message(), problem.pointer(), problem.position().line(),
                        problem.position().column(), null);
            }

            @Override
            public void envelope(ObjectNode node, SourcePosition start) {
                envelope[0] = node;
            }
        });
        return Dataset.of(bindHeader(envelope[0]), entities);
    }

    /**
     * Reads a dataset held in a string.
     *
     * @param json the JSON text
     * @return the dataset
     * @throws InvalidDataException when the text cannot be read as a dataset, with its place
     */
    public Dataset readString(String json) {
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), DatasetFormat.JSON);
    }

    /**
     * Streams a file to a handler, the format chosen by the file name.
     *
     * @param file the file
     * @param handler receives entities, problems and the envelope
     * @throws InvalidDataException when the file cannot be read on, with its place
     * @throws UncheckedIOException on I/O failure
     */
    public void scan(Path file, DatasetHandler handler) {
        try (InputStream in = open(file)) {
            scan(in, DatasetFormat.of(file), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Streams data to a handler; the stream is not closed.
     *
     * @param in the bytes
     * @param format the layout
     * @param handler receives entities, problems and the envelope
     * @throws InvalidDataException when the data cannot be read on, with its place
     */
    public void scan(InputStream in, DatasetFormat format, DatasetHandler handler) {
        InputStream buffered = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 16);
        if (format == DatasetFormat.NDJSON) {
            new NdjsonScanner(mapper, handler, maxLineLength()).scan(buffered);
        } else {
            scanJson(new SourceStream(buffered), handler, handler.binds());
        }
    }

    /**
     * An I/O failure of the source itself. Jackson reports it and its own complaints about the bytes
     * (an encoding it cannot decode) alike, as an {@code IOException}; this tells them apart.
     */
    private static final class SourceFailure extends IOException {
        private static final long serialVersionUID = 1L;

        SourceFailure(IOException cause) {
            super(cause.getMessage(), cause);
        }

        IOException source() {
            return (IOException) getCause();
        }
    }

    /** Marks the failures of the stream it reads as {@link SourceFailure}s. */
    private static final class SourceStream extends FilterInputStream {
        SourceStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw new SourceFailure(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw new SourceFailure(e);
            }
        }
    }

    /** The longest NDJSON line read: the string limit with room for the rest of the entity, at most 1 GiB. */
    private int maxLineLength() {
        return (int) Math.min(1L << 30, Math.max(1L << 20, 4L * limits.maxStringLength()));
    }

    private void scanJson(InputStream source, DatasetHandler handler, boolean binds) {
        JsonParser p = null;
        EntityBytes bytes = binds ? new EntityBytes(source) : null;
        try {
            p = mapper.createParser(bytes != null ? bytes : source);
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new InvalidDataException("the document is empty", "", 1, 1, null);
            }
            SourcePosition rootStart = position(p.currentTokenLocation());
            if (t != JsonToken.START_OBJECT) {
                throw new InvalidDataException("a dataset must be a JSON object, found " + describe(t), "",
                        rootStart.line(), rootStart.column(), null);
            }
            ObjectNode envelope = mapper.createObjectNode();
            while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                t = p.nextToken();
                EntityFamily family = EntityFamily.ofMember(name);
                if (family != null && t == JsonToken.START_ARRAY) {
                    scanArray(p, family, handler, bytes);
                } else {
                    JsonNode value = mapper.readTree(p);
                    envelope.set(name, value);
                }
            }
            t = p.nextToken();
            if (t != null) {
                SourcePosition at = position(p.currentTokenLocation());
                throw new InvalidDataException("unexpected content after the end of the dataset", "", at.line(), at.column(), null);
            }
            handler.envelope(envelope, rootStart);
        } catch (JacksonException e) {
            throw translate(e, p);
        } finally {
            if (p != null) {
                closeQuietly(p);
            }
        }
    }

    private void scanArray(JsonParser p, EntityFamily family, DatasetHandler handler, EntityBytes bytes) {
        int index = 0;
        JsonToken t;
        TokenBinder binder = bytes == null ? null : handler.binder(family);
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new InvalidDataException("unexpected end of input in the " + family.member() + " array",
                        "/" + family.member(), 0, 0, null);
            }
            SourcePosition start = position(p.currentTokenLocation());
            String pointer = "/" + family.member() + "/" + index;
            if (t == JsonToken.START_OBJECT && binder != null && start.byteOffset() >= 0) {
                handler.entity(bindOrRead(p, family, index, pointer, start, binder, bytes));
            } else if (t == JsonToken.START_OBJECT) {
                ObjectNode node = (ObjectNode) mapper.readTree(p);
                handler.entity(new EntityNode(family, index, pointer, node, start));
            } else {
                p.skipChildren();
                handler.problem(new ReadProblem("read.not-an-object",
                        "an item of " + family.member() + " must be an object, found " + describe(t), pointer, start));
            }
            index++;
        }
    }

    /**
     * An entity bound by the token binder, or, when the binder gives up, its tree read again from
     * its bytes: the parser goes on to the entity's end, and the bytes from its start to there are
     * parsed again into the tree the full path needs. The parser is left on the entity's
     * {@code END_OBJECT}, as reading its tree would leave it.
     */
    private EntityNode bindOrRead(JsonParser p, EntityFamily family, int index, String pointer, SourcePosition start,
            TokenBinder binder, EntityBytes bytes) {
        bytes.keepFrom(start.byteOffset());
        int depth = p.streamReadContext().getNestingDepth();
        try {
            return new EntityNode(family, index, pointer, null, start, binder.bind(p));
        } catch (TokenBinder.Unsure unsure) {
            if (p.currentToken().isStructStart()) {
                p.skipChildren();
            }
            while (p.streamReadContext().getNestingDepth() >= depth) {
                if (p.nextToken().isStructStart()) {
                    p.skipChildren();
                }
            }
            byte[] entity = bytes.slice(start.byteOffset(), p.currentLocation().getByteOffset());
            JsonParser again = null;
            try {
                again = mapper.createParser(entity);
                return new EntityNode(family, index, pointer, (ObjectNode) mapper.readTree(again), start);
            } catch (JacksonException e) {
                throw relocated(translate(e, again), pointer, start);
            } finally {
                if (again != null) {
                    closeQuietly(again);
                }
            }
        }
    }

    /** A failure found reading an entity's bytes again, placed in the file rather than in those bytes. */
    private static RuntimeException relocated(RuntimeException failure, String pointer, SourcePosition start) {
        if (!(failure instanceof InvalidDataException e)) {
            return failure;
        }
        long line = e.line() <= 1 ? start.line() : start.line() + e.line() - 1;
        long column = e.line() <= 1 ? start.column() + Math.max(1, e.column()) - 1 : e.column();
        return new InvalidDataException(e.getMessage(), pointer + (e.pointer() == null ? "" : e.pointer()), line, column,
                e.getCause());
    }

    /**
     * Binds an entity read from a file to its record.
     *
     * @param node the entity as read
     * @return the record
     * @throws InvalidDataException when its JSON does not fit the record, with the pointer of the offending member
     */
    public Entity bind(EntityNode node) {
        try {
            if (node.bound() != null) {
                return node.bound();
            }
            return binder(node.family()).readValue(node.json());
        } catch (JacksonException e) { // a DatabindException, or a number out of range of its Java type
            throw bindFailure(e, node.json(), node.pointer(), pointerOf(e), node.start().line(), node.start().column());
        }
    }

    /**
     * An entity held in memory as the reader would give it from its canonical JSON form: the same
     * tree (numbers as the reader reads them: decimals as {@code BigDecimal}), its pointer in that
     * form ({@code /territories/3}), no place in a file. No bytes are written or parsed.
     *
     * @param entity the entity
     * @param index its index in its family's list
     * @return the node
     */
    public EntityNode nodeOf(Entity entity, int index) {
        EntityFamily family = entity.family();
        ObjectNode json = mapper.valueToTree(entity);
        return new EntityNode(family, index, "/" + family.member() + "/" + index, json, SourcePosition.UNKNOWN);
    }

    /**
     * A header as the envelope members of its canonical JSON form ({@code $schema} for
     * {@link DatasetHeader#schema()}, absent members left out, instants and dates as ISO text),
     * without the entity arrays: what {@link DatasetHandler#envelope} receives for that form.
     *
     * @param header the header
     * @return the members
     */
    public ObjectNode envelopeOf(DatasetHeader header) {
        ObjectNode o = mapper.createObjectNode();
        if (header.schema() != null) {
            o.put("$schema", header.schema());
        }
        o.put("schemaVersion", header.schemaVersion());
        o.put("id", header.id());
        if (header.title() != null) {
            o.put("title", header.title());
        }
        if (header.publisher() != null) {
            o.set("publisher", mapper.valueToTree(header.publisher()));
        }
        if (header.issued() != null) {
            o.put("issued", header.issued().toString());
        }
        if (header.referenceDate() != null) {
            o.put("referenceDate", header.referenceDate().toString());
        }
        if (header.geography() != null) {
            o.put("geography", header.geography());
        }
        if (header.license() != null) {
            o.put("license", header.license());
        }
        return o;
    }

    /**
     * Binds the envelope members to a header. {@code $schema} becomes {@link DatasetHeader#schema()}.
     *
     * @param envelope the members, or null when the file had none
     * @return the header
     * @throws InvalidDataException when the members do not fit
     */
    public DatasetHeader bindHeader(ObjectNode envelope) {
        ObjectNode copy = envelope == null ? mapper.createObjectNode() : envelope.deepCopy();
        JsonNode schema = copy.remove("$schema");
        if (schema != null) {
            copy.set("schema", schema);
        }
        for (EntityFamily f : EntityFamily.values()) {
            copy.remove(f.member());
        }
        try (JsonParser p = mapper.treeAsTokens(copy)) {
            p.nextToken();
            return (DatasetHeader) HEADER.bindRecord(p);
        } catch (TokenBinder.Unsure unsure) {
            // the full way, which words the problem
        }
        try {
            return bindingMapper().treeToValue(copy, DatasetHeader.class);
        } catch (JacksonException e) { // a DatabindException, or a number out of range of its Java type
            throw bindFailure(e, copy, "", pointerOf(e), 0, 0);
        }
    }

    /**
     * Finds where a member of an entity is in its file, by reading the entity again from its
     * offset. Used to put line and column on findings about one member.
     *
     * @param file the file the entity was read from
     * @param entity the entity
     * @param pointer JSON Pointer relative to the entity ({@code /parents/0/territory}); empty for the entity itself
     * @return the position, or the entity's start when the member is not found or the file cannot be read again
     */
    public SourcePosition locate(Path file, EntityNode entity, String pointer) {
        SourcePosition base = entity.start();
        if (pointer.isEmpty() || base.byteOffset() < 0 || file == null) {
            return base;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ch.position(base.byteOffset());
            try (JsonParser p = mapper.createParser(new BufferedInputStream(Channels.newInputStream(ch), 8192))) {
                JsonPointer target = JsonPointer.compile(pointer);
                int depth = 0;
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    if (t.isStructStart()) {
                        depth++;
                    } else if (t.isStructEnd()) {
                        depth--;
                        if (depth == 0) {
                            break;
                        }
                        continue;
                    }
                    if (t != JsonToken.PROPERTY_NAME && target.equals(p.streamReadContext().pathAsPointer())) {
                        TokenStreamLocation l = p.currentTokenLocation();
                        long line = base.line() + l.getLineNr() - 1;
                        long column = l.getLineNr() == 1 ? base.column() + l.getColumnNr() - 1 : l.getColumnNr();
                        return new SourcePosition(line, column, base.byteOffset() + l.getByteOffset());
                    }
                }
            }
        } catch (IOException | JacksonException e) {
            return base;
        }
        return base;
    }

    private static InputStream open(Path file) throws IOException {
        try {
            return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
    }

    public static SourcePosition position(TokenStreamLocation l) {
        if (l == null) {
            return SourcePosition.UNKNOWN;
        }
        return new SourcePosition(Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()), l.getByteOffset());
    }

    public static String describe(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.name();
        };
    }

    /**
     * Turns a Jackson read failure into a finding-ready exception with the place it happened. Only a
     * failure of the source stream is an I/O failure; bytes that Jackson cannot decode (a UTF-32
     * code point past U+10FFFF, an unsupported UCS-4 byte order), although it reports them as
     * {@code IOException}s, are bad data.
     */
    public static RuntimeException translate(JacksonException e, JsonParser p) {
        if (e instanceof JacksonIOException io && io.getCause() instanceof SourceFailure failure) {
            return new UncheckedIOException(failure.source());
        }
        TokenStreamLocation loc = e.getLocation();
        String pointer = "";
        if (p != null) {
            try {
                if (loc == null) {
                    loc = p.currentTokenLocation();
                }
                pointer = failurePointer(p, e);
            } catch (RuntimeException ignored) {
                // the parser may be unusable after the failure; keep what we have
            }
        }
        SourcePosition at = position(loc);
        String message = e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            message = "read limit exceeded: " + message;
        }
        return new InvalidDataException(clean(message), pointer, at.line(), at.column(), e);
    }

    private static final String DUPLICATE_PROPERTY = "Duplicate Object property \"";

    /**
     * Where a read failure is: the duplicated member for a duplicate key; the value being read when
     * the failure is about that value (its member name was read, or it is a string whose bytes are
     * not UTF-8); else the innermost object or array being read. After a complete value (a scalar or a closed object or array) the
     * parser's context still names that value, although the failure is in what follows it (a
     * missing comma, the end of the input, a member name too long): then the container is meant.
     */
    private static String failurePointer(JsonParser p, JacksonException e) {
        TokenStreamContext ctx = p.streamReadContext();
        TokenStreamContext container = ctx.getParent();
        String containerPointer = container == null ? "" : container.pathAsPointer().toString();
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith(DUPLICATE_PROPERTY) && message.endsWith("\"")) {
            String name = message.substring(DUPLICATE_PROPERTY.length(), message.length() - 1);
            return containerPointer + "/" + name.replace("~", "~0").replace("/", "~1");
        }
        JsonToken current = p.hasCurrentToken() ? p.currentToken() : p.getLastClearedToken(); // readTree clears it
        boolean afterValue = current != null && (current.isScalarValue() || current.isStructEnd())
                && !message.contains("UTF-8") && !message.contains("UTF8");
        return afterValue ? containerPointer : ctx.pathAsPointer().toString();
    }

    private static String clean(String message) {
        if (message == null) {
            return "unreadable JSON";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static String pointerOf(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                sb.append('/').append(ref.getPropertyName().replace("~", "~0").replace("/", "~1"));
            } else if (ref.getIndex() >= 0) {
                sb.append('/').append(ref.getIndex());
            }
        }
        return sb.toString();
    }

    /**
     * Why a record could not be bound: a {@link MissingMemberException} when its constructor refused
     * a missing member ({@code Objects.requireNonNull(kind, "kind")} names it; a JVM's own
     * "helpful" null-pointer message names no member and is not taken for one); a
     * {@link NullItemException} at the item when it refused a list holding a null item (its
     * {@code List.copyOf} throws a null-pointer exception naming nothing); else the constructor's
     * or Jackson's message.
     *
     * @param json the object bound, to find a null item in
     * @param base the pointer of {@code json} in the document
     * @param failed the pointer, relative to {@code json}, of the object whose record failed
     */
    private static InvalidDataException bindFailure(JacksonException e, JsonNode json, String base, String failed, long line,
            long column) {
        String pointer = base + failed;
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof NullPointerException npe) {
            if (npe.getMessage() != null && npe.getMessage().matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
                return new MissingMemberException(npe.getMessage(), pointer, line, column, e);
            }
            JsonNode object = json.at(failed);
            if (object.isObject()) {
                for (Map.Entry<String, JsonNode> member : object.properties()) {
                    JsonNode items = member.getValue();
                    for (int i = 0; items.isArray() && i < items.size(); i++) {
                        if (items.get(i).isNull()) {
                            String name = member.getKey();
                            return new NullItemException(name, pointer + "/" + name.replace("~", "~0").replace("/", "~1") + "/" + i,
                                    line, column, e);
                        }
                    }
                }
            }
        }
        String message = root instanceof IllegalArgumentException iae && iae.getMessage() != null ? iae.getMessage()
                : clean(e.getOriginalMessage());
        return new InvalidDataException(message, pointer, line, column, e);
    }

    private static void closeQuietly(JsonParser p) {
        try {
            p.close();
        } catch (JacksonException ignored) {
            // closing after a failure: the original failure is what matters
        }
    }
}

package org.maillage.validation.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.maillage.core.InvalidDataException;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.Entity;
import org.maillage.core.model.EntityFamily;
import org.maillage.json.DatasetFormat;
import org.maillage.json.SourcePosition;
import org.maillage.json.internal.DatasetHandler;
import org.maillage.json.internal.EntityNode;
import org.maillage.json.internal.ReadProblem;
import org.maillage.json.internal.StreamingReader;
import org.maillage.json.internal.TokenBinder;
import org.maillage.validation.Finding;
import org.maillage.validation.Layer;
import org.maillage.validation.ProgressListener;
import org.maillage.validation.Report;
import org.maillage.validation.internal.Located;
import org.maillage.validation.internal.Texts;
import org.maillage.validation.internal.constraint.CodelistCheck;
import org.maillage.validation.internal.constraint.ConstraintLayer;
import org.maillage.validation.spi.IndexedEntity;
import org.maillage.validation.spi.Rule;
import org.maillage.validation.waiver.Waivers;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One validation of one source. The reading thread streams entities; each entity's schema,
 * binding and constraint checks run on a worker pool; results are merged back in file order into
 * the findings and the index (a bounded window of entities in flight), so the report is the same
 * whatever the number of threads. Then the envelope, the references and the rules are checked
 * over the index.
 */
final class Run implements DatasetHandler {

    /**
     * How many entities a worker takes at a time: one hand-over per entity would cost more in
     * locking and waking threads than the checks themselves.
     */
    private static final int BATCH = 256;

    /**
     * The most source bytes a batch holds: with two batches per worker waiting, what is in flight
     * stays near a few hundred kilobytes of JSON whatever the size of the entities (256 large
     * territories a batch overflowed the 64 MB heap of LargeFileTest).
     */
    private static final long BATCH_BYTES = 64 * 1024;

    /** What the checks of one entity give, with the codes it uses that their lists have ended. */
    private record EntityResult(List<Finding> findings, IndexEntry entry, Entity model, List<CodelistCheck.Use> endedCodes) {}

    /**
     * One entity to check: as read from a file ({@code node}), or held in memory ({@code model},
     * whose tree is made on the worker, with its {@code index} in its family's list).
     */
    private record Item(EntityNode node, Entity model, int index) {}

    /** Codes an indexed entity uses that their lists have ended, judged at the reference date. */
    private record EndedCodes(IndexEntry entry, List<CodelistCheck.Use> uses) {}

    private final List<EndedCodes> endedCodes = new ArrayList<>();

    private final Engine engine;
    private final String source;
    private final Path file;
    private final List<Finding> findings = new ArrayList<>();
    private final Index index = new Index();
    private final ExecutorService pool;
    private final int window;
    private final Deque<Future<List<EntityResult>>> pending = new ArrayDeque<>();
    private List<Item> batch = new ArrayList<>(BATCH);
    private long batchBytes;
    private long lastOffset;
    private final ProgressListener progress;
    private long entities;
    private ObjectNode envelope;
    private SourcePosition envelopeStart = SourcePosition.UNKNOWN;

    Run(Engine engine, String source, Path file, ProgressListener progress) {
        this.engine = engine;
        this.progress = progress;
        this.source = source;
        this.file = file;
        this.pool = engine.parallelism > 1 ? Executors.newFixedThreadPool(engine.parallelism, r -> {
            Thread t = new Thread(r, "maillage-validate");
            t.setDaemon(true);
            return t;
        }) : null;
        this.window = engine.parallelism * 2;
    }

    Report execute(InputStream in, DatasetFormat format) {
        try {
            checkEncoding(in);
            try {
                engine.reader.scan(in, format, this);
                drain();
                progress.entitiesRead(entities);
            } catch (InvalidDataException e) {
                drain();
                findings.add(fatal(e));
                return report();
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return checkOver(checkEnvelope(null));
    }

    /**
     * Validates a dataset held in memory, without writing it: the records are checked and indexed
     * as they are, the schema layer judges the tree each one makes ({@link StreamingReader#nodeOf}),
     * and pointers name its canonical JSON form. Findings have no line or column. Else the report
     * is the one validating the canonical form's bytes gives (a test holds the two in step).
     */
    Report execute(Dataset dataset) {
        try {
            for (EntityFamily f : EntityFamily.values()) {
                int i = 0;
                for (Entity e : dataset.entities(f)) {
                    enqueue(new Item(null, e, i++), 0);
                }
            }
            drain();
            progress.entitiesRead(entities);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        envelope = engine.reader.envelopeOf(dataset.header());
        return checkOver(checkEnvelope(dataset.header()));
    }

    /** The checks over the whole dataset, once every entity and the envelope are in the index. */
    private Report checkOver(LocalDate referenceDate) {
        index.validationDate(LocalDate.now(engine.clock));
        for (EndedCodes ended : endedCodes) {
            for (CodelistCheck.Use use : ended.uses()) {
                if (use.deprecatedAt(index.referenceDate())) {
                    findings.add(use.finding(at(ended.entry())));
                }
            }
        }
        if (engine.layers.contains(Layer.REFERENCES)) {
            new ReferenceChecks(index, referenceDate, this::at, findings::add).run();
        }
        if (engine.layers.contains(Layer.RULES)) {
            for (Rule rule : engine.rules) {
                rule.check(index, (entity, pointer, params) -> findings.add(at(own(entity)).finding(rule.id(),
                        index.named(params), pointer)));
            }
        }
        return report();
    }

    private Report report() {
        WaiverApplication.Outcome o = WaiverApplication.apply(engine.waivers, findings, LocalDate.now(engine.clock), engine.findings);
        return Report.of(List.of(source), o.findings(), engine.findings.catalogue().version(), engine.schemaVersion(),
                o.applied());
    }

    // ---- reading -------------------------------------------------------------------------------

    @Override
    public void entity(EntityNode node) {
        enqueue(new Item(node, null, node.index()), node.start().byteOffset());
    }

    @Override
    public boolean binds() {
        return true;
    }

    @Override
    public TokenBinder binder(EntityFamily family) {
        return engine.tokenBinder(family);
    }

    private void enqueue(Item item, long offset) {
        if (++entities % ProgressListener.EVERY == 0) {
            progress.entitiesRead(entities);
        }
        if (pool == null) {
            merge(process(item));
            return;
        }
        batch.add(item);
        if (offset > lastOffset) {
            batchBytes += offset - lastOffset;
            lastOffset = offset;
        }
        if (batch.size() == BATCH || batchBytes >= BATCH_BYTES) {
            submitBatch();
        }
    }

    private void submitBatch() {
        List<Item> items = batch;
        batch = new ArrayList<>(BATCH);
        batchBytes = 0;
        pending.addLast(pool.submit(() -> {
            List<EntityResult> results = new ArrayList<>(items.size());
            for (Item n : items) {
                results.add(process(n));
            }
            return results;
        }));
        while (pending.size() > window) {
            mergeAll(await(pending.removeFirst()));
        }
    }

    @Override
    public void problem(ReadProblem problem) {
        String code = engine.findings.catalogue().contains(problem.code()) ? problem.code() : "read.malformed";
        Map<String, String> p = new LinkedHashMap<>();
        p.put("detail", code.equals(problem.code()) ? problem.message() : problem.code() + ": " + problem.message());
        p.put("detailFr", switch (code) {
            case "read.not-an-object" -> "cet élément doit être un objet JSON";
            case "read.ndjson-unknown-type" -> "type d'entité absent ou inconnu";
            case "read.limit" -> Texts.STANDARD.readLimitFr(problem.message());
            default -> "";
        });
        SourcePosition at = problem.position();
        findings.add(engine.findings.make(code, p, source, problem.pointer(), at.line(), at.column(), null));
    }

    @Override
    public void envelope(ObjectNode node, SourcePosition start) {
        this.envelope = node;
        this.envelopeStart = start;
    }

    private void drain() {
        if (!batch.isEmpty()) {
            submitBatch();
        }
        while (!pending.isEmpty()) {
            mergeAll(await(pending.removeFirst()));
        }
    }

    private void mergeAll(List<EntityResult> results) {
        for (EntityResult r : results) {
            merge(r);
        }
    }

    private static List<EntityResult> await(Future<List<EntityResult>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("validation interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                // an OutOfMemoryError on a worker must reach the caller as itself, so the CLI can
                // say "out of memory" instead of "internal error"
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }

    private void merge(EntityResult r) {
        findings.addAll(r.findings());
        if (r.entry() != null) {
            findings.addAll(index.add(r.entry(), r.model(), this::at));
            if (!r.endedCodes().isEmpty()) {
                endedCodes.add(new EndedCodes(r.entry(), r.endedCodes()));
            }
        }
    }

    /**
     * The checks of one entity; runs on a worker. An entity read from a file was bound from the
     * tokens, or is bound from its tree;
     * one held in memory is its own record, and its tree, made from it, serves the schema layer (or
     * is left empty without that layer: nothing else reads it, since the record is bound).
     */
    private EntityResult process(Item item) {
        EntityNode node = item.node();
        if (node == null) {
            node = engine.schemas != null ? engine.reader.nodeOf(item.model(), item.index())
                    : new EntityNode(item.model().family(), item.index(), "/" + item.model().family().member() + "/"
                            + item.index(), JsonNodeFactory.instance.objectNode().put("id", item.model().id()),
                            SourcePosition.UNKNOWN);
        }
        Located where = located(node, node.id());
        List<Finding> out = new ArrayList<>();
        boolean schemaFailed = false;
        // an entity bound from the tokens passed its schema's shape and is bound: nothing to do here
        if (engine.schemas != null && node.bound() == null) {
            List<Finding> fs = engine.schemas.validate(node.family(), node.json(), where);
            schemaFailed = !fs.isEmpty();
            out.addAll(fs);
        }
        Entity e = item.model() != null ? item.model() : node.bound();
        Entity salvaged = null;
        if (e == null) {
            try {
                e = engine.reader.bind(node);
            } catch (InvalidDataException ex) {
                if (engine.constraints != null && !schemaFailed) {
                    out.add(ConstraintLayer.bindFailure(where, node.family().type(), ex, relative(ex.pointer(), node.pointer())));
                }
                salvaged = salvage(node, ex);
            }
        }
        List<CodelistCheck.Use> ended = List.of();
        if (e != null && engine.constraints != null) {
            out.addAll(withoutSchemaDuplicates(engine.constraints.validate(e, where), out));
            ended = engine.codelists.check(e, where, out);
        }
        IndexEntry entry = null;
        if (e != null || salvaged != null) {
            entry = engine.indexBuilder.index(e != null ? e : salvaged, node, source);
        } else if (node.id() != null) {
            entry = IndexBuilder.unbound(node, source);
        }
        return new EntityResult(out, entry, e != null && engine.keepsModel(e) ? e : null, ended);
    }

    /** How many offending members {@link #salvage} removes before it gives up. */
    private static final int SALVAGE_ATTEMPTS = 8;

    /**
     * The entity without the members that keep it from binding, for the index only: so that one bad
     * member (an unknown EPCI legal type) does not hide the entity's references and make the
     * references and rules layers report what is not wrong (an EPCI "with no member"). The bad
     * member itself is already reported. Null when the entity cannot be bound even so.
     */
    private Entity salvage(EntityNode node, InvalidDataException failure) {
        ObjectNode copy = node.json().deepCopy();
        InvalidDataException ex = failure;
        for (int attempt = 0; attempt < SALVAGE_ATTEMPTS; attempt++) {
            String rel = relative(ex.pointer(), node.pointer());
            if (rel.isEmpty() || rel.equals("/id") || !remove(copy, JsonPointer.compile(rel))) {
                return null;
            }
            try {
                return engine.reader.bind(new EntityNode(node.family(), node.index(), node.pointer(), copy, node.start()));
            } catch (InvalidDataException next) {
                ex = next;
            }
        }
        return null;
    }

    private static boolean remove(ObjectNode root, JsonPointer pointer) {
        JsonNode parent = root.at(pointer.head());
        JsonPointer last = pointer.last();
        if (parent instanceof ObjectNode o && last.mayMatchProperty() && o.has(last.getMatchingProperty())) {
            o.remove(last.getMatchingProperty());
            return true;
        }
        if (parent instanceof ArrayNode a && last.mayMatchElement()
                && last.getMatchingIndex() < a.size()) {
            a.remove(last.getMatchingIndex());
            return true;
        }
        return false;
    }

    /** Constraint findings at a place the schema layer already reported: the same problem said twice. */
    private static List<Finding> withoutSchemaDuplicates(List<Finding> constraintFindings, List<Finding> earlier) {
        Set<String> schemaPointers = new java.util.HashSet<>();
        for (Finding f : earlier) {
            if (f.layer() == Layer.SCHEMA) {
                schemaPointers.add(f.pointer());
            }
        }
        if (schemaPointers.isEmpty()) {
            return constraintFindings;
        }
        return constraintFindings.stream().filter(f -> !schemaPointers.contains(f.pointer())).toList();
    }

    private static String relative(String pointer, String base) {
        return pointer != null && pointer.startsWith(base) ? pointer.substring(base.length()) : "";
    }

    // ---- envelope ------------------------------------------------------------------------------

    /** @param known the header, when the dataset is held in memory; null to bind it from the envelope read */
    private LocalDate checkEnvelope(DatasetHeader known) {
        ObjectNode env = envelope == null ? JsonNodeFactory.instance.objectNode() : envelope;
        Located where = located(new EntityNode(EntityFamily.TERRITORIES, 0, "", env, envelopeStart), null);
        boolean schemaFailed = false;
        if (engine.schemas != null) {
            List<Finding> fs = engine.schemas.validateEnvelope(env, where);
            schemaFailed = !fs.isEmpty();
            findings.addAll(fs);
        }
        DatasetHeader header = known;
        try {
            if (header == null) {
                header = engine.reader.bindHeader(env);
            }
        } catch (InvalidDataException ex) {
            if (engine.constraints != null && !schemaFailed) {
                findings.add(ConstraintLayer.bindFailure(where, "dataset", ex, ex.pointer()));
            }
        }
        if (header != null && engine.constraints != null) {
            findings.addAll(withoutSchemaDuplicates(engine.constraints.validate(header, where), findings));
        }
        index.header(header);
        return header == null ? null : header.referenceDate();
    }

    // ---- places --------------------------------------------------------------------------------

    private Located located(EntityNode node, String entityId) {
        return (rule, fragments, params, rel) -> {
            SourcePosition pos = file != null && !rel.isEmpty() ? engine.reader.locate(file, node, rel) : node.start();
            return engine.findings.make(rule, fragments, params, source, node.pointer() + rel, pos.line(), pos.column(),
                    entityId);
        };
    }

    /** The index's own entry for an entity a rule reports on; a rule cannot report on anything else. */
    private IndexEntry own(IndexedEntity e) {
        IndexEntry known = index.get(java.util.Objects.requireNonNull(e, "entity").id());
        // an observation may come to a rule as any view of its slot: the same store and slot is its own
        if (known != e && !(known instanceof CompactObservation c && e instanceof IndexEntry mine && c.sameSlot(mine))) {
            throw new IllegalArgumentException("a rule reported on " + e + ", which is not an entity of the dataset it checks");
        }
        return known;
    }

    private Located at(IndexEntry e) {
        EntityNode node = new EntityNode(e.family(), 0, e.pointer(), JsonNodeFactory.instance.objectNode(),
                new SourcePosition(e.line(), e.column(), e.byteOffset()));
        return located(node, e.id());
    }

    // ---- read failures -------------------------------------------------------------------------

    private void checkEncoding(InputStream in) {
        byte[] b = new byte[4];
        int n;
        try {
            in.mark(8);
            n = in.readNBytes(b, 0, 4);
            in.reset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String encoding = null;
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            findings.add(engine.findings.make("read.bom", Map.of(), source, "", 1, 1, null));
        } else if (n >= 4 && b[0] == 0 && b[1] == 0 || n >= 4 && b[2] == 0 && b[3] == 0 && b[1] == 0) {
            encoding = "UTF-32";
        } else if (n >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                || b[0] == 0 || b[1] == 0)) {
            encoding = "UTF-16";
        }
        if (encoding != null) {
            findings.add(engine.findings.make("read.encoding", Map.of("encoding", encoding), source, "", 1, 1, null));
        }
    }

    private Finding fatal(InvalidDataException e) {
        String msg = e.getMessage() == null ? "unreadable JSON" : e.getMessage();
        Map<String, String> p = new LinkedHashMap<>();
        String rule;
        if (e.getCause() instanceof StreamConstraintsException) {
            rule = "read.limit";
            p.put("detail", msg.replaceFirst("^read limit exceeded: ", ""));
            p.put("detailFr", Texts.STANDARD.readLimitFr(p.get("detail")));
        } else if (msg.startsWith("Duplicate Object property")) {
            rule = "read.duplicate-key";
            int a = msg.indexOf('"');
            int b = msg.lastIndexOf('"');
            p.put("name", a >= 0 && b > a ? msg.substring(a + 1, b) : msg);
        } else if (msg.contains("UTF-8") || msg.contains("UTF8")) {
            rule = "read.invalid-utf8";
            p.put("detail", msg);
        } else if (msg.equals("the document is empty")) {
            rule = "read.empty";
        } else if (msg.startsWith("a dataset must be a JSON object")) {
            rule = "read.wrong-root";
            p.put("found", msg.replaceFirst("^.*found ", ""));
            p.put("foundFr", Texts.STANDARD.jsonTypeFr(p.get("found")));
        } else if (msg.startsWith("unexpected content after")) {
            rule = "read.trailing-content";
        } else {
            rule = "read.malformed";
            p.put("detail", msg);
        }
        return engine.findings.make(rule, p, source, e.pointer(), e.line(), e.column(), null);
    }
}

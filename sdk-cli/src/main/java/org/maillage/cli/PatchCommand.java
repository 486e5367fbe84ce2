package org.maillage.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.maillage.core.InvalidDataException;
import org.maillage.core.diff.Changeset;
import org.maillage.core.diff.PatchConflictException;
import org.maillage.core.internal.OutputFile;
import org.maillage.core.internal.SafeText;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.EntityFamily;
import org.maillage.json.DatasetFormat;
import org.maillage.json.DatasetReader;
import org.maillage.json.DatasetWriter;
import org.maillage.json.MaillageJson;
import org.maillage.json.diff.ChangesetJson;
import org.maillage.json.diff.JsonPatches;
import org.maillage.json.diff.ModelFit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code maillage patch A PATCH}: applies a changeset or an RFC 6902 JSON Patch to a dataset.
 * Nothing is dropped silently: a base, a patched document or a changeset value that holds what the
 * model cannot (a member it does not know, a value of the wrong type) is refused, naming the place.
 */
@Command(name = "patch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Apply a JSON changeset (maillage diff --format json) or an RFC 6902 JSON Patch (--format patch)"
                + " to a dataset, and write the result in canonical form. A patch that does not apply cleanly is"
                + " refused as a whole, saying which operation failed and where. Nothing is dropped silently: a dataset,"
                + " a patched document or a changeset value holding what the model cannot (a member it does not know, a"
                + " value of the wrong type) is refused, naming the place; so is a patch whose result would nest deeper"
                + " than 64 levels or hold more than twice the values of the dataset and the patch.",
            "A or PATCH may be '-', standard input.",
            "Exit codes: 0 applied, 1 the patch is not a patch, does not apply, or would lose data or pass a limit,"
                + " 2 usage error, 3 an input cannot be read or the output written."})
final class PatchCommand extends CliCommand {

    /** The largest patch read (it is held in memory as a tree). */
    static final long MAX_PATCH = 256L << 20;

    @Parameters(index = "0", paramLabel = "A", description = "The dataset to patch (JSON or NDJSON), or '-'.")
    Path a;

    @Parameters(index = "1", paramLabel = "PATCH", description = "A JSON changeset or an RFC 6902 JSON Patch, or '-'.")
    Path patch;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the patched dataset to this file (its name chooses JSON or NDJSON; '-': standard output,"
                    + " the default).")
    Path output;

    /** Creates the command; called by picocli. */
    PatchCommand() {
        // configured by picocli
    }

    @Override
    int execute() throws CliIo.Failure {
        List<Path> inputs = List.of(a, patch);
        CliIo.checkInputs(inputs, false);
        OutputFile out = open(output, inputs);
        // The patch is read (and a changeset bound) on another thread while the dataset is read and
        // checked on this one; the dataset's failures are still the ones reported first.
        Background<Patch> patchRead = Background.start("maillage-read-patch", this::readAndBindPatch);
        Dataset da;
        JsonNode canonical;
        try {
            byte[] bytes = readAll(a, Integer.MAX_VALUE - 8, "a dataset to patch");
            DatasetFormat format = CliIo.isDash(a) ? CliIo.format(a, new java.io.BufferedInputStream(new ByteArrayInputStream(bytes)))
                    : DatasetFormat.of(a);
            JsonNode base;
            try {
                da = DatasetReader.standard().read(new ByteArrayInputStream(bytes), format);
                base = tree(bytes, format);
            } catch (InvalidDataException e) {
                throw CliIo.Failure.io("cannot read " + CliIo.shown(a) + ": " + DiffInputs.describe(e));
            } catch (JacksonException e) {
                throw CliIo.Failure.io("cannot read " + CliIo.shown(a) + ": " + SafeText.terminal(e.getOriginalMessage()));
            }
            canonical = canonicalTree(da);
            Optional<String> lost = ModelFit.loss(base, canonical);
            if (lost.isPresent()) {
                throw CliIo.Failure.invalid(CliIo.shown(a) + " holds what the model cannot, which patching would drop: "
                        + SafeText.terminal(lost.get()) + "; 'maillage validate' says what to fix. Nothing written.");
            }
        } catch (CliIo.Failure | RuntimeException | Error e) {
            patchRead.abandon();
            throw e;
        }
        Patch read = patchRead.get();
        JsonNode p = read.tree();
        Dataset result;
        try {
            if (p.isArray()) {
                JsonNode patched = JsonPatches.apply(p, canonical);
                try {
                    result = DatasetReader.standard().read(new ByteArrayInputStream(MaillageJson.mapper().writeValueAsBytes(patched)),
                            DatasetFormat.JSON);
                } catch (InvalidDataException e) {
                    throw CliIo.Failure.invalid("the patched document is not a dataset: " + DiffInputs.describe(e)
                            + ". Nothing written.");
                }
                Optional<String> lost = ModelFit.loss(patched, canonicalTree(result));
                if (lost.isPresent()) {
                    throw CliIo.Failure.invalid("the patched document holds what the model cannot: " + SafeText.terminal(lost.get())
                            + ". Nothing written.");
                }
            } else if (read.changeset() != null) {
                result = read.changeset().applyTo(da);
            } else if (read.unbound() != null) {
                throw read.unbound();
            } else {
                throw CliIo.Failure.invalid(CliIo.shown(patch)
                        + " is neither a JSON changeset (an object with 'changes') nor an RFC 6902 JSON Patch (an array)");
            }
        } catch (InvalidDataException e) {
            throw CliIo.Failure.invalid(CliIo.shown(patch) + ": " + SafeText.terminal(e.getMessage()));
        } catch (PatchConflictException e) {
            throw CliIo.Failure.invalid(CliIo.shown(patch) + " does not apply to " + CliIo.shown(a) + ": "
                    + SafeText.terminal(e.getMessage()));
        }
        DatasetFormat outFormat = output == null || CliIo.isDash(output) ? DatasetFormat.JSON : DatasetFormat.of(output);
        DatasetWriter.canonical().write(result, out.stream(), outFormat);
        CliIo.commit(out);
        return ExitCodes.OK;
    }

    /**
     * A patch as read: its tree and, for a changeset, the changeset bound from it or why it could
     * not be bound (thrown where a sequential read would have thrown it).
     */
    private record Patch(JsonNode tree, Changeset changeset, InvalidDataException unbound) {}

    private Patch readAndBindPatch() throws CliIo.Failure {
        JsonNode p = readPatch();
        if (!p.isObject() || !p.has("changes")) {
            return new Patch(p, null, null);
        }
        try {
            return new Patch(p, ChangesetJson.fromJson(p), null);
        } catch (InvalidDataException e) {
            return new Patch(p, null, e);
        }
    }

    private byte[] readAll(Path p, long max, String what) throws CliIo.Failure {
        try (InputStream in = CliIo.open(this, p)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw CliIo.Failure.invalid(CliIo.shown(p) + " is larger than " + org.maillage.core.internal.InputFile.size(max)
                        + ", the limit for " + what);
            }
            return bytes;
        } catch (IOException e) {
            throw CliIo.readFailure(p, e);
        }
    }

    private JsonNode readPatch() throws CliIo.Failure {
        byte[] bytes = readAll(patch, MAX_PATCH, "a patch");
        try {
            JsonNode p = MaillageJson.mapper().readTree(bytes);
            if (p == null || p.isMissingNode()) {
                throw CliIo.Failure.invalid(CliIo.shown(patch) + " is empty");
            }
            return p;
        } catch (StreamConstraintsException e) {
            // Jackson names the method that holds the limit: not for users
            String why = String.valueOf(e.getOriginalMessage()).replaceAll(",? from `[^`]*`", "");
            throw CliIo.Failure.invalid(CliIo.shown(patch) + " passes a read limit: " + SafeText.terminal(why));
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException io) {
                throw CliIo.readFailure(patch, io);
            }
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw CliIo.Failure.invalid(CliIo.shown(patch) + " is not JSON: " + SafeText.terminal(e.getOriginalMessage()) + where);
        } catch (UncheckedIOException e) {
            throw CliIo.readFailure(patch, e.getCause());
        }
    }

    private static JsonNode canonicalTree(Dataset d) {
        return MaillageJson.mapper().readTree(DatasetWriter.canonical().writeString(d));
    }

    /** The document as a JSON tree: the file itself, or for NDJSON the envelope with each entity in its family's array. */
    private static JsonNode tree(byte[] bytes, DatasetFormat format) {
        if (format == DatasetFormat.JSON) {
            return MaillageJson.mapper().readTree(bytes);
        }
        ObjectNode doc = MaillageJson.mapper().createObjectNode();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = MaillageJson.mapper().readTree(line);
            if (!n.isObject() || !n.has("type")) {
                continue;
            }
            ObjectNode o = (ObjectNode) n;
            String type = o.remove("type").asString();
            if (type.equals("dataset")) {
                doc.setAll(o);
            } else {
                EntityFamily f = EntityFamily.ofType(type);
                if (f != null) {
                    (doc.has(f.member()) ? (tools.jackson.databind.node.ArrayNode) doc.get(f.member()) : doc.putArray(f.member())).add(o);
                }
            }
        }
        return doc;
    }
}

package org.maillage.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.maillage.core.InvalidDataException;
import org.maillage.core.diff.PatchConflictException;
import org.maillage.core.model.Dataset;
import org.maillage.json.DatasetReader;
import org.maillage.json.DatasetWriter;
import org.maillage.json.MaillageJson;
import org.maillage.json.diff.ChangesetJson;
import org.maillage.json.diff.JsonPatches;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** {@code maillage patch A PATCH}: applies a changeset or an RFC 6902 JSON Patch to a dataset. */
@Command(name = "patch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Apply a JSON changeset (maillage diff --format json) or an RFC 6902 JSON Patch (--format patch)"
                + " to a dataset, and write the result in canonical form. A patch that does not apply cleanly is"
                + " refused as a whole, saying which operation failed and where.",
            "Exit codes: 0 applied, 1 the patch does not apply, 2 usage error, 3 an input cannot be read or the"
                + " output written."})
final class PatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The dataset to patch (JSON or NDJSON).")
    Path a;

    @Parameters(index = "1", paramLabel = "PATCH", description = "A JSON changeset or an RFC 6902 JSON Patch.")
    Path patch;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the patched dataset to this file (its name chooses JSON or NDJSON) instead of the"
                    + " standard output.")
    Path output;

    /** Creates the command; called by picocli. */
    PatchCommand() {
        // configured by picocli
    }

    @Override
    public Integer call() {
        try {
            Dataset da = DiffInputs.read(a);
            JsonNode p = readPatch();
            Dataset result;
            try {
                if (p.isArray()) {
                    JsonNode doc = MaillageJson.mapper().readTree(DatasetWriter.canonical().writeString(da));
                    JsonNode patched = JsonPatches.apply(p, doc);
                    try {
                        result = DatasetReader.standard().readString(patched.toString());
                    } catch (InvalidDataException e) {
                        spec.commandLine().getErr().println("maillage patch: the patched document is not a dataset: "
                                + DiffInputs.describe(e));
                        return ExitCodes.INVALID;
                    }
                } else if (p.isObject() && p.has("changes")) {
                    result = ChangesetJson.fromJson(p).applyTo(da);
                } else {
                    spec.commandLine().getErr().println("maillage patch: " + patch
                            + " is neither a JSON changeset (an object with 'changes') nor an RFC 6902 JSON Patch (an array)");
                    return ExitCodes.IO;
                }
            } catch (InvalidDataException e) {
                spec.commandLine().getErr().println("maillage patch: cannot read " + patch + ": " + DiffInputs.describe(e));
                return ExitCodes.IO;
            } catch (PatchConflictException e) {
                spec.commandLine().getErr().println("maillage patch: " + patch + " does not apply to " + a + ": "
                        + e.getMessage());
                return ExitCodes.INVALID;
            }
            if (output == null) {
                DiffInputs.write(DatasetWriter.canonical().writeString(result), null, spec.commandLine().getOut());
            } else {
                try {
                    DatasetWriter.canonical().write(result, output);
                } catch (java.io.UncheckedIOException e) {
                    throw new DiffInputs.Failure("cannot write " + output + ": " + DiffInputs.ioMessage(e.getCause()));
                }
            }
            return ExitCodes.OK;
        } catch (DiffInputs.Failure e) {
            spec.commandLine().getErr().println("maillage patch: " + e.getMessage());
            return ExitCodes.IO;
        }
    }

    private JsonNode readPatch() throws DiffInputs.Failure {
        try {
            return MaillageJson.mapper().readTree(patch.toFile());
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            if (e.getCause() instanceof java.io.IOException io) {
                throw new DiffInputs.Failure("cannot read " + patch + ": " + DiffInputs.ioMessage(io));
            }
            throw new DiffInputs.Failure("cannot read " + patch + ": " + e.getOriginalMessage() + where);
        }
    }
}

package org.maillage.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.maillage.core.diff.Changeset;
import org.maillage.core.diff.Differ;
import org.maillage.core.model.Dataset;
import org.maillage.json.MaillageJson;
import org.maillage.json.diff.Changelog;
import org.maillage.json.diff.ChangesetJson;
import org.maillage.json.diff.DiffText;
import org.maillage.json.diff.JsonPatches;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code maillage diff A B}: what changed between two datasets, matched by identity. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Compare two datasets: entities by id, nested items by their identity, never by position.",
            "Exit codes: 0 equal, 1 different, 2 usage error, 3 an input cannot be read or the output written."})
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The first dataset (JSON or NDJSON).")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "The second dataset (JSON or NDJSON).")
    Path b;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json (changeset), patch (RFC 6902 JSON Patch of A's canonical form) or changelog"
                    + " (Markdown). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file instead of the standard output.")
    Path output;

    @Option(names = "--ignore", paramLabel = "PATTERN", arity = "1..*",
            description = {"Leave out a family (observations), a field (territories/*/population; * matches any one"
                    + " segment, the second segment is the entity id) or a header member (header/issued)."})
    List<String> ignore = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the changelog: fr or en. Default: ${DEFAULT-VALUE}.")
    String lang;

    /** Creates the command; called by picocli. */
    DiffCommand() {
        // configured by picocli
    }

    @Override
    public Integer call() {
        if (!List.of("text", "json", "patch", "changelog").contains(format)) {
            throw new ParameterException(spec.commandLine(), "--format must be text, json, patch or changelog, not '"
                    + format + "'");
        }
        if (!lang.equals("fr") && !lang.equals("en")) {
            throw new ParameterException(spec.commandLine(), "--lang must be fr or en, not '" + lang + "'");
        }
        Differ.Builder builder = Differ.builder();
        for (String p : ignore) {
            try {
                builder.ignore(p);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--ignore: " + e.getMessage());
            }
        }
        try {
            Dataset da = DiffInputs.read(a);
            Dataset db = DiffInputs.read(b);
            Changeset cs = builder.build().diff(da, db);
            String text = switch (format) {
                case "json" -> ChangesetJson.toJsonString(cs);
                case "patch" -> MaillageJson.mapper().writer().with(MaillageJson.canonicalPrettyPrinter())
                        .writeValueAsString(JsonPatches.render(cs)) + "\n";
                case "changelog" -> Changelog.render(cs, da, db, Locale.forLanguageTag(lang));
                default -> DiffText.render(cs);
            };
            DiffInputs.write(text, output, spec.commandLine().getOut());
            return cs.isEmpty() ? ExitCodes.OK : ExitCodes.INVALID;
        } catch (DiffInputs.Failure e) {
            spec.commandLine().getErr().println("maillage diff: " + e.getMessage());
            return ExitCodes.IO;
        }
    }
}

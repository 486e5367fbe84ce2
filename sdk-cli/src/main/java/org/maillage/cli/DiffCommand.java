package org.maillage.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.maillage.core.diff.Changeset;
import org.maillage.core.diff.Differ;
import org.maillage.core.internal.OutputFile;
import org.maillage.core.model.Dataset;
import org.maillage.json.MaillageJson;
import org.maillage.json.diff.Changelog;
import org.maillage.json.diff.ChangesetJson;
import org.maillage.json.diff.DiffText;
import org.maillage.json.diff.JsonPatches;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code maillage diff A B}: what changed between two datasets, matched by identity. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Compare two datasets: entities by id, nested items by their identity, never by position.",
            "Either dataset may be '-', standard input.",
            "Exit codes: 0 equal, 1 different, 2 usage error, 3 an input cannot be read or the output written."})
final class DiffCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "A", description = "The first dataset (JSON or NDJSON), or '-'.")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "The second dataset (JSON or NDJSON), or '-'.")
    Path b;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json (changeset), patch (RFC 6902 JSON Patch of A's canonical form, every operation"
                    + " guarded by a test) or changelog (Markdown). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file ('-': standard output, the default).")
    Path output;

    @Option(names = "--ignore", paramLabel = "PATTERN", arity = "1..*",
            description = {"Leave out a family (observations), a field (territories/*/population; * matches any one"
                    + " segment, the second segment is the entity id) or a header member (header/issued)."})
    List<String> ignore = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the changelog: fr or en (default: from the locale, French unless it is another language).")
    String lang;

    /** Creates the command; called by picocli. */
    DiffCommand() {
        // configured by picocli
    }

    @Override
    int execute() throws CliIo.Failure {
        if (!List.of("text", "json", "patch", "changelog").contains(format)) {
            throw CliIo.Failure.usage("--format must be text, json, patch or changelog, not '" + format + "'");
        }
        String language = lang == null ? context.defaultLanguage() : lang;
        if (!language.equals("fr") && !language.equals("en")) {
            throw CliIo.Failure.usage("--lang must be fr or en, not '" + lang + "'");
        }
        Differ.Builder builder = Differ.builder();
        for (String p : ignore) {
            try {
                builder.ignore(p);
            } catch (IllegalArgumentException e) {
                throw CliIo.Failure.usage("--ignore: " + e.getMessage());
            }
        }
        List<Path> inputs = List.of(a, b);
        CliIo.checkInputs(inputs, false);
        OutputFile out = open(output, inputs);
        Dataset[] read = DiffInputs.readBoth(this, a, b);
        Dataset da = read[0];
        Dataset db = read[1];
        Changeset cs = builder.build().diff(da, db);
        try {
            if (format.equals("text")) {
                // Written as it is rendered: the text of a large diff is never held whole.
                Writer w = new BufferedWriter(new OutputStreamWriter(out.stream(), StandardCharsets.UTF_8), 1 << 16);
                DiffText.write(cs, w);
                w.flush();
            } else {
                String text = switch (format) {
                    case "json" -> ChangesetJson.toJsonString(cs);
                    case "patch" -> MaillageJson.mapper().writer().with(MaillageJson.canonicalPrettyPrinter())
                            .writeValueAsString(JsonPatches.render(cs, da)) + "\n";
                    default -> Changelog.render(cs, da, db, Locale.forLanguageTag(language));
                };
                out.stream().write(text.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw CliIo.writeFailure(out, e);
        }
        CliIo.commit(out);
        return cs.isEmpty() ? ExitCodes.OK : ExitCodes.INVALID;
    }
}

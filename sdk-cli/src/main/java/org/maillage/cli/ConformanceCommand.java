package org.maillage.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.maillage.core.InvalidDataException;
import org.maillage.core.internal.OutputFile;
import org.maillage.core.internal.SafeText;
import org.maillage.validation.RuleCatalogue;
import org.maillage.validation.conformance.ConformanceCorpus;
import org.maillage.validation.conformance.ConformanceResult;
import org.maillage.validation.conformance.ConformanceRunner;
import org.maillage.validation.conformance.Requirements;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code maillage conformance}: the conformance kit. */
@Command(name = "conformance", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "The conformance kit: run the corpus through another implementation, list the requirements it covers.",
        subcommands = {ConformanceCommand.Run.class, ConformanceCommand.RequirementsTable.class})
final class ConformanceCommand extends CliCommand {

    /** Creates the command; called by picocli. */
    ConformanceCommand() {
        // configured by picocli
    }

    @Override
    int execute() {
        spec.commandLine().usage(err());
        return ExitCodes.USAGE;
    }

    /** The corpus: the bundled one, or a folder (checked to be one), its problems said plainly. */
    static ConformanceCorpus corpus(Path folder) throws CliIo.Failure {
        if (folder == null) {
            return ConformanceCorpus.bundled();
        }
        if (CliIo.isDash(folder)) {
            throw CliIo.Failure.usage("a corpus is a folder, not standard input");
        }
        CliIo.checkInput(folder, true);
        if (!Files.isDirectory(folder)) {
            throw CliIo.Failure.io("cannot read " + CliIo.shown(folder) + ": a file, not a corpus folder");
        }
        try {
            return ConformanceCorpus.load(folder);
        } catch (IOException e) {
            throw CliIo.Failure.io("cannot read the corpus " + CliIo.shown(folder) + ": " + CliIo.reason(e));
        } catch (UncheckedIOException e) {
            throw CliIo.Failure.io("cannot read the corpus " + CliIo.shown(folder) + ": " + CliIo.reason(e.getCause()));
        } catch (InvalidDataException e) {
            throw CliIo.Failure.invalid(SafeText.terminal(e.getMessage()));
        }
    }

    /** {@code maillage conformance run}. */
    @Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Run every case of the conformance corpus through an implementation and score it.",
                "The implementation is a command run as CMD [--profile NAME] [--waivers FILE] [--layers LIST] FILE:"
                    + " --profile when the case names a profile, --waivers (a waivers file) when it has waivers, --layers"
                    + " (e.g. read,constraints,references,rules) when it runs only some layers, the input file last. It prints"
                    + " a JSON report {\"valid\": bool, \"findings\": [{\"ruleId\": ..., \"pointer\": ...}]} on stdout."
                    + " The command line is"
                    + " split into arguments without a shell (quotes group, nothing is expanded); use sh -c '...' to"
                    + " want a shell. A case passes when the verdict and the set of (rule id, pointer) pairs are the"
                    + " expected ones."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:every case passed", "1:some case failed, or a corpus file is not of the corpus format",
                "2:usage error", "3:the corpus cannot be read"})
    static final class Run extends CliCommand {

        @Option(names = "--implementation", required = true, paramLabel = "CMD",
                description = "The implementation's command, e.g. \"./maillage validate --format json\".")
        String implementation;

        @Option(names = "--corpus", paramLabel = "DIR", description = "A corpus folder (default: the bundled corpus).")
        Path corpus;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
                description = "Longest a case may run before it is killed and fails (default: ${DEFAULT-VALUE}).")
        long timeoutSeconds;

        @Option(names = "--jobs", paramLabel = "N", description = "Cases run at once (default: the number of cores).")
        Integer jobs;

        @Override
        int execute() throws CliIo.Failure {
            ConformanceRunner runner;
            try {
                runner = ConformanceRunner.of(implementation).withTimeout(Duration.ofSeconds(timeoutSeconds));
                if (jobs != null) {
                    runner = runner.withJobs(jobs);
                }
            } catch (IllegalArgumentException e) {
                throw CliIo.Failure.usage(e.getMessage());
            }
            ConformanceCorpus cases = corpus(corpus);
            ConformanceResult result;
            try {
                result = runner.run(cases);
            } catch (IOException e) {
                throw CliIo.Failure.io("cannot run the cases: " + CliIo.reason(e));
            }
            out().print(java.util.Arrays.stream(result.table().split("\n", -1)).map(SafeText::terminal)
                    .collect(java.util.stream.Collectors.joining("\n")));
            out().flush();
            return result.perfect() ? ExitCodes.OK : ExitCodes.INVALID;
        }
    }

    /** {@code maillage conformance requirements}. */
    @Command(name = "requirements", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Print (or write) the requirements table in Markdown: each rule of the catalogue, the corpus cases"
                    + " that trigger it and its near misses.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:the table was written", "2:usage error", "3:the corpus cannot be read or the output written"})
    static final class RequirementsTable extends CliCommand {

        @Option(names = "--corpus", paramLabel = "DIR", description = "A corpus folder (default: the bundled corpus).")
        Path corpus;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE.md", description = "Write the table here instead of standard output.")
        Path output;

        @Override
        int execute() throws CliIo.Failure {
            ConformanceCorpus cases = corpus(corpus);
            OutputFile out = open(output, corpus == null ? List.of() : List.of(corpus));
            String markdown = Requirements.of(RuleCatalogue.standard(), cases).markdown();
            try {
                out.stream().write(markdown.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw CliIo.writeFailure(out, e);
            }
            CliIo.commit(out);
            return ExitCodes.OK;
        }
    }
}

package org.maillage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.maillage.core.InvalidDataException;
import org.maillage.validation.RuleCatalogue;
import org.maillage.validation.conformance.ConformanceCorpus;
import org.maillage.validation.conformance.ConformanceResult;
import org.maillage.validation.conformance.ConformanceRunner;
import org.maillage.validation.conformance.Requirements;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code maillage conformance}: the conformance kit. */
@Command(name = "conformance", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "The conformance kit: run the corpus through another implementation, list the requirements it covers.",
        subcommands = {ConformanceCommand.Run.class, ConformanceCommand.RequirementsTable.class})
public final class ConformanceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Creates the command; called by picocli. */
    public ConformanceCommand() {
        // configured by picocli
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    static ConformanceCorpus corpus(Path folder) throws IOException {
        return folder == null ? ConformanceCorpus.bundled() : ConformanceCorpus.load(folder);
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
            exitCodeList = {"0:every case passed", "1:some case failed", "2:usage error", "3:the corpus cannot be read"})
    static final class Run implements Callable<Integer> {

        @Spec
        CommandSpec spec;

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
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            ConformanceRunner runner;
            try {
                runner = ConformanceRunner.of(implementation).withTimeout(Duration.ofSeconds(timeoutSeconds));
                if (jobs != null) {
                    runner = runner.withJobs(jobs);
                }
            } catch (IllegalArgumentException e) {
                err.println("maillage conformance run: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            try {
                if (corpus != null && !Files.isDirectory(corpus)) {
                    err.println("maillage conformance run: no such corpus folder / dossier introuvable: " + corpus);
                    return ExitCodes.IO;
                }
                ConformanceResult result = runner.run(corpus(corpus));
                out.print(result.table());
                return result.perfect() ? ExitCodes.OK : ExitCodes.INVALID;
            } catch (IOException | InvalidDataException | IllegalStateException e) {
                err.println("maillage conformance run: " + e.getMessage());
                return ExitCodes.IO;
            }
        }
    }

    /** {@code maillage conformance requirements}. */
    @Command(name = "requirements", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Print (or write) the requirements table in Markdown: each rule of the catalogue, the corpus cases"
                    + " that trigger it and its near misses.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:the table was written", "2:usage error", "3:the corpus cannot be read or the output written"})
    static final class RequirementsTable implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--corpus", paramLabel = "DIR", description = "A corpus folder (default: the bundled corpus).")
        Path corpus;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE.md", description = "Write the table here instead of standard output.")
        Path output;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            try {
                if (corpus != null && !Files.isDirectory(corpus)) {
                    err.println("maillage conformance requirements: no such corpus folder / dossier introuvable: " + corpus);
                    return ExitCodes.IO;
                }
                String markdown = Requirements.of(RuleCatalogue.standard(), corpus(corpus)).markdown();
                if (output == null) {
                    spec.commandLine().getOut().print(markdown);
                } else {
                    Files.writeString(output, markdown, StandardCharsets.UTF_8);
                }
                return ExitCodes.OK;
            } catch (IOException | InvalidDataException | IllegalStateException e) {
                err.println("maillage conformance requirements: " + e.getMessage());
                return ExitCodes.IO;
            }
        }
    }
}

package org.maillage.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code maillage} command. Only {@link #main} calls {@code System.exit}; {@link #run} returns
 * the exit code, so the whole CLI can be tested in-process.
 */
@Command(name = "maillage", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Validate, compare and certify French territorial health governance data.",
        subcommands = {ValidateCommand.class, ImportCommand.class, ExportCommand.class, DiffCommand.class, PatchCommand.class,
            CertifyCommand.class, VerifyCommand.class, KeygenCommand.class, ConformanceCommand.class,
            GenerateCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    /** Held so that its level stays set. */
    private static final java.util.logging.Logger HIBERNATE_LOG = java.util.logging.Logger.getLogger("org.hibernate.validator");

    @Spec
    CommandSpec spec;

    /** Creates the command; called by picocli. */
    public Main() {
        // configured by picocli
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /**
     * Runs the command line and returns its exit code.
     *
     * @param out standard output
     * @param err standard error
     * @param args the arguments
     * @return the exit code (see {@link ExitCodes})
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("maillage: internal error, please report it: " + ex);
            return ExitCodes.INTERNAL;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // The index of ids and references did not fit: say so, not a stack trace.
            err.println("maillage: out of memory (maximum heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB); give Java more, for example JAVA_OPTS=-Xmx2g");
            code = ExitCodes.INTERNAL;
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Entry point.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        // networknt logs through SLF4J; without a provider SLF4J warns on stderr at first use.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        // Hibernate Validator announces its version through java.util.logging at INFO.
        HIBERNATE_LOG.setLevel(java.util.logging.Level.WARNING);
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }
}

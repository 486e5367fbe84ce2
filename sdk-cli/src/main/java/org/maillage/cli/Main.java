package org.maillage.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.maillage.core.internal.OutputFile;
import org.maillage.core.internal.SafeText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code maillage} command. Only {@link #main} calls {@code System.exit}; {@link #run} returns
 * the exit code, so the whole CLI can be tested in-process.
 */
@Command(name = "maillage", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Validate, compare and certify French territorial health governance data.")
public final class Main extends CliCommand {

    /**
     * The commands, in the order of the help. Registered here rather than in the annotation so
     * that a run builds the model of the one command it runs (see {@link #commandLine(Context, String...)}).
     */
    private static final List<Class<?>> COMMANDS = List.of(ValidateCommand.class, ImportCommand.class, ExportCommand.class,
            DiffCommand.class, PatchCommand.class, CertifyCommand.class, VerifyCommand.class, KeygenCommand.class,
            ConformanceCommand.class, GenerateCommand.class, ServeCommand.class, CompletionCommand.class,
            CommandLine.HelpCommand.class);

    /** The commands that need every other one's model: the help command and the completion script. */
    private static final Set<Class<?>> NEED_ALL = Set.of(CompletionCommand.class, CommandLine.HelpCommand.class);

    /** Held so that its level stays set. */
    private static final java.util.logging.Logger HIBERNATE_LOG = java.util.logging.Logger.getLogger("org.hibernate.validator");

    /** Creates the command; called by picocli. */
    public Main() {
        // configured by picocli
    }

    @Override
    int execute() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /**
     * Runs the command line and returns its exit code, with the environment and standard input of
     * this process.
     *
     * @param out standard output
     * @param err standard error
     * @param args the arguments
     * @return the exit code (see {@link ExitCodes})
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, Context.ofProcess(() -> null), args);
    }

    /**
     * Runs the command line in a context.
     *
     * @param out standard output
     * @param err standard error
     * @param context environment, standard input, terminals
     * @param args the arguments
     * @return the exit code (see {@link ExitCodes})
     */
    static int run(PrintWriter out, PrintWriter err, Context context, String... args) {
        PrintWriter safeErr = new PrintWriter(new SafeErrors(err), true);
        CommandLine cl = commandLine(context, args);
        cl.setOut(out);
        cl.setErr(safeErr);
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("maillage: internal error, please report it: " + ex);
            return ExitCodes.INTERNAL;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // The index of ids and references did not fit: say so, not a stack trace.
            safeErr.println("maillage: out of memory (maximum heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB); give Java more, for example JAVA_OPTS=-Xmx2g");
            code = ExitCodes.INTERNAL;
        }
        if (out.checkError() && code != ExitCodes.IO) {
            IOException why = context.stdoutFailure().get();
            safeErr.println("maillage: cannot write standard output" + (why == null ? "" : ": " + CliIo.reason(why)));
            code = ExitCodes.IO;
        }
        safeErr.flush();
        return code;
    }

    /** The whole command line, every command given the context (for the help and the completion script). */
    static CommandLine commandLine(Context context) {
        return commandLine(context, new String[0]);
    }

    /**
     * The command line for these arguments, every command given the context. When the first
     * argument names a command, only that command is registered: picocli builds a command's model
     * by reflection on its class, its options' annotations and every class its fields and methods
     * name (the importers, the server, the certificate code), which took more CPU than anything
     * else before the first byte of a file is read. Anything else (no argument, an option, a
     * mistyped name that picocli answers with suggestions, {@code help}, {@code completion}) gets
     * every command.
     */
    static CommandLine commandLine(Context context, String... args) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                K k = defaults.create(cls);
                if (k instanceof CliCommand c) {
                    c.context = context;
                } else if (k instanceof ServeCommand s) {
                    s.context = context;
                }
                return k;
            }
        };
        CommandLine cl = new CommandLine(new Main(), factory);
        Class<?> only = null;
        if (args.length > 0) {
            for (Class<?> c : COMMANDS) {
                if (c.getAnnotation(Command.class).name().equals(args[0]) && !NEED_ALL.contains(c)) {
                    only = c;
                }
            }
        }
        for (Class<?> c : only == null ? COMMANDS : List.<Class<?>>of(only)) {
            cl.addSubcommand(new CommandLine(c, factory));
        }
        return cl;
    }

    /**
     * A mistake on the command line: the message and where to find help, not the whole help.
     * Picocli's suggestions for a mistyped option or command are kept.
     */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(SafeText.terminal(e.getMessage()) + ". Try '" + cl.getCommandSpec().qualifiedName() + " --help'.");
        if (e instanceof UnmatchedArgumentException u) {
            u.printSuggestions(err);
        }
        err.flush();
        return ExitCodes.USAGE;
    }

    /**
     * Standard error with terminal controls from data escaped: line ends, tabs and the carriage
     * return of the progress line pass, nothing else that could act on a terminal.
     */
    private static final class SafeErrors extends FilterWriter {
        SafeErrors(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            write(String.valueOf((char) c), 0, 1);
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            write(new String(cbuf, off, len), 0, len);
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            String part = s.substring(off, off + len);
            StringBuilder sb = new StringBuilder(len);
            int start = 0;
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                if (c == '\n' || c == '\r' || c == '\t') {
                    sb.append(SafeText.terminal(part.substring(start, i))).append(c);
                    start = i + 1;
                }
            }
            sb.append(SafeText.terminal(part.substring(start)));
            out.write(sb.toString());
        }
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
        OutputFile stdout = OutputFile.of(new FileOutputStream(FileDescriptor.out), "standard output");
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout.stream(), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int code = run(out, err, Context.ofProcess(stdout::failure), args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}

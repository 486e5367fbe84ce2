package org.maillage.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.maillage.core.internal.OutputFile;
import org.maillage.core.internal.SafeText;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every command shares: the context of the run, {@code --quiet}, the outputs it opened
 * (discarded unless committed, whatever happens), and the translation of failures into one
 * message on standard error and an exit code. A command implements {@link #execute()} and throws
 * {@link CliIo.Failure} for what a user can cause; anything else is a bug (exit 70), except a
 * failure to write an output, which is always exit 3 with its reason.
 */
abstract class CliCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors and warnings: no progress, no summary"
            + " (the report or file asked for is still written).")
    boolean quiet;

    /** Set by {@link Main}'s factory before the command runs. */
    Context context = Context.detached();

    private final List<OutputFile> outputs = new ArrayList<>();

    /**
     * Runs the command.
     *
     * @return the exit code
     * @throws CliIo.Failure for what a user can cause, with its exit code and message
     */
    abstract int execute() throws CliIo.Failure;

    @Override
    public final Integer call() {
        try {
            refuseEmptyItems();
            return execute();
        } catch (CliIo.Failure f) {
            error(f.getMessage());
            return f.exit();
        } catch (RuntimeException e) {
            for (OutputFile o : outputs) {
                if (o.failure() != null) {
                    error("cannot write " + SafeText.terminal(o.name()) + ": " + CliIo.reason(o.failure()));
                    return ExitCodes.IO;
                }
            }
            if (e instanceof UncheckedIOException u) {
                error(CliIo.reason(u.getCause()));
                return ExitCodes.IO;
            }
            throw e;
        } finally {
            outputs.forEach(OutputFile::close);
            outputs.clear();
        }
    }

    /**
     * Refuses an empty item in a list given on the command line ({@code --departement ,},
     * {@code --ignore ''}, {@code --files ''}): an empty list must never mean "all", nor an empty
     * name "the current folder".
     */
    private void refuseEmptyItems() throws CliIo.Failure {
        List<ArgSpec> args = new ArrayList<>(spec.options());
        args.addAll(spec.positionalParameters());
        for (ArgSpec a : args) {
            if (!a.isMultiValue()) {
                continue;
            }
            for (String raw : a.originalStringValues()) {
                String regex = a.splitRegex();
                String[] items = regex == null || regex.isEmpty() ? new String[] {raw} : raw.split(regex, -1);
                for (String item : items) {
                    if (item.isBlank()) {
                        String name = a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
                        throw CliIo.Failure.usage(name + ": an empty value in '" + SafeText.terminal(raw) + "'; give "
                                + a.paramLabel() + (regex == null || regex.isEmpty() ? "" : " values separated by '" + regex + "'"));
                    }
                }
            }
        }
    }

    /** @return the command's full name, for example {@code maillage import cog} */
    String name() {
        return spec.qualifiedName();
    }

    /** @return standard error */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** @return standard output, for messages */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /**
     * Prints an error, always (even with {@code --quiet}), after the command's name.
     *
     * @param message the message, already escaped where it holds data
     */
    void error(String message) {
        err().println(name() + ": " + message);
        err().flush();
    }

    /**
     * Prints a line of summary on standard error, unless {@code --quiet}.
     *
     * @param line the line
     */
    void say(String line) {
        if (!quiet) {
            err().println(line);
            err().flush();
        }
    }

    /**
     * Opens an output and keeps it, to be discarded if the command ends without committing it.
     *
     * @param output the file, {@code -} or null for standard output
     * @param inputs the command's inputs, which the output must not be
     * @return the output
     * @throws CliIo.Failure when it is an input (exit 2) or cannot be opened (exit 3)
     */
    OutputFile open(java.nio.file.Path output, List<java.nio.file.Path> inputs) throws CliIo.Failure {
        OutputFile o = CliIo.output(this, output, inputs);
        outputs.add(o);
        return o;
    }
}

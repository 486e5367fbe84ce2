package org.maillage.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.maillage.core.InvalidDataException;
import org.maillage.core.internal.OutputFile;
import org.maillage.core.internal.SafeText;
import org.maillage.imports.ImportNote;
import org.maillage.imports.SourceFormatException;

/**
 * What the importers and exporters of the command line share: their inputs checked before
 * anything is read (named files, not standard input: they read their sources twice), the output
 * written through the command line's one output discipline, and the importers' exceptions turned
 * into located messages and exit codes: 1 for a source that is not in the format (every problem
 * listed), 3 for a file that cannot be read or written.
 */
final class ImportRun {
    private ImportRun() {}

    /** Writes the output; may throw the importers' exceptions. */
    interface Body<T> {
        T write(OutputStream out) throws IOException;
    }

    /**
     * Runs an import.
     *
     * @param command the command
     * @param inputs the files read (checked to exist, to be regular files, and not to be the output)
     * @param folders whether an input may be a folder
     * @param output the file to write, or null or {@code -} for standard output
     * @param body writes the output
     * @param <T> the importer's result
     * @return the result
     * @throws CliIo.Failure with the exit code and what to say
     */
    static <T> T run(CliCommand command, List<Path> inputs, boolean folders, Path output, Body<T> body) throws CliIo.Failure {
        for (Path in : inputs) {
            if (CliIo.isDash(in)) {
                throw CliIo.Failure.usage("this command reads its inputs twice and so needs named files, not standard input ('-')");
            }
        }
        CliIo.checkInputs(inputs, folders);
        OutputFile out = command.open(output, inputs);
        T result;
        try {
            result = body.write(out.stream());
        } catch (SourceFormatException e) {
            StringBuilder sb = new StringBuilder();
            sb.append(e.count()).append(e.count() == 1 ? " problem" : " problems").append(" in the input, nothing written:");
            for (ImportNote p : e.problems()) {
                sb.append("\n  ").append(SafeText.terminal(p.toString()));
            }
            if (e.count() > e.problems().size()) {
                sb.append("\n  … and ").append(e.count() - e.problems().size()).append(" more");
            }
            throw CliIo.Failure.invalid(sb.toString());
        } catch (InvalidDataException e) {
            throw CliIo.Failure.io(SafeText.terminal(e.getMessage()) + (e.line() > 0 ? " (line " + e.line() + ")" : ""));
        } catch (UncheckedIOException e) {
            throw failure(out, e.getCause());
        } catch (IOException e) {
            throw failure(out, e);
        }
        CliIo.commit(out);
        return result;
    }

    /** What failed: the output (named) when a write failed, else the input's reason. */
    private static CliIo.Failure failure(OutputFile out, IOException e) {
        if (out.failure() != null) {
            return CliIo.writeFailure(out, e);
        }
        String file = e instanceof java.nio.file.FileSystemException f && f.getFile() != null ? SafeText.terminal(f.getFile()) + ": " : "";
        return CliIo.Failure.io("cannot read " + file + CliIo.reason(e));
    }

    /**
     * Prints notes, as the COG import does: always, even with {@code --quiet} (they say what could
     * not be mapped, which is not chatter).
     *
     * @param command the command
     * @param notes the notes
     */
    static void notes(CliCommand command, List<ImportNote> notes) {
        if (command.quiet && notes.isEmpty()) {
            return;
        }
        command.err().println(notes.size() + (notes.size() == 1 ? " import note" : " import notes")
                + (notes.isEmpty() ? "" : " (what could not be mapped):"));
        for (ImportNote n : notes) {
            command.err().println("  " + SafeText.terminal(n.toString()));
        }
        command.err().flush();
    }
}

package org.maillage.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.maillage.core.InvalidDataException;
import org.maillage.imports.ImportNote;
import org.maillage.imports.SourceFormatException;

/**
 * What the importers of the command line share: refuse an output that is an input, check that the
 * inputs exist, write through {@link OutputFile} (nothing half-written), and turn the importers'
 * exceptions into located messages and exit codes: 1 for a source that is not in the format
 * (every problem listed), 3 for a file that cannot be read or written.
 */
final class ImportRun {
    private ImportRun() {}

    /** Writes the output; may throw the importers' exceptions. */
    interface Body<T> {
        T write(OutputStream out) throws IOException;
    }

    /** The result, or the exit code when there is none. */
    record Outcome<T>(T result, int exit) {}

    /**
     * Runs an import.
     *
     * @param err where messages go
     * @param command the command's name, before each message
     * @param inputs the files read (checked to exist, and not to be the output)
     * @param output the file to write, or null when the body writes elsewhere (standard output)
     * @param body writes the output
     * @param <T> the importer's result
     * @return the result, or the exit code
     */
    static <T> Outcome<T> run(PrintWriter err, String command, List<Path> inputs, Path output, Body<T> body) {
        return run(err, command, inputs, false, output, body);
    }

    /**
     * Runs an import.
     *
     * @param err where messages go
     * @param command the command's name, before each message
     * @param inputs the files read (checked to exist, and not to be the output)
     * @param folders whether an input may be a folder
     * @param output the file to write, or null when the body writes elsewhere (standard output)
     * @param body writes the output
     * @param <T> the importer's result
     * @return the result, or the exit code
     */
    static <T> Outcome<T> run(PrintWriter err, String command, List<Path> inputs, boolean folders, Path output, Body<T> body) {
        Path clash = output == null ? null : OutputFile.sameAsInput(output, inputs);
        if (clash != null) {
            err.println(command + ": the output " + output + " is the input " + clash + "; write to another file");
            return new Outcome<>(null, ExitCodes.USAGE);
        }
        for (Path in : inputs) {
            if (!Files.exists(in)) {
                err.println(command + ": " + in + ": no such file");
                return new Outcome<>(null, ExitCodes.IO);
            }
            if (!folders && Files.isDirectory(in)) {
                err.println(command + ": " + in + ": a folder, not a file");
                return new Outcome<>(null, ExitCodes.IO);
            }
            if (!Files.isReadable(in)) {
                err.println(command + ": " + in + ": cannot be read");
                return new Outcome<>(null, ExitCodes.IO);
            }
        }
        if (output != null && output.toAbsolutePath().getParent() != null && !Files.isDirectory(output.toAbsolutePath().getParent())) {
            err.println(command + ": cannot write " + output + ": its folder " + output.toAbsolutePath().getParent() + " does not exist");
            return new Outcome<>(null, ExitCodes.IO);
        }
        OutputFile file;
        try {
            file = output == null ? null : OutputFile.open(output);
        } catch (IOException e) {
            err.println(command + ": cannot write " + output + ": " + reason(e));
            return new Outcome<>(null, ExitCodes.IO);
        }
        try {
            T result;
            if (file == null) {
                result = body.write(OutputStream.nullOutputStream());
            } else {
                try (OutputStream out = new Tagged(file.stream())) {
                    result = body.write(out);
                }
                file.commit();
            }
            return new Outcome<>(result, ExitCodes.OK);
        } catch (SourceFormatException e) {
            err.println(command + ": " + e.count() + (e.count() == 1 ? " problem" : " problems")
                    + " in the input, nothing written:");
            for (ImportNote p : e.problems()) {
                err.println("  " + p);
            }
            if (e.count() > e.problems().size()) {
                err.println("  … and " + (e.count() - e.problems().size()) + " more");
            }
            return new Outcome<>(null, ExitCodes.INVALID);
        } catch (InvalidDataException e) {
            err.println(command + ": " + e.getMessage() + (e.line() > 0 ? " (line " + e.line() + ")" : ""));
            return new Outcome<>(null, ExitCodes.IO);
        } catch (UncheckedIOException e) {
            err.println(command + ": " + failure(e.getCause(), output));
            return new Outcome<>(null, ExitCodes.IO);
        } catch (IOException e) {
            err.println(command + ": " + failure(e, output));
            return new Outcome<>(null, ExitCodes.IO);
        } finally {
            if (file != null) {
                file.discard();
            }
        }
    }

    /** An I/O failure of the output, told apart from those of the inputs. */
    private static final class WriteFailure extends IOException {
        private static final long serialVersionUID = 1L;

        WriteFailure(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Tags the output's failures, so that a full disk is said to be the output's. */
    private static final class Tagged extends java.io.FilterOutputStream {
        Tagged(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw new WriteFailure(e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw new WriteFailure(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw new WriteFailure(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw new WriteFailure(e);
            }
        }
    }

    /** What failed: the output (named) when a write failed, else the reason of the input's failure. */
    private static String failure(Throwable e, Path output) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof WriteFailure w) {
                return "cannot write " + output + ": " + reason((IOException) w.getCause());
            }
        }
        return e instanceof IOException io ? reason(io) : String.valueOf(e.getMessage());
    }

    /** An I/O failure in words: the file and what went wrong, without a class name where possible. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return n.getFile() + ": no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f) {
            return f.getFile() + ": " + (f.getReason() == null ? "cannot be used" : f.getReason());
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** Prints notes, as the COG import does. */
    static void notes(PrintWriter err, List<ImportNote> notes) {
        err.println(notes.size() + (notes.size() == 1 ? " import note" : " import notes")
                + (notes.isEmpty() ? "" : " (what could not be mapped):"));
        for (ImportNote n : notes) {
            err.println("  " + n);
        }
    }
}

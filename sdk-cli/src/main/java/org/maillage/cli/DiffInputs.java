package org.maillage.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.maillage.core.InvalidDataException;
import org.maillage.core.model.Dataset;
import org.maillage.json.DatasetReader;

/** Reading the inputs and writing the output of {@code diff} and {@code patch}, with messages that say where. */
final class DiffInputs {
    private DiffInputs() {}

    /** An input or output that failed; the message is ready to print. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    static Dataset read(Path file) throws Failure {
        try {
            return DatasetReader.standard().read(file);
        } catch (InvalidDataException e) {
            throw new Failure("cannot read " + file + ": " + describe(e));
        } catch (UncheckedIOException e) {
            throw new Failure("cannot read " + file + ": " + ioMessage(e.getCause()));
        }
    }

    static String describe(InvalidDataException e) {
        StringBuilder sb = new StringBuilder(e.getMessage());
        if (e.line() > 0) {
            sb.append(" (line ").append(e.line()).append(", column ").append(e.column()).append(')');
        }
        if (!e.pointer().isEmpty() && !e.getMessage().contains(e.pointer())) {
            sb.append(" at ").append(e.pointer());
        }
        return sb.toString();
    }

    static String ioMessage(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Writes text to the file, or to standard output when there is none. */
    static void write(String text, Path output, PrintWriter out) throws Failure {
        if (output == null) {
            out.print(text);
            out.flush();
            return;
        }
        try (OutputStream o = Files.newOutputStream(output)) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Failure("cannot write " + output + ": " + ioMessage(e));
        }
    }
}

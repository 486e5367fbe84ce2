package org.maillage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.maillage.core.InvalidDataException;
import org.maillage.core.internal.SafeText;
import org.maillage.core.model.Dataset;
import org.maillage.json.DatasetReader;

/** Reading the datasets of {@code diff} and {@code patch}, with messages that say what and where in plain words. */
final class DiffInputs {
    private DiffInputs() {}

    /**
     * Reads the two datasets of a comparison, the second on another thread while this one reads
     * the first (on a machine with more than one processor), so that a whole {@code diff} takes
     * about the time of one read rather than two. Failures are reported as a sequential read would:
     * the first dataset's failure when it has one, whatever happens to the second (whose read is
     * then abandoned), else the second's.
     *
     * @param command the command
     * @param a the first file, or {@code -}
     * @param b the second file, or {@code -}
     * @return the two datasets, {@code a}'s first
     * @throws CliIo.Failure exit 3, saying why and where
     */
    static Dataset[] readBoth(CliCommand command, Path a, Path b) throws CliIo.Failure {
        Background<Dataset> second = Background.start("maillage-read-second", () -> read(command, b));
        Dataset first;
        try {
            first = read(command, a);
        } catch (CliIo.Failure | RuntimeException | Error e) {
            second.abandon();
            throw e;
        }
        return new Dataset[] {first, second.get()};
    }

    /**
     * Reads a dataset from a file or standard input.
     *
     * @param command the command
     * @param file the file, or {@code -}
     * @return the dataset
     * @throws CliIo.Failure exit 3, saying why and where
     */
    static Dataset read(CliCommand command, Path file) throws CliIo.Failure {
        try (InputStream in = CliIo.open(command, file)) {
            return DatasetReader.standard().read(in, CliIo.format(file, in));
        } catch (InvalidDataException e) {
            throw CliIo.Failure.io("cannot read " + CliIo.shown(file) + ": " + describe(e));
        } catch (UncheckedIOException e) {
            throw CliIo.readFailure(file, e.getCause());
        } catch (IOException e) {
            throw CliIo.readFailure(file, e);
        }
    }

    /**
     * A reading failure in plain words, with its line, column and pointer.
     *
     * @param e the failure
     * @return the text, escaped
     */
    static String describe(InvalidDataException e) {
        StringBuilder sb = new StringBuilder(plain(e));
        if (e.line() > 0) {
            sb.append(" (line ").append(e.line()).append(", column ").append(e.column()).append(')');
        }
        if (!e.pointer().isEmpty() && !sb.toString().contains(e.pointer())) {
            sb.append(" at ").append(e.pointer());
        }
        return SafeText.terminal(sb.toString());
    }

    private static final Pattern DESERIALIZE = Pattern.compile(
            "Cannot deserialize value of type `(?:[\\w$]+\\.)*([\\w$]+)` from (\\w+) (\"(?:[^\"\\\\]|\\\\.)*\"|\\S+)(?:: (.*))?");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * What a reader's message means, without the parser's internals: a date that does not exist,
     * a value that is not a code of its list, a value of the wrong type.
     */
    static String plain(InvalidDataException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DateTimeParseException d && d.getParsedString() != null) {
                return date(d.getParsedString());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        String m = e.getMessage() == null ? "unreadable" : e.getMessage();
        Matcher x = DESERIALIZE.matcher(m);
        if (x.find()) {
            String value = x.group(3);
            String detail = x.group(4) == null ? "" : x.group(4).strip();
            if (detail.contains("not a code of this closed codelist")) {
                return value + " is not a code of its closed list (" + x.group(1) + ")";
            }
            return value + " cannot be read as " + x.group(1) + (detail.isEmpty() ? "" : ": " + detail);
        }
        return m;
    }

    /** A date that does not parse: one that does not exist, or one that is not written YYYY-MM-DD. */
    static String date(String text) {
        if (ISO_DATE.matcher(text).matches()) {
            try {
                LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return "date " + text + " does not exist";
            }
        }
        if (text.contains("T")) {
            return "'" + text + "' is not a date and time as RFC 3339 writes them, for example 2026-01-15T10:00:00Z";
        }
        return "'" + text + "' is not a date written YYYY-MM-DD, for example 2026-12-31";
    }
}

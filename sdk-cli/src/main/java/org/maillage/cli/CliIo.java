package org.maillage.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.maillage.core.internal.InputFile;
import org.maillage.core.internal.OutputFile;
import org.maillage.core.internal.SafeText;
import org.maillage.json.DatasetFormat;
import org.maillage.json.MaillageJson;

/**
 * The inputs and outputs of the command line, the same for every command.
 *
 * <ul>
 *   <li>An input named on the command line is {@code -} (standard input, where the command reads
 *       a dataset or a patch), a regular file, or a folder where the command documents one; a
 *       pipe, a device or a folder elsewhere is refused at once (exit 3), before anything is read,
 *       so that nothing blocks or reads forever.
 *   <li>An output is {@code -} or absent (standard output), or a file written through
 *       {@link OutputFile}: a temporary file beside it, renamed over it once complete, flushed and
 *       forced to the disk; a device ({@code /dev/null}) is written directly. An output that is one
 *       of the inputs, by its path or by its identity on the disk (a link, hard or symbolic), is a
 *       usage error (exit 2), refused before anything is read. A write that fails is exit 3 with
 *       the reason, and leaves the previous file as it was.
 * </ul>
 */
final class CliIo {
    private CliIo() {}

    /** The name that stands for standard input or output. */
    static final String DASH = "-";

    /** What a user can cause: a message (escaped where it holds data) and an exit code. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        /** @serial the exit code */
        private final int exit;

        Failure(int exit, String message) {
            super(message);
            this.exit = exit;
        }

        int exit() {
            return exit;
        }

        static Failure usage(String message) {
            return new Failure(ExitCodes.USAGE, message);
        }

        static Failure io(String message) {
            return new Failure(ExitCodes.IO, message);
        }

        static Failure invalid(String message) {
            return new Failure(ExitCodes.INVALID, message);
        }
    }

    /**
     * Whether a path is {@code -}.
     *
     * @param p the path, or null
     * @return true for {@code -}
     */
    static boolean isDash(Path p) {
        return p != null && p.toString().equals(DASH);
    }

    /**
     * A path for messages: escaped, and {@code -} said as standard input.
     *
     * @param p the path
     * @return the text
     */
    static String shown(Path p) {
        return isDash(p) ? "standard input" : SafeText.terminal(p.toString());
    }

    /**
     * Checks an input before anything is read: it must exist and be a regular file (or a folder,
     * when {@code folder} allows it); {@code -} is standard input.
     *
     * @param p the input
     * @param folder whether a folder is an input of this command
     * @throws Failure exit 3 with the reason
     */
    static void checkInput(Path p, boolean folder) throws Failure {
        if (isDash(p)) {
            return;
        }
        String what;
        try {
            what = InputFile.notRegular(p);
        } catch (NoSuchFileException e) {
            throw Failure.io("cannot read " + shown(p) + ": no such file");
        }
        if (what == null || (folder && what.equals("a folder"))) {
            if (!Files.isReadable(p)) {
                throw Failure.io("cannot read " + shown(p) + ": permission denied");
            }
            return;
        }
        if (what.equals("a folder")) {
            throw Failure.io("cannot read " + shown(p) + ": a folder, not a file");
        }
        throw Failure.io("cannot read " + shown(p) + ": " + what + ", not a regular file"
                + (what.startsWith("a pipe") ? "; to read standard input, name it '-'" : ""));
    }

    /**
     * Checks inputs, each as {@link #checkInput}, and that at most one is standard input.
     *
     * @param inputs the inputs
     * @param folder whether a folder is an input of this command
     * @throws Failure exit 3 with the reason, or 2 when standard input is named twice
     */
    static void checkInputs(Collection<Path> inputs, boolean folder) throws Failure {
        int dashes = 0;
        for (Path p : inputs) {
            if (isDash(p) && ++dashes > 1) {
                throw Failure.usage("standard input ('-') can be read only once");
            }
            checkInput(p, folder);
        }
    }

    /**
     * Which input an output is, if any: the same path once normalised, or the same file on the disk.
     *
     * @param output the output
     * @param inputs the inputs
     * @return the input it is, or null
     */
    static Path sameAsInput(Path output, Collection<Path> inputs) {
        for (Path in : inputs) {
            if (isDash(in)) {
                continue;
            }
            if (output.toAbsolutePath().normalize().equals(in.toAbsolutePath().normalize())) {
                return in;
            }
            try {
                if (Files.exists(output) && Files.exists(in) && Files.isSameFile(output, in)) {
                    return in;
                }
            } catch (IOException e) {
                // cannot tell: the spellings differ
            }
        }
        return null;
    }

    /**
     * Opens an output for a command.
     *
     * @param command the command
     * @param output the file; null or {@code -} for standard output
     * @param inputs the command's inputs
     * @return the output
     * @throws Failure exit 2 when it is one of the inputs, 3 when it cannot be opened
     */
    static OutputFile output(CliCommand command, Path output, Collection<Path> inputs) throws Failure {
        if (output == null || isDash(output)) {
            return OutputFile.of(stdout(command.out(), command.context), "standard output");
        }
        Path clash = sameAsInput(output, inputs);
        if (clash != null) {
            throw Failure.usage("the output " + shown(output) + " is the input " + shown(clash) + "; write to another file");
        }
        try {
            return OutputFile.open(output);
        } catch (IOException e) {
            throw Failure.io("cannot write " + shown(output) + ": " + reason(e));
        }
    }

    /**
     * Commits an output, turning a failure into exit 3 with the reason.
     *
     * @param o the output
     * @throws Failure when it cannot be written
     */
    static void commit(OutputFile o) throws Failure {
        try {
            o.commit();
        } catch (IOException e) {
            throw writeFailure(o, e);
        }
    }

    /**
     * The failure to write an output, in words.
     *
     * @param o the output
     * @param e the failure (the first one the output kept is preferred)
     * @return the failure, exit 3
     */
    static Failure writeFailure(OutputFile o, IOException e) {
        IOException first = o.failure() != null ? o.failure() : e;
        return Failure.io("cannot write " + SafeText.terminal(o.name()) + ": " + reason(first));
    }

    /**
     * An I/O failure in words: the reason, without the class name or the file already named.
     *
     * @param e the failure
     * @return for example {@code no such file}, {@code permission denied}, {@code No space left on device}
     */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException n) {
            return n.getReason() != null && !n.getReason().isEmpty() ? SafeText.terminal(n.getReason()) : "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return SafeText.terminal(f.getReason());
        }
        String m = e.getMessage();
        return m == null || m.isEmpty() ? e.getClass().getSimpleName() : SafeText.terminal(m);
    }

    /**
     * The failure to read an input, in words.
     *
     * @param p the input
     * @param e the failure
     * @return the failure, exit 3
     */
    static Failure readFailure(Path p, IOException e) {
        return Failure.io("cannot read " + shown(p) + ": " + reason(e));
    }

    /**
     * Opens an input: standard input for {@code -}, else the regular file.
     *
     * @param command the command
     * @param p the input
     * @return the stream, buffered
     * @throws Failure when it cannot be opened
     */
    static InputStream open(CliCommand command, Path p) throws Failure {
        if (isDash(p)) {
            return new BufferedInputStream(command.context.stdin(), 1 << 16);
        }
        try {
            return new BufferedInputStream(InputFile.open(p), 1 << 16);
        } catch (IOException e) {
            throw readFailure(p, e);
        }
    }

    /**
     * The layout of a dataset: by the file's name, or for standard input by its first line (a
     * line that is a whole JSON object with a {@code type} member starts NDJSON; anything else is
     * JSON).
     *
     * @param p the input
     * @param in its stream, which must support mark and reset when {@code p} is {@code -}
     * @return the layout
     */
    static DatasetFormat format(Path p, InputStream in) {
        if (!isDash(p)) {
            return DatasetFormat.of(p);
        }
        int limit = 1 << 20;
        in.mark(limit + 1);
        try {
            byte[] head = in.readNBytes(limit);
            int nl = 0;
            while (nl < head.length && head[nl] != '\n') {
                nl++;
            }
            if (nl == head.length) {
                return DatasetFormat.JSON;
            }
            try {
                var first = MaillageJson.mapper().readTree(new String(head, 0, nl, StandardCharsets.UTF_8));
                return first != null && first.isObject() && first.has("type") ? DatasetFormat.NDJSON : DatasetFormat.JSON;
            } catch (RuntimeException e) {
                return DatasetFormat.JSON;
            }
        } catch (IOException e) {
            return DatasetFormat.JSON; // reading again fails with the reason
        } finally {
            try {
                in.reset();
            } catch (IOException e) {
                // the mark holds the whole head read above
            }
        }
    }

    /**
     * Standard output as bytes: UTF-8 decoded into the command's writer, so that reports, files
     * and messages interleave in order. Fails as soon as the writer has failed (a closed pipe, a
     * full disk), so that nothing more is computed for nobody.
     */
    static OutputStream stdout(PrintWriter out, Context context) {
        return new OutputStream() {
            private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
            private final CharBuffer chars = CharBuffer.allocate(1 << 14);
            private ByteBuffer pending = ByteBuffer.allocate(0);

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ByteBuffer in;
                if (pending.hasRemaining()) {
                    in = ByteBuffer.allocate(pending.remaining() + len).put(pending).put(b, off, len).flip();
                } else {
                    in = ByteBuffer.wrap(b, off, len);
                }
                while (true) {
                    var result = decoder.decode(in, chars, false);
                    chars.flip();
                    out.append(chars);
                    chars.clear();
                    if (!result.isOverflow()) {
                        break;
                    }
                }
                pending = in.hasRemaining() ? ByteBuffer.allocate(in.remaining()).put(in).flip() : ByteBuffer.allocate(0);
                check();
            }

            @Override
            public void flush() throws IOException {
                out.flush();
                check();
            }

            private void check() throws IOException {
                if (out.checkError()) {
                    IOException cause = context.stdoutFailure().get();
                    throw cause != null ? cause : new IOException("the output was closed or could not be written");
                }
            }
        };
    }

    /**
     * The inputs of a command: the files it reads.
     *
     * @param paths the paths, nulls left out
     * @return the list
     */
    static List<Path> inputs(Path... paths) {
        return java.util.Arrays.stream(paths).filter(java.util.Objects::nonNull).toList();
    }
}

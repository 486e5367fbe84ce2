package org.maillage.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;

/**
 * One output discipline for the commands that write a file: the data goes to a temporary file in
 * the target's folder, which replaces the target only once everything is written and flushed. A
 * failed or refused command leaves the target as it was (absent, or the old file), never half
 * written; and an output that is one of the command's inputs is refused before anything is read.
 * A target that is a device or a pipe ({@code /dev/stdout}) is written to directly.
 */
final class OutputFile {
    private final Path target;
    private final Path temporary;
    private boolean done;

    private OutputFile(Path target, Path temporary) {
        this.target = target;
        this.temporary = temporary;
    }

    /**
     * Whether a path names one of the inputs (the same file, whatever the spelling).
     *
     * @param output the output asked for
     * @param inputs the inputs of the command
     * @return the input it is, or null
     */
    static Path sameAsInput(Path output, Collection<Path> inputs) {
        for (Path in : inputs) {
            try {
                if (Files.exists(output) && Files.exists(in) && Files.isSameFile(output, in)) {
                    return in;
                }
            } catch (IOException e) {
                // cannot tell: compare the spellings below
            }
            if (output.toAbsolutePath().normalize().equals(in.toAbsolutePath().normalize())) {
                return in;
            }
        }
        return null;
    }

    /**
     * Opens a temporary file beside the target.
     *
     * @param target the file to write in the end
     * @return the output
     * @throws IOException when the folder cannot take a new file
     */
    static OutputFile open(Path target) throws IOException {
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            // A device or a pipe (/dev/stdout, a FIFO): written to as it is, never replaced.
            return new OutputFile(target, null);
        }
        Path dir = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        return new OutputFile(target, temporary);
    }

    /**
     * The stream to write to: the temporary file, buffered.
     *
     * @return a new stream
     * @throws IOException when it cannot be opened
     */
    OutputStream stream() throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(temporary == null ? target : temporary), 1 << 16);
    }

    /**
     * Puts the temporary file in place of the target.
     *
     * @throws IOException when it cannot be moved
     */
    void commit() throws IOException {
        if (temporary == null) {
            done = true;
            return;
        }
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        done = true;
    }

    /** Removes the temporary file unless it was committed. */
    void discard() {
        if (!done && temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // nothing more to do: a stray temporary file, named after the target
            }
        }
    }
}

package org.maillage.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Inputs read from named files: only regular files are opened, so that a pipe cannot block a
 * command, a device cannot feed it forever and a folder is named as such; and a file that must be
 * held in memory is read up to a limit, with a message that names the limit.
 */
public final class InputFile {
    private InputFile() {}

    /**
     * What a path names, in words, when it is not a regular file.
     *
     * @param p the path
     * @return for example {@code "a folder"} or {@code "a pipe (FIFO)"}; null for a regular file
     * @throws NoSuchFileException when nothing is there
     */
    public static String notRegular(Path p) throws NoSuchFileException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(p, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(p.toString(), null, "no such file");
        } catch (IOException e) {
            return null; // cannot tell here: opening it says why
        }
        if (a.isRegularFile()) {
            return null;
        }
        if (a.isDirectory()) {
            return "a folder";
        }
        return switch (fileType(p)) {
            case 0010000 -> "a pipe (FIFO)";
            case 0020000 -> "a character device";
            case 0060000 -> "a block device";
            case 0140000 -> "a socket";
            default -> "not a regular file";
        };
    }

    private static int fileType(Path p) {
        try {
            Object mode = Files.getAttribute(p, "unix:mode");
            return mode instanceof Integer m ? m & 0170000 : -1;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return -1;
        }
    }

    /**
     * Refuses a path that is not a regular file.
     *
     * @param p the path
     * @throws NoSuchFileException when nothing is there
     * @throws FileSystemException when it is a folder, a pipe, a device or a socket, saying which
     */
    public static void requireRegular(Path p) throws FileSystemException {
        String what = notRegular(p);
        if (what != null) {
            throw new FileSystemException(p.toString(), null, "is " + what + ", not a regular file");
        }
    }

    /**
     * Opens a regular file.
     *
     * @param p the file
     * @return the stream
     * @throws IOException when it is not a regular file or cannot be opened
     */
    public static InputStream open(Path p) throws IOException {
        requireRegular(p);
        return Files.newInputStream(p);
    }

    /**
     * Reads a whole regular file of at most {@code max} bytes.
     *
     * @param p the file
     * @param max the most bytes accepted
     * @param what what the file is, for the message ({@code "a certificate"})
     * @return its bytes
     * @throws IOException when it is not a regular file, cannot be read, or is larger than
     *     {@code max} bytes (the message gives the limit)
     */
    public static byte[] readAll(Path p, long max, String what) throws IOException {
        try (InputStream in = open(p)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw new FileSystemException(p.toString(), null, "larger than " + size(max) + ", the limit for " + what);
            }
            return bytes;
        }
    }

    /**
     * A size in words: {@code 64 MB}, {@code 512 KB}, {@code 100 bytes}.
     *
     * @param bytes the size
     * @return the text
     */
    public static String size(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
            return String.format(Locale.ROOT, "%d MB", bytes >> 20);
        }
        if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
            return String.format(Locale.ROOT, "%d KB", bytes >> 10);
        }
        return bytes + " bytes";
    }
}

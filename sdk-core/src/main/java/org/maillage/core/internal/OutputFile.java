package org.maillage.core.internal;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;

/**
 * The one output discipline of Maillage, for the command line and the library's writers alike.
 *
 * <p>A regular file (existing or not) is never written in place: the data goes to a temporary
 * file in the target's folder ({@code .NAME.RANDOM.tmp}, created new with the permissions the
 * process gives new files), and only once everything has been written, flushed and forced to the
 * disk ({@code fsync}) is it renamed over the target, atomically where the file system allows. A
 * failure at any point (a full disk, a file-size limit, an unwritable folder) leaves the target
 * as it was, absent or the previous file, and removes the temporary file. When the target is a
 * symbolic link, the file it points to is replaced and the link kept; a replaced file keeps its
 * permissions.
 *
 * <p>A target that exists and is not a regular file nor a folder (a character device such as
 * {@code /dev/null} or {@code /dev/full}, a pipe) is written to directly: nothing can be renamed
 * over it. A folder is refused. An open stream (standard output) can be wrapped too
 * ({@link #of(OutputStream, String)}).
 *
 * <p>In every case the first write failure is kept: the stream fails from then on, and
 * {@link #commit()} throws it, so a writer that swallows exceptions (a {@code PrintWriter}) cannot
 * turn a failed write into a success. Not thread-safe: one writer at a time.
 */
public final class OutputFile implements Closeable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final String name;
    private final Path temporary;
    private final FileChannel channel;
    private final Guard guard;
    private final OutputStream stream;
    private final boolean closeOnCommit;
    private boolean committed;
    private boolean closed;

    private OutputFile(Path target, String name, Path temporary, FileChannel channel, OutputStream raw, boolean closeOnCommit) {
        this.target = target;
        this.name = name;
        this.temporary = temporary;
        this.channel = channel;
        this.guard = new Guard(raw);
        this.stream = new BufferedOutputStream(guard, 1 << 16);
        this.closeOnCommit = closeOnCommit;
    }

    /**
     * Opens an output for a file: a temporary file beside it, or the file itself when it is a
     * device or a pipe.
     *
     * @param target the file to write
     * @return the output, to {@link #commit()} once everything is written, and to close in any case
     * @throws IOException when the target is a folder, its folder does not exist or is not
     *     writable, or the temporary file cannot be made; the message names the file and the reason
     */
    public static OutputFile open(Path target) throws IOException {
        Objects.requireNonNull(target, "target");
        if (target.getFileName() == null || target.toString().isEmpty()) {
            throw new FileSystemException(target.toString(), null, "not a file name");
        }
        Path real = target;
        BasicFileAttributes attributes = attributes(target);
        if (attributes != null) {
            if (attributes.isDirectory()) {
                throw new FileSystemException(target.toString(), null, "is a folder");
            }
            if (!attributes.isRegularFile()) {
                // A device (/dev/null, /dev/full) or a pipe: nothing can be renamed over it.
                OutputStream direct = Files.newOutputStream(target, StandardOpenOption.WRITE);
                return new OutputFile(target, target.toString(), null, null, direct, true);
            }
            real = target.toRealPath(); // a link is kept: the file it points to is replaced
        }
        Path folder = real.toAbsolutePath().getParent();
        BasicFileAttributes folderAttributes = folder == null ? null : attributes(folder);
        if (folderAttributes == null || !folderAttributes.isDirectory()) {
            throw new NoSuchFileException(target.toString(), null, "its folder " + folder + " does not exist");
        }
        Path temporary = folder.resolve("." + real.getFileName() + "." + randomSuffix() + ".tmp");
        FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new OutputFile(real, target.toString(), temporary, channel, Channels.newOutputStream(channel), true);
    }

    /**
     * Wraps an open stream (standard output): written directly, flushed on commit, not closed.
     *
     * @param out the stream
     * @param name what to call it in messages, for example {@code standard output}
     * @return the output
     */
    public static OutputFile of(OutputStream out, String name) {
        return new OutputFile(null, Objects.requireNonNull(name, "name"), null, null, Objects.requireNonNull(out, "out"), false);
    }

    /**
     * Whether a target is a device or a pipe (written directly, never replaced).
     *
     * @param target the path
     * @return true for an existing file that is neither regular nor a folder
     */
    public static boolean isSpecial(Path target) {
        BasicFileAttributes a = attributes(target);
        return a != null && !a.isRegularFile() && !a.isDirectory();
    }

    private static BasicFileAttributes attributes(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    private static String randomSuffix() {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /**
     * The stream to write to (always the same one). Buffered; once a write has failed, every
     * later write fails with the same reason.
     *
     * @return the stream; closing it does not commit
     */
    public OutputStream stream() {
        return stream;
    }

    /**
     * The name of the output in messages: the target as given, or the stream's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The first write failure, if any.
     *
     * @return the failure, or null
     */
    public IOException failure() {
        return guard.failure;
    }

    /**
     * Finishes the output: flushes, forces the temporary file to the disk and renames it over the
     * target. A stream or device is flushed (and a device closed).
     *
     * @throws IOException the first write failure, or the failure to finish; the target is then
     *     left as it was and the temporary file removed
     */
    public void commit() throws IOException {
        if (closed || committed) {
            throw new IllegalStateException("the output " + name + " is already " + (committed ? "committed" : "closed"));
        }
        try {
            stream.flush();
            if (guard.failure != null) {
                throw guard.failure;
            }
            if (channel != null) {
                channel.force(true);
            }
            if (closeOnCommit) {
                guard.closeQuietlyOrThrow();
            }
            if (guard.failure != null) {
                throw guard.failure;
            }
            if (temporary != null) {
                keepPermissions();
                try {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
                forceFolder(target.toAbsolutePath().getParent());
            }
            committed = true;
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Gives the temporary file the permissions of the file it replaces. */
    private void keepPermissions() {
        PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributeView tmp = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (old == null || tmp == null) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = old.readAttributes().permissions();
            tmp.setPermissions(permissions);
        } catch (IOException e) {
            // the target did not exist: the new file keeps the permissions the process gives new files
        }
    }

    /** Makes the rename durable where the platform can open a folder (Linux); elsewhere nothing to do. */
    private static void forceFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | RuntimeException e) {
            // not supported here (Windows): the rename itself is done
        }
    }

    /** Discards an output that was not committed: the temporary file is removed, the target untouched. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (committed) {
            return;
        }
        if (closeOnCommit) {
            try {
                guard.closeQuietlyOrThrow();
            } catch (IOException e) {
                // discarding: the failure that made us discard is the one reported
            }
        }
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // nothing more can be done; the name says what it was
            }
        }
    }

    /** Keeps the first failure, and fails every later write with it. */
    private static final class Guard extends FilterOutputStream {
        private IOException failure;
        private boolean streamClosed;

        Guard(OutputStream out) {
            super(out);
        }

        private void check() throws IOException {
            if (failure != null) {
                throw failure;
            }
        }

        @Override
        public void write(int b) throws IOException {
            check();
            try {
                out.write(b);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            check();
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            check();
            try {
                out.flush();
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            // closing the stream handed out does not close the target: commit() and close() do
            flush();
        }

        void closeQuietlyOrThrow() throws IOException {
            if (streamClosed) {
                return;
            }
            streamClosed = true;
            try {
                out.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                }
                throw e;
            }
        }
    }
}

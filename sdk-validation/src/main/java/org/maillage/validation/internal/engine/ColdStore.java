package org.maillage.validation.internal.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * An append-only run of bytes the index seldom reads again (the ids and source positions of
 * observations: read only for a finding, a duplicate id or a rule that asks): kept in the heap up
 * to a budget, then moved to a temporary file and written there from then on. Reads come back
 * by offset. Not thread-safe: written by the merging thread, read after it (or by it).
 *
 * <p>The temporary file is opened with {@code DELETE_ON_CLOSE} and, where the system allows it,
 * deleted at once (the open channel keeps it alive), so nothing is left behind when the process
 * ends; the channel is closed when the store is no longer reachable.
 */
final class ColdStore {
    private static final int CHUNK = 1 << 20;
    private static final int BUFFER = 64 * 1024;
    private static final Cleaner CLEANER = Cleaner.create();

    private final long budget;
    private final List<byte[]> chunks = new ArrayList<>();
    private long size;
    /** The file once the budget is passed, else null. */
    private Spill spill;

    /**
     * A store.
     *
     * @param budget how many bytes it keeps in the heap before it moves them to a temporary file
     */
    ColdStore(long budget) {
        this.budget = budget;
    }

    /** The temporary file and its write buffer; closed by the cleaner. */
    private static final class Spill implements Runnable {
        private final FileChannel channel;
        private final Path path;
        private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        /** Bytes written to the channel (the buffer holds those after them). */
        private long written;

        Spill(FileChannel channel, Path path) {
            this.channel = channel;
            this.path = path;
        }

        @Override
        public void run() {
            try {
                channel.close();
            } catch (IOException e) {
                // the file is deleted on close or at exit; nothing else to do
            }
        }
    }

    /** Bytes held. */
    long size() {
        return size;
    }

    /** Whether the bytes are in a temporary file. */
    boolean spilled() {
        return spill != null;
    }

    /**
     * Appends bytes.
     *
     * @param bytes the bytes
     * @param length how many of them
     * @return the offset they start at
     */
    long append(byte[] bytes, int length) {
        long at = size;
        if (spill == null && size + length > budget) {
            spill = open();
        }
        if (spill == null) {
            int done = 0;
            while (done < length) {
                int chunk = (int) ((size + done) / CHUNK);
                int in = (int) ((size + done) % CHUNK);
                if (chunk == chunks.size()) {
                    chunks.add(new byte[CHUNK]);
                }
                int n = Math.min(length - done, CHUNK - in);
                System.arraycopy(bytes, done, chunks.get(chunk), in, n);
                done += n;
            }
        } else {
            if (spill.buffer.remaining() < length) {
                flush();
            }
            spill.buffer.put(bytes, 0, length);
        }
        size += length;
        return at;
    }

    /**
     * Reads bytes back.
     *
     * @param offset where they start
     * @param into where to put them
     * @param length how many
     */
    void read(long offset, byte[] into, int length) {
        if (offset < 0 || offset + length > size) {
            throw new IndexOutOfBoundsException("bytes " + offset + "+" + length + " of " + size);
        }
        if (spill == null) {
            int done = 0;
            while (done < length) {
                int chunk = (int) ((offset + done) / CHUNK);
                int in = (int) ((offset + done) % CHUNK);
                int n = Math.min(length - done, CHUNK - in);
                System.arraycopy(chunks.get(chunk), in, into, done, n);
                done += n;
            }
            return;
        }
        if (offset + length > spill.written) {
            flush();
        }
        ByteBuffer dst = ByteBuffer.wrap(into, 0, length);
        try {
            while (dst.hasRemaining()) {
                if (spill.channel.read(dst, offset + dst.position()) < 0) {
                    throw new IOException("temporary file " + spill.path + " ends early");
                }
            }
        } catch (IOException e) {
            throw failure("cannot read the index's temporary file " + spill.path, e);
        }
    }

    private void flush() {
        ByteBuffer b = spill.buffer;
        b.flip();
        try {
            while (b.hasRemaining()) {
                spill.written += spill.channel.write(b, spill.written);
            }
        } catch (IOException e) {
            throw failure("cannot write the index's temporary file " + spill.path, e);
        }
        b.clear();
    }

    /** Opens the temporary file and moves the bytes held so far into it. */
    private Spill open() {
        Path path = null;
        try {
            path = Files.createTempFile("maillage-index-", ".tmp");
            FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                path.toFile().deleteOnExit();
            }
            Spill s = new Spill(channel, path);
            CLEANER.register(this, s);
            long left = size;
            for (byte[] chunk : chunks) {
                ByteBuffer b = ByteBuffer.wrap(chunk, 0, (int) Math.min(CHUNK, left));
                while (b.hasRemaining()) {
                    s.written += channel.write(b, s.written);
                }
                left -= CHUNK;
            }
            chunks.clear();
            return s;
        } catch (IOException e) {
            throw failure("cannot write the index's temporary file "
                    + (path == null ? "in " + System.getProperty("java.io.tmpdir") : path), e);
        }
    }

    /**
     * An I/O failure of the temporary file, said as such (the caller reports the cause's message:
     * "cannot read data.json: cannot write the index's temporary file in /tmp: No space left on device").
     */
    private static UncheckedIOException failure(String what, IOException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        IOException said = new IOException(what + ": " + reason, e);
        return new UncheckedIOException(said.getMessage(), said);
    }
}

package org.maillage.json.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The stream a parser reads, keeping the bytes read since the start of the current entity, so that
 * an entity the token binder gives up on can be parsed again into a tree. Holds one entity and the
 * parser's read-ahead, whatever the size of the file. Offsets count bytes from the start of the
 * stream, as the parser's byte offsets do.
 */
final class EntityBytes extends FilterInputStream {
    private byte[] buf = new byte[1 << 16];
    /** The stream offset of {@code buf[0]}. */
    private long base;
    private int length;
    /** The first offset still needed. */
    private long keep;

    EntityBytes(InputStream in) {
        super(in);
    }

    /**
     * Bytes before this offset are no longer needed.
     *
     * @param offset a stream offset
     */
    void keepFrom(long offset) {
        keep = Math.max(keep, offset);
    }

    /**
     * The bytes between two offsets, both kept.
     *
     * @param from the first offset
     * @param to the offset after the last byte
     * @return a copy
     */
    byte[] slice(long from, long to) {
        if (from < base || to > base + length || from > to) {
            throw new IllegalStateException("bytes " + from + "-" + to + " are not kept (" + base + "-" + (base + length) + ")");
        }
        return Arrays.copyOfRange(buf, (int) (from - base), (int) (to - base));
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            room(1);
            buf[length++] = (byte) b;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            room(n);
            System.arraycopy(b, off, buf, length, n);
            length += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // the parser never skips; reading keeps the offsets right if anything does
        byte[] scratch = new byte[(int) Math.min(n, 8192)];
        int r = read(scratch, 0, scratch.length);
        return Math.max(0, r);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Makes room for n more bytes: drops what is no longer kept, then grows if still needed. */
    private void room(int n) {
        if (length + n <= buf.length) {
            return;
        }
        int drop = (int) Math.min(length, Math.max(0, keep - base));
        if (drop > 0) {
            System.arraycopy(buf, drop, buf, 0, length - drop);
            length -= drop;
            base += drop;
        }
        if (length + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, length + n));
        }
    }
}

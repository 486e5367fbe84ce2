package org.maillage.server.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The request body, counted: past the upload limit a read fails, and the handler answers 413.
 * It remembers whether the limit was passed and whether the connection failed, so that a report
 * made from a cut body is never sent as if it were the whole file's.
 */
final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private long count;
    private boolean exceeded;
    private IOException failure;

    /** Thrown when the body passes the limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("the upload is larger than " + limit + " bytes");
        }
    }

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (exceeded) {
            throw new TooLarge(limit);
        }
        int n;
        try {
            n = super.read(b, off, len);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
        if (n > 0) {
            count += n;
            if (count > limit) {
                exceeded = true;
                throw new TooLarge(limit);
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] sink = new byte[(int) Math.min(8192, Math.max(1, n))];
        long skipped = 0;
        while (skipped < n) {
            int r = read(sink, 0, (int) Math.min(sink.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** @return whether the body passed the limit */
    boolean exceeded() {
        return exceeded;
    }

    /** @return the failure of the connection, or null */
    IOException failure() {
        return failure;
    }

    /** @return the bytes read so far */
    long count() {
        return count;
    }
}

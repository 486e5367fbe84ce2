package org.maillage.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Splits a byte stream into LF-terminated lines (a CR before the LF is dropped), keeping offsets. */
final class LineReader {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private long offset;
    private byte[] line = new byte[1024];
    private boolean eof;
    private final int maxLineLength;

    LineReader(InputStream in, int maxLineLength) {
        this.in = in;
        this.maxLineLength = maxLineLength;
    }

    /** One line: its bytes in a shared array (valid until the next call) and its offset in the stream. */
    record Line(byte[] bytes, int length, long offset, boolean truncated) {
        boolean isBlank() {
            for (int i = 0; i < length; i++) {
                byte b = bytes[i];
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    Line next() throws IOException {
        if (eof && pos >= limit) {
            return null;
        }
        long start = offset;
        int length = 0;
        boolean truncated = false;
        while (true) {
            if (pos >= limit) {
                limit = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    eof = true;
                    if (length == 0 && offset == start) {
                        return null;
                    }
                    break;
                }
            }
            byte b = buffer[pos++];
            offset++;
            if (b == '\n') {
                break;
            }
            if (length >= maxLineLength) {
                truncated = true;
                continue;
            }
            if (length == line.length) {
                line = Arrays.copyOf(line, line.length * 2);
            }
            line[length++] = b;
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return new Line(line, length, start, truncated);
    }
}

package org.maillage.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A streaming reader of {@code multipart/form-data} (RFC 7578): parts come one after the other, each
 * body read as a stream up to the next delimiter, so that a file part goes to the validator as it
 * arrives and is never held whole in memory. The previous part must be read to its end (or is
 * skipped) before the next is asked for. Not thread-safe; one per request.
 */
final class Multipart {
    /** Longest header section of a part. */
    static final int MAX_HEADERS = 16 * 1024;
    /** Most parts in one request. */
    static final int MAX_PARTS = 16;

    private final InputStream in;
    /** CRLF, two dashes and the boundary. */
    private final byte[] delimiter;
    private final byte[] buf;
    private int pos;
    private int lim;
    private boolean eof;
    private boolean started;
    private boolean finished;
    private int parts;
    private PartStream current;

    /** One part: its field name, the file name it was sent with (or null), its content type (or null) and its body. */
    record Part(String name, String fileName, String contentType, InputStream body) {}

    /**
     * @param in the request body
     * @param boundary the boundary of the {@code Content-Type} header
     */
    Multipart(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.buf = new byte[Math.max(64 * 1024, delimiter.length * 4)];
        // The first delimiter has no CRLF before it: read as if the body started with one.
        buf[0] = '\r';
        buf[1] = '\n';
        lim = 2;
    }

    /**
     * The boundary of a {@code multipart/form-data} content type.
     *
     * @param contentType the header
     * @return the boundary, or null when the header has none or is not multipart/form-data
     */
    static String boundary(String contentType) {
        if (contentType == null) {
            return null;
        }
        String[] parts = contentType.split(";");
        if (!parts[0].strip().equalsIgnoreCase("multipart/form-data")) {
            return null;
        }
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase("boundary")) {
                String b = p.substring(eq + 1).strip();
                if (b.length() >= 2 && b.startsWith("\"") && b.endsWith("\"")) {
                    b = b.substring(1, b.length() - 1);
                }
                return b.isEmpty() || b.length() > 70 ? null : b;
            }
        }
        return null;
    }

    /**
     * The next part, after skipping what is left of the previous one.
     *
     * @return the part, or null after the last
     * @throws IOException when the body cannot be read
     * @throws Problem.ProblemException when the body is not well-formed multipart
     */
    Part next() throws IOException {
        if (finished) {
            return null;
        }
        if (current != null) {
            current.skipRest();
        } else if (!started) {
            new PartStream().skipRest(); // the preamble
        }
        started = true;
        // after a delimiter: "--" ends the body, CRLF starts a part
        if (!fill(2)) {
            throw malformed("the body ends right after a boundary", "le corps s'arrête juste après une frontière");
        }
        if (buf[pos] == '-' && buf[pos + 1] == '-') {
            finished = true;
            current = null;
            return null;
        }
        skipTransportPadding();
        if (!fill(2) || buf[pos] != '\r' || buf[pos + 1] != '\n') {
            throw malformed("a boundary is not followed by a line break", "une frontière n'est pas suivie d'un saut de ligne");
        }
        pos += 2;
        if (++parts > MAX_PARTS) {
            throw malformed("more than " + MAX_PARTS + " parts", "plus de " + MAX_PARTS + " parties");
        }
        String name = null;
        String fileName = null;
        String contentType = null;
        int headerBytes = 0;
        while (true) {
            String line = readLine();
            headerBytes += line.length() + 2;
            if (headerBytes > MAX_HEADERS) {
                throw malformed("a part's headers are longer than " + MAX_HEADERS + " bytes",
                        "les en-têtes d'une partie dépassent " + MAX_HEADERS + " octets");
            }
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String header = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (header.equals("content-disposition")) {
                name = parameter(value, "name");
                fileName = parameter(value, "filename");
            } else if (header.equals("content-type")) {
                contentType = value;
            }
        }
        if (name == null) {
            throw malformed("a part has no name in its Content-Disposition header",
                    "une partie n'a pas de nom dans son en-tête Content-Disposition");
        }
        current = new PartStream();
        return new Part(name, fileName, contentType, current);
    }

    /** Reads a text field whole, up to a small limit. */
    static String text(Part part, int max) throws IOException {
        byte[] bytes = part.body().readNBytes(max + 1);
        if (bytes.length > max) {
            throw Problem.badParameter("the form field '" + part.name() + "' is longer than " + max + " bytes",
                    "le champ de formulaire « " + part.name() + " » dépasse " + max + " octets").exception();
        }
        return new String(bytes, StandardCharsets.UTF_8).strip();
    }

    private void skipTransportPadding() throws IOException {
        while (fill(1) && (buf[pos] == ' ' || buf[pos] == '\t')) {
            pos++;
        }
    }

    /** A header line (UTF-8, which file names sent by browsers are in). */
    private String readLine() throws IOException {
        int scanned = 0;
        while (true) {
            if (!fill(scanned + 2)) {
                throw malformed("the body ends inside a part's headers", "le corps s'arrête dans les en-têtes d'une partie");
            }
            int i = pos + scanned;
            if (buf[i] == '\r' && buf[i + 1] == '\n') {
                String line = new String(buf, pos, scanned, StandardCharsets.UTF_8);
                pos = i + 2;
                return line;
            }
            if (++scanned > MAX_HEADERS) {
                throw malformed("a part's headers are longer than " + MAX_HEADERS + " bytes",
                        "les en-têtes d'une partie dépassent " + MAX_HEADERS + " octets");
            }
        }
    }

    /** A parameter of a header value such as {@code form-data; name="file"; filename="a.json"}. */
    static String parameter(String headerValue, String name) {
        int i = 0;
        String lower = headerValue.toLowerCase(Locale.ROOT);
        while (true) {
            int at = lower.indexOf(name + "=", i);
            if (at < 0) {
                return null;
            }
            boolean boundaryBefore = at == 0 || lower.charAt(at - 1) == ';' || lower.charAt(at - 1) == ' ';
            int v = at + name.length() + 1;
            if (!boundaryBefore) {
                i = v;
                continue;
            }
            if (v < headerValue.length() && headerValue.charAt(v) == '"') {
                StringBuilder sb = new StringBuilder();
                for (int k = v + 1; k < headerValue.length(); k++) {
                    char c = headerValue.charAt(k);
                    if (c == '\\' && k + 1 < headerValue.length()) {
                        sb.append(headerValue.charAt(++k));
                    } else if (c == '"') {
                        return sb.toString();
                    } else {
                        sb.append(c);
                    }
                }
                return sb.toString();
            }
            int end = headerValue.indexOf(';', v);
            return headerValue.substring(v, end < 0 ? headerValue.length() : end).strip();
        }
    }

    /** Makes at least {@code n} bytes available from {@code pos}, unless the stream ends first. */
    private boolean fill(int n) throws IOException {
        if (lim - pos >= n) {
            return true;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
        }
        while (lim - pos < n && !eof) {
            int r = in.read(buf, lim, buf.length - lim);
            if (r < 0) {
                eof = true;
            } else {
                lim += r;
            }
        }
        return lim - pos >= n;
    }

    private int indexOfDelimiter() {
        byte first = delimiter[0];
        outer:
        for (int i = pos; i <= lim - delimiter.length; i++) {
            if (buf[i] != first) {
                continue;
            }
            for (int k = 1; k < delimiter.length; k++) {
                if (buf[i + k] != delimiter[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static Problem.ProblemException malformed(String en, String fr) {
        return Problem.badRequest("malformed-multipart", "The multipart/form-data body is not well-formed: " + en + ".",
                "Le corps multipart/form-data est mal formé : " + fr + ".").exception();
    }

    /** The body of the current part: bytes up to the next delimiter, which it consumes. */
    private final class PartStream extends InputStream {
        private boolean ended;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (ended) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            fill(delimiter.length);
            int at = indexOfDelimiter();
            int available;
            if (at >= 0) {
                available = at - pos;
                if (available == 0) {
                    pos += delimiter.length;
                    ended = true;
                    return -1;
                }
            } else {
                if (eof && lim - pos < delimiter.length) {
                    throw malformed("the body ends before the closing boundary", "le corps s'arrête avant la frontière finale");
                }
                // a delimiter may begin in the last bytes: keep them
                available = lim - pos - (delimiter.length - 1);
                if (available <= 0) {
                    if (eof) {
                        throw malformed("the body ends before the closing boundary", "le corps s'arrête avant la frontière finale");
                    }
                    fill(lim - pos + 1);
                    return read(b, off, len);
                }
            }
            int n = Math.min(len, available);
            System.arraycopy(buf, pos, b, off, n);
            pos += n;
            return n;
        }

        void skipRest() throws IOException {
            byte[] sink = new byte[8192];
            while (read(sink, 0, sink.length) >= 0) {
                // skipped
            }
        }
    }
}

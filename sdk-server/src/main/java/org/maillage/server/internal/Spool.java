package org.maillage.server.internal;

import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.maillage.json.DatasetFormat;
import org.maillage.validation.Finding;
import org.maillage.validation.Report;
import org.maillage.validation.Validator;

/**
 * A copy of an upload on disk, made while the validator reads the upload. The validator reads a
 * stream as it arrives, but can give the line and column of a member inside an entity only for a
 * file (it reads the entity again to find them); so when a streamed report has findings, the file
 * is validated again from this copy, and the answer is the report the command line gives for that
 * file, byte for byte. A valid upload is read once. The copy is deleted when the answer is sent
 * ({@link #discard}); if it cannot be written (a full disk), the streamed report is kept. Closing
 * the stream (the validator does) closes neither the request nor the copy.
 */
final class Spool extends FilterInputStream {
    private final Path file;
    private OutputStream copy;
    private boolean complete;

    private Spool(InputStream in, Path file) throws IOException {
        super(in);
        this.file = file;
        this.copy = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    /**
     * A spool of an upload in a folder, named so that the validator reads it in its format.
     *
     * @return the spool, or null when no copy can be made (the upload is then only streamed)
     */
    static Spool open(InputStream in, Path dir, DatasetFormat format) {
        try {
            Path f = Files.createTempFile(dir, "upload-", format == DatasetFormat.NDJSON ? ".ndjson" : ".json");
            return new Spool(in, f);
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0 && copy != null) {
            try {
                copy.write(b, off, n);
            } catch (IOException e) {
                abandon();
            }
        }
        return n;
    }

    /** Skipped bytes are read, so that the copy misses none. */
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

    /**
     * Reads what the validator left unread (trailing bytes are part of the file too), then closes the copy.
     *
     * @return whether the copy holds the whole upload
     */
    boolean finish() throws IOException {
        byte[] rest = new byte[8192];
        while (read(rest, 0, rest.length) >= 0) {
            // copied by read
        }
        if (copy != null) {
            try {
                copy.close();
                complete = true;
            } catch (IOException e) {
                abandon();
            }
            copy = null;
        }
        return complete;
    }

    /**
     * The report of the copy, under the upload's name.
     *
     * @param validator the validator
     * @param name the name the report gives the upload
     * @return the report
     */
    Report validate(Validator validator, String name) {
        Report r = validator.validate(file);
        String spooled = file.toString();
        List<Finding> findings = new ArrayList<>(r.findings().size());
        for (Finding f : r.findings()) {
            findings.add(f.file().equals(spooled) ? new Finding(f.ruleId(), f.severity(), f.priority(), f.layer(), f.message(),
                    f.messageFr(), f.pointer(), f.line(), f.column(), f.entityId(), f.hint(), f.hintFr(), f.source(), name,
                    f.waived(), f.waiverJustification(), f.value(), f.entityName()) : f);
        }
        return Report.of(List.of(name), findings, r.catalogueVersion(), r.schemaVersion(), r.waivers());
    }

    private void abandon() {
        try {
            if (copy != null) {
                copy.close();
            }
        } catch (IOException ignored) {
            // the copy is dropped anyway
        }
        copy = null;
        complete = false;
    }

    /** Leaves the request's stream open: it belongs to the request, and {@link #finish} may still read it. */
    @Override
    public void close() {
        // nothing: see discard()
    }

    /** Deletes the copy. */
    void discard() {
        abandon();
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the folder is the server's own and is removed when it stops
        }
    }
}

package org.maillage.imports.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a text file line by line in UTF-8 (a byte order mark is skipped) or, when it is not valid
 * UTF-8, in Latin-1 (Windows-1252, the code page FINESS extracts used). The choice is made once per
 * file, by reading it whole as UTF-8 first.
 */
public final class SourceLines {
    /** Windows-1252: Latin-1 with the printable characters Windows puts at 0x80–0x9F (’, œ, €). */
    public static final Charset LATIN_1 = Charset.forName("windows-1252");

    private SourceLines() {}

    /** Receives the lines of a file. */
    public interface LineHandler {
        /**
         * @param number the 1-based line number
         * @param line the line without its end
         */
        void line(long number, String line);
    }

    /**
     * The encoding of a file: UTF-8 when every byte sequence is valid UTF-8, else Windows-1252.
     *
     * @param file the file
     * @return the charset
     * @throws IOException when the file cannot be read
     */
    public static Charset detect(Path file) throws IOException {
        try (BufferedReader r = reader(file, StandardCharsets.UTF_8, true)) {
            char[] buffer = new char[1 << 16];
            while (r.read(buffer) >= 0) {
                // reading is the check
            }
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return LATIN_1;
        }
    }

    /**
     * Reads every line of a file.
     *
     * @param file the file
     * @param charset its encoding
     * @param handler receives each line
     * @throws IOException when the file cannot be read
     */
    public static void read(Path file, Charset charset, LineHandler handler) throws IOException {
        try (BufferedReader r = reader(file, charset, false)) {
            String line;
            long n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                handler.line(n, line);
            }
        }
    }

    private static BufferedReader reader(Path file, Charset charset, boolean strict) throws IOException {
        InputStream in = Files.newInputStream(file);
        var decoder = charset.newDecoder();
        if (strict) {
            decoder.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        } else {
            decoder.onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        }
        return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    }
}

package org.maillage.validation.certify;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apiguardian.api.API;

/**
 * A file a certificate speaks of.
 *
 * @param name the file name, relative to the folder of the certificate when it was written
 * @param sha256 the SHA-256 of its bytes, 64 lowercase hexadecimal digits
 * @param size its size in bytes
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record CertifiedFile(String name, String sha256, long size) {

    /**
     * Checks the values.
     *
     * @param name the file name, relative to the folder of the certificate when it was written
     * @param sha256 the SHA-256 of its bytes, 64 lowercase hexadecimal digits
     * @param size its size in bytes
     */
    public CertifiedFile {
        Codes.notBlank(name, "file name");
        Codes.sha256(sha256, "file sha256");
        Codes.notNegative(size, "file size");
    }

    /**
     * Hashes a file.
     *
     * @param file the file
     * @param name the name to record for it
     * @return its name, hash and size
     * @throws IOException when it cannot be read
     */
    public static CertifiedFile of(Path file, String name) throws IOException {
        MessageDigest digest = newDigest();
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                digest.update(buffer, 0, n);
                size += n;
            }
        }
        return new CertifiedFile(name, HexFormat.of().formatHex(digest.digest()), size);
    }

    /**
     * The name a certificate records for a file: its path relative to the certificate's folder,
     * with {@code /} between segments.
     *
     * @param file the file
     * @param folder the folder of the certificate
     * @return the relative name, for example {@code data/ariege.json} or {@code ../ariege.json}
     */
    public static String nameOf(Path file, Path folder) {
        Path relative = folder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        StringBuilder sb = new StringBuilder();
        for (Path segment : relative) {
            sb.append(sb.length() == 0 ? "" : "/").append(segment);
        }
        return sb.toString();
    }

    /**
     * The SHA-256 of some bytes, as 64 lowercase hexadecimal digits.
     *
     * @param bytes the bytes
     * @return their hash
     */
    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

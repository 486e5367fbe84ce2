package org.maillage.validation.certify;

import java.util.Map;

/**
 * The algorithm of a key from its DER encoding (PKCS#8 for a private key, X.509
 * SubjectPublicKeyInfo for a public one), to say which key a user gave when it is not Ed25519.
 */
final class KeyAlgorithms {
    private KeyAlgorithms() {}

    private static final Map<String, String> NAMES = Map.of(
            "1.2.840.113549.1.1.1", "RSA",
            "1.2.840.113549.1.1.10", "RSA-PSS",
            "1.2.840.10045.2.1", "EC (ECDSA)",
            "1.2.840.10040.4.1", "DSA",
            "1.3.101.110", "X25519",
            "1.3.101.111", "X448",
            "1.3.101.112", "Ed25519",
            "1.3.101.113", "Ed448");

    /**
     * The name of a key's algorithm.
     *
     * @param der the key's DER bytes
     * @param privateKey whether it is PKCS#8 (a version precedes the algorithm)
     * @return for example {@code RSA}; null when it cannot be told
     */
    static String of(byte[] der, boolean privateKey) {
        try {
            int[] at = {0};
            expect(der, at, 0x30); // the key's SEQUENCE
            length(der, at);
            if (privateKey) {
                expect(der, at, 0x02); // version INTEGER
                int n = length(der, at); // not "at[0] += length(...)": Java reads at[0] before length() moves it
                at[0] += n;
            }
            expect(der, at, 0x30); // AlgorithmIdentifier SEQUENCE
            length(der, at);
            expect(der, at, 0x06); // its OID
            int oidLength = length(der, at);
            String oid = oid(der, at[0], oidLength);
            return NAMES.getOrDefault(oid, "algorithm " + oid);
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            return null;
        }
    }

    private static void expect(byte[] der, int[] at, int tag) {
        if ((der[at[0]++] & 0xff) != tag) {
            throw new IllegalArgumentException("unexpected DER tag");
        }
    }

    private static int length(byte[] der, int[] at) {
        int first = der[at[0]++] & 0xff;
        if (first < 0x80) {
            return first;
        }
        int bytes = first & 0x7f;
        if (bytes == 0 || bytes > 3) {
            throw new IllegalArgumentException("unsupported DER length");
        }
        int len = 0;
        for (int i = 0; i < bytes; i++) {
            len = (len << 8) | (der[at[0]++] & 0xff);
        }
        return len;
    }

    private static String oid(byte[] der, int off, int len) {
        if (len == 0) {
            throw new IllegalArgumentException("empty OID");
        }
        StringBuilder sb = new StringBuilder();
        int first = der[off] & 0xff;
        sb.append(Math.min(first / 40, 2)).append('.').append(first - 40 * Math.min(first / 40, 2));
        long value = 0;
        for (int i = off + 1; i < off + len; i++) {
            int b = der[i] & 0xff;
            value = (value << 7) | (b & 0x7f);
            if ((b & 0x80) == 0) {
                sb.append('.').append(value);
                value = 0;
            }
        }
        return sb.toString();
    }
}

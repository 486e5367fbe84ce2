package org.maillage.validation.certify;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Base64;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The signature of a certificate.
 *
 * @param algorithm always {@code Ed25519}
 * @param publicKey the signer's public key: X.509 SubjectPublicKeyInfo (DER), base64
 * @param publicKeyFingerprint the SHA-256 of the DER bytes of the public key, 64 lowercase hexadecimal digits
 * @param value the Ed25519 signature of the canonical bytes of the certificate without its
 *     {@code signature} member, base64
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Seal(String algorithm, String publicKey, String publicKeyFingerprint, String value) {

    /** The only signature algorithm. */
    public static final String ED25519 = "Ed25519";

    /**
     * Checks the values.
     *
     * @param algorithm always {@code Ed25519}
     * @param publicKey the signer's public key: X.509 SubjectPublicKeyInfo (DER), base64
     * @param publicKeyFingerprint the SHA-256 of the DER bytes of the public key, 64 lowercase hexadecimal digits
     * @param value the Ed25519 signature of the canonical bytes of the certificate without its {@code signature} member, base64
     */
    public Seal {
        Objects.requireNonNull(algorithm, "algorithm");
        Codes.notBlank(publicKey, "public key");
        Codes.sha256(publicKeyFingerprint, "public key fingerprint");
        Codes.notBlank(value, "signature value");
    }

    /** @return the DER bytes of the public key */
    byte[] publicKeyBytes() {
        return Base64.getDecoder().decode(publicKey);
    }
}

package org.maillage.validation.certify;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Ed25519 keys and signatures for certificates, with the JDK's own provider: key pairs, PEM files
 * ({@code PRIVATE KEY} in PKCS#8, {@code PUBLIC KEY} in X.509 SubjectPublicKeyInfo), signing and
 * checking signatures.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class SigningKeys {
    private SigningKeys() {}

    private static final String PRIVATE_PEM = "PRIVATE KEY";
    private static final String PUBLIC_PEM = "PUBLIC KEY";

    /**
     * A new Ed25519 key pair.
     *
     * @return the pair
     */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(Seal.ED25519).generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Ed25519 is built into every Java 15+ platform", e);
        }
    }

    /**
     * Writes a key pair as {@code PREFIX.key} (PKCS#8 PEM, readable by its owner only where the
     * file system allows it) and {@code PREFIX.pub} (X.509 PEM). Refuses to overwrite either file.
     *
     * @param pair the pair
     * @param prefix the path prefix
     * @return the two paths, private key first
     * @throws FileAlreadyExistsException when either file exists (neither is written)
     * @throws IOException when a file cannot be written
     */
    public static List<Path> write(KeyPair pair, Path prefix) throws IOException {
        Path key = sibling(prefix, ".key");
        Path pub = sibling(prefix, ".pub");
        for (Path p : List.of(key, pub)) {
            if (Files.exists(p)) {
                throw new FileAlreadyExistsException(p.toString(), null, "refusing to overwrite an existing key file");
            }
        }
        Files.write(pub, pem(PUBLIC_PEM, pair.getPublic().getEncoded()), StandardOpenOption.CREATE_NEW);
        try {
            Files.createFile(key, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(key);
        }
        Files.write(key, pem(PRIVATE_PEM, pair.getPrivate().getEncoded()), StandardOpenOption.TRUNCATE_EXISTING);
        return List.of(key, pub);
    }

    private static Path sibling(Path prefix, String suffix) {
        Path name = prefix.getFileName();
        if (name == null) {
            throw new IllegalArgumentException("a key prefix names a file: " + prefix);
        }
        return prefix.resolveSibling(name + suffix);
    }

    private static byte[] pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return ("-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] unpem(Path file, String type) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        if (!text.startsWith(begin) || !text.endsWith(end)) {
            throw new IllegalArgumentException(file + " is not a PEM file of type " + type);
        }
        try {
            return Base64.getMimeDecoder().decode(text.substring(begin.length(), text.length() - end.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": the PEM body is not base64", e);
        }
    }

    /**
     * Reads a key pair written by {@link #write}: the private key from the {@code .key} file and
     * the public key from the {@code .pub} file beside it (the JDK cannot derive one from the
     * other), checking that they belong together.
     *
     * @param file the {@code .key} file
     * @return the key pair
     * @throws IOException when a file cannot be read
     * @throws IllegalArgumentException when the files are not an Ed25519 key pair in PEM, or do
     *     not belong together
     */
    public static KeyPair readKeyPair(Path file) throws IOException {
        byte[] der = unpem(file, PRIVATE_PEM);
        PrivateKey key;
        try {
            key = KeyFactory.getInstance(Seal.ED25519).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (InvalidKeySpecException e) {
            throw new IllegalArgumentException(file + " is not an Ed25519 private key: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String name = String.valueOf(file.getFileName());
        Path pub = file.resolveSibling((name.endsWith(".key") ? name.substring(0, name.length() - 4) : name) + ".pub");
        if (!Files.exists(pub)) {
            throw new IllegalArgumentException("the public key " + pub + " must be beside the private key " + file);
        }
        PublicKey publicKey = readPublicKey(pub);
        byte[] probe = "maillage key pair check".getBytes(StandardCharsets.US_ASCII);
        try {
            Signature s = Signature.getInstance(Seal.ED25519);
            s.initSign(key);
            s.update(probe);
            if (!valid(publicKey, probe, s.sign())) {
                throw new IllegalArgumentException(file + " and " + pub + " are not two halves of the same key pair");
            }
        } catch (InvalidKeyException | SignatureException e) {
            throw new IllegalArgumentException(file + " is not a usable Ed25519 private key: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return new KeyPair(publicKey, key);
    }

    /**
     * Reads a public key written by {@link #write}.
     *
     * @param file the {@code .pub} file
     * @return the key
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when it is not an Ed25519 public key in X.509 PEM
     */
    public static PublicKey readPublicKey(Path file) throws IOException {
        byte[] der = unpem(file, PUBLIC_PEM);
        return publicKey(der).orElseThrow(() -> new IllegalArgumentException(file + " is not an Ed25519 public key"));
    }

    static Optional<PublicKey> publicKey(byte[] der) {
        try {
            PublicKey key = KeyFactory.getInstance(Seal.ED25519).generatePublic(new X509EncodedKeySpec(der));
            return Optional.of(key);
        } catch (InvalidKeySpecException | RuntimeException e) {
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The SHA-256 of a public key's X.509 DER bytes.
     *
     * @param key the key
     * @return 64 lowercase hexadecimal digits
     */
    public static String fingerprint(PublicKey key) {
        return CertifiedFile.sha256Hex(key.getEncoded());
    }

    /**
     * Signs a certificate: its canonical bytes without signature, with Ed25519.
     *
     * @param certificate the certificate (any signature it has is replaced)
     * @param pair the signer's keys
     * @return the signed certificate
     */
    public static Certificate sign(Certificate certificate, KeyPair pair) {
        Certificate unsigned = certificate.withSignature(null);
        try {
            Signature s = Signature.getInstance(Seal.ED25519);
            s.initSign(pair.getPrivate());
            s.update(CertificateJson.signedBytes(unsigned));
            Base64.Encoder b64 = Base64.getEncoder();
            return unsigned.withSignature(new Seal(Seal.ED25519, b64.encodeToString(pair.getPublic().getEncoded()),
                    fingerprint(pair.getPublic()), b64.encodeToString(s.sign())));
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not an Ed25519 private key: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether a signature is valid.
     *
     * @param key the public key
     * @param signed the signed bytes
     * @param signature the signature bytes
     * @return true when it is
     */
    static boolean valid(PublicKey key, byte[] signed, byte[] signature) {
        try {
            Signature s = Signature.getInstance(Seal.ED25519);
            s.initVerify(key);
            s.update(signed);
            return s.verify(signature);
        } catch (InvalidKeyException | SignatureException e) {
            return false;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

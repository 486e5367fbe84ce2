package org.maillage.validation.certify;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;

/**
 * Verifies a certificate offline: its signature (against the key it embeds and, when given, the
 * key the verifier trusts), its internal consistency (levels, blocking rules and summary agree
 * with the rule counts), and that the certified files still have the same SHA-256 and size.
 * Immutable and thread-safe.
 *
 * <p>The signature covers the JSON <em>value</em>, not the bytes of the file: a change of
 * whitespace, of member order or of the escaping of a string leaves the value, and so the
 * verification, unchanged; any other change fails.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class CertificateVerifier {

    private final PublicKey trustedKey;

    private CertificateVerifier(PublicKey trustedKey) {
        this.trustedKey = trustedKey;
    }

    /**
     * A verifier that checks the signature against the key the certificate embeds.
     *
     * @return the verifier
     */
    public static CertificateVerifier embeddedKey() {
        return new CertificateVerifier(null);
    }

    /**
     * A verifier that also requires the certificate to be signed by a given key.
     *
     * @param trusted the signer's public key, as published by the signer
     * @return the verifier
     */
    public static CertificateVerifier trusting(PublicKey trusted) {
        return new CertificateVerifier(Objects.requireNonNull(trusted, "trusted"));
    }

    /**
     * Verifies a certificate file, finding the certified files by their names relative to the
     * certificate's folder.
     *
     * @param certificateFile the certificate
     * @return the verification
     * @throws IOException when the certificate cannot be read
     */
    public Verification verify(Path certificateFile) throws IOException {
        return verify(Files.readAllBytes(certificateFile), folderOf(certificateFile), List.of());
    }

    /**
     * Verifies a certificate.
     *
     * @param json the certificate's bytes
     * @param folder the folder the certified files' names are relative to
     * @param files the certified files, when given explicitly (each matched to the certified file
     *     of the same relative name, or else of the same file name); empty to find them in {@code folder}
     * @return the verification
     */
    public Verification verify(byte[] json, Path folder, List<Path> files) {
        List<Verification.Problem> problems = new ArrayList<>();
        JsonNode tree;
        Certificate certificate;
        byte[] signed;
        try {
            tree = CertificateJson.parse(json);
            JsonNode format = tree.get("format");
            if (format != null && format.isString() && !Certificate.FORMAT.equals(format.stringValue())) {
                problems.add(problem("format-unknown",
                        "unknown certificate format '" + format.stringValue() + "'; this tool knows format " + Certificate.FORMAT,
                        "format de certificat inconnu « " + format.stringValue() + " » ; cet outil connaît le format "
                                + Certificate.FORMAT));
                return new Verification(null, problems);
            }
            certificate = CertificateJson.fromTree(tree);
            signed = CertificateJson.signedBytes(tree);
        } catch (InvalidCertificateException e) {
            String at = e.line() > 0 ? " (line " + e.line() + ", column " + e.column() + ")" : "";
            String atFr = e.line() > 0 ? " (ligne " + e.line() + ", colonne " + e.column() + ")" : "";
            problems.add(problem("not-a-certificate", "not a certificate: " + e.getMessage() + at,
                    "ce n'est pas un certificat : " + e.getMessage() + atFr));
            return new Verification(null, problems);
        } catch (CanonicalJson.NotCanonicalizable e) {
            problems.add(problem("not-a-certificate", "not a certificate: " + e.getMessage(),
                    "ce n'est pas un certificat : " + e.getMessage()));
            return new Verification(null, problems);
        }
        checkSignature(certificate, signed, problems);
        checkConsistency(certificate, problems);
        checkFiles(certificate, folder, files, problems);
        return new Verification(certificate, problems);
    }

    private void checkSignature(Certificate c, byte[] signed, List<Verification.Problem> problems) {
        Seal seal = c.signature();
        if (seal == null) {
            problems.add(problem("unsigned", "the certificate is not signed", "le certificat n'est pas signé"));
            return;
        }
        if (!Seal.ED25519.equals(seal.algorithm())) {
            problems.add(problem("signature-algorithm", "unknown signature algorithm '" + seal.algorithm() + "' (only Ed25519)",
                    "algorithme de signature inconnu « " + seal.algorithm() + " » (seul Ed25519 est admis)"));
            return;
        }
        byte[] der;
        byte[] value;
        try {
            der = strictBase64(seal.publicKey());
            value = strictBase64(seal.value());
        } catch (IllegalArgumentException e) {
            problems.add(problem("signature-malformed", "the public key or the signature is not valid base64",
                    "la clé publique ou la signature n'est pas du base64 valide"));
            return;
        }
        PublicKey embedded = SigningKeys.publicKey(der).orElse(null);
        if (embedded == null) {
            problems.add(problem("signature-malformed", "the embedded public key is not an Ed25519 key",
                    "la clé publique incluse n'est pas une clé Ed25519"));
            return;
        }
        if (!CertifiedFile.sha256Hex(der).equals(seal.publicKeyFingerprint())) {
            problems.add(problem("fingerprint-mismatch", "the public key fingerprint does not match the embedded public key",
                    "l'empreinte de la clé publique ne correspond pas à la clé publique incluse"));
        }
        if (!SigningKeys.valid(embedded, signed, value)) {
            problems.add(problem("signature-invalid",
                    "the signature does not match the certificate's content: the certificate was changed after signing",
                    "la signature ne correspond pas au contenu du certificat : il a été modifié après sa signature"));
        }
        if (trustedKey != null && !Arrays.equals(trustedKey.getEncoded(), der)) {
            String fp = SigningKeys.fingerprint(trustedKey);
            problems.add(problem("wrong-key",
                    "the certificate is signed by the key " + seal.publicKeyFingerprint() + ", not by the trusted key " + fp,
                    "le certificat est signé par la clé " + seal.publicKeyFingerprint() + ", et non par la clé de confiance " + fp));
        }
    }

    private static void checkConsistency(Certificate c, List<Verification.Problem> problems) {
        if (c.levelReached() > c.levelRequested()) {
            problems.add(problem("inconsistent-level",
                    "the level reached (" + c.levelReached() + ") is above the level requested (" + c.levelRequested() + ")",
                    "le niveau atteint (" + c.levelReached() + ") dépasse le niveau demandé (" + c.levelRequested() + ")"));
        }
        if (c.levelRequested() == Level.POLICY.number() && c.profile() == null) {
            problems.add(problem("inconsistent-profile", "level 3 is requested but no profile is named",
                    "le niveau 3 est demandé mais aucun profil n'est nommé"));
        }
        Set<String> ids = new HashSet<>();
        for (RuleCount r : c.rules()) {
            if (!ids.add(r.ruleId())) {
                problems.add(problem("inconsistent-rules", "the rule " + r.ruleId() + " is counted twice",
                        "la règle " + r.ruleId() + " est comptée deux fois"));
            }
        }
        Level computed = Levels.reached(c.requested(), c.rules());
        if (computed.number() != c.levelReached()) {
            problems.add(problem("inconsistent-level",
                    "the rule counts give level " + computed.number() + ", but the certificate says " + c.levelReached(),
                    "les décomptes par règle donnent le niveau " + computed.number() + ", mais le certificat indique "
                            + c.levelReached()));
        }
        if (!Levels.blocking(c.requested(), c.rules()).equals(c.blocking())) {
            problems.add(problem("inconsistent-blocking", "the blocking rules do not agree with the rule counts",
                    "les règles bloquantes ne correspondent pas aux décomptes par règle"));
        }
        if (!Summary.of(c.rules()).equals(c.summary())) {
            problems.add(problem("inconsistent-summary", "the summary does not agree with the rule counts",
                    "le résumé ne correspond pas aux décomptes par règle"));
        }
    }

    private static void checkFiles(Certificate c, Path folder, List<Path> given, List<Verification.Problem> problems) {
        List<Path> unmatched = new ArrayList<>(given);
        for (CertifiedFile f : c.files()) {
            Path file;
            if (given.isEmpty()) {
                file = folder.resolve(f.name());
            } else {
                file = unmatched.stream().filter(p -> CertifiedFile.nameOf(p, folder).equals(f.name())).findFirst()
                        .or(() -> unmatched.stream().filter(p -> String.valueOf(p.getFileName()).equals(lastSegment(f.name())))
                                .findFirst())
                        .orElse(null);
                if (file == null) {
                    problems.add(problem("file-missing", "the certified file " + f.name() + " is not among the files given",
                            "le fichier certifié " + f.name() + " ne figure pas parmi les fichiers donnés"));
                    continue;
                }
                unmatched.remove(file);
            }
            try {
                CertifiedFile now = CertifiedFile.of(file, f.name());
                if (!now.equals(f)) {
                    problems.add(problem("file-changed",
                            "the file " + file + " has changed since it was certified (SHA-256 " + now.sha256() + ", "
                                    + now.size() + " bytes; certified " + f.sha256() + ", " + f.size() + " bytes)",
                            "le fichier " + file + " a changé depuis sa certification (SHA-256 " + now.sha256() + ", "
                                    + now.size() + " octets ; certifié " + f.sha256() + ", " + f.size() + " octets)"));
                }
            } catch (NoSuchFileException e) {
                problems.add(problem("file-missing", "the certified file " + file + " does not exist",
                        "le fichier certifié " + file + " n'existe pas"));
            } catch (IOException e) {
                problems.add(problem("file-unreadable", "the certified file " + file + " cannot be read: " + e.getMessage(),
                        "le fichier certifié " + file + " est illisible : " + e.getMessage()));
            }
        }
        for (Path p : unmatched) {
            problems.add(problem("file-not-certified", "the file " + p + " is not one of the certified files",
                    "le fichier " + p + " ne fait pas partie des fichiers certifiés"));
        }
    }

    /** Decodes base64, refusing any text other than the one encoding of the bytes (unused bits must be zero). */
    private static byte[] strictBase64(String text) {
        byte[] bytes = Base64.getDecoder().decode(text);
        if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
            throw new IllegalArgumentException("not canonical base64");
        }
        return bytes;
    }

    private static String lastSegment(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of("") : parent;
    }

    private static Verification.Problem problem(String code, String en, String fr) {
        return new Verification.Problem(code, en, fr);
    }
}

package org.maillage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.maillage.validation.certify.Certificate;
import org.maillage.validation.certify.CertificateVerifier;
import org.maillage.validation.certify.SigningKeys;
import org.maillage.validation.certify.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code maillage verify}: checks a certificate offline. */
@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Verify a certificate offline: its Ed25519 signature (against the key it embeds, and against"
                + " --public-key when given), that the certified files still have the same SHA-256 and size, and that"
                + " the certificate is internally consistent.",
            "Vérifie un certificat hors ligne : sa signature, l'empreinte des fichiers certifiés et sa cohérence."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the certificate verifies", "1:it does not (the reasons are on stderr)", "2:usage error",
            "3:the certificate or the public key cannot be read"})
public final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CERT.json", description = "The certificate.")
    Path certificate;

    @Option(names = "--files", arity = "1..*", paramLabel = "FILE",
            description = "The certified files (default: found by their names relative to the certificate's folder).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--public-key", paramLabel = "PREFIX.pub",
            description = "The public key the signer published; a certificate signed by another key fails.")
    Path publicKey;

    /** Creates the command; called by picocli. */
    public VerifyCommand() {
        // configured by picocli
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CertificateVerifier verifier;
        byte[] json;
        try {
            verifier = publicKey == null ? CertificateVerifier.embeddedKey() : CertificateVerifier.trusting(readKey(publicKey));
            json = Files.readAllBytes(certificate);
        } catch (NoSuchFileException e) {
            err.println("maillage verify: no such file / fichier introuvable: " + e.getFile());
            return ExitCodes.IO;
        } catch (IOException | IllegalArgumentException e) {
            err.println("maillage verify: " + e.getMessage());
            return ExitCodes.IO;
        }
        Path folder = certificate.toAbsolutePath().getParent();
        Verification v = verifier.verify(json, folder == null ? Path.of("") : folder, files);
        if (!v.verified()) {
            err.println("maillage verify: " + certificate + " does NOT verify / ne se vérifie PAS:");
            for (Verification.Problem p : v.problems()) {
                err.println("  - " + p.messageEn());
                err.println("    " + p.messageFr());
            }
            return ExitCodes.INVALID;
        }
        Certificate c = v.certificate();
        String fp = c.signature().publicKeyFingerprint();
        out.println("verified: " + certificate + ": level " + c.levelReached() + " of " + c.levelRequested()
                + " requested reached, " + c.files().size() + " file(s) unchanged, signed by key " + fp);
        out.println("vérifié : " + certificate + " : niveau " + c.levelReached() + " atteint sur " + c.levelRequested()
                + " demandé, " + c.files().size() + " fichier(s) inchangé(s), signé par la clé " + fp);
        if (publicKey == null) {
            out.println("note: compare this fingerprint with the signer's published key, or pass --public-key"
                    + " / comparez cette empreinte à la clé publiée par le signataire, ou utilisez --public-key");
        }
        return ExitCodes.OK;
    }

    private static PublicKey readKey(Path file) throws IOException {
        return SigningKeys.readPublicKey(file);
    }
}

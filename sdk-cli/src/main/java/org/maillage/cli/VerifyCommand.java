package org.maillage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import org.maillage.core.internal.SafeText;
import org.maillage.validation.certify.Certificate;
import org.maillage.validation.certify.CertificateVerifier;
import org.maillage.validation.certify.SigningKeys;
import org.maillage.validation.certify.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code maillage verify}: checks a certificate offline. */
@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Verify a certificate offline: its Ed25519 signature (against the key it embeds, and against"
                + " --public-key when given), that the certificate is internally consistent, and that the certified files"
                + " still have the same SHA-256 and size. Stops at the first check that fails. The certificate may be '-'.",
            "Vérifie un certificat hors ligne : sa signature, sa cohérence et l'empreinte des fichiers certifiés ; s'arrête"
                + " au premier contrôle en échec."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the certificate verifies", "1:it does not (the reason is on stderr)", "2:usage error (a public key"
                + " that is not Ed25519)", "3:the certificate or the public key cannot be read"})
final class VerifyCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "CERT.json", description = "The certificate, or '-'.")
    Path certificate;

    @Option(names = "--files", arity = "1..*", paramLabel = "FILE",
            description = "The certified files (default: found by their names relative to the certificate's folder).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--public-key", paramLabel = "PREFIX.pub",
            description = "The public key the signer published; a certificate signed by another key fails.")
    Path publicKey;

    /** Creates the command; called by picocli. */
    VerifyCommand() {
        // configured by picocli
    }

    @Override
    int execute() throws CliIo.Failure {
        CliIo.checkInput(certificate, false);
        CliIo.checkInputs(files, false);
        for (Path f : files) {
            if (CliIo.isDash(f)) {
                throw CliIo.Failure.usage("a certified file is named, not read from standard input");
            }
        }
        CertificateVerifier verifier;
        if (publicKey == null) {
            verifier = CertificateVerifier.embeddedKey();
        } else {
            CliIo.checkInput(publicKey, false);
            try {
                PublicKey k = SigningKeys.readPublicKey(publicKey);
                verifier = CertificateVerifier.trusting(k);
            } catch (IOException e) {
                throw CliIo.readFailure(publicKey, e);
            } catch (IllegalArgumentException e) {
                throw CliIo.Failure.usage(e.getMessage());
            }
        }
        byte[] json;
        try (InputStream in = CliIo.open(this, certificate)) {
            json = in.readNBytes((int) CertificateVerifier.MAX_CERTIFICATE + 1);
        } catch (IOException e) {
            throw CliIo.readFailure(certificate, e);
        }
        if (json.length > CertificateVerifier.MAX_CERTIFICATE) {
            throw CliIo.Failure.io("cannot read " + CliIo.shown(certificate) + ": larger than "
                    + org.maillage.core.internal.InputFile.size(CertificateVerifier.MAX_CERTIFICATE)
                    + ", the limit for a certificate (a real one is a few kilobytes)");
        }
        Path folder = CliIo.isDash(certificate) ? Path.of("").toAbsolutePath() : certificate.toAbsolutePath().getParent();
        Verification v = verifier.verify(json, folder == null ? Path.of("") : folder, files);
        String name = CliIo.shown(certificate);
        if (!v.verified()) {
            PrintWriter err = err();
            err.println(name() + ": " + name + " does NOT verify / ne se vérifie PAS:");
            for (Verification.Problem p : v.problems()) {
                err.println("  - " + SafeText.terminal(p.messageEn()));
                err.println("    " + SafeText.terminal(p.messageFr()));
            }
            return ExitCodes.INVALID;
        }
        if (quiet) {
            return ExitCodes.OK;
        }
        Certificate c = v.certificate();
        String fp = c.signature().publicKeyFingerprint();
        PrintWriter out = out();
        out.println("verified: " + name + ": level " + c.levelReached() + " of " + c.levelRequested()
                + " requested reached, " + c.files().size() + " file(s) unchanged, signed by key " + fp);
        out.println("vérifié : " + name + " : niveau " + c.levelReached() + " atteint sur " + c.levelRequested()
                + " demandé, " + c.files().size() + " fichier(s) inchangé(s), signé par la clé " + fp);
        if (publicKey == null) {
            out.println("note: compare this fingerprint with the signer's published key, or pass --public-key"
                    + " / comparez cette empreinte à la clé publiée par le signataire, ou utilisez --public-key");
        }
        return ExitCodes.OK;
    }
}

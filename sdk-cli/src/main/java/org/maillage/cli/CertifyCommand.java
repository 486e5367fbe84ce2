package org.maillage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.concurrent.Callable;
import org.maillage.core.InvalidDataException;
import org.maillage.validation.certify.BlockingRule;
import org.maillage.validation.certify.Certificate;
import org.maillage.validation.certify.Certifier;
import org.maillage.validation.certify.Level;
import org.maillage.validation.certify.SigningKeys;
import org.maillage.validation.waiver.Waivers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code maillage certify}: checks files at a level and writes a signed certificate. */
@Command(name = "certify", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Check files at a conformance level and write a signed certificate: 1 structure (read + schema),"
                + " 2 consistency (+ constraints + references), 3 policy (+ the rules of a profile). The certificate is"
                + " written whether or not the level is reached, and names the rules that blocked it.",
            "Vérifie des fichiers à un niveau de conformité et écrit un certificat signé, que le niveau soit atteint ou non."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the requested level is reached", "1:it is not (the certificate says which rules blocked)",
            "2:usage error", "3:a file, the key or the output cannot be read or written"})
public final class CertifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The files to certify.")
    List<Path> files;

    @Option(names = "--level", required = true, paramLabel = "N", description = "The level requested: 1, 2 or 3.")
    int level;

    @Option(names = "--profile", paramLabel = "P", description = "The profile of rules for level 3 (default: the validator's default).")
    String profile;

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "Waivers file (JSON, see waivers.schema.json): findings it covers do not block the level, and the"
                    + " certificate lists each waiver in effect with its justification and expiry.")
    Path waiversFile;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "CERT.json", description = "Where to write the certificate.")
    Path output;

    @Option(names = "--key", paramLabel = "PREFIX.key",
            description = "Your private key from maillage keygen (PREFIX.pub must be beside it). Without it, a one-time key"
                    + " signs: tampering is detected, but the signer is anonymous.")
    Path key;

    @Option(names = "--html", paramLabel = "CERT.html", description = "Also write the certificate as a one-page HTML summary.")
    Path html;

    /** Creates the command; called by picocli. */
    public CertifyCommand() {
        // configured by picocli
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (level < 1 || level > 3) {
            err.println("maillage certify: --level must be 1, 2 or 3, not " + level);
            return ExitCodes.USAGE;
        }
        Certifier certifier;
        try {
            certifier = Certifier.at(Level.of(level), profile);
            if (waiversFile != null) {
                certifier = certifier.withWaivers(Waivers.read(waiversFile));
            }
        } catch (UncheckedIOException e) {
            err.println("maillage certify: cannot read / lecture impossible de " + waiversFile + ": "
                    + (e.getCause() instanceof NoSuchFileException ? "no such file / fichier introuvable" : e.getCause().getMessage()));
            return ExitCodes.IO;
        } catch (InvalidDataException | IllegalArgumentException e) {
            err.println("maillage certify: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try {
            KeyPair pair = key == null ? SigningKeys.generate() : SigningKeys.readKeyPair(key);
            Path folder = output.toAbsolutePath().getParent();
            Certificate c = certifier.certify(files, folder, new Certificate.Tool("maillage", VersionProvider.version()));
            Certificate signed = SigningKeys.sign(c, pair);
            Files.write(output, signed.toJson());
            if (html != null) {
                Files.writeString(html, signed.toHtml(), StandardCharsets.UTF_8);
            }
            report(out, signed);
            return signed.passed() ? ExitCodes.OK : ExitCodes.INVALID;
        } catch (NoSuchFileException e) {
            err.println("maillage certify: no such file / fichier introuvable: " + e.getFile());
            return ExitCodes.IO;
        } catch (IOException | IllegalArgumentException e) {
            err.println("maillage certify: " + e.getMessage());
            return ExitCodes.IO;
        }
    }

    private void report(PrintWriter out, Certificate c) {
        out.println("level " + c.levelReached() + " reached of " + c.levelRequested() + " requested / niveau "
                + c.levelReached() + " atteint sur " + c.levelRequested() + " demandé");
        List<BlockingRule> blocking = c.blockingNextLevel();
        if (!blocking.isEmpty()) {
            out.println("blocked by / bloqué par:");
            blocking.forEach(b -> out.println("  " + b.ruleId() + " (" + b.findings() + ")"));
        }
        out.println("certificate / certificat: " + output + (html == null ? "" : ", " + html));
        out.println("signed by key / signé par la clé: " + c.signature().publicKeyFingerprint()
                + (key == null ? " (one-time key / clé à usage unique)" : ""));
    }
}

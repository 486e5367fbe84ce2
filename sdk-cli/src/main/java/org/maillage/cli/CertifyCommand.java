package org.maillage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.maillage.core.InvalidDataException;
import org.maillage.core.internal.OutputFile;
import org.maillage.validation.certify.BlockingRule;
import org.maillage.validation.certify.Certificate;
import org.maillage.validation.certify.Certifier;
import org.maillage.validation.certify.Level;
import org.maillage.validation.certify.SigningKeys;
import org.maillage.validation.waiver.Waivers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code maillage certify}: checks files at a level and writes a signed certificate. */
@Command(name = "certify", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Check files at a conformance level and write a signed certificate: 1 structure (read + schema),"
                + " 2 consistency (+ constraints + references), 3 policy (+ the rules of a profile). The certificate is"
                + " written whether or not the level is reached, and names the rules that blocked it.",
            "Vérifie des fichiers à un niveau de conformité et écrit un certificat signé, que le niveau soit atteint ou non."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the requested level is reached", "1:it is not (the certificate says which rules blocked)",
            "2:usage error (a bad option, a key that is not an Ed25519 pair, a bad waivers file)",
            "3:a file, the key or the output cannot be read or written"})
final class CertifyCommand extends CliCommand {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The files to certify (regular files: a certificate names them).")
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
            description = "Your private key from maillage keygen (PREFIX.pub must be beside it; keep it readable by you only)."
                    + " Without it, a one-time key signs: tampering is detected, but the signer is anonymous.")
    Path key;

    @Option(names = "--html", paramLabel = "CERT.html", description = "Also write the certificate as a one-page HTML summary.")
    Path html;

    /** Creates the command; called by picocli. */
    CertifyCommand() {
        // configured by picocli
    }

    @Override
    int execute() throws CliIo.Failure {
        if (level < 1 || level > 3) {
            throw CliIo.Failure.usage("--level must be 1, 2 or 3, not " + level);
        }
        for (Path f : files) {
            if (CliIo.isDash(f)) {
                throw CliIo.Failure.usage("a certificate names the files it certifies, so that they can be verified later:"
                        + " certify files, not standard input ('-')");
            }
        }
        List<Path> inputs = new ArrayList<>(files);
        CliIo.checkInputs(files, false);
        for (Path p : new Path[] {waiversFile, key}) {
            if (p != null) {
                CliIo.checkInput(p, false);
                inputs.add(p);
            }
        }
        if (CliIo.isDash(output) || (html != null && CliIo.isDash(html))) {
            throw CliIo.Failure.usage("the certificate is written to a file, not to standard output");
        }
        if (html != null && CliIo.sameAsInput(html, List.of(output)) != null) {
            throw CliIo.Failure.usage("--html and --output name the same file " + CliIo.shown(output));
        }
        OutputFile certificate = open(output, inputs);
        OutputFile page = html == null ? null : open(html, inputs);
        Certifier certifier;
        try {
            certifier = Certifier.at(Level.of(level), profile);
            if (waiversFile != null) {
                certifier = certifier.withWaivers(Waivers.read(waiversFile));
            }
        } catch (UncheckedIOException e) {
            throw CliIo.readFailure(waiversFile, e.getCause());
        } catch (InvalidDataException | IllegalArgumentException e) {
            throw CliIo.Failure.usage(e.getMessage());
        }
        KeyPair pair;
        if (key == null) {
            pair = SigningKeys.generate();
        } else {
            warnIfReadableByOthers(key);
            try {
                pair = SigningKeys.readKeyPair(key);
            } catch (IOException e) {
                throw CliIo.readFailure(key, e);
            } catch (IllegalArgumentException e) {
                throw CliIo.Failure.usage(e.getMessage());
            }
        }
        Certificate signed;
        try {
            Path folder = output.toAbsolutePath().getParent();
            Certificate c = certifier.certify(files, folder, new Certificate.Tool("maillage", VersionProvider.version()));
            signed = SigningKeys.sign(c, pair);
        } catch (IOException e) {
            throw CliIo.Failure.io("cannot read a file to certify: " + CliIo.reason(e));
        } catch (UncheckedIOException e) {
            throw CliIo.Failure.io("cannot read a file to certify: " + CliIo.reason(e.getCause()));
        }
        try {
            certificate.stream().write(signed.toJson());
        } catch (IOException e) {
            throw CliIo.writeFailure(certificate, e);
        }
        if (page != null) {
            try {
                page.stream().write(signed.toHtml().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw CliIo.writeFailure(page, e);
            }
        }
        CliIo.commit(certificate);
        if (page != null) {
            CliIo.commit(page);
        }
        if (!quiet) {
            report(out(), signed);
        }
        return signed.passed() ? ExitCodes.OK : ExitCodes.INVALID;
    }

    /** A private key others can read is no longer private: said on standard error, the exit code unchanged. */
    private void warnIfReadableByOthers(Path file) {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (IOException | UnsupportedOperationException e) {
            return; // not a POSIX file system: nothing to say
        }
        if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
            error("warning: the private key " + CliIo.shown(file) + " can be read by others ("
                    + PosixFilePermissions.toString(permissions) + "); make it yours only: chmod 600 " + CliIo.shown(file));
            error("attention : la clé privée " + CliIo.shown(file) + " est lisible par d'autres ("
                    + PosixFilePermissions.toString(permissions) + ") ; réservez-la à son propriétaire : chmod 600 "
                    + CliIo.shown(file));
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
        out.println("certificate / certificat: " + CliIo.shown(output) + (html == null ? "" : ", " + CliIo.shown(html)));
        out.println("signed by key / signé par la clé: " + c.signature().publicKeyFingerprint()
                + (key == null ? " (one-time key / clé à usage unique)" : ""));
    }
}

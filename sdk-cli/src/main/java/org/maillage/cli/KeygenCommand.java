package org.maillage.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import org.maillage.core.internal.SafeText;
import org.maillage.validation.certify.SigningKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code maillage keygen}: writes an Ed25519 key pair for signing certificates. */
@Command(name = "keygen", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write an Ed25519 key pair for signing certificates: PREFIX.key (private key, PKCS#8 PEM,"
                + " readable by you only, keep it secret) and PREFIX.pub (public key, X.509 PEM, publish it). Both files or"
                + " neither; never overwrites a file.",
            "Écrit une paire de clés Ed25519 pour signer les certificats : PREFIX.key (clé privée, à garder secrète)"
                + " et PREFIX.pub (clé publique, à publier) ; les deux fichiers ou aucun ; n'écrase jamais un fichier."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the keys were written", "2:usage error (an empty prefix, a folder)",
            "3:a key file exists already, or cannot be written"})
final class KeygenCommand extends CliCommand {

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "PREFIX",
            description = "Path prefix of the two files, for example keys/vendor.")
    String output;

    /** Creates the command; called by picocli. */
    KeygenCommand() {
        // configured by picocli
    }

    @Override
    int execute() throws CliIo.Failure {
        Path prefix = prefix(output);
        KeyPair pair = SigningKeys.generate();
        List<Path> written;
        try {
            written = SigningKeys.write(pair, prefix);
        } catch (FileAlreadyExistsException e) {
            throw CliIo.Failure.io(SafeText.terminal(e.getFile()) + " already exists; refusing to overwrite a key / "
                    + SafeText.terminal(e.getFile()) + " existe déjà ; une clé n'est jamais écrasée");
        } catch (IOException e) {
            throw CliIo.Failure.io("cannot write the keys / impossible d'écrire les clés: " + CliIo.reason(e)
                    + " (neither file written / aucun fichier écrit)");
        }
        if (!quiet) {
            PrintWriter out = out();
            out.println("private key / clé privée: " + CliIo.shown(written.get(0)));
            out.println("public key / clé publique: " + CliIo.shown(written.get(1)));
            out.println("fingerprint / empreinte (SHA-256): " + SigningKeys.fingerprint(pair.getPublic()));
        }
        return ExitCodes.OK;
    }

    /** The prefix as given: it must name a file, not nothing and not a folder. */
    static Path prefix(String text) throws CliIo.Failure {
        if (text.isBlank()) {
            throw CliIo.Failure.usage("-o needs a path prefix that names a file, for example keys/vendor; '" + text + "' names none");
        }
        if (text.endsWith("/") || text.endsWith(File.separator) || text.equals(".") || text.equals("..")
                || text.endsWith("/.") || text.endsWith("/..")) {
            throw CliIo.Failure.usage("-o " + SafeText.terminal(text) + " names a folder; add the name of the key files,"
                    + " for example " + SafeText.terminal(text.endsWith("/") ? text : text + "/") + "vendor");
        }
        Path p;
        try {
            p = Path.of(text);
        } catch (InvalidPathException e) {
            throw CliIo.Failure.usage("-o " + SafeText.terminal(text) + " is not a path: " + e.getReason());
        }
        return p;
    }
}

package org.maillage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.concurrent.Callable;
import org.maillage.validation.certify.SigningKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code maillage keygen}: writes an Ed25519 key pair for signing certificates. */
@Command(name = "keygen", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write an Ed25519 key pair for signing certificates: PREFIX.key (private key, PKCS#8 PEM,"
                + " keep it secret) and PREFIX.pub (public key, X.509 PEM, publish it). Never overwrites a file.",
            "Écrit une paire de clés Ed25519 pour signer les certificats : PREFIX.key (clé privée, à garder secrète)"
                + " et PREFIX.pub (clé publique, à publier). N'écrase jamais un fichier."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the keys were written", "2:usage error", "3:a key file exists already, or cannot be written"})
public final class KeygenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "PREFIX",
            description = "Path prefix of the two files, for example keys/vendor.")
    Path output;

    /** Creates the command; called by picocli. */
    public KeygenCommand() {
        // configured by picocli
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        KeyPair pair = SigningKeys.generate();
        try {
            List<Path> written = SigningKeys.write(pair, output);
            out.println("private key / clé privée: " + written.get(0));
            out.println("public key / clé publique: " + written.get(1));
            out.println("fingerprint / empreinte (SHA-256): " + SigningKeys.fingerprint(pair.getPublic()));
            return ExitCodes.OK;
        } catch (FileAlreadyExistsException e) {
            err.println("maillage keygen: " + e.getFile() + " already exists; refusing to overwrite a key");
            err.println("maillage keygen : " + e.getFile() + " existe déjà ; une clé n'est jamais écrasée");
            return ExitCodes.IO;
        } catch (IOException e) {
            err.println("maillage keygen: cannot write the keys / impossible d'écrire les clés: " + e);
            return ExitCodes.IO;
        }
    }
}

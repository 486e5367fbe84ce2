package org.maillage.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code maillage import}: the parent of the importers of official data, one subcommand per source. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Import official data into a Maillage dataset.",
        subcommands = {ImportCogCommand.class, ImportFinessCommand.class, ImportObservationsCommand.class,
            ImportFhirCommand.class})
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Creates the command; called by picocli. */
    public ImportCommand() {
        // configured by picocli
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("maillage import: name the source to import, for example 'maillage import cog DIR --output FILE'");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}

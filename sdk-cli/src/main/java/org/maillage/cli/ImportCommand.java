package org.maillage.cli;

import picocli.CommandLine.Command;

/** {@code maillage import}: the parent of the importers of official data, one subcommand per source. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Import official data into a Maillage dataset.",
        subcommands = {ImportCogCommand.class, ImportFinessCommand.class, ImportObservationsCommand.class,
            ImportFhirCommand.class})
final class ImportCommand extends CliCommand {

    /** Creates the command; called by picocli. */
    ImportCommand() {
        // configured by picocli
    }

    @Override
    int execute() {
        err().println("maillage import: name the source to import, for example 'maillage import cog DIR --output FILE'");
        spec.commandLine().usage(err());
        return ExitCodes.USAGE;
    }
}

package org.maillage.cli;

import picocli.CommandLine.Command;

/** {@code maillage export}: the parent of the exporters to other formats, one subcommand per format. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Export a Maillage dataset to another format.",
        subcommands = {ExportFhirCommand.class})
final class ExportCommand extends CliCommand {

    /** Creates the command; called by picocli. */
    ExportCommand() {
        // configured by picocli
    }

    @Override
    int execute() {
        err().println("maillage export: name the format, for example 'maillage export fhir DATASET --output FILE'");
        spec.commandLine().usage(err());
        return ExitCodes.USAGE;
    }
}

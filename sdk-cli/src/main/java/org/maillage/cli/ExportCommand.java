package org.maillage.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code maillage export}: the parent of the exporters to other formats, one subcommand per format. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Export a Maillage dataset to another format.",
        subcommands = {ExportFhirCommand.class})
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Creates the command; called by picocli. */
    public ExportCommand() {
        // configured by picocli
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("maillage export: name the format, for example 'maillage export fhir DATASET --output FILE'");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}

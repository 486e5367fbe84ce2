package org.maillage.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.maillage.core.internal.SafeText;
import org.maillage.fhir.FhirExport;
import org.maillage.fhir.FhirExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code maillage export fhir}: the facilities of a dataset and their legal entities as FHIR R4 resources. */
@Command(name = "fhir", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Export the facilities of a dataset, and the organisations they belong to, as FHIR R4 Organization "
                + "and Location resources (the shape 'maillage import fhir' reads).",
            "Exit codes: 0 exported, 2 usage error, 3 input unreadable or output not written."})
final class ExportFhirCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "DATASET", description = "A Maillage dataset (JSON or NDJSON).")
    Path dataset;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "NDJSON (one resource a line) when the name ends with .ndjson, else one JSON Bundle of type collection.")
    Path output;

    /** Creates the command; called by picocli. */
    ExportFhirCommand() {
        // configured by picocli
    }

    @Override
    int execute() throws CliIo.Failure {
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean ndjson = name.endsWith(".ndjson") || name.endsWith(".jsonl");
        FhirExport r = ImportRun.run(this, List.of(dataset), false, output, out -> FhirExporter.create().export(dataset, out, !ndjson));
        say("Exported " + r.resources() + " FHIR R4 resources to " + CliIo.shown(output) + (ndjson ? "" : " (a Bundle)") + ": "
                + r.establishments() + " establishments, " + r.legalEntities() + " legal entities, " + r.locations() + " locations");
        if (!quiet || !r.notes().isEmpty()) {
            err().println(r.notes().size() + (r.notes().size() == 1 ? " export note" : " export notes")
                    + (r.notes().isEmpty() ? "" : " (what FHIR does not carry here):"));
            r.notes().forEach(n -> err().println("  " + SafeText.terminal(n.toString())));
        }
        return ExitCodes.OK;
    }
}

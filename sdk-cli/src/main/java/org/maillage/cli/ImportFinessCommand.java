package org.maillage.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.maillage.imports.finess.FinessImport;
import org.maillage.imports.finess.FinessImporter;
import org.maillage.json.DatasetFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code maillage import finess}: imports the FINESS extract of establishments of data.gouv.fr
 * into facilities and their legal entities. The summary and the import notes go to standard error.
 */
@Command(name = "finess", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Import the FINESS extract of establishments (data.gouv.fr, etalab-cs1100507-stock-*.csv): "
                + "one facility per establishment, one organisation per legal entity, WGS84 coordinates.",
            "Prints a summary and what could not be mapped on standard error; nothing is written when a file is "
                + "not such an extract.",
            "Exit codes: 0 imported, 1 a file is not a FINESS extract (every problem listed), 2 usage error, "
                + "3 input unreadable or output not written."})
public final class ImportFinessCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "FINESS extracts (UTF-8 or Latin-1).")
    List<Path> files;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "The dataset to write: canonical JSON, or NDJSON when the name ends with .ndjson.")
    Path output;

    @Option(names = "--cog", paramLabel = "DATASET",
            description = "A COG dataset (from 'maillage import cog'): links each facility to its commune and "
                    + "copies the communes linked, with their départements and régions, into the output.")
    Path cog;

    @Spec
    CommandSpec spec;

    /** Creates the command; called by picocli. */
    public ImportFinessCommand() {
        // configured by picocli
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String command = "maillage import finess";
        List<Path> inputs = new ArrayList<>(files);
        FinessImporter importer = FinessImporter.create();
        if (cog != null) {
            inputs.add(cog);
            importer = importer.withCog(cog);
        }
        FinessImporter chosen = importer;
        ImportRun.Outcome<FinessImport> outcome = ImportRun.run(err, command, inputs, output,
                out -> chosen.importTo(files, out, DatasetFormat.of(output)));
        if (outcome.result() == null) {
            return outcome.exit();
        }
        FinessImport r = outcome.result();
        err.println("Imported FINESS" + (r.header().referenceDate() == null ? "" : " of " + r.header().referenceDate())
                + ": " + r.facilities() + " facilities, " + r.organizations() + " organisations (legal entities)"
                + (cog == null ? "" : ", " + r.territories() + " territories from " + cog) + " written to " + output);
        err.println("  " + r.positioned() + " facilities with coordinates" + (cog == null ? "" : ", " + r.linked()
                + " linked to their commune"));
        for (Map.Entry<String, String> e : r.encodings().entrySet()) {
            err.println("  " + e.getKey() + " read as " + e.getValue());
        }
        ImportRun.notes(err, r.notes());
        return ExitCodes.OK;
    }
}

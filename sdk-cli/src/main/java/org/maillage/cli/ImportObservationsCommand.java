package org.maillage.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.imports.observations.ObservationPeriod;
import org.maillage.imports.observations.ObservationsImport;
import org.maillage.imports.observations.ObservationsImporter;
import org.maillage.json.DatasetFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code maillage import observations}: imports an indicator table (CartoSanté, DREES,
 * Observatoire des territoires exports) as one indicator definition and one observation per row.
 */
@Command(name = "observations", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Import an indicator table (CSV as CartoSanté, DREES or the Observatoire des territoires export it): "
                + "one observation per row, territory ids KIND:CODE.",
            "Reads UTF-8 (with or without a byte order mark) or Latin-1, ';' ',' or tab separators, decimal comma or "
                + "point, CRLF, and preamble lines before the header row (the first row holding both named columns).",
            "A value that is not a number is reported with its line and code and skipped, never guessed.",
            "Exit codes: 0 imported, 1 no row holds the named columns, 2 usage error, 3 input unreadable or output not "
                + "written."})
public final class ImportObservationsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The table.")
    Path file;

    @Option(names = "--indicator", required = true, paramLabel = "CODE",
            description = "The indicator code (for example apl-mg; the indicator codelist gives its label).")
    String indicator;

    @Option(names = "--territory-kind", required = true, paramLabel = "KIND",
            description = "The kind of the territories of the rows (commune, tvs, bassin-de-vie, departement...).")
    String territoryKind;

    @Option(names = "--code-column", required = true, paramLabel = "NAME", description = "The header of the code column.")
    String codeColumn;

    @Option(names = "--value-column", required = true, paramLabel = "NAME", description = "The header of the value column.")
    String valueColumn;

    @Option(names = "--period", required = true, paramLabel = "P",
            description = "The period of the values: YYYY (the calendar year), YYYY-MM, YYYY-Qn, YYYY-Sn or START/END.")
    String period;

    @Option(names = "--unit", paramLabel = "TEXT", description = "The unit of the values.")
    String unit;

    @Option(names = "--name-column", paramLabel = "NAME",
            description = "The header of a column of territory names: the output then also holds one territory per row.")
    String nameColumn;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "The dataset to write (NDJSON when the name ends with .ndjson); standard output by default.")
    Path output;

    @Spec
    CommandSpec spec;

    /** Creates the command; called by picocli. */
    public ImportObservationsCommand() {
        // configured by picocli
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String command = "maillage import observations";
        TerritoryKind kind = null;
        for (TerritoryKind k : TerritoryKind.values()) {
            if (k.code().equals(territoryKind)) {
                kind = k;
            }
        }
        if (kind == null) {
            err.println(command + ": --territory-kind: '" + territoryKind + "' is not a territory kind; one of "
                    + String.join(", ", java.util.Arrays.stream(TerritoryKind.values()).map(TerritoryKind::code).toList()));
            return ExitCodes.USAGE;
        }
        ObservationsImporter importer;
        try {
            importer = ObservationsImporter.builder(indicator, kind, codeColumn, valueColumn, ObservationPeriod.parse(period))
                    .unit(unit).nameColumn(nameColumn).build();
        } catch (IllegalArgumentException e) {
            err.println(command + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        ImportRun.Outcome<ObservationsImport> outcome;
        if (output == null) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            outcome = ImportRun.run(err, command, List.of(file), null, out -> importer.importTo(file, buffer, DatasetFormat.JSON));
            if (outcome.result() != null) {
                spec.commandLine().getOut().print(buffer.toString(StandardCharsets.UTF_8));
                spec.commandLine().getOut().flush();
            }
        } else {
            outcome = ImportRun.run(err, command, List.of(file), output, out -> importer.importTo(file, out, DatasetFormat.of(output)));
        }
        if (outcome.result() == null) {
            return outcome.exit();
        }
        ObservationsImport r = outcome.result();
        err.println("Imported " + r.observations() + " observations of " + r.indicator().code() + " (" + r.indicator().labelFr()
                + ") for " + period + (r.territories() > 0 ? " and " + r.territories() + " territories" : "")
                + (output == null ? "" : " written to " + output));
        err.println("  " + file + " read as " + r.encoding() + ", separator '" + (r.separator() == '\t' ? "\\t" : r.separator())
                + "', header on line " + r.headerLine());
        ImportRun.notes(err, r.notes());
        return ExitCodes.OK;
    }
}

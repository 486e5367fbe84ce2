package org.maillage.cli;

import java.nio.file.Path;
import java.util.List;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.imports.observations.ObservationPeriod;
import org.maillage.imports.observations.ObservationsImport;
import org.maillage.imports.observations.ObservationsImporter;
import org.maillage.json.DatasetFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
final class ImportObservationsCommand extends CliCommand {

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
            description = "The dataset to write (NDJSON when the name ends with .ndjson; '-': standard output, the default).")
    Path output;

    /** Creates the command; called by picocli. */
    ImportObservationsCommand() {
        // configured by picocli
    }

    @Override
    int execute() throws CliIo.Failure {
        TerritoryKind kind = null;
        for (TerritoryKind k : TerritoryKind.values()) {
            if (k.code().equals(territoryKind)) {
                kind = k;
            }
        }
        if (kind == null) {
            throw CliIo.Failure.usage("--territory-kind: '" + territoryKind + "' is not a territory kind; one of "
                    + String.join(", ", java.util.Arrays.stream(TerritoryKind.values()).map(TerritoryKind::code).toList()));
        }
        ObservationsImporter importer;
        try {
            importer = ObservationsImporter.builder(indicator, kind, codeColumn, valueColumn, ObservationPeriod.parse(period))
                    .unit(unit).nameColumn(nameColumn).build();
        } catch (IllegalArgumentException e) {
            throw CliIo.Failure.usage(e.getMessage());
        }
        boolean toStdout = output == null || CliIo.isDash(output);
        DatasetFormat format = toStdout ? DatasetFormat.JSON : DatasetFormat.of(output);
        ObservationsImport r = ImportRun.run(this, List.of(file), false, output, out -> importer.importTo(file, out, format));
        say("Imported " + r.observations() + " observations of " + r.indicator().code() + " (" + r.indicator().labelFr()
                + ") for " + period + (r.territories() > 0 ? " and " + r.territories() + " territories" : "")
                + (toStdout ? "" : " written to " + CliIo.shown(output)));
        say("  " + CliIo.shown(file) + " read as " + r.encoding() + ", separator '" + (r.separator() == '\t' ? "\\t" : r.separator())
                + "', header on line " + r.headerLine());
        ImportRun.notes(this, r.notes());
        return ExitCodes.OK;
    }
}

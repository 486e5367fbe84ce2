package org.maillage.cli;

import java.nio.file.Path;
import java.util.List;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.internal.SafeText;
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
            description = "The header of a column of territory names: the output then also holds one territory per row. "
                    + "Without it, the observations refer to territories the output does not hold (a warning says how many).")
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
        say("Imported " + r.observations() + (r.observations() == 1 ? " observation" : " observations") + " of "
                + r.indicator().code() + " (" + r.indicator().labelFr() + ") for " + period
                + (r.territories() > 0 ? " and " + r.territories() + (r.territories() == 1 ? " territory" : " territories") : "")
                + (toStdout ? "" : " written to " + CliIo.shown(output)));
        say("  " + CliIo.shown(file) + " read as " + r.encoding() + ", separator '" + (r.separator() == '\t' ? "\\t" : r.separator())
                + "', header on line " + r.headerLine());
        ImportRun.notes(this, r.notes());
        warnAbsentTerritories(r);
        return ExitCodes.OK;
    }

    /**
     * Observations on territories the output does not hold: a file that would not validate alone
     * (one {@code ref.unknown} per observation) is said at import time, with the way out, in English
     * and in French; the exit code is unchanged (the import did what was asked).
     */
    private void warnAbsentTerritories(ObservationsImport r) {
        int n = r.absentTerritories();
        if (n == 0) {
            return;
        }
        String ids = territoryKind + ":CODE";
        boolean one = n == 1;
        if (nameColumn == null) {
            error("warning: the output does not hold " + (one ? "the territory" : "the " + n + " territories")
                    + " its observations refer to (ids " + ids + "): validated alone, it has one unresolved reference"
                    + " (ref.unknown) per observation. Give --name-column with the column of territory names to write"
                    + " the territories too, or add the observations to a dataset that holds them (each file is"
                    + " validated on its own).");
            error("attention : la sortie ne contient pas " + (one ? "le territoire auquel renvoient" : "les " + n
                    + " territoires auxquels renvoient") + " ses observations (identifiants " + ids + ") : validée seule,"
                    + " elle a une référence non résolue (ref.unknown) par observation. Donnez --name-column avec la"
                    + " colonne des noms de territoires pour écrire aussi les territoires, ou ajoutez les observations à"
                    + " un jeu de données qui les contient (chaque fichier est validé seul).");
        } else {
            String column = SafeText.terminal(nameColumn);
            error("warning: the output does not hold " + (one ? "1 territory" : n + " territories")
                    + " its observations refer to: " + (one ? "its name is" : "their names are") + " empty in column '"
                    + column + "' (see the notes). Validated alone, it has one unresolved reference (ref.unknown) for"
                    + " each. Fill in the names, or add the observations to a dataset that holds these territories.");
            error("attention : la sortie ne contient pas " + (one ? "un territoire auquel renvoient" : n
                    + " territoires auxquels renvoient") + " ses observations : " + (one ? "son nom est vide" : "leur nom"
                    + " est vide") + " dans la colonne « " + column + " » (voir les notes). Validée seule, elle a une"
                    + " référence non résolue (ref.unknown) pour chacun. Complétez les noms, ou ajoutez les observations"
                    + " à un jeu de données qui contient ces territoires.");
        }
    }
}

package org.maillage.imports.observations;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.IndicatorDefinition;
import org.maillage.imports.ImportNote;

/**
 * What an import of an indicator table wrote, how the table was read, and what could not be mapped.
 *
 * @param header the envelope of the dataset written
 * @param indicator the indicator definition written
 * @param observations how many observations were written (one per row with a value)
 * @param territories how many territories were written (with a name column only)
 * @param absentTerritories how many territories the observations written refer to that the output
 *     does not hold: every one of them without a name column, those whose name cell is empty with
 *     one. Validated alone, the output has an unresolved reference for each observation on them
 * @param encoding the encoding the table was read in ({@code UTF-8} or {@code windows-1252})
 * @param separator the cell separator found ({@code ;}, {@code ,} or a tab)
 * @param headerLine the 1-based line of the header row (after the preamble lines)
 * @param notes rows and values not imported, each with its line and code
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ObservationsImport(DatasetHeader header, IndicatorDefinition indicator, int observations, int territories,
        int absentTerritories, String encoding, char separator, long headerLine, List<ImportNote> notes) {

    /**
     * Requires the header and the indicator, and counts that can be; copies the notes.
     *
     * @param header the envelope of the dataset written
     * @param indicator the indicator definition written
     * @param observations how many observations were written (one per row with a value)
     * @param territories how many territories were written (with a name column only)
     * @param absentTerritories how many territories the observations written refer to that the output
     *     does not hold
     * @param encoding the encoding the table was read in ({@code UTF-8} or {@code windows-1252})
     * @param separator the cell separator found ({@code ;}, {@code ,} or a tab)
     * @param headerLine the 1-based line of the header row (after the preamble lines)
     * @param notes rows and values not imported, each with its line and code
     */
    public ObservationsImport {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(indicator, "indicator");
        if (observations < 0 || territories < 0 || absentTerritories < 0 || absentTerritories > observations) {
            throw new IllegalArgumentException("counts must be zero or more, with no more territories absent ("
                    + absentTerritories + ") than observations (" + observations + ")");
        }
        notes = List.copyOf(notes);
    }
}

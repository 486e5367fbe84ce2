package org.maillage.imports.observations;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.maillage.core.codelist.CodelistEntry;
import org.maillage.core.codelist.Codelists;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.IndicatorDefinition;
import org.maillage.core.model.Observation;
import org.maillage.core.model.Territory;
import org.maillage.imports.SourceFormatException;
import org.maillage.imports.ImportNotes;
import org.maillage.imports.internal.SourceLines;
import org.maillage.json.DatasetFormat;
import org.maillage.json.DatasetWriter;

/**
 * Imports an indicator table as users export it (CartoSanté, DREES, Observatoire des territoires):
 * one observation of one indicator per row, for one period, on territories of one kind. Immutable
 * and thread-safe; configure it with {@link #builder}.
 *
 * <p>The table is read as found: UTF-8 with or without a byte order mark, or Latin-1
 * (Windows-1252); cells separated by {@code ;}, {@code ,} or a tab, quoted as in RFC 4180; lines
 * ending in LF or CRLF; preamble lines before the header row, which is the first row holding both
 * named columns. Values take a decimal point or a decimal comma; a space inside a number (a
 * thousands separator) is dropped. A value that is not a number (CartoSanté writes
 * {@code N/A - résultat non disponible}) is a note with its line and code, and the row is skipped:
 * a value is never guessed. The value is kept exactly as written ({@code 2.50} stays 2.50).
 *
 * <p>The observations refer to territories; the output holds them only with a name column
 * ({@link Builder#nameColumn}), one per row with a name. {@link ObservationsImport#absentTerritories()}
 * counts the others: validated alone, the output has one unresolved reference for each, so they must
 * come from a dataset that holds the territories.
 *
 * <p>Ids: the territory of a row is {@code <kind>:<code>}; the observation
 * {@code observation:<indicator>-<period>-<code>}; the indicator {@code indicator:<code>}, labelled
 * from the {@code indicator} codelist when it holds the code, else by the header of the value column.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ObservationsImporter {

    /** The unit written when none is given. */
    public static final String UNKNOWN_UNIT = "unité non précisée";

    private final String indicator;
    private final TerritoryKind kind;
    private final String codeColumn;
    private final String valueColumn;
    private final ObservationPeriod period;
    private final String unit;
    private final String nameColumn;

    private ObservationsImporter(Builder b) {
        this.indicator = b.indicator;
        this.kind = b.kind;
        this.codeColumn = b.codeColumn;
        this.valueColumn = b.valueColumn;
        this.period = b.period;
        this.unit = b.unit;
        this.nameColumn = b.nameColumn;
    }

    /**
     * A builder with the required settings.
     *
     * @param indicator the indicator code ({@code apl-mg})
     * @param kind the kind of the territories the rows are about
     * @param codeColumn the header of the column holding the territory codes
     * @param valueColumn the header of the column holding the values
     * @param period the period the values are about
     * @return the builder
     */
    public static Builder builder(String indicator, TerritoryKind kind, String codeColumn, String valueColumn,
            ObservationPeriod period) {
        return new Builder(indicator, kind, codeColumn, valueColumn, period);
    }

    /**
     * Configures an {@link ObservationsImporter}; not thread-safe, used once.
     *
     * @since 0.1.0
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public static final class Builder {
        private final String indicator;
        private final TerritoryKind kind;
        private final String codeColumn;
        private final String valueColumn;
        private final ObservationPeriod period;
        private String unit;
        private String nameColumn;

        private Builder(String indicator, TerritoryKind kind, String codeColumn, String valueColumn, ObservationPeriod period) {
            this.indicator = Objects.requireNonNull(indicator, "indicator");
            if (!indicator.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                throw new IllegalArgumentException("indicator code '" + indicator + "' must be letters, digits, '.', '_' or '-'");
            }
            this.kind = Objects.requireNonNull(kind, "kind");
            this.codeColumn = Objects.requireNonNull(codeColumn, "codeColumn");
            this.valueColumn = Objects.requireNonNull(valueColumn, "valueColumn");
            if (codeColumn.equals(valueColumn)) {
                throw new IllegalArgumentException("the code and value columns are the same column '" + codeColumn + "'");
            }
            this.period = Objects.requireNonNull(period, "period");
        }

        /**
         * @param value the unit of the values (otherwise {@link ObservationsImporter#UNKNOWN_UNIT})
         * @return this builder
         */
        public Builder unit(String value) {
            this.unit = value;
            return this;
        }

        /**
         * @param value the header of a column of territory names: the output then holds one territory per
         *     row, so that the observations' references resolve inside it
         * @return this builder
         */
        public Builder nameColumn(String value) {
            this.nameColumn = value;
            return this;
        }

        /** @return the importer */
        public ObservationsImporter build() {
            return new ObservationsImporter(this);
        }
    }

    /**
     * Imports a table, streaming: the file is read twice, to find its shape and then to write.
     *
     * @param file the table
     * @param out where to write the dataset; closed at the end
     * @param format JSON or NDJSON
     * @return what was written and the notes
     * @throws SourceFormatException when no row holds the named columns; nothing is written then
     * @throws UncheckedIOException when the file cannot be read or the output written
     */
    public ObservationsImport importTo(Path file, OutputStream out, DatasetFormat format) {
        String name = file.toString();
        ImportNotes notes = new ImportNotes();
        try {
            Charset charset = SourceLines.detect(file);
            Shape shape = shape(file, charset);
            if (shape == null) {
                notes.problem(name, "", 0, "no row holds both columns '" + codeColumn + "' and '" + valueColumn
                        + (nameColumn == null ? "" : "' and '" + nameColumn) + "' (separated by ';', ',' or a tab)");
                throw notes.problems();
            }
            Map<String, String> names = new LinkedHashMap<>();
            if (nameColumn != null) {
                Map<String, Long> unnamed = new LinkedHashMap<>();
                SourceLines.read(file, charset, (n, line) -> {
                    if (n > shape.headerLine && !line.isBlank()) {
                        List<String> cells;
                        try {
                            cells = Cells.split(line, shape.separator);
                        } catch (IllegalArgumentException e) {
                            return; // the pass over the values says it, with the line
                        }
                        if (cells.size() > Math.max(shape.code, shape.name)) {
                            String code = cells.get(shape.code).trim();
                            String label = cells.get(shape.name).trim();
                            if (!code.isEmpty() && !label.isEmpty()) {
                                names.putIfAbsent(code, label);
                            } else if (!code.isEmpty()) {
                                unnamed.putIfAbsent(code, n);
                            }
                        }
                    }
                });
                unnamed.forEach((code, n) -> {
                    if (!names.containsKey(code)) {
                        notes.add(name, nameColumn, n, "code " + cut(code) + " has no name: its territory is not written");
                    }
                });
            }
            IndicatorDefinition definition = definition(shape.valueHeader, notes, name);
            DatasetHeader header = DatasetHeader.of("observations-" + indicator + "-" + period.text(),
                            definition.labelFr() + " (" + period.text() + "), " + file.getFileName())
                    .withDates(null, period.period().end());
            int[] written = new int[1];
            int[] absent = new int[1];
            try (DatasetWriter.EntityStream stream = DatasetWriter.canonical().open(out, header, format)) {
                for (Map.Entry<String, String> e : names.entrySet()) {
                    stream.write(Territory.builder(territoryId(e.getKey()), kind, e.getKey(), e.getValue()).build());
                }
                stream.write(definition);
                Set<String> seen = new HashSet<>();
                SourceLines.read(file, charset, (n, line) -> {
                    if (n <= shape.headerLine || line.isBlank()) {
                        return;
                    }
                    Observation o = row(name, n, line, shape, seen, notes, definition.id());
                    if (o != null) {
                        stream.write(o);
                        written[0]++;
                        if (!names.containsKey(code(o))) {
                            absent[0]++;
                        }
                    }
                });
            }
            return new ObservationsImport(header, definition, written[0], names.size(), absent[0], charset.name(), shape.separator,
                    shape.headerLine, notes.list());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Observation row(String file, long n, String line, Shape shape, Set<String> seen, ImportNotes notes, String indicatorId) {
        List<String> cells;
        try {
            cells = Cells.split(line, shape.separator);
        } catch (IllegalArgumentException e) {
            notes.add(file, "", n, e.getMessage() + ": row not imported");
            return null;
        }
        if (cells.size() <= Math.max(shape.code, shape.value)) {
            notes.add(file, "", n, "row of " + cells.size() + " cells, the header has " + shape.width + ": row not imported");
            return null;
        }
        String code = cells.get(shape.code).trim();
        String text = cells.get(shape.value).trim();
        if (code.isEmpty()) {
            notes.add(file, codeColumn, n, "row without a code in '" + codeColumn + "' (value '" + cut(text) + "'): not imported");
            return null;
        }
        if (!seen.add(code)) {
            notes.add(file, codeColumn, n, "code " + cut(code) + " appears again: this row is not imported");
            return null;
        }
        BigDecimal value = number(text);
        if (value == null) {
            notes.add(file, valueColumn, n, "code " + cut(code) + ": value '" + cut(text) + "' is not a number: row not imported");
            return null;
        }
        return Observation.of(observationId(code), indicatorId, territoryId(code), period.period(), value);
    }

    private IndicatorDefinition definition(String valueHeader, ImportNotes notes, String file) {
        Optional<CodelistEntry> known = Codelists.bundled().get("indicator").entry(indicator);
        String label = known.map(CodelistEntry::labelFr).orElse(valueHeader.isBlank() ? indicator : valueHeader);
        String labelEn = known.map(CodelistEntry::labelEn).filter(s -> !s.isBlank()).orElse(null);
        if (unit == null) {
            notes.add(file, "", 0, "no unit given (--unit): the indicator's unit is written '" + UNKNOWN_UNIT + "'");
        }
        return IndicatorDefinition.builder("indicator:" + indicator, indicator, label, unit == null ? UNKNOWN_UNIT : unit)
                .labelEn(labelEn).build();
    }

    /** Where the columns are, found on the first row that holds them. */
    private record Shape(long headerLine, char separator, int code, int value, int name, int width, String valueHeader) {}

    private Shape shape(Path file, Charset charset) throws IOException {
        Shape[] found = new Shape[1];
        SourceLines.read(file, charset, (n, line) -> {
            if (found[0] != null) {
                return;
            }
            for (char sep : new char[] {';', ',', '\t'}) {
                List<String> cells;
                try {
                    cells = Cells.split(line, sep);
                } catch (IllegalArgumentException e) {
                    continue;
                }
                List<String> trimmed = cells.stream().map(String::trim).toList();
                int code = trimmed.indexOf(codeColumn);
                int value = trimmed.indexOf(valueColumn);
                int name = nameColumn == null ? -1 : trimmed.indexOf(nameColumn);
                if (code >= 0 && value >= 0 && (nameColumn == null || name >= 0)) {
                    found[0] = new Shape(n, sep, code, value, name, cells.size(), trimmed.get(value));
                    return;
                }
            }
        });
        return found[0];
    }

    /**
     * A number as tables write it: {@code 2.5}, {@code 2,5}, {@code -3}, {@code 1 234,5}; null for
     * anything else (a text, an empty cell, both a point and a comma).
     */
    static BigDecimal number(String text) {
        String t = text.replace(" ", "").replace("\u00A0", "").replace("\u202F", "");
        if (t.isEmpty() || (t.contains(",") && t.contains(".")) || t.indexOf(',') != t.lastIndexOf(',')) {
            return null;
        }
        t = t.replace(',', '.');
        if (!t.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
            return null;
        }
        return new BigDecimal(t);
    }

    private String territoryId(String code) {
        return kind.code() + ":" + code;
    }

    /** The code of the row an observation comes from: its territory id without the kind. */
    private String code(Observation o) {
        return o.territory().substring(kind.code().length() + 1);
    }

    private String observationId(String code) {
        return "observation:" + indicator + "-" + period.text() + "-" + code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
    }

    private static String cut(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }

    /** Splits a row on a separator, RFC 4180 quotes. */
    static final class Cells {
        private Cells() {}

        static List<String> split(String line, char sep) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"' && cell.toString().isBlank()) {
                    cell.setLength(0);
                    quoted = true;
                } else if (c == sep) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            if (quoted) {
                throw new IllegalArgumentException("a quoted cell is not closed");
            }
            cells.add(cell.toString());
            return cells;
        }
    }
}

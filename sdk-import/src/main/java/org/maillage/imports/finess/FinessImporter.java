package org.maillage.imports.finess;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.maillage.core.InvalidDataException;
import org.maillage.core.codelist.ContactSystem;
import org.maillage.core.codelist.OrganizationKind;
import org.maillage.core.id.IdentifierScheme;
import org.maillage.core.model.Address;
import org.maillage.core.model.CodeRef;
import org.maillage.core.model.ContactPoint;
import org.maillage.core.model.Coordinates;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.Facility;
import org.maillage.core.model.Identifier;
import org.maillage.core.model.Organization;
import org.maillage.core.model.Publisher;
import org.maillage.imports.FrenchAreas;
import org.maillage.imports.SourceFormatException;
import org.maillage.imports.ImportNotes;
import org.maillage.imports.internal.SourceLines;
import org.maillage.json.DatasetFormat;
import org.maillage.json.DatasetWriter;

/**
 * Imports the FINESS extract of establishments published on data.gouv.fr ("FINESS Extraction du
 * Fichier des établissements", {@code etalab-cs1100507-stock-*.csv}) into a Maillage dataset of
 * facilities and their legal entities. Immutable and thread-safe; each import streams.
 *
 * <p>The extract: a first line {@code finess;etalab;N;DATE}, then {@code structureet;} lines of
 * 32 fields (nofinesset, nofinessej, rs, rslongue, complrs, compldistrib, numvoie, typvoie, voie,
 * compvoie, lieuditbp, commune, departement, libdepartement, ligneacheminement, telephone,
 * telecopie, categetab, libcategetab, categagretab, libcategagretab, siret, codeape, codemft,
 * libmft, codesph, libsph, dateouv, dateautor, datemaj, numuai) and {@code geolocalisation;}
 * lines (nofinesset, x, y, source, date), the source naming the projection. UTF-8 or Latin-1
 * (Windows-1252), detected per file; a {@code ;} may sit inside double quotes.
 *
 * <p>What it writes, for each {@code structureet} line: a facility
 * {@code facility:finess-et-<number>} with its name ({@code rslongue}, else {@code rs}), category
 * (TRE_R66 code, open list {@code finess-category}), identifiers (FINESS ET, SIRET), address
 * (complrs, compldistrib, the street from numvoie, compvoie, typvoie and voie, lieuditbp; postal
 * code and city from ligneacheminement), telephone and fax, opening date ({@code dateouv}), WGS84
 * coordinates converted with proj4j from the projection its {@code geolocalisation} line names, the
 * commune it stands in (when a COG dataset is given) and its legal entity. One organisation
 * {@code org:finess-ej-<number>} of kind {@code other} per FINESS EJ number: the establishment
 * extract gives no name, kind or address of legal entities, so the organisation is named
 * "Entité juridique FINESS &lt;number&gt;" and carries its FINESS EJ number.
 *
 * <p>Commune codes: {@code departement} + {@code commune}, where FINESS writes the overseas
 * départements 9A–9F ({@code 9A} + {@code 101} is 97101); Saint-Barthélemy and Saint-Martin,
 * filed under 971 with their codes of before 2007 (97123, 97127), are linked to 97701 and 97801;
 * a code that the COG holds no more is linked to the commune whose lineage replaces it, with a note.
 * The territories linked, their parents up to the région and the territories their lineage names
 * are copied from the COG dataset, so that the output is a dataset whose references resolve.
 *
 * <p>Not carried, because the model has no member for them or they follow from what is carried:
 * {@code rs} when {@code rslongue} is given (a shortened spelling of the same name), the labels
 * {@code libdepartement}, {@code libcategetab}, {@code libcategagretab}, {@code libmft},
 * {@code libsph} (labels of codes), {@code categagretab} (the aggregate of the category),
 * {@code codeape}, {@code codemft}, {@code codesph}, {@code dateautor}, {@code datemaj},
 * {@code numuai}, and the date of each {@code geolocalisation} line.
 *
 * <p>A file that is not such an extract (a wrong first line, a line of the wrong number of fields,
 * a line cut inside quotes, a projection no one can name, coordinates that are not numbers) ends
 * the import with a {@link SourceFormatException} listing every problem with its file and line,
 * before anything is written. What can be read but not mapped (a commune missing from the COG, a
 * date that is not one, a position outside its département, a second line for the same
 * establishment) is an import note, never dropped silently.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class FinessImporter {

    /** The licence written in the dataset envelope. */
    public static final String LICENSE = "Licence Ouverte 2.0 (FINESS, ministère chargé de la santé, via data.gouv.fr)";

    /** Fields of a {@code structureet} line, with its tag. */
    static final int STRUCTURE_FIELDS = 32;

    private static final String STRUCTURE_LAYOUT = "structureet;nofinesset;nofinessej;rs;rslongue;complrs;compldistrib;"
            + "numvoie;typvoie;voie;compvoie;lieuditbp;commune;departement;libdepartement;ligneacheminement;telephone;"
            + "telecopie;categetab;libcategetab;categagretab;libcategagretab;siret;codeape;codemft;libmft;codesph;libsph;"
            + "dateouv;dateautor;datemaj;numuai";
    private static final Pattern HEADER = Pattern.compile("finess;etalab;[^;]*;(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern ACHEMINEMENT = Pattern.compile("(\\d{5})\\s+(.+)");
    private static final Pattern FINESS_DEPARTEMENT = Pattern.compile("0[1-9]|[1-8]\\d|9[0-5]|2[AB]|9[A-F]");

    private static final FinessImporter DEFAULT = new FinessImporter(null);

    private final Path cog;

    private FinessImporter(Path cog) {
        this.cog = cog;
    }

    /**
     * An importer that links no commune.
     *
     * @return the importer
     */
    public static FinessImporter create() {
        return DEFAULT;
    }

    /**
     * A copy that links each facility to its commune in a COG dataset, and copies the territories
     * linked into the output.
     *
     * @param cogDataset a Maillage dataset of territories, as {@code maillage import cog} writes it
     * @return the copy
     */
    public FinessImporter withCog(Path cogDataset) {
        return new FinessImporter(Objects.requireNonNull(cogDataset, "cogDataset"));
    }

    /**
     * Imports FINESS extracts into one dataset, written as it is read: the files are read twice
     * (once to check them and gather legal entities and positions, once to write the facilities),
     * so memory holds a few numbers per establishment, never the establishments. An input that is
     * not a regular file (a pipe) is first copied to a temporary file.
     *
     * @param files the extracts, in order; an establishment in two files is taken from the first
     * @param out where to write the dataset; closed at the end
     * @param format JSON or NDJSON
     * @return what was written and the notes
     * @throws SourceFormatException when a file is not a FINESS extract, with every problem located;
     *     nothing is written then
     * @throws InvalidDataException when the COG dataset cannot be read
     * @throws UncheckedIOException when a file cannot be read or the output written
     */
    public FinessImport importTo(List<Path> files, OutputStream out, DatasetFormat format) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no FINESS file to import");
        }
        List<Path> temporary = new ArrayList<>();
        try {
            List<Source> sources = new ArrayList<>();
            for (Path f : files) {
                Path readable = f;
                if (!Files.isRegularFile(f)) {
                    if (!Files.exists(f)) {
                        throw new UncheckedIOException(new java.nio.file.NoSuchFileException(f.toString()));
                    }
                    readable = Files.createTempFile("maillage-finess-", ".csv");
                    temporary.add(readable);
                    try (InputStream in = Files.newInputStream(f)) {
                        Files.copy(in, readable, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                sources.add(new Source(f.toString(), readable, SourceLines.detect(readable)));
            }
            return new Run(sources, cog == null ? null : CogIndex.read(cog)).run(out, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (Path t : temporary) {
                try {
                    Files.deleteIfExists(t);
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    /** A file to read: its name as given, where to read it, its encoding. */
    private record Source(String name, Path path, Charset charset) {}

    /** One import. */
    private static final class Run {
        private final List<Source> sources;
        private final CogIndex cog;
        private final ImportNotes notes = new ImportNotes();
        private final Projections projections = new Projections();
        /** Where each establishment is first described: file index and line. */
        private final Map<String, long[]> firstLine = new HashMap<>();
        private final Map<String, double[]> positions = new HashMap<>();
        /** Where each position was read, in file order (notes about them come in that order). */
        private final Map<String, String> positionSource = new LinkedHashMap<>();
        private final Set<String> legalEntities = new TreeSet<>();
        private final Set<String> linkedTerritories = new HashSet<>();
        private LocalDate extracted;
        private int facilities;
        private int positioned;
        private int linked;

        Run(List<Source> sources, CogIndex cog) {
            this.sources = sources;
            this.cog = cog;
        }

        FinessImport run(OutputStream out, DatasetFormat format) throws IOException {
            for (int i = 0; i < sources.size(); i++) {
                check(i);
            }
            for (Map.Entry<String, String> e : positionSource.entrySet()) {
                if (!firstLine.containsKey(e.getKey())) {
                    String[] at = e.getValue().split("\u0000");
                    notes.add(at[0], "nofinesset", Long.parseLong(at[1]), "geolocalisation of establishment " + e.getKey()
                            + ", which no structureet line describes: not imported");
                }
            }
            if (notes.hasProblems()) {
                throw notes.problems();
            }
            if (cog == null) {
                notes.add(sources.get(0).name(), "", 0, "no COG dataset given (--cog): facilities are not linked to their commune");
            }
            DatasetHeader header = header();
            int territories = 0;
            Map<String, String> encodings = new LinkedHashMap<>();
            try (DatasetWriter.EntityStream stream = DatasetWriter.canonical().open(out, header, format)) {
                if (cog != null) {
                    Set<String> closure = cog.closure(linkedTerritories);
                    territories = closure.size();
                    cog.copy(closure, stream::write);
                }
                for (String ej : legalEntities) {
                    stream.write(Organization.builder(organizationId(ej), OrganizationKind.OTHER, "Entité juridique FINESS " + ej)
                            .addIdentifier(Identifier.of(IdentifierScheme.FINESS_EJ, ej)).build());
                }
                for (int i = 0; i < sources.size(); i++) {
                    Source s = sources.get(i);
                    encodings.put(s.name(), s.charset().name());
                    int file = i;
                    SourceLines.read(s.path(), s.charset(), (n, line) -> write(file, s, n, line, stream));
                }
            }
            return new FinessImport(header, facilities, legalEntities.size(), territories, positioned, linked, encodings,
                    notes.list());
        }

        private DatasetHeader header() {
            String date = extracted == null ? "" : extracted.toString();
            DatasetHeader h = DatasetHeader.of("finess-" + (date.isEmpty() ? "extract" : date),
                            "FINESS, extraction du fichier des établissements" + (date.isEmpty() ? "" : " du " + date))
                    .withPublisher(new Publisher("Ministère chargé de la santé (FINESS)", List.of(),
                            "https://www.data.gouv.fr/datasets/finess-extraction-du-fichier-des-etablissements/"))
                    .withDates(null, extracted);
            return h.withGeography(cog == null ? null : cog.header().geography(), LICENSE);
        }

        /** Pass 1: the format, the legal entities, the positions, the communes linked. */
        private void check(int file) throws IOException {
            Source s = sources.get(file);
            SourceLines.read(s.path(), s.charset(), (n, line) -> {
                if (n == 1) {
                    Matcher m = HEADER.matcher(line);
                    if (!m.matches()) {
                        notes.problem(s.name(), "", n, "not a FINESS extract: the first line must be finess;etalab;N;DATE, it is '"
                                + cut(line) + "'");
                        return;
                    }
                    LocalDate date;
                    try {
                        date = LocalDate.parse(m.group(1));
                    } catch (DateTimeParseException e) {
                        notes.problem(s.name(), "", n, "the extraction date " + m.group(1) + " is not a date");
                        return;
                    }
                    if (extracted != null && !extracted.equals(date)) {
                        notes.add(s.name(), "", n, "extracted on " + date + ", another file on " + extracted
                                + ": the dataset is dated by the later");
                    }
                    extracted = extracted == null || date.isAfter(extracted) ? date : extracted;
                    return;
                }
                if (line.isBlank()) {
                    return;
                }
                List<String> f;
                try {
                    f = Fields.split(line);
                } catch (IllegalArgumentException e) {
                    notes.problem(s.name(), "", n, e.getMessage());
                    return;
                }
                switch (f.get(0)) {
                    case "structureet" -> checkStructure(file, s, n, f);
                    case "geolocalisation" -> checkPosition(s, n, f);
                    default -> notes.grouped("tag\u0000" + f.get(0), s.name(), "", n, "line type '" + cut(f.get(0))
                            + "' is not one of an establishment extract (structureet, geolocalisation): not read");
                }
            });
        }

        private void checkStructure(int file, Source s, long n, List<String> f) {
            if (f.size() != STRUCTURE_FIELDS) {
                notes.problem(s.name(), "", n, "structureet line of " + f.size() + " fields, " + STRUCTURE_FIELDS
                        + " expected (" + STRUCTURE_LAYOUT + ")" + (f.size() < STRUCTURE_FIELDS ? ": the line is cut short?" : ""));
                return;
            }
            String et = f.get(1).trim();
            if (et.isEmpty()) {
                notes.problem(s.name(), "nofinesset", n, "structureet line without a FINESS number (nofinesset)");
                return;
            }
            if (firstLine.containsKey(et)) {
                long[] first = firstLine.get(et);
                notes.add(s.name(), "nofinesset", n, "establishment " + et + " is described again (first at "
                        + sources.get((int) first[0]).name() + ":" + first[1] + "): this line is not imported");
                return;
            }
            firstLine.put(et, new long[] {file, n});
            String ej = f.get(2).trim();
            if (!ej.isEmpty()) {
                legalEntities.add(ej);
            }
            if (cog != null) {
                String code = inseeCode(f.get(13).trim(), f.get(12).trim());
                Map.Entry<String, CogIndex.Match> found = code == null ? null : cog.find(code);
                if (found != null) {
                    linkedTerritories.add(found.getKey());
                }
            }
        }

        private void checkPosition(Source s, long n, List<String> f) {
            if (f.size() != 5 && f.size() != 6) {
                notes.problem(s.name(), "", n, "geolocalisation line of " + f.size()
                        + " fields, 6 expected (geolocalisation;nofinesset;x;y;source;date)");
                return;
            }
            String et = f.get(1).trim();
            String x = f.get(2).trim();
            String y = f.get(3).trim();
            String source = f.get(4).trim();
            if (x.isEmpty() && y.isEmpty()) {
                notes.add(s.name(), "x", n, "establishment " + et + " has a geolocalisation line without coordinates");
                return;
            }
            double vx;
            double vy;
            try {
                vx = Double.parseDouble(x.replace(',', '.'));
                vy = Double.parseDouble(y.replace(',', '.'));
            } catch (NumberFormatException e) {
                notes.problem(s.name(), "x", n, "coordinates '" + cut(x) + "' '" + cut(y) + "' are not numbers");
                return;
            }
            OptionalInt epsg = Projections.epsg(source);
            if (epsg.isEmpty()) {
                notes.problem(s.name(), "source", n, "unknown projection: the source '" + cut(source)
                        + "' names none of EPSG:nnnn, " + String.join(", ", new TreeSet<>(Projections.NAMES.keySet())));
                return;
            }
            if (!projections.supports(epsg.getAsInt())) {
                notes.problem(s.name(), "source", n, "unknown projection: EPSG:" + epsg.getAsInt()
                        + " (named by '" + cut(source) + "') is not a projection proj4j knows");
                return;
            }
            double[] wgs84;
            try {
                wgs84 = projections.toWgs84(epsg.getAsInt(), vx, vy);
            } catch (IllegalArgumentException e) {
                notes.problem(s.name(), "x", n, e.getMessage());
                return;
            }
            if (positions.containsKey(et)) {
                notes.add(s.name(), "nofinesset", n, "establishment " + et + " has a second geolocalisation line: this one is not imported");
                return;
            }
            positions.put(et, wgs84);
            positionSource.put(et, s.name() + "\u0000" + n + "\u0000" + x + " " + y + " EPSG:" + epsg.getAsInt());
        }

        /** Pass 2: one facility per first structureet line. */
        private void write(int file, Source s, long n, String line, DatasetWriter.EntityStream stream) {
            if (n == 1 || line.isBlank() || !line.startsWith("structureet")) {
                return;
            }
            List<String> f = Fields.split(line);
            if (!f.get(0).equals("structureet") || f.size() != STRUCTURE_FIELDS) {
                return;
            }
            String et = f.get(1).trim();
            long[] first = firstLine.get(et);
            if (first == null || first[0] != file || first[1] != n) {
                return;
            }
            String category = f.get(18).trim();
            if (category.isEmpty()) {
                notes.add(s.name(), "categetab", n, "establishment " + et + " has no category (categetab): not imported");
                return;
            }
            String name = !f.get(4).isBlank() ? f.get(4).trim() : f.get(3).trim();
            if (name.isEmpty()) {
                name = "Établissement FINESS " + et;
                notes.add(s.name(), "rs", n, "establishment " + et + " has no name (rs, rslongue): named '" + name + "'");
            }
            Facility.Builder b = Facility.builder(facilityId(et), name, new CodeRef("finess-category", category, null))
                    .addIdentifier(Identifier.of(IdentifierScheme.FINESS_ET, et));
            String siret = f.get(22).trim();
            if (!siret.isEmpty()) {
                b.addIdentifier(Identifier.of(IdentifierScheme.SIRET, siret));
            }
            String ej = f.get(2).trim();
            if (!ej.isEmpty()) {
                b.organization(organizationId(ej));
            }
            String departement = f.get(13).trim();
            String code = inseeCode(departement, f.get(12).trim());
            if (code == null) {
                notes.add(s.name(), "departement", n, "establishment " + et + ": département '" + cut(departement)
                        + "' and commune '" + cut(f.get(12).trim()) + "' make no INSEE commune code: not linked to a commune");
            } else if (cog != null) {
                link(s, n, et, code, b);
            }
            b.address(address(f));
            if (!f.get(16).isBlank()) {
                b.addTelecom(new ContactPoint(ContactSystem.PHONE, f.get(16).trim()));
            }
            if (!f.get(17).isBlank()) {
                b.addTelecom(new ContactPoint(ContactSystem.FAX, f.get(17).trim()));
            }
            double[] p = positions.get(et);
            if (p != null) {
                b.coordinates(new Coordinates(p[0], p[1]));
                positioned++;
                String area = code == null ? null : FrenchAreas.area(code.startsWith("97") ? code.substring(0, 3)
                        : code.substring(0, 2)).orElse(null);
                if (area != null && !FrenchAreas.contains(area, p[0], p[1])) {
                    String[] at = positionSource.get(et).split("\u0000");
                    notes.add(at[0], "x", Long.parseLong(at[1]), "establishment " + et + ": position " + at[2] + " converts to "
                            + round(p[0]) + ", " + round(p[1]) + ", outside " + FrenchAreas.name(area)
                            + " where its commune " + code + " lies: kept as converted, check the projection");
                }
            }
            String opened = f.get(28).trim();
            if (!opened.isEmpty()) {
                try {
                    b.validFrom(LocalDate.parse(opened));
                } catch (DateTimeParseException e) {
                    notes.add(s.name(), "dateouv", n, "establishment " + et + ": opening date '" + cut(opened)
                            + "' is not a date (YYYY-MM-DD): left out");
                }
            }
            stream.write(b.build());
            facilities++;
        }

        private void link(Source s, long n, String et, String code, Facility.Builder b) {
            Map.Entry<String, CogIndex.Match> found = cog.find(code);
            if (found == null) {
                notes.grouped("commune\u0000" + code, s.name(), "commune", n, "commune " + code + " is not in the COG dataset "
                        + (cog.header().geography() == null ? "" : cog.header().geography() + " ") + "nor replaced there: not linked");
                return;
            }
            b.commune(found.getKey());
            linked++;
            switch (found.getValue()) {
                case FORMER_OVERSEAS_CODE -> notes.grouped("former\u0000" + code, s.name(), "commune", n, "commune " + code
                        + " is the code of before 2007 of what is now " + found.getKey() + ": linked to it");
                case SUCCESSOR -> notes.grouped("successor\u0000" + code, s.name(), "commune", n, "commune " + code
                        + " no longer exists; " + found.getKey() + " replaces it: linked to it");
                default -> {
                    // linked as written
                }
            }
        }

        private static Address address(List<String> f) {
            List<String> lines = new ArrayList<>();
            add(lines, f.get(5));
            add(lines, f.get(6));
            StringBuilder street = new StringBuilder();
            for (int i : new int[] {7, 10, 8, 9}) {
                String part = f.get(i).trim();
                if (!part.isEmpty()) {
                    street.append(street.length() == 0 ? "" : " ").append(part);
                }
            }
            add(lines, street.toString());
            add(lines, f.get(11));
            String acheminement = f.get(15).trim();
            String postalCode = null;
            String city = null;
            Matcher m = ACHEMINEMENT.matcher(acheminement);
            if (m.matches()) {
                postalCode = m.group(1);
                city = m.group(2).trim();
            } else if (!acheminement.isEmpty()) {
                city = acheminement;
            }
            if (lines.isEmpty() && postalCode == null && city == null) {
                return null;
            }
            return new Address(lines, postalCode, city, null);
        }

        private static void add(List<String> lines, String value) {
            String v = value.trim();
            if (!v.isEmpty()) {
                lines.add(v);
            }
        }
    }

    /**
     * The INSEE code of a FINESS département and commune: {@code 2A} + {@code 004} is 2A004,
     * {@code 9A} + {@code 101} is 97101.
     *
     * @param departement the FINESS département code (01–95, 2A, 2B, 9A–9F)
     * @param commune the three characters of the commune
     * @return the INSEE code, or null when the two make none
     */
    static String inseeCode(String departement, String commune) {
        if (!FINESS_DEPARTEMENT.matcher(departement).matches() || !commune.matches("\\d{3}")) {
            return null;
        }
        if (departement.charAt(0) == '9' && Character.isLetter(departement.charAt(1))) {
            return "97" + commune;
        }
        return departement + commune;
    }

    static String facilityId(String et) {
        return "facility:finess-et-" + et.toLowerCase(Locale.ROOT);
    }

    static String organizationId(String ej) {
        return "org:finess-ej-" + ej.toLowerCase(Locale.ROOT);
    }

    private static String round(double v) {
        return String.format(Locale.ROOT, "%.5f", v);
    }

    private static String cut(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}

package org.maillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.imports.testkit.CogCache;
import org.maillage.imports.testkit.FinessFixtures;
import org.maillage.json.DatasetReader;
import org.maillage.validation.Finding;
import org.maillage.validation.Report;
import org.maillage.validation.Severity;
import org.maillage.validation.Validator;

/**
 * The real extracts imported with the command line and validated with the current validator
 * (issue 11, item 7 and "Done when"). No error, no warning: the SIRETs that several
 * establishments of one legal entity share (109 in the extract) are legal in the registers and
 * not reported (issue 11 item 2). What remains are the real defects of the sources, listed below
 * each by the FINESS number it concerns, with the finding it gives; the test fails when one
 * disappears or another finding appears.
 */
class ImportRealDataTest {

    @TempDir
    static Path dir;

    static Path cog;
    static Path finess;
    static Path fhir;
    static MainTest.Run finessRun;
    static MainTest.Run fhirRun;

    /** The validation date of the FHIR file, which has none of its own: fixed, so that the listing below does not move. */
    static final Clock VALIDATION_DATE = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);

    @BeforeAll
    static void importExtracts() {
        cog = dir.resolve("cog-2026.json");
        MainTest.Run r = MainTest.run("import", "cog", CogCache.dataDir("6.0.0").toString(), "--output", cog.toString());
        assertThat(r.code()).as(r.err()).isZero();
        finess = dir.resolve("finess.json");
        finessRun = MainTest.run("import", "finess", FinessFixtures.etalab2021().toString(), "--cog", cog.toString(),
                "--output", finess.toString());
        fhir = dir.resolve("fhir.json");
        fhirRun = MainTest.run("import", "fhir", FinessFixtures.resourceFile("/org/maillage/fhir/finess-2021-extract.fhir.ndjson")
                .toString(), "--output", fhir.toString());
    }

    // ---- The real defects of the sources, each by FINESS ET number -------------------------------

    /**
     * TRE_R66 categories that the ANS ended on 2018-10-26, before the date of the FINESS extract
     * (2021-01-08), still used by these establishments in both the CSV and the FHIR form: each is a
     * {@code constraint.deprecated-code} info naming the code and its end date.
     */
    static final Map<String, String> ENDED_BEFORE_THE_EXTRACT = Map.of(
            "252", "250002177 250004611 250005063 250007010 250009552 250010915 250010956 250011764 250016771 250017753"
                    + " 250020005 250020013 250020245 270002488 2a0001269 2b0003594 2b0003669 420787343 560007817 580970457"
                    + " 580971117 580971372 580972305 580972453 590812178 620030551 620104521 640796652 740012026 830003786"
                    + " 860792894 920806452",
            "253", "640790184",
            "377", "250019601 750047391",
            "379", "250020229 250020237 580006641 590026779 590027918 600011217",
            "382", "250002052 250002201 250003969 250004629 250005667 250008257 250009149 250009602 250012879 250013349"
                    + " 250014867 250015666 250016268 250017266 250017274 250017936 250019429 250020252 250020278 260001847"
                    + " 270013634 2a0023396 2b0005649 350041448 360007215 410005797 580000982 580000990 580003457 580004398"
                    + " 580004406 580004547 580005056 580780708 580971448 580971661 580971794 580971919 590008439 590035242"
                    + " 590811386 610002586 630004729 630010890 640796660 710002718 710972738 760803056 830216529 850009523"
                    + " 850025081",
            "437", "010790012 140002155 250002094 250011319 250014719 250016219 250017324 250019452 250019460 280505843"
                    + " 2a0002259 2a0003653 2a0023388 2b0005045 2b0005730 310018007 450018833 570014167 580004430 580006047"
                    + " 640794962 690024930 690032487 790018212");

    /**
     * TRE_R66 categories ended after the extract (2024-10-25 for 453, 2026-03-30 for the others):
     * right in 2021, so the CSV, dated 2021-01-08, gives nothing; the FHIR file carries no date,
     * so it is judged at the validation date and each is an info there.
     */
    static final Map<String, String> ENDED_SINCE_THE_EXTRACT = Map.of(
            "218", "250006483",
            "220", "080006448 130799331 380789677 440055275 570008813 590057618 590789145 950031765 950040329",
            "345", "2a0003430 2b0005060",
            "359", "2b0003495 2b0004741 2b0004931 2b0004949 580970838 600112494 800004756 820006427",
            "400", "250005915 350012639",
            "403", "760037077",
            "405", "350010831 350011508 350011961 440020030 520782814 870001138 950041210",
            "453", "250019346");

    static final Map<String, String> END_DATES = Map.ofEntries(Map.entry("252", "2018-10-26"), Map.entry("253", "2018-10-26"),
            Map.entry("377", "2018-10-26"), Map.entry("379", "2018-10-26"), Map.entry("382", "2018-10-26"),
            Map.entry("437", "2018-10-26"), Map.entry("218", "2026-03-30"), Map.entry("220", "2026-03-30"),
            Map.entry("345", "2026-03-30"), Map.entry("359", "2026-03-30"), Map.entry("400", "2026-03-30"),
            Map.entry("403", "2026-03-30"), Map.entry("405", "2026-03-30"), Map.entry("453", "2024-10-25"));

    /**
     * The overseas positions of the FHIR file, which its publisher converted with the metropolitan
     * projection (the data README): each is an import note naming the Location, the position as
     * published and the area its postal code is in. By area, the FINESS ET numbers.
     */
    static final Map<String, String> WRONG_PROJECTION = Map.of(
            "Guadeloupe (971)", "970100012 970102505 970105102 970106811 970107082 970108890 970112165 970112793",
            "Martinique (972)", "970204012 970204442 970204756 970205480 970210282 970212502 970212973 970213674",
            "La Réunion (974)", "970404513 970405874 970409587 970411724 970464384 970464392");

    /** What the FHIR file holds that the model does not carry, said once each with its count. */
    static final List<String> FHIR_NOT_CARRIED = List.of(
            "codings of http://finess.sante.gouv.fr/valuesets/CAT_AGR_ETAB are not carried by the model (2723 records, first here)",
            "codings of https://mos.esante.gouv.fr/NOS/TRE_R75-InseeNAFrev2Niveau5/FHIR/TRE-R75-InseeNAFrev2Niveau5 are not"
                    + " carried by the model (1328 records, first here)",
            "no partOf: the legal entity is the first half of the resource id <EJ>-<ET>, as FINESS published in FHIR writes it"
                    + " (2723 records, first here)",
            "codings of http://finess.sante.gouv.fr/valuesets/SPH are not carried by the model (326 records, first here)");

    /** Communes of 2021 that the COG 2026 knows under another code: each mapped and said, never dropped. */
    static final List<String> CSV_COMMUNES_MAPPED = List.of(
            "commune: commune 25282 no longer exists; commune:25060 replaces it: linked to it (3 records, first here)",
            "commune: commune 97127 is the code of before 2007 of what is now commune:97801: linked to it (2 records, first here)");

    /** "code: ids" of a listing, as facility id → "ruleId severity code end-date". */
    private static Map<String, String> expectedInfos(List<Map<String, String>> listings) {
        Map<String, String> out = new TreeMap<>();
        for (Map<String, String> listing : listings) {
            listing.forEach((code, ids) -> {
                for (String et : ids.split(" ")) {
                    String previous = out.put("facility:finess-et-" + et,
                            "constraint.deprecated-code INFO " + code + " ended " + END_DATES.get(code));
                    assertThat(previous).as(et + " listed twice").isNull();
                }
            });
        }
        return out;
    }

    /**
     * Every finding of a validated import, as facility id → "ruleId severity code end-date", the
     * code read from the dataset at the finding's pointer and the end date from its message.
     */
    private static Map<String, String> actualFindings(Path file) {
        Report report = Validator.builder().clock(VALIDATION_DATE).build().validate(file);
        var dataset = DatasetReader.standard().read(file);
        Pattern category = Pattern.compile("/facilities/(\\d+)/category/code");
        Map<String, String> out = new TreeMap<>();
        for (Finding f : report.findings()) {
            Matcher m = category.matcher(f.pointer());
            String code = m.matches() ? dataset.facilities().get(Integer.parseInt(m.group(1))).category().code() : "?";
            String ended = f.message().replaceAll(".*out of use since (\\d{4}-\\d{2}-\\d{2}).*", "$1");
            String key = f.entityId() == null ? f.pointer() : f.entityId();
            String said = f.ruleId() + " " + f.severity() + " " + code + " ended " + ended;
            String previous = out.put(key, said);
            assertThat(previous).as(key + ": two findings, " + previous + " and " + said).isNull();
            assertThat(f.messageFr()).as(key).contains("« " + code + " »", "TRE_R66", "version 20260505120000");
        }
        assertThat(report.findings()).noneMatch(f -> f.severity() != Severity.INFO);
        return out;
    }

    /** The import notes of a CLI run's standard error: the lines after "N import notes …", without the file and line. */
    private static List<String> notes(MainTest.Run run) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String line : run.err().split("\n")) {
            if (line.matches("\\d+ import notes? \\(what could not be mapped\\):")) {
                in = true;
            } else if (in && line.startsWith("  ")) {
                out.add(line.strip().replaceFirst("^\\S+:\\d+ ", ""));
            }
        }
        return out;
    }

    @Test
    void realExtracts_giveExactlyTheRealDefectsOfTheirSources_eachByFinessNumber() {
        assertThat(finessRun.code()).as(finessRun.err()).isZero();
        assertThat(fhirRun.code()).as(fhirRun.err()).isZero();

        // the CSV (official layout), dated 2021-01-08: the categories ended before that date
        assertThat(actualFindings(finess)).as("findings of the FINESS extract imported from its CSV form")
                .containsExactlyEntriesOf(expectedInfos(List.of(ENDED_BEFORE_THE_EXTRACT)));
        assertThat(notes(finessRun)).as("import notes of the CSV form").containsExactlyElementsOf(CSV_COMMUNES_MAPPED);

        // the FHIR form, undated: the same, and the categories ended since
        assertThat(actualFindings(fhir)).as("findings of the FINESS extract imported from its FHIR form")
                .containsExactlyEntriesOf(expectedInfos(List.of(ENDED_BEFORE_THE_EXTRACT, ENDED_SINCE_THE_EXTRACT)));
        Pattern wrong = Pattern.compile("Location/97\\d{7}-(97\\d{7})-loc: position -?\\d+\\.\\d{5}, -?\\d+\\.\\d{5} of Organization"
                + " 97\\d{7}-\\1 \\(FINESS \\1\\) lies outside (.+) where its postal code 97\\d{3} is: kept as published; the"
                + " publisher probably converted it with the wrong projection");
        Map<String, TreeSet<String>> byArea = new TreeMap<>();
        List<String> others = new ArrayList<>();
        for (String note : notes(fhirRun)) {
            Matcher m = wrong.matcher(note);
            if (m.matches()) {
                byArea.computeIfAbsent(m.group(2), k -> new TreeSet<>()).add(m.group(1));
            } else {
                others.add(note.replaceFirst("^Organization/\\S+: ", ""));
            }
        }
        assertThat(byArea).as("overseas positions converted with the wrong projection, by area").isEqualTo(
                WRONG_PROJECTION.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> new TreeSet<>(Arrays.asList(e.getValue().split(" "))))));
        assertThat(others).as("the other import notes of the FHIR form").containsExactlyInAnyOrderElementsOf(FHIR_NOT_CARRIED);
    }

    @Test
    void realDefectListing_countsWhatTheDataReadmeAndTheIssueSay() {
        assertThat(expectedInfos(List.of(ENDED_BEFORE_THE_EXTRACT))).hasSize(116);
        assertThat(expectedInfos(List.of(ENDED_BEFORE_THE_EXTRACT, ENDED_SINCE_THE_EXTRACT))).hasSize(147);
        assertThat(WRONG_PROJECTION.values().stream().mapToInt(ids -> ids.split(" ").length).sum())
                .as("every overseas establishment of the extract").isEqualTo(22);
    }

    @Test
    void finessExtract_importedWithTheCog_saysWhatItWrote() {
        assertThat(finessRun.code()).as(finessRun.err()).isZero();
        assertThat(finessRun.err()).startsWith("Imported FINESS of 2021-01-08: 2723 facilities, 1802 organisations (legal entities), ");
    }

    @Test
    void fhirExtract_saysWhatItWrote() {
        assertThat(fhirRun.code()).as(fhirRun.err()).isZero();
        assertThat(fhirRun.err()).startsWith("Imported 5446 FHIR resources: 2723 facilities, 1802 organisations (legal entities), "
                + "2723 positions, written to " + fhir);
    }

    static Map<String, Integer> findingsByRule(Path file) {
        Report report = Validator.builder().build().validate(file);
        Map<String, Integer> counts = new TreeMap<>();
        for (Finding f : report.findings()) {
            counts.merge(f.ruleId() + " " + f.severity(), 1, Integer::sum);
        }
        return counts;
    }

    @Test
    void aplExport_importedWithItsNames_validatesWithoutFinding() {
        Path source = FinessFixtures.resourceFile("/org/maillage/imports/observations/apl-mg-2023-cartosante.csv");
        Path out = dir.resolve("apl.json");
        MainTest.Run r = MainTest.run("import", "observations", source.toString(), "--indicator", "apl-mg", "--territory-kind", "tvs",
                "--code-column", "Code", "--value-column", "APL Médecins généralistes 2023", "--name-column", "Libellé",
                "--period", "2023", "--unit", "consultations par an et par habitant standardisé", "--output", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).startsWith("Imported 2928 observations of apl-mg (Accessibilité potentielle localisée aux médecins "
                + "généralistes) for 2023 and 2931 territories written to " + out);
        assertThat(notes(r)).containsExactly(
                "APL Médecins généralistes 2023: code 976ZZ: value 'N/A - résultat non disponible' is not a number: row not imported",
                "APL Médecins généralistes 2023: code 977ZZ: value 'N/A - résultat non disponible' is not a number: row not imported",
                "APL Médecins généralistes 2023: code 978ZZ: value 'N/A - résultat non disponible' is not a number: row not imported");
        assertThat(findingsByRule(out)).isEmpty();
    }
}

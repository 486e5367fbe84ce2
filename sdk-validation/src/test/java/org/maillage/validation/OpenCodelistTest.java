package org.maillage.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.core.codelist.Codelist;
import org.maillage.core.codelist.CodelistEntry;
import org.maillage.json.DatasetFormat;
import org.maillage.validation.internal.constraint.CodelistCheck;

/**
 * Codes of open codelists (issue 11 item 1): an unknown code is a warning naming the list and its
 * version, a code the list has ended by the date the data speaks of an info with its end date.
 */
class OpenCodelistTest {

    private static final Validator V = Validator.builder().build();

    private static Report validate(String referenceDate, String facilities) {
        String json = "{\"schemaVersion\": \"1.0.0\", \"id\": \"t\""
                + (referenceDate == null ? "" : ", \"referenceDate\": \"" + referenceDate + "\"")
                + ",\n\"facilities\": [" + facilities + "]}\n";
        return V.validate(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), DatasetFormat.JSON, "t.json");
    }

    private static String facility(String category, String more) {
        return "{\"id\": \"facility:1\", \"name\": \"Foyer\", \"category\": {\"list\": \"finess-category\", \"code\": \""
                + category + "\"}" + more + "}";
    }

    private static List<String> rules(Report r) {
        return r.findings().stream().map(f -> f.ruleId() + " " + f.severity()).toList();
    }

    @Test
    void unknownFinessCategory_isAWarningNamingTheListAndItsVersion() {
        Report r = validate("2026-01-01", facility("999", ""));
        assertThat(rules(r)).containsExactly("constraint.unknown-code WARNING");
        Finding f = r.findings().get(0);
        assertThat(f.pointer()).isEqualTo("/facilities/0/category/code");
        assertThat(f.messageFr()).isEqualTo("le code « 999 » ne figure pas dans la liste « finess-category » des "
                + "catégories d'établissement FINESS (TRE_R66), version 20260505120000");
        assertThat(f.message()).isEqualTo("code '999' is not in the list 'finess-category' of FINESS establishment categories "
                + "(TRE_R66), version 20260505120000");
        assertThat(r.valid()).isTrue();
    }

    @Test
    void unknownCodeOfEveryOpenList_isAWarning() {
        String json = "{\"schemaVersion\": \"1.0.0\", \"id\": \"t\", \"referenceDate\": \"2026-01-01\",\n"
                + "\"people\": [{\"id\": \"person:1\", \"familyName\": \"Martin\", \"profession\": {\"list\": \"profession\", \"code\": \"druide\"}}],\n"
                + "\"facilities\": [" + facility("355", ", \"labels\": [{\"label\": {\"list\": \"facility-label\", \"code\": \"etoile\"}}], "
                        + "\"capacities\": [{\"kind\": {\"list\": \"capacity-kind\", \"code\": \"lits-imaginaires\"}, \"value\": 3}], "
                        + "\"services\": [{\"service\": {\"list\": \"facility-service\", \"code\": \"teleportation\"}, \"statuses\": [{\"status\": \"open\"}]}]") + "],\n"
                + "\"indicators\": [{\"id\": \"indicator:x\", \"code\": \"bonheur\", \"labelFr\": \"Bonheur\", \"unit\": \"%\"}]}\n";
        Report r = V.validate(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), DatasetFormat.JSON, "t.json");
        assertThat(r.findings()).extracting(Finding::ruleId).containsOnly("constraint.unknown-code");
        assertThat(r.findings()).extracting(Finding::pointer).containsExactlyInAnyOrder(
                "/people/0/profession/code", "/facilities/0/labels/0/label/code", "/facilities/0/capacities/0/kind/code",
                "/facilities/0/services/0/service/code", "/indicators/0/code");
        assertThat(r.findings()).extracting(Finding::messageFr).contains(
                "le code « druide » ne figure pas dans la liste « profession » des professions de santé, version 1.0",
                "le code « bonheur » ne figure pas dans la liste « indicator » des indicateurs, version 1.0");
    }

    @Test
    void categoryEndedBeforeTheReferenceDate_isAnInfoWithItsEndDate() {
        Report r = validate("2021-01-08", facility("382", ""));
        assertThat(rules(r)).containsExactly("constraint.deprecated-code INFO");
        Finding f = r.findings().get(0);
        assertThat(f.pointer()).isEqualTo("/facilities/0/category/code");
        assertThat(f.messageFr()).isEqualTo("le code « 382 » (Foyer de Vie pour Adultes Handicapés) de la liste des "
                + "catégories d'établissement FINESS (TRE_R66) n'est plus en usage depuis le 26 octobre 2018 (version 20260505120000)");
        assertThat(f.message()).isEqualTo("code '382' (Foyer de Vie pour Adultes Handicapés) of the list of FINESS "
                + "establishment categories (TRE_R66) has been out of use since 2018-10-26 (version 20260505120000)");
    }

    @Test
    void categoryEndedAfterTheReferenceDate_isNoFinding() {
        assertThat(validate("2017-12-31", facility("382", "")).findings()).isEmpty();
    }

    @Test
    void categoryEndedAfterTheFacilityClosed_isNoFinding() {
        assertThat(validate("2026-01-01", facility("382", ", \"validTo\": \"2015-06-30\"")).findings()).isEmpty();
    }

    @Test
    void categoryEnded_withoutReferenceDate_isJudgedAtTheValidationDate() {
        assertThat(rules(validate(null, facility("382", "")))).containsExactly("constraint.deprecated-code INFO");
    }

    @Test
    void codeMarkedDeprecatedWithoutEndDate_hasAlwaysEnded() {
        Codelist list = new Codelist("colour", true, "1.0", "test", "unverified: test",
                List.of(new CodelistEntry("red", "Rouge", "Red", "", true, null, null)));
        CodelistCheck.Use use = new CodelistCheck.Use("/colour/code", list, list.entry("red").orElseThrow(), null);
        assertThat(use.deprecatedAt(LocalDate.of(1900, 1, 1))).isTrue();
    }
}

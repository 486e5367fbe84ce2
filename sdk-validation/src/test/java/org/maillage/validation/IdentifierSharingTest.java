package org.maillage.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.json.DatasetFormat;

/**
 * Official identifiers shared by several entities are reported only where their register forbids
 * it (issue 11 item 2): the national FINESS register written as facilities used to give thousands
 * of {@code ref.duplicate-identifier} errors on SIRETs several establishments legally share.
 */
class IdentifierSharingTest {

    private static final Validator V = Validator.builder().build();

    private static Report validate(String organizations, String facilities, String people) {
        String json = "{\"schemaVersion\": \"1.0.0\", \"id\": \"t\", \"referenceDate\": \"2021-01-08\",\n"
                + "\"organizations\": [" + organizations + "],\n\"people\": [" + people + "],\n\"facilities\": [" + facilities + "]}\n";
        return V.validate(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), DatasetFormat.JSON, "t.json");
    }

    private static String org(String id, String kind, String name, String parent, String scheme, String value) {
        return "{\"id\": \"" + id + "\", \"kind\": \"" + kind + "\", \"name\": \"" + name + "\""
                + (parent == null ? "" : ", \"parent\": \"" + parent + "\"")
                + ", \"identifiers\": [{\"scheme\": \"" + scheme + "\", \"value\": \"" + value + "\"}]}";
    }

    private static String facility(String finessEt, String siret, String organization, String name) {
        return "{\"id\": \"facility:finess-et-" + finessEt + "\", \"name\": \"" + name + "\", "
                + "\"category\": {\"list\": \"finess-category\", \"code\": \"443\"}, "
                + "\"identifiers\": [{\"scheme\": \"finess-et\", \"value\": \"" + finessEt + "\"}"
                + (siret == null ? "" : ", {\"scheme\": \"siret\", \"value\": \"" + siret + "\"}") + "]"
                + (organization == null ? "" : ", \"organization\": \"" + organization + "\"") + "}";
    }

    private static final String ADDSEA = org("org:finess-ej-250006988", "association", "ADDSEA", null, "finess-ej", "250006988");
    private static final String OTHER_EJ = org("org:finess-ej-2a0000014", "hospital", "Centre hospitalier d'Ajaccio", null,
            "finess-ej", "2A0000014");

    private static List<String> rules(Report r) {
        return r.findings().stream().map(f -> f.ruleId() + " " + f.severity()).toList();
    }

    @Test
    void siretSharedByFacilitiesOfOneLegalEntity_isNoFinding() {
        Report r = validate(ADDSEA, facility("250003738", "77557132600682", "org:finess-ej-250006988", "CADA Montbéliard") + ","
                + facility("250003779", "77557132600682", "org:finess-ej-250006988", "CADA Pontarlier"), "");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void siretSharedByFacilitiesNamingNoLegalEntity_isNoFinding() {
        Report r = validate("", facility("250003738", "77557132600682", null, "CADA Montbéliard") + ","
                + facility("250003779", "77557132600682", null, "CADA Pontarlier"), "");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void siretSharedAcrossLegalEntities_isAWarningNamingBoth() {
        Report r = validate(ADDSEA + "," + OTHER_EJ,
                facility("250003738", "77557132600682", "org:finess-ej-250006988", "CADA Montbéliard") + ","
                        + facility("250003779", "77557132600682", "org:finess-ej-2a0000014", "CADA Pontarlier"), "");
        assertThat(rules(r)).containsExactly("ref.shared-identifier WARNING");
        Finding f = r.findings().get(0);
        assertThat(f.entityId()).isEqualTo("facility:finess-et-250003779");
        assertThat(f.pointer()).isEqualTo("/facilities/1/identifiers/1/value");
        assertThat(f.messageFr()).isEqualTo("le numéro SIRET « 77557132600682 » est aussi porté par « CADA Montbéliard "
                + "(facility:finess-et-250003738) » : plusieurs établissements FINESS peuvent relever d'un même établissement "
                + "SIRENE, mais d'une même entité juridique, or l'un est rattaché à « Centre hospitalier d'Ajaccio "
                + "(org:finess-ej-2a0000014) » et l'autre à « ADDSEA (org:finess-ej-250006988) »");
        assertThat(f.message()).isEqualTo("SIRET number '77557132600682' is also carried by 'CADA Montbéliard "
                + "(facility:finess-et-250003738)': several FINESS establishments may share one Sirene establishment, but "
                + "within one legal entity, and one names 'Centre hospitalier d'Ajaccio (org:finess-ej-2a0000014)' and the "
                + "other 'ADDSEA (org:finess-ej-250006988)'");
        assertThat(r.valid()).isTrue();
    }

    @Test
    void finessEtSharedByTwoFacilities_isAnError() {
        Report r = validate(ADDSEA, facility("250003738", null, "org:finess-ej-250006988", "CADA Montbéliard") + ","
                + "{\"id\": \"facility:b\", \"name\": \"Copie\", \"category\": {\"list\": \"finess-category\", \"code\": \"443\"}, "
                + "\"identifiers\": [{\"scheme\": \"finess-et\", \"value\": \"250003738\"}]}", "");
        assertThat(rules(r)).containsExactly("ref.duplicate-identifier ERROR");
        assertThat(r.findings().get(0).messageFr()).isEqualTo("le numéro FINESS d'établissement « 250003738 » est aussi porté "
                + "par « CADA Montbéliard (facility:finess-et-250003738) » : un numéro FINESS d'établissement désigne un seul "
                + "établissement");
    }

    @Test
    void finessEtOfAClosedFacility_onItsSuccessorAfterwards_isNoFinding() {
        Report r = validate("", "{\"id\": \"facility:a\", \"name\": \"A\", \"category\": {\"list\": \"finess-category\", "
                + "\"code\": \"443\"}, \"identifiers\": [{\"scheme\": \"finess-et\", \"value\": \"250003738\"}], "
                + "\"validTo\": \"2010-12-31\"}, {\"id\": \"facility:b\", \"name\": \"B\", \"category\": {\"list\": "
                + "\"finess-category\", \"code\": \"443\"}, \"identifiers\": [{\"scheme\": \"finess-et\", \"value\": "
                + "\"250003738\"}], \"validFrom\": \"2011-01-01\"}", "");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void sirenSharedByAnOrganisationAndItsBodies_isNoFinding() {
        Report r = validate(org("org:ars-bfc", "ars", "ARS Bourgogne-Franche-Comté", null, "siren", "130007909") + ","
                + org("org:ars-bfc-25", "ars-delegation", "Délégation du Doubs", "org:ars-bfc", "siren", "130007909") + ","
                + org("org:ars-bfc-58", "ars-delegation", "Délégation de la Nièvre", "org:ars-bfc", "siren", "130007909"), "", "");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void sirenSharedByTwoUnrelatedOrganisations_isAnError() {
        Report r = validate(org("org:ars-bfc", "ars", "ARS Bourgogne-Franche-Comté", null, "siren", "130007909") + ","
                + org("org:ars-corse", "ars", "ARS de Corse", null, "siren", "130007909"), "", "");
        assertThat(rules(r)).containsExactly("ref.duplicate-identifier ERROR");
        assertThat(r.findings().get(0).messageFr()).isEqualTo("le numéro SIREN « 130007909 » est aussi porté par « ARS "
                + "Bourgogne-Franche-Comté (org:ars-bfc) » : un SIREN désigne une seule unité légale ; seules les instances "
                + "qui lui sont rattachées (membre parent) peuvent le porter aussi");
    }

    @Test
    void siretSharedByTwoUnrelatedOrganisations_isAWarning() {
        Report r = validate(org("org:a", "association", "A", null, "siret", "77557132600682") + ","
                + org("org:b", "association", "B", null, "siret", "77557132600682"), "", "");
        assertThat(rules(r)).containsExactly("ref.shared-identifier WARNING");
    }

    @Test
    void rppsSharedByTwoPeople_isAnError() {
        String a = "{\"id\": \"person:a\", \"familyName\": \"Martin\", \"givenName\": \"Claire\", "
                + "\"identifiers\": [{\"scheme\": \"rpps\", \"value\": \"10003456786\"}]}";
        String b = "{\"id\": \"person:b\", \"familyName\": \"Martin\", \"identifiers\": [{\"scheme\": \"rpps\", \"value\": \"10003456786\"}]}";
        Report r = validate("", "", a + "," + b);
        assertThat(r.findings("ref.duplicate-identifier")).singleElement()
                .satisfies(f -> assertThat(f.messageFr()).contains("« Claire Martin (person:a) »"));
    }

    @Test
    void communeAndItsCommuneDeleguee_shareTheirInseeCode_butTwoCommunesMayNot() {
        String json = Fixtures.dataset(Fixtures.ariegeWith(
                "{\"id\": \"commune-deleguee:09001\", \"kind\": \"commune-deleguee\", \"code\": \"09001\", \"name\": \"Aigues-Juntes\", "
                        + "\"parents\": [{\"territory\": \"commune:09001\"}, {\"territory\": \"departement:09\"}], "
                        + "\"identifiers\": [{\"scheme\": \"insee-commune\", \"value\": \"09001\"}]}",
                "{\"id\": \"commune:a\", \"kind\": \"commune\", \"code\": \"09003\", \"name\": \"A\", \"parents\": [{\"territory\": \"departement:09\"}], "
                        + "\"identifiers\": [{\"scheme\": \"insee-commune\", \"value\": \"09001\"}]}",
                "{\"id\": \"commune:b\", \"kind\": \"commune\", \"code\": \"09004\", \"name\": \"B\", \"parents\": [{\"territory\": \"departement:09\"}], "
                        + "\"identifiers\": [{\"scheme\": \"insee-commune\", \"value\": \"09001\"}]}"));
        Report r = V.validate(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), DatasetFormat.JSON, "t.json");
        assertThat(r.findings("ref.duplicate-identifier")).singleElement().satisfies(f -> {
            assertThat(f.entityId()).isEqualTo("commune:b");
            assertThat(f.messageFr()).isEqualTo("le code commune INSEE « 09001 » est aussi porté par « A (commune:a) » : un code "
                    + "commune INSEE désigne un seul territoire de chaque type à une date donnée");
        });
    }

    @Test
    void identifiersAreJudgedByTheReferenceLayer_only() {
        Validator noReferences = Validator.builder()
                .layers(EnumSet.of(Layer.READ, Layer.SCHEMA, Layer.CONSTRAINTS)).build();
        String json = "{\"schemaVersion\": \"1.0.0\", \"id\": \"t\", \"organizations\": ["
                + org("org:a", "ars", "A", null, "siren", "130007909") + "," + org("org:b", "ars", "B", null, "siren", "130007909")
                + "]}";
        Report r = noReferences.validate(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), DatasetFormat.JSON, "t.json");
        assertThat(r.findings()).isEmpty();
    }
}

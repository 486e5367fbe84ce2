package org.maillage.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.maillage.validation.Fixtures.ariegeWith;
import static org.maillage.validation.Fixtures.dataset;
import static org.maillage.validation.Fixtures.validateBytes;
import static org.maillage.validation.Fixtures.validateText;

import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.json.DatasetFormat;

class ValidatorTest {

    private static final Validator V = Fixtures.validator();

    private static List<String> ruleIds(Report r) {
        return r.findings().stream().map(Finding::ruleId).toList();
    }

    @Test
    void validate_acceptsAConsistentTerritoryDataset() {
        Report r = validateText(V, dataset(Fixtures.ARIEGE));
        assertThat(r.findings()).isEmpty();
        assertThat(r.valid()).isTrue();
        assertThat(r.schemaVersion()).isEqualTo("1.0");
    }

    @Test
    void validate_reportsUnknownTerritoryReference_withLineAndColumn(@TempDir Path dir) {
        Path file = Fixtures.write(dir, "broken.json", dataset(ariegeWith(
                "{\"id\": \"commune:09003\", \"kind\": \"commune\", \"code\": \"09003\", \"name\": \"Allières\", \"parents\": [{\"territory\": \"departement:99\"}]}")));
        Report r = V.validate(file);
        assertThat(r.valid()).isFalse();
        Finding f = r.findings("ref.unknown").get(0);
        assertThat(f.pointer()).isEqualTo("/territories/5/parents/0/territory");
        assertThat(f.entityId()).isEqualTo("commune:09003");
        assertThat(f.line()).isEqualTo(11);
        assertThat(f.column()).isEqualTo(112); // columns count UTF-8 bytes: "Allières" has a two-byte letter
        assertThat(f.message()).isEqualTo("'departement:99' refers to no entity of the dataset");
        assertThat(f.messageFr()).isEqualTo("« departement:99 » ne désigne aucune entité du jeu de données");
        assertThat(f.file()).isEqualTo(file.toString());
    }

    @Test
    void validate_reportsBadFinessKey_atTheIdentifierValue(@TempDir Path dir) {
        Path file = Fixtures.write(dir, "finess.json", dataset(ariegeWith(
                "{\"id\": \"other:1\", \"kind\": \"other-health-territory\", \"code\": \"CPTS-1\", \"name\": \"CPTS\", "
                        + "\"identifiers\": [{\"scheme\": \"finess-et\", \"value\": \"2A0000015\"}]}")));
        Report r = V.validate(file);
        assertThat(ruleIds(r)).containsExactly("constraint.finess");
        Finding f = r.findings().get(0);
        assertThat(f.pointer()).isEqualTo("/territories/5/identifiers/0/value");
        assertThat(f.line()).isEqualTo(11);
        assertThat(f.column()).isGreaterThan(100);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(r.valid()).isFalse();
    }

    @Test
    void validate_acceptsCorsicanFiness() {
        Report r = validateText(V, dataset(ariegeWith(
                "{\"id\": \"other:1\", \"kind\": \"other-health-territory\", \"code\": \"X\", \"name\": \"X\", "
                        + "\"identifiers\": [{\"scheme\": \"finess-et\", \"value\": \"2A0000014\"}]}")));
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void validate_malformedDocument_givesOneReadFindingWithLocation() {
        Report r = validateText(V, "{\n  \"schemaVersion\": \"1.0.0\",\n  \"id\": tru\n}");
        assertThat(ruleIds(r)).containsExactly("read.malformed");
        Finding f = r.findings().get(0);
        assertThat(f.line()).isEqualTo(3);
        assertThat(f.column()).isPositive();
        assertThat(f.layer()).isEqualTo(Layer.READ);
        assertThat(r.valid()).isFalse();
    }

    @Test
    void validate_deepNesting_givesReadLimitFinding() {
        int depth = 100_000;
        String json = "{\"schemaVersion\":\"1.0.0\",\"id\":\"x\",\"territories\":[{\"id\":\"a\",\"x\":"
                + "[".repeat(depth) + "]".repeat(depth) + "}]}";
        Report r = validateText(V, json);
        assertThat(ruleIds(r)).containsExactly("read.limit");
        assertThat(r.findings().get(0).line()).isEqualTo(1);
        assertThat(r.findings().get(0).message()).contains("depth");
    }

    @Test
    void validate_invalidUtf8_givesFinding() {
        byte[] head = "{\"schemaVersion\":\"1.0.0\",\"id\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 4];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = (byte) 0x28;
        bytes[head.length + 2] = '"';
        bytes[head.length + 3] = '}';
        Report r = validateBytes(V, bytes, DatasetFormat.JSON);
        assertThat(ruleIds(r)).containsExactly("read.invalid-utf8");
        assertThat(r.findings().get(0).line()).isEqualTo(1);
    }

    @Test
    void validate_duplicateKeys_giveFindingNamingTheMember() {
        Report r = validateText(V, "{\"schemaVersion\":\"1.0.0\",\n\"id\":\"a\",\n\"id\":\"b\"}");
        assertThat(ruleIds(r)).containsExactly("read.duplicate-key");
        assertThat(r.findings().get(0).message()).isEqualTo("member 'id' appears twice in the same object");
        assertThat(r.findings().get(0).line()).isEqualTo(3);
    }

    @Test
    void validate_byteOrderMark_isAWarning() {
        byte[] body = dataset(Fixtures.ARIEGE).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Report r = validateBytes(V, bytes, DatasetFormat.JSON);
        assertThat(ruleIds(r)).containsExactly("read.bom");
        assertThat(r.valid()).isTrue();
        assertThat(r.warnings()).isEqualTo(1);
    }

    @Test
    void validate_utf16_isAnEncodingError() {
        Report r = validateBytes(V, dataset(Fixtures.ARIEGE).getBytes(StandardCharsets.UTF_16LE), DatasetFormat.JSON);
        assertThat(ruleIds(r)).contains("read.encoding");
        assertThat(r.valid()).isFalse();
    }

    @Test
    void validate_emptyFile_givesFinding() {
        Report r = validateText(V, "");
        assertThat(ruleIds(r)).containsExactly("read.empty");
        assertThat(validateText(V, "  \n ").findings()).extracting(Finding::ruleId).containsExactly("read.empty");
    }

    @Test
    void validate_wrongRootType_givesFinding() {
        Report r = validateText(V, "[1, 2]");
        assertThat(ruleIds(r)).containsExactly("read.wrong-root");
        assertThat(r.findings().get(0).message()).isEqualTo("a dataset must be a JSON object, found an array");
    }

    @Test
    void validate_trailingContent_givesFinding() {
        Report r = validateText(V, "{\"schemaVersion\":\"1.0.0\",\"id\":\"x\"} {}");
        assertThat(ruleIds(r)).containsExactly("read.trailing-content");
    }

    @Test
    void validate_hugeStringAndNumber_giveReadLimitFindings() {
        String big = "x".repeat(1_000_001);
        assertThat(ruleIds(validateText(V, "{\"schemaVersion\":\"1.0.0\",\"id\":\"" + big + "\"}")))
                .containsExactly("read.limit");
        String number = "1".repeat(1_000);
        assertThat(ruleIds(validateText(V, "{\"schemaVersion\":\"1.0.0\",\"id\":\"x\",\"n\":" + number + "}")))
                .containsExactly("read.limit");
    }

    @Test
    void validate_ndjsonBrokenLine_isAFindingAndReadingGoesOn() {
        String nd = "{\"type\":\"dataset\",\"schemaVersion\":\"1.0.0\",\"id\":\"x\"}\n"
                + "{\"type\":\"territory\",\"id\":\"region:76\",\"kind\":\"region\",\"code\":\"76\",\"name\":\"Occitanie\"}\n"
                + "{\"type\":\"territory\",\"id\":\n"
                + "{\"type\":\"territory\",\"id\":\"departement:09\",\"kind\":\"departement\",\"code\":\"09\",\"name\":\"Ariège\",\"parents\":[{\"territory\":\"region:99\"}]}\n";
        Report r = validateBytes(V, nd.getBytes(StandardCharsets.UTF_8), DatasetFormat.NDJSON);
        assertThat(ruleIds(r)).containsExactly("read.malformed", "ref.unknown");
        assertThat(r.findings().get(0).line()).isEqualTo(3);
        assertThat(r.findings().get(1).line()).isEqualTo(4);
    }

    @Test
    void validate_missingFileOrDirectory_isAnIoErrorNotAFinding(@TempDir Path dir) {
        assertThatThrownBy(() -> V.validate(dir.resolve("nope.json"))).isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> V.validate(dir)).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void validate_schemaErrors_mapToRuleIdsWithPointersAndLines(@TempDir Path dir) {
        Path file = Fixtures.write(dir, "schema.json", dataset(
                "{\"id\": \"region:76\", \"kind\": \"regio\", \"code\": \"76\", \"name\": \"Occitanie\", \"oops\": 1}",
                "{\"id\": \"departement:09\", \"kind\": \"departement\", \"code\": 9, \"name\": \"Ariège\"}",
                "{\"id\": \"departement:11\", \"kind\": \"departement\", \"code\": \"11\"}",
                "{\"id\": \"departement:12\", \"kind\": \"departement\", \"code\": \"12\", \"name\": \"Aveyron\", \"validFrom\": \"2020-13-01\"}"));
        Report r = V.validate(file);
        assertThat(r.findings()).extracting(Finding::ruleId, Finding::pointer).containsExactly(
                org.assertj.core.groups.Tuple.tuple("schema.enum", "/territories/0/kind"),
                org.assertj.core.groups.Tuple.tuple("schema.additional-property", "/territories/0/oops"),
                org.assertj.core.groups.Tuple.tuple("schema.type", "/territories/1/code"),
                org.assertj.core.groups.Tuple.tuple("schema.required", "/territories/2"),
                org.assertj.core.groups.Tuple.tuple("schema.format", "/territories/3/validFrom"));
        Finding enumFinding = r.findings().get(0);
        assertThat(enumFinding.line()).isEqualTo(6);
        assertThat(enumFinding.column()).isEqualTo(33);
        assertThat(r.findings("schema.required").get(0).message()).isEqualTo("required member 'name' is missing");
        assertThat(r.findings("schema.type").get(0).messageFr()).isEqualTo("la valeur est un nombre entier alors que le schéma attend une chaîne de caractères");
    }

    @Test
    void validate_nullWhereAStringIsExpected_isOneTypeFindingPerPointer() {
        // "kind" has a "type" beside a "$ref" to a definition with its own "type" and "enum":
        // networknt reports the type error twice and the enum error once; the report says it once
        Validator standard = Validator.builder().layers(EnumSet.of(Layer.READ, Layer.SCHEMA)).build();
        Report r = validateText(standard, dataset(
                "{\"id\": \"region:76\", \"kind\": null, \"code\": \"76\", \"name\": \"Occitanie\"}",
                "{\"id\": \"region:84\", \"kind\": \"regio\", \"code\": \"84\", \"name\": 84}"));
        assertThat(r.findings()).extracting(Finding::ruleId, Finding::pointer).containsExactly(
                org.assertj.core.groups.Tuple.tuple("schema.type", "/territories/0/kind"),
                org.assertj.core.groups.Tuple.tuple("schema.enum", "/territories/1/kind"),
                org.assertj.core.groups.Tuple.tuple("schema.type", "/territories/1/name"));
        assertThat(r.findings().get(0).message()).isEqualTo("null found, a code expected");
        assertThat(r.findings().get(0).messageFr()).isEqualTo("la valeur est nulle (« null ») alors que le schéma attend un code");
    }

    @Test
    void validate_envelopeSchemaErrors_areReported() {
        Report r = validateText(V, "{\"schemaVersion\": \"one\", \"id\": \"x\", \"territories\": []}");
        assertThat(ruleIds(r)).containsExactly("schema.pattern");
        assertThat(r.findings().get(0).pointer()).isEqualTo("/schemaVersion");
    }

    @Test
    void validate_referenceChecks_coverKindDatesDuplicatesCyclesAndEpciOverlap() {
        Report r = validateText(V, dataset(ariegeWith(
                "{\"id\": \"commune:09001\", \"kind\": \"commune\", \"code\": \"09001\", \"name\": \"Dup\"}",
                "{\"id\": \"epci:200067791\", \"kind\": \"epci\", \"code\": \"200067791\", \"name\": \"CA\", \"legalType\": \"CA\", "
                        + "\"members\": [{\"territory\": \"commune:09002\", \"validFrom\": \"2020-01-01\"}, {\"territory\": \"departement:09\"}]}",
                "{\"id\": \"region:old\", \"kind\": \"region\", \"code\": \"73\", \"name\": \"Midi-Pyrénées\", \"validTo\": \"2015-12-31\"}",
                "{\"id\": \"departement:31\", \"kind\": \"departement\", \"code\": \"31\", \"name\": \"Haute-Garonne\", \"parents\": [{\"territory\": \"region:old\"}, {\"territory\": \"departement:32\"}]}",
                "{\"id\": \"departement:32\", \"kind\": \"departement\", \"code\": \"32\", \"name\": \"Gers\", \"parents\": [{\"territory\": \"departement:31\"}]}",
                "{\"id\": \"commune:31001\", \"kind\": \"commune\", \"code\": \"31001\", \"name\": \"X\", \"parents\": [{\"territory\": \"departement:09\"}]}")));
        assertThat(r.findings()).extracting(Finding::ruleId, Finding::pointer).contains(
                org.assertj.core.groups.Tuple.tuple("ref.duplicate-id", "/territories/5/id"),
                org.assertj.core.groups.Tuple.tuple("ref.epci-overlap", "/territories/6/members/0/territory"),
                org.assertj.core.groups.Tuple.tuple("ref.wrong-kind", "/territories/6/members/1/territory"),
                org.assertj.core.groups.Tuple.tuple("ref.not-valid-at-date", "/territories/8/parents/0/territory"),
                org.assertj.core.groups.Tuple.tuple("ref.wrong-kind", "/territories/8/parents/1/territory"),
                org.assertj.core.groups.Tuple.tuple("ref.commune-departement-mismatch", "/territories/10/parents/0/territory"));
        assertThat(r.findings("ref.epci-overlap").get(0).message())
                .isEqualTo("commune 'Aigues-Vives (09002)' belongs to EPCI 'CC de la Haute Ariège (200066363)' and 'CA (200067791)' at the same time (2020-01-01)");
    }

    @Test
    void validate_predecessorIsLineage_checkedAtNoDate() {
        String territories = dataset(ariegeWith(
                "{\"id\": \"region:old\", \"kind\": \"region\", \"code\": \"73\", \"name\": \"Midi-Pyrénées\", \"validTo\": \"2015-12-31\"}"));
        String json = territories.substring(0, territories.lastIndexOf('}')) + ",\n  \"contracts\": [\n"
                + "    {\"id\": \"contract:old\", \"kind\": \"cls\", \"status\": \"expired\", \"title\": \"CLS 2015\", "
                + "\"validFrom\": \"2015-07-01\", \"validTo\": \"2019-12-31\"},\n"
                + "    {\"id\": \"contract:new\", \"kind\": \"cls\", \"status\": \"in-force\", \"title\": \"CLS 2024\", "
                + "\"validFrom\": \"2024-04-01\", \"predecessor\": \"contract:old\", \"territories\": [{\"territory\": \"region:old\"}]}\n"
                + "  ]\n}\n";
        Report r = validateText(V, json);
        // The renewal's predecessor ended before it started: no finding. A dated link to a dead territory still is one.
        assertThat(r.findings("ref.not-valid-at-date")).extracting(Finding::pointer).containsExactly("/contracts/1/territories/0/territory");
    }

    @Test
    void validate_reportsHierarchyCycle() {
        Report r = validateText(V, dataset(
                "{\"id\": \"other:a\", \"kind\": \"other-health-territory\", \"code\": \"A\", \"name\": \"A\", \"parents\": [{\"territory\": \"other:b\"}]}",
                "{\"id\": \"other:b\", \"kind\": \"other-health-territory\", \"code\": \"B\", \"name\": \"B\", \"parents\": [{\"territory\": \"other:a\"}]}"));
        assertThat(ruleIds(r)).containsExactly("ref.cycle");
        assertThat(r.findings().get(0).message()).isEqualTo("the hierarchy has a cycle: other:a → other:b → other:a");
    }

    @Test
    void validate_communeAssocieeOfAnotherDepartement_isAcceptedThroughItsChefLieu() {
        String[] base = {
            "{\"id\": \"departement:59\", \"kind\": \"departement\", \"code\": \"59\", \"name\": \"Nord\"}",
            "{\"id\": \"commune:59545\", \"kind\": \"commune\", \"code\": \"59545\", \"name\": \"Saint-Souplet\", \"parents\": [{\"territory\": \"departement:59\"}]}",
        };
        String withChefLieu = "{\"id\": \"commune-associee:02285\", \"kind\": \"commune-associee\", \"code\": \"02285\", \"name\": \"Escaufourt\", "
                + "\"parents\": [{\"territory\": \"commune:59545\"}, {\"territory\": \"departement:59\"}]}";
        assertThat(validateText(V, dataset(base[0], base[1], withChefLieu)).findings()).isEmpty();
        String without = "{\"id\": \"commune-associee:02285\", \"kind\": \"commune-associee\", \"code\": \"02285\", \"name\": \"Escaufourt\", "
                + "\"parents\": [{\"territory\": \"departement:59\"}]}";
        Report r = validateText(V, dataset(base[0], base[1], without));
        assertThat(ruleIds(r)).containsExactly("ref.associee-departement-mismatch", "rule.deleguee-one-commune");
        assertThat(r.findings("ref.associee-departement-mismatch").get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void validate_duplicateOfficialIdentifier_withinAKind() {
        String sirenA = "{\"id\": \"commune:09001\", \"kind\": \"commune\", \"code\": \"09001\", \"name\": \"A\", \"identifiers\": [{\"scheme\": \"siren\", \"value\": \"210900320\"}]}";
        String sirenB = "{\"id\": \"commune:09002\", \"kind\": \"commune\", \"code\": \"09002\", \"name\": \"B\", \"identifiers\": [{\"scheme\": \"siren\", \"value\": \"210900320\"}]}";
        Report r = validateText(V, dataset(sirenA, sirenB));
        assertThat(ruleIds(r)).containsExactly("ref.duplicate-identifier");
        assertThat(r.findings().get(0).pointer()).isEqualTo("/territories/1/identifiers/0/value");
    }

    @Test
    void validate_regulatoryRules_runInTheDefaultProfile() {
        Report r = validateText(V, dataset(ariegeWith(
                "{\"id\": \"commune:09003\", \"kind\": \"commune\", \"code\": \"09003\", \"name\": \"Allières\", \"parents\": [{\"territory\": \"departement:09\"}]}",
                "{\"id\": \"commune:85113\", \"kind\": \"commune\", \"code\": \"85113\", \"name\": \"L'Île-d'Yeu\"}")));
        assertThat(ruleIds(r)).containsExactly("rule.commune-in-epci");
        assertThat(r.findings().get(0).entityId()).isEqualTo("commune:09003");
        assertThat(r.valid()).isTrue();
    }

    @Test
    void validate_layersCanBeTurnedOff() {
        Validator onlyRead = Validator.builder().layers(EnumSet.of(Layer.READ)).build();
        Report r = validateText(onlyRead, dataset(ariegeWith(
                "{\"id\": \"x\", \"kind\": \"commune\", \"code\": \"bad\", \"name\": \"X\", \"parents\": [{\"territory\": \"nowhere\"}]}")));
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void builder_refusesUnknownProfile() {
        assertThatThrownBy(() -> Validator.builder().profile("nope").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown profile 'nope'");
    }

    @Test
    void validate_neverEvaluatesExpressionsFromInput() {
        Report r = validateText(V, dataset(ariegeWith(
                "{\"id\": \"commune:09003\", \"kind\": \"commune\", \"code\": \"09003\", \"name\": \"A\", \"parents\": [{\"territory\": \"${1+1}#{7*7}{target}\"}]}",
                "{\"id\": \"commune:09004\", \"kind\": \"commune\", \"code\": \"09004\", \"name\": \"${2+2}\", \"identifiers\": [{\"scheme\": \"siren\", \"value\": \"${3*3}\"}]}")));
        Finding unknown = r.findings("ref.unknown").get(0);
        assertThat(unknown.message()).isEqualTo("'${1+1}#{7*7}{target}' refers to no entity of the dataset");
        Finding siren = r.findings("constraint.siren").get(0);
        assertThat(siren.message()).startsWith("'${3*3}' is not a valid SIREN number");
    }

    @Test
    void validate_neverTouchesTheNetwork_whateverTheInputNames() throws Exception {
        try (ServerSocket trap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + trap.getLocalPort() + "/schema.json";
            String json = "{\"$schema\": \"" + url + "\", \"schemaVersion\": \"1.0.0\", \"id\": \"x\", \"territories\": ["
                    + "{\"id\": \"a\", \"kind\": \"region\", \"code\": \"76\", \"name\": \"" + url + "\", \"$ref\": \"" + url + "\","
                    + " \"$id\": \"" + url + "\"}]}";
            Report shared = validateText(V, json);
            Report standard = validateText(Validator.builder().build(), json);
            assertThat(shared.findings("schema.additional-property")).isNotEmpty();
            assertThat(standard.findings()).isNotNull();
            trap.setSoTimeout(100);
            assertThatThrownBy(trap::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void validate_sharedValidatorOnEightThreads_givesIdenticalReports() throws Exception {
        String json = dataset(ariegeWith(
                "{\"id\": \"commune:09003\", \"kind\": \"commune\", \"code\": \"25003\", \"name\": \"A\", \"parents\": [{\"territory\": \"departement:09\"}, {\"territory\": \"nowhere\"}]}",
                "{\"id\": \"other:1\", \"kind\": \"other-health-territory\", \"code\": \"X\", \"name\": \"X\", \"identifiers\": [{\"scheme\": \"finess-et\", \"value\": \"2A0000015\"}]}"));
        Report expected = validateText(Fixtures.validator(1), json);
        assertThat(expected.findings()).hasSizeGreaterThan(2);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Report>> futures = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                futures.add(pool.submit(() -> validateText(V, json)));
            }
            for (Future<Report> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void validate_manyEntitiesInParallel_keepsFileOrderAndDeterminism() {
        List<String> ts = new ArrayList<>(List.of(Fixtures.ARIEGE));
        for (int i = 0; i < 2000; i++) {
            ts.add("{\"id\": \"other:" + i + "\", \"kind\": \"other-health-territory\", \"code\": \"C" + i + "\", \"name\": \"T\", "
                    + "\"parents\": [{\"territory\": \"missing:" + (i % 7) + "\"}]}");
        }
        String json = dataset(ts.toArray(String[]::new));
        Report one = validateText(Fixtures.validator(1), json);
        Report four = validateText(Fixtures.validator(4), json);
        assertThat(one.findings()).hasSize(2000);
        assertThat(four).isEqualTo(one);
    }
}

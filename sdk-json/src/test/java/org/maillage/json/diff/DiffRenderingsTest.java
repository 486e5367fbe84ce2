package org.maillage.json.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.maillage.core.InvalidDataException;
import org.maillage.core.codelist.CogEvent;
import org.maillage.core.codelist.ContractKind;
import org.maillage.core.codelist.ContractStatus;
import org.maillage.core.codelist.EpciLegalType;
import org.maillage.core.codelist.OrganizationKind;
import org.maillage.core.codelist.PartyRole;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.diff.Changeset;
import org.maillage.core.diff.Differ;
import org.maillage.core.diff.PatchConflictException;
import org.maillage.core.model.Contract;
import org.maillage.core.model.ContractParty;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.Entity;
import org.maillage.core.model.Lineage;
import org.maillage.core.model.Organization;
import org.maillage.core.model.Territory;
import org.maillage.core.model.TerritoryLink;
import org.maillage.json.MaillageJson;
import tools.jackson.databind.JsonNode;

class DiffRenderingsTest {

    private static final Territory OLD = Territory.builder("commune:49069", TerritoryKind.COMMUNE, "49069", "Orée d'Anjou").build();
    private static final Territory NEW = Territory.builder("commune:49126", TerritoryKind.COMMUNE, "49126", "Orée d'Anjou")
            .addReplaces(new Lineage("49069", "commune:49069", CogEvent.COMMUNE_NOUVELLE, LocalDate.of(2025, 1, 1))).build();
    private static final Territory ROUSSET = Territory.builder("commune:05127", TerritoryKind.COMMUNE, "05127", "Rousset").build();

    private static Territory epci(String... members) {
        Territory.Builder b = Territory.builder("epci:200060010", TerritoryKind.EPCI, "200060010", "CA Mauges Communauté")
                .legalType(EpciLegalType.CA);
        for (String m : members) {
            b.addMember(TerritoryLink.to(m));
        }
        return b.build();
    }

    static final Dataset A = Dataset.of(DatasetHeader.of("cog", "COG").withGeography("COG2024", null),
            List.of(OLD, ROUSSET, epci("commune:49069", "commune:05127")));
    static final Dataset B = Dataset.of(DatasetHeader.of("cog", "COG").withGeography("COG2025", null),
            List.of(NEW, ROUSSET.toBuilder().name("Rousset-Serre-Ponçon").build(), epci("commune:05127", "commune:49126")));

    @Test
    void text_listsEntitiesWithTheirFieldChangesAndSuccessors() {
        assertThat(DiffText.render(Differ.standard().diff(A, B))).isEqualTo("""
                ~ header
                    /geography: "COG2024" -> "COG2025"
                ~ territories commune:05127
                    /name: "Rousset" -> "Rousset-Serre-Ponçon"
                ~ territories epci:200060010
                    /members/0: - {"territory":"commune:49069"}
                    /members/1: + {"territory":"commune:49126"}
                - territories commune:49069 -> commune:49126
                + territories commune:49126
                4 entities changed: 1 added, 1 removed, 2 modified; header changed
                """);
        assertThat(DiffText.render(Differ.standard().diff(A, A))).isEqualTo("no differences\n");
    }

    @Test
    void changelog_inFrench_readsAsMergersRenamingsAndMembership() {
        assertThat(Changelog.render(Differ.standard().diff(A, B), A, B, Locale.FRENCH)).isEqualTo("""
                # Changements de COG (COG2024) à COG (COG2025)

                ## Suppressions et fusions

                - La commune Orée d'Anjou (49069) a fusionné dans la commune Orée d'Anjou (49126) au 1er janvier 2025.

                ## Créations

                - Création de la commune Orée d'Anjou (49126), qui remplace la commune Orée d'Anjou (49069) au 1er janvier 2025.

                ## Modifications

                - La commune Rousset (05127) prend le nom de Rousset-Serre-Ponçon.
                - L'EPCI CA Mauges Communauté (200060010) retire la commune Orée d'Anjou (49069) de ses membres.
                - L'EPCI CA Mauges Communauté (200060010) ajoute la commune Orée d'Anjou (49126) comme membre.

                ## Jeu de données

                - Jeu de données : géographie passe de COG2024 à COG2025.
                """);
    }

    @Test
    void changelog_inEnglish_namesTheContractAndTheNewParty() {
        Organization ars = Organization.builder("org:ars-pdl", OrganizationKind.ARS, "ARS Pays de la Loire").build();
        Organization cpts = Organization.builder("org:cpts-mauges", OrganizationKind.CPTS, "CPTS des Mauges").build();
        Contract cls = Contract.builder("contract:cls-mauges", ContractKind.CLS, ContractStatus.IN_FORCE,
                "Contrat local de santé des Mauges").build();
        Contract withParty = cls.toBuilder().parties(List.of(
                new ContractParty("org:cpts-mauges", PartyRole.PARTNER, LocalDate.of(2026, 3, 1), null))).build();
        Dataset a = Dataset.of(DatasetHeader.of("ars", "ARS"), List.<Entity>of(ars, cpts, cls));
        Dataset b = Dataset.of(DatasetHeader.of("ars", "ARS"), List.<Entity>of(ars, cpts, withParty));
        Changeset cs = Differ.standard().diff(a, b);

        assertThat(Changelog.render(cs, a, b, Locale.ENGLISH)).contains(
                "- The CLS Contrat local de santé des Mauges (contract:cls-mauges) adds the CPTS CPTS des Mauges"
                        + " (org:cpts-mauges) as a party on 1 March 2026.");
        assertThat(Changelog.render(cs, a, b, Locale.FRENCH)).contains(
                "- Le CLS Contrat local de santé des Mauges (contract:cls-mauges) ajoute la CPTS CPTS des Mauges"
                        + " (org:cpts-mauges) comme partie au 1er mars 2026.");
        assertThat(Changelog.render(Changeset.EMPTY, a, a, Locale.ENGLISH)).endsWith("No changes.\n");
    }

    @Test
    void changesetJson_hasTheDocumentedShape() {
        JsonNode json = ChangesetJson.toJson(Differ.standard().diff(A, B));
        JsonNode removed = json.get("changes").get(2);
        assertThat(removed.get("family").asString()).isEqualTo("territories");
        assertThat(removed.get("change").asString()).isEqualTo("removed");
        assertThat(removed.get("successors").toString()).isEqualTo("[\"commune:49126\"]");
        JsonNode renamed = json.get("changes").get(0).get("fields").get(0);
        assertThat(renamed.toString()).isEqualTo("{\"path\":\"/name\",\"old\":\"Rousset\",\"new\":\"Rousset-Serre-Ponçon\"}");
    }

    @Test
    void changesetJson_refusesAMalformedChangeset_withThePointer() {
        JsonNode bad = MaillageJson.mapper().readTree("""
                {"changes": [{"family": "territories", "id": "x", "change": "modified", "index": 0,
                  "fields": [{"path": "/nom", "old": "a", "new": "b"}]}]}""");
        assertThatThrownBy(() -> ChangesetJson.fromJson(bad))
                .isInstanceOfSatisfying(InvalidDataException.class,
                        e -> assertThat(e.pointer()).isEqualTo("/changes/0/fields/0/path"))
                .hasMessageContaining("Territory has no member 'nom'");
        assertThatThrownBy(() -> ChangesetJson.fromJson(MaillageJson.mapper().readTree("{\"changes\": [{\"family\": \"communes\"}]}")))
                .hasMessage("not a changeset: unknown family 'communes' (at /changes/0/family)");
    }

    @Test
    void patch_refusesAFailedTest_withTheOperationIndexAndPath() {
        JsonNode patch = JsonPatches.render(Differ.standard().diff(A, B));
        JsonNode other = DiffRoundTripPropertiesTest.canonical(B);

        assertThatThrownBy(() -> JsonPatches.apply(patch, other))
                .isInstanceOfSatisfying(PatchConflictException.class, e -> {
                    assertThat(e.operation()).isZero();
                    assertThat(e.path()).isEqualTo("/geography");
                })
                .hasMessage("operation 0 at '/geography': test failed: expected \"COG2024\", found \"COG2025\"");
    }

    @Test
    void patch_appliesTheRfc6902Operations_andRefusesMissingPaths() {
        JsonNode doc = MaillageJson.mapper().readTree("{\"a\": [1, 2], \"b\": {\"c\": 1.0}}");
        JsonNode patch = MaillageJson.mapper().readTree("""
                [{"op": "test", "path": "/b/c", "value": 1},
                 {"op": "add", "path": "/a/-", "value": 3},
                 {"op": "move", "from": "/a/0", "path": "/b/d"},
                 {"op": "copy", "from": "/b/d", "path": "/e"},
                 {"op": "replace", "path": "/a/0", "value": "x"},
                 {"op": "remove", "path": "/b/c"}]""");
        assertThat(JsonPatches.apply(patch, doc).toString()).isEqualTo("{\"a\":[\"x\",3],\"b\":{\"d\":1},\"e\":1}");
        assertThat(doc.toString()).isEqualTo("{\"a\":[1,2],\"b\":{\"c\":1.0}}");

        JsonNode missing = MaillageJson.mapper().readTree("[{\"op\": \"remove\", \"path\": \"/a/5\"}]");
        assertThatThrownBy(() -> JsonPatches.apply(missing, doc))
                .hasMessage("operation 0 at '/a/5': index 5 is out of bounds (the array has 2 items here)");
        JsonNode unknown = MaillageJson.mapper().readTree("[{\"op\": \"merge\", \"path\": \"/a\"}]");
        assertThatThrownBy(() -> JsonPatches.apply(unknown, doc)).hasMessage("operation 0 at '/a': unknown operation 'merge'");
    }
}

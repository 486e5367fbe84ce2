package org.maillage.imports.cog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.diff.ChangeKind;
import org.maillage.core.diff.Changeset;
import org.maillage.core.diff.Differ;
import org.maillage.core.diff.EntityChange;
import org.maillage.core.diff.FieldChange;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.Lineage;
import org.maillage.core.model.Territory;
import org.maillage.core.model.TerritoryLink;
import org.maillage.json.DatasetReader;
import org.maillage.json.DatasetWriter;
import org.maillage.imports.testkit.CogCache;
import org.maillage.json.MaillageJson;
import org.maillage.json.diff.Changelog;
import org.maillage.json.diff.ChangesetJson;
import org.maillage.json.diff.JsonPatches;
import tools.jackson.databind.JsonNode;

/**
 * The diff of two real COG vintages, 2024 (4.1.0) and 2025 (5.3.0), over the départements where
 * the known 2025 changes happened (a national import of both vintages takes most of a minute on a
 * shared machine; the diff itself is linear and is measured by the benchmarks).
 */
class CogVintagesDiffTest {

    private static Dataset cog2024;
    private static Dataset cog2025;
    private static Changeset changes;
    private static Map<String, EntityChange> byId;

    @BeforeAll
    static void importBothVintages() {
        List<String> departements = List.of("05", "09", "12", "14", "15", "24", "25", "49", "69");
        cog2024 = CogImporter.create().withDepartements(departements).importFrom(CogCache.dataDir("4.1.0")).dataset();
        cog2025 = CogImporter.create().withDepartements(departements).importFrom(CogCache.dataDir("5.3.0")).dataset();
        changes = Differ.standard().diff(cog2024, cog2025);
        byId = changes.changes().stream().collect(Collectors.toMap(EntityChange::id, Function.identity()));
    }

    private static EntityChange change(String id) {
        assertThat(byId).as("a change for %s", id).containsKey(id);
        return byId.get(id);
    }

    @Test
    void communesNouvellesWithANewCode_areReportedAsMergersIntoTheirSuccessor() {
        assertThat(change("commune:49069").change()).isEqualTo(ChangeKind.REMOVED);
        assertThat(change("commune:49069").successors()).containsExactly("commune:49126");
        assertThat(change("commune:14011").successors()).containsExactly("commune:14581");
        assertThat(change("commune:12076").successors()).containsExactly("commune:12218");
        assertThat(change("commune:69159").successors()).containsExactly("commune:69114");

        Territory oree = (Territory) change("commune:49126").newEntity();
        assertThat(oree.name()).isEqualTo("Orée d'Anjou");
        assertThat(oree.replaces()).extracting(Lineage::code)
                .contains("49040", "49069", "49172", "49177", "49270", "49296", "49320", "49360");
    }

    @Test
    void communesNouvellesKeepingTheChefLieuCode_areRenamedAndAbsorbTheirPartners() {
        assertThat(change("commune:09088").fields()).contains(new FieldChange("/name", "Caychax", "Caychax-et-Senconac"));
        assertThat(change("commune:09287").successors()).containsExactly("commune:09088");
        for (String absorbed : List.of("25303", "25347", "25398", "25620")) {
            assertThat(change("commune:" + absorbed).successors()).containsExactly("commune:25390");
        }
    }

    @Test
    void renamedCommunes_areModificationsOfName() {
        assertThat(change("commune:05127").fields()).contains(new FieldChange("/name", "Rousset", "Rousset-Serre-Ponçon"));
        assertThat(change("commune:24177").fields()).contains(new FieldChange("/name", "Faux", "Faux-en-Périgord"));
        assertThat(change("commune:69096").fields()).contains(new FieldChange("/name", "Grigny", "Grigny-sur-Rhône"));
    }

    @Test
    void epciWhoseCompositionChanged_loseAndGainExactlyThoseMembers() {
        List<FieldChange> mauges = members(change("epci:200060010"));
        assertThat(mauges).filteredOn(FieldChange::isRemoval).extracting(f -> ((TerritoryLink) f.oldValue()).territory())
                .containsExactly("commune:49069");
        assertThat(mauges).filteredOn(FieldChange::isAddition).extracting(f -> ((TerritoryLink) f.newValue()).territory())
                .containsExactly("commune:49126");

        List<FieldChange> montbenoit = members(change("epci:242500320"));
        assertThat(montbenoit).filteredOn(FieldChange::isRemoval).hasSize(4);
        assertThat(montbenoit).filteredOn(FieldChange::isAddition).isEmpty();

        assertThat(members(change("epci:200065589"))).filteredOn(FieldChange::isAddition)
                .extracting(f -> ((TerritoryLink) f.newValue()).territory()).containsExactly("commune:14659");
    }

    @Test
    void reestablishedCommunes_areAdded_andEveryRemovedCommuneHasASuccessor() {
        assertThat(change("commune:15031").change()).isEqualTo(ChangeKind.ADDED);
        assertThat(((Territory) change("commune:15031").newEntity()).name()).isEqualTo("Celles");
        List<EntityChange> removedCommunes = changes.changes().stream().filter(c -> c.change() == ChangeKind.REMOVED)
                .filter(c -> ((Territory) c.oldEntity()).kind() == TerritoryKind.COMMUNE).toList();
        // Counted in communes.json of both versions: 13 commune-actuelle codes gone, 8 new, in these départements.
        assertThat(removedCommunes).hasSize(13).allSatisfy(c -> assertThat(c.successors()).as(c.id()).isNotEmpty());
        assertThat(changes.changes().stream().filter(c -> c.change() == ChangeKind.ADDED)
                .filter(c -> ((Territory) c.newEntity()).kind() == TerritoryKind.COMMUNE)).hasSize(8);
    }

    @Test
    void bothFormsOfTheDiff_turn2024Into2025() {
        // Equal up to the order of collections: kept items keep their 2024 place.
        Dataset applied = changes.applyTo(cog2024);
        assertThat(Differ.standard().diff(applied, cog2025).isEmpty()).isTrue();

        Changeset back = ChangesetJson.fromJson(MaillageJson.mapper().readTree(ChangesetJson.toJsonString(changes)));
        assertThat(back).isEqualTo(changes);

        JsonNode canonical2024 = MaillageJson.mapper().readTree(DatasetWriter.canonical().writeString(cog2024));
        JsonNode patched = JsonPatches.apply(JsonPatches.render(changes), canonical2024);
        assertThat(DatasetReader.standard().readString(patched.toString())).isEqualTo(applied);
    }

    @Test
    void changelog_tellsAPartnerWhatMerged() {
        String fr = Changelog.render(changes, cog2024, cog2025, Locale.FRENCH);
        assertThat(fr).contains("- La commune Orée d'Anjou (49069) a fusionné dans la commune Orée d'Anjou (49126).")
                .contains("- La commune Rousset (05127) prend le nom de Rousset-Serre-Ponçon.");
    }

    private static List<FieldChange> members(EntityChange c) {
        return c.fields().stream().filter(f -> f.path().startsWith("/members")).toList();
    }
}

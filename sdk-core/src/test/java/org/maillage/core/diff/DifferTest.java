package org.maillage.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.core.codelist.CogEvent;
import org.maillage.core.codelist.EpciLegalType;
import org.maillage.core.codelist.PopulationKind;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.model.Lineage;
import org.maillage.core.model.Population;
import org.maillage.core.model.Territory;
import org.maillage.core.model.TerritoryLink;

class DifferTest {

    private static final DatasetHeader H = DatasetHeader.of("cog", "COG");

    private static Territory commune(String code, String name) {
        return Territory.builder("commune:" + code, TerritoryKind.COMMUNE, code, name)
                .addPopulation(new Population(1000, 2021, PopulationKind.MUNICIPALE)).build();
    }

    private static Territory epci(String siren, String... members) {
        Territory.Builder b = Territory.builder("epci:" + siren, TerritoryKind.EPCI, siren, "CA " + siren)
                .legalType(EpciLegalType.CA);
        for (String m : members) {
            b.addMember(TerritoryLink.to("commune:" + m));
        }
        return b.build();
    }

    @Test
    void diff_reportsMergedCommuneWithItsSuccessor_fromReplacesInTheSecondDataset() {
        Territory old = commune("49069", "Orée d'Anjou");
        Territory nouvelle = commune("49126", "Orée d'Anjou").toBuilder()
                .addReplaces(new Lineage("49069", null, CogEvent.COMMUNE_NOUVELLE, LocalDate.of(2025, 1, 1))).build();
        Dataset a = Dataset.of(H, List.of(old, epci("200060010", "49069")));
        Dataset b = Dataset.of(H, List.of(nouvelle, epci("200060010", "49126")));

        Changeset cs = Differ.standard().diff(a, b);

        EntityChange removed = cs.changes().stream().filter(c -> c.change() == ChangeKind.REMOVED).findFirst().orElseThrow();
        assertThat(removed.id()).isEqualTo("commune:49069");
        assertThat(removed.successors()).containsExactly("commune:49126");
        EntityChange epci = cs.changes().stream().filter(c -> c.id().equals("epci:200060010")).findFirst().orElseThrow();
        assertThat(epci.fields()).extracting(FieldChange::path).containsExactly("/members/0", "/members/0");
        assertThat(epci.fields().get(0).isRemoval()).isTrue();
        assertThat(epci.fields().get(1).newValue()).isEqualTo(TerritoryLink.to("commune:49126"));
        assertThat(cs.applyTo(a)).isEqualTo(b);
    }

    @Test
    void diff_takesSuccessorsFromReplacedByInTheFirstDataset() {
        Territory old = commune("09287", "Senconac").toBuilder()
                .addReplacedBy(new Lineage("09088", null, CogEvent.COMMUNE_NOUVELLE, null)).build();
        Dataset a = Dataset.of(H, List.of(commune("09088", "Caychax"), old));
        Dataset b = Dataset.of(H, List.of(commune("09088", "Caychax-et-Senconac")));

        Changeset cs = Differ.standard().diff(a, b);

        assertThat(cs.changes()).extracting(EntityChange::change).containsExactly(ChangeKind.MODIFIED, ChangeKind.REMOVED);
        assertThat(cs.changes().get(0).fields()).containsExactly(
                new FieldChange("/name", "Caychax", "Caychax-et-Senconac"));
        assertThat(cs.changes().get(1).successors()).containsExactly("commune:09088");
    }

    @Test
    void diff_renamedTerritoryIsAModificationOfName() {
        Dataset a = Dataset.of(H, List.of(commune("05127", "Rousset")));
        Dataset b = Dataset.of(H, List.of(commune("05127", "Rousset-Serre-Ponçon")));

        Changeset cs = Differ.standard().diff(a, b);

        assertThat(cs.changes()).singleElement().satisfies(c -> {
            assertThat(c.change()).isEqualTo(ChangeKind.MODIFIED);
            assertThat(c.fields()).containsExactly(new FieldChange("/name", "Rousset", "Rousset-Serre-Ponçon"));
        });
    }

    @Test
    void diff_matchesNestedItemsByIdentity_soAChangedFigureIsOneFieldChange() {
        Territory t = commune("01001", "A").toBuilder()
                .addPopulation(new Population(500, 2020, PopulationKind.TOTALE)).build();
        Territory u = Territory.builder(t.id(), t.kind(), t.code(), t.name())
                .addPopulation(new Population(510, 2020, PopulationKind.TOTALE))
                .addPopulation(new Population(1000, 2021, PopulationKind.MUNICIPALE)).build();

        Changeset cs = Differ.standard().diff(Dataset.of(H, List.of(t)), Dataset.of(H, List.of(u)));

        assertThat(cs.changes().get(0).fields()).containsExactly(new FieldChange("/population/1/value", 500L, 510L));
    }

    @Test
    void diff_withoutIdentities_matchesByWholeValue() {
        Territory t = commune("01001", "A");
        Territory u = Territory.builder(t.id(), t.kind(), t.code(), t.name())
                .addPopulation(new Population(1001, 2021, PopulationKind.MUNICIPALE)).build();
        Differ byValue = Differ.builder().identities(Identities.none()).build();

        Changeset cs = byValue.diff(Dataset.of(H, List.of(t)), Dataset.of(H, List.of(u)));

        assertThat(cs.changes().get(0).fields()).extracting(FieldChange::path).containsExactly("/population/0",
                "/population/0");
    }

    @Test
    void diff_leavesOutIgnoredFieldsAndFamilies() {
        Dataset a = Dataset.of(H, List.of(commune("01001", "A")));
        Territory u = Territory.builder("commune:01001", TerritoryKind.COMMUNE, "01001", "A")
                .addPopulation(new Population(2000, 2021, PopulationKind.MUNICIPALE)).build();
        Dataset b = Dataset.of(H.withGeography("COG2025", null), List.of(u));

        assertThat(Differ.builder().ignore("territories/*/population").ignore("header/geography").build()
                .diff(a, b).isEmpty()).isTrue();
        assertThat(Differ.builder().ignore("territories").build().diff(a, b).changes()).isEmpty();
        assertThat(Differ.builder().ignore(EntityFamily.TERRITORIES).build().diff(a, b).header())
                .containsExactly(new FieldChange("/geography", null, "COG2025"));
        assertThat(Differ.builder().ignore("territories/commune:01001/population/*/value").build()
                .diff(a, b).changes()).isEmpty();
        assertThat(Differ.standard().diff(a, b).changes().get(0).fields()).extracting(FieldChange::path)
                .containsExactly("/population/0/value");
    }

    @Test
    void ignore_refusesAPatternThatNamesNoFamily() {
        assertThatThrownBy(() -> Differ.builder().ignore("communes/*/name"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'communes' is neither a family (territories");
        assertThatThrownBy(() -> Differ.builder().ignore("territories/name"))
                .hasMessageContaining("expected FAMILY/ID/FIELD");
    }

    @Test
    void applyTo_refusesAChangesetWhoseOldValueDoesNotMatch_withTheOperationAndPath() {
        Dataset a = Dataset.of(H, List.of(commune("05127", "Rousset")));
        Dataset b = Dataset.of(H, List.of(commune("05127", "Rousset-Serre-Ponçon")));
        Changeset cs = Differ.standard().diff(a, b);
        Dataset other = Dataset.of(H, List.of(commune("05127", "Le Rousset")));

        assertThatThrownBy(() -> cs.applyTo(other))
                .isInstanceOfSatisfying(PatchConflictException.class, e -> {
                    assertThat(e.operation()).isZero();
                    assertThat(e.path()).isEqualTo("/territories/0/name");
                })
                .hasMessageContaining("expected Rousset, found Le Rousset");
    }

    @Test
    void applyTo_refusesAChangesetForAnotherEntityAtThatIndex() {
        Dataset a = Dataset.of(H, List.of(commune("05127", "Rousset")));
        Changeset cs = Differ.standard().diff(a, Dataset.of(H, List.of()));

        assertThatThrownBy(() -> cs.applyTo(Dataset.of(H, List.of(commune("01001", "A")))))
                .isInstanceOf(PatchConflictException.class)
                .hasMessageContaining("expected entity 'commune:05127' at index 0, found 'commune:01001'");
    }

    /** Found by PatchFuzzTest: an insertion with no new value ("new" misspelt) ended in a NullPointerException. */
    @Test
    void issue13_applyTo_refusesAnInsertionWithoutAValue_asAConflict() {
        Dataset a = Dataset.of(H, List.of(commune("05127", "Rousset")));
        Changeset cs = new Changeset(List.of(), List.of(new EntityChange(EntityFamily.TERRITORIES, "commune:05127",
                ChangeKind.MODIFIED, 0, List.of(new FieldChange("/population/1", null, null)), List.of())));

        assertThatThrownBy(() -> cs.applyTo(a))
                .isInstanceOfSatisfying(PatchConflictException.class, e -> {
                    assertThat(e.operation()).isZero();
                    assertThat(e.path()).isEqualTo("/territories/0/population/1");
                })
                .hasMessageContaining("nothing to insert: the change has neither an old nor a new value");
    }

    @Test
    void valueType_resolvesNestedCollectionItemTypes() {
        assertThat(FieldChange.valueType(EntityFamily.TERRITORIES, "/members/3")).isEqualTo(TerritoryLink.class);
        assertThat(FieldChange.valueType(EntityFamily.TERRITORIES, "/population/0/value")).isEqualTo(long.class);
        assertThat(FieldChange.valueType(EntityFamily.TERRITORIES, "")).isEqualTo(Territory.class);
        assertThat(FieldChange.valueType(null, "/$schema")).isEqualTo(String.class);
        assertThatThrownBy(() -> FieldChange.valueType(EntityFamily.TERRITORIES, "/nom"))
                .hasMessageContaining("Territory has no member 'nom'");
    }

    @Test
    void identities_declareTheModelTypes() {
        assertThat(Identities.standard().of(TerritoryLink.class)).containsExactly("territory");
        assertThat(Identities.standard().of(Population.class)).containsExactly("year", "kind");
        assertThat(Identities.standard().of(Territory.class)).isEmpty();
    }
}

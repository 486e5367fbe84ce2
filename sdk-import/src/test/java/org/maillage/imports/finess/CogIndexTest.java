package org.maillage.imports.finess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.Lineage;
import org.maillage.core.model.Territory;
import org.maillage.core.model.TerritoryLink;
import org.maillage.json.DatasetWriter;

/** How FINESS commune codes are found in a COG dataset, and which territories ship with the facilities. */
class CogIndexTest {

    @TempDir
    Path dir;

    private CogIndex index() {
        Territory region = Territory.builder("region:27", TerritoryKind.REGION, "27", "Bourgogne-Franche-Comté").build();
        Territory doubs = Territory.builder("departement:25", TerritoryKind.DEPARTEMENT, "25", "Doubs")
                .addParent(new TerritoryLink("region:27", null, null)).build();
        Territory nouvelle = Territory.builder("commune:25060", TerritoryKind.COMMUNE, "25060", "Bellevaux")
                .addParent(new TerritoryLink("departement:25", null, null))
                .addReplaces(new Lineage("25282", "commune-deleguee:25282", null, null))
                .addReplaces(new Lineage("25999", null, null, null)).build();
        Territory deleguee = Territory.builder("commune-deleguee:25282", TerritoryKind.COMMUNE_DELEGUEE, "25282", "Ancienne")
                .addParent(new TerritoryLink("commune:25060", null, null)).build();
        Territory stBarth = Territory.builder("commune:97701", TerritoryKind.COMMUNE, "97701", "Saint-Barthélemy")
                .addParent(new TerritoryLink("collectivite-outre-mer:977", null, null)).build();
        Territory com = Territory.builder("collectivite-outre-mer:977", TerritoryKind.COLLECTIVITE_OUTRE_MER, "977",
                "Saint-Barthélemy").build();
        Territory paris = Territory.builder("commune:75056", TerritoryKind.COMMUNE, "75056", "Paris").build();
        Territory arrondissement = Territory.builder("arrondissement-municipal:75113", TerritoryKind.ARRONDISSEMENT_MUNICIPAL,
                "75113", "Paris 13e Arrondissement").addParent(new TerritoryLink("commune:75056", null, null)).build();
        Path file = dir.resolve("cog.json");
        DatasetWriter.canonical().write(Dataset.of(DatasetHeader.of("cog-test", "COG de test").withGeography("COG2026", null),
                java.util.List.of(region, doubs, nouvelle, deleguee, stBarth, com, paris, arrondissement)), file);
        return CogIndex.read(file);
    }

    @Test
    void find_linksCodesAsWritten_formerOverseasCodes_andMergedCommunes() {
        CogIndex cog = index();
        assertThat(cog.header().geography()).isEqualTo("COG2026");
        assertThat(cog.find("75113")).isEqualTo(Map.entry("arrondissement-municipal:75113", CogIndex.Match.EXACT));
        assertThat(cog.find("25060")).isEqualTo(Map.entry("commune:25060", CogIndex.Match.EXACT));
        assertThat(cog.find("25282")).as("the commune déléguée still exists under its code")
                .isEqualTo(Map.entry("commune-deleguee:25282", CogIndex.Match.EXACT));
        assertThat(cog.find("25999")).as("merged, no déléguée left").isEqualTo(Map.entry("commune:25060", CogIndex.Match.SUCCESSOR));
        assertThat(cog.find("97123")).isEqualTo(Map.entry("commune:97701", CogIndex.Match.FORMER_OVERSEAS_CODE));
        assertThat(cog.find("97127")).as("Saint-Martin is not in this dataset").isNull();
        assertThat(cog.find("99999")).isNull();
    }

    @Test
    void closure_bringsParentsAndLineage_soReferencesResolve() {
        CogIndex cog = index();
        assertThat(cog.closure(Set.of("commune:25060"))).containsExactlyInAnyOrder("commune:25060", "departement:25", "region:27",
                "commune-deleguee:25282");
        assertThat(cog.closure(Set.of("commune:97701"))).containsExactlyInAnyOrder("commune:97701", "collectivite-outre-mer:977");
    }
}

package org.maillage.json.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.maillage.core.codelist.PopulationKind;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.id.IdentifierScheme;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.model.Identifier;
import org.maillage.core.model.Population;
import org.maillage.core.model.Territory;
import org.maillage.core.model.TerritoryLink;
import org.maillage.json.generate.DatasetGenerator.Part;

/** The territories of a generated dataset: régions, départements, communes, EPCI and TVS. */
final class TerritoryParts {

    private final Geography g;
    private final long[] departementPopulation;
    private final long[] epciPopulation;

    TerritoryParts(Geography g, long seed) {
        this.g = g;
        departementPopulation = new long[g.departements.size()];
        for (int c = 0; c < g.communeCount(); c++) {
            departementPopulation[g.communeDepartement[c]] += g.communePopulation[c];
        }
        epciPopulation = new long[g.epciCount()];
        for (int i = 0; i < g.epciCount(); i++) {
            for (int c = g.epciStart[i]; c < g.epciStart[i + 1]; c++) {
                epciPopulation[i] += g.communePopulation[c];
            }
        }
    }

    List<Part> parts() {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(EntityFamily.TERRITORIES, "regions", 11, g.regions.size(), i -> region((int) i), null,
                false, false));
        parts.add(new Part(EntityFamily.TERRITORIES, "departements", 12, g.departements.size(),
                i -> departement((int) i), null, false, false));
        parts.add(new Part(EntityFamily.TERRITORIES, "communes", 13, g.communeCount(), i -> commune((int) i),
                (e, r) -> changeCommune((Territory) e, r), false, false));
        parts.add(new Part(EntityFamily.TERRITORIES, "epci", 14, g.epciCount(), i -> epci((int) i),
                (e, r) -> rename((Territory) e, r), false, false));
        parts.add(new Part(EntityFamily.TERRITORIES, "tvs", 15, g.tvsCount(), i -> tvs((int) i),
                (e, r) -> rename((Territory) e, r), false, false));
        return parts;
    }

    static String regionId(String code) {
        return "region:" + code;
    }

    static String departementId(String code) {
        return "departement:" + code;
    }

    String communeId(int c) {
        return "commune:" + g.communeCode[c];
    }

    String epciSiren(int i) {
        return Keys.luhn("200" + Geography.pad(g.epciNumber[i], 5));
    }

    String tvsId(int i) {
        return "tvs:" + g.communeCode[g.tvsStart[i]];
    }

    private Territory region(int i) {
        Geography.Region r = g.regions.get(i);
        long pop = 0;
        for (int d = 0; d < g.departements.size(); d++) {
            if (g.departements.get(d).region().equals(r.code())) {
                pop += departementPopulation[d];
            }
        }
        return Territory.builder(regionId(r.code()), TerritoryKind.REGION, r.code(), r.name())
                .addIdentifier(Identifier.of(IdentifierScheme.INSEE_REGION, r.code()))
                .addIdentifier(Identifier.of(IdentifierScheme.SIREN, Keys.luhn("23000" + r.code() + "0")))
                .addPopulation(new Population(pop, Geography.POPULATION_YEAR, PopulationKind.MUNICIPALE))
                .build();
    }

    private Territory departement(int i) {
        Geography.Departement d = g.departements.get(i);
        String digits = switch (d.code()) {
            case "2A" -> "201";
            case "2B" -> "202";
            default -> d.code().length() == 2 ? "0" + d.code() : d.code();
        };
        return Territory.builder(departementId(d.code()), TerritoryKind.DEPARTEMENT, d.code(), d.name())
                .addIdentifier(Identifier.of(IdentifierScheme.INSEE_DEPARTEMENT, d.code()))
                .addIdentifier(Identifier.of(IdentifierScheme.SIREN, Keys.luhn("22" + digits + "000")))
                .addParent(TerritoryLink.to(regionId(d.region())))
                .addPopulation(new Population(departementPopulation[i], Geography.POPULATION_YEAR, PopulationKind.MUNICIPALE))
                .build();
    }

    /** The SIREN of a commune: 21, its code with 2A/2B read as 20, a digit telling 2A from 2B, the key. */
    String communeSiren(int c) {
        String code = g.communeCode[c];
        String digits = code.startsWith("2A") || code.startsWith("2B") ? "20" + code.substring(2) : code;
        return Keys.luhn("21" + digits + (code.startsWith("2B") ? "1" : "0"));
    }

    private Territory commune(int c) {
        Geography.Departement d = g.departements.get(g.communeDepartement[c]);
        return Territory.builder(communeId(c), TerritoryKind.COMMUNE, g.communeCode[c], g.communeName[c])
                .addIdentifier(Identifier.of(IdentifierScheme.INSEE_COMMUNE, g.communeCode[c]))
                .addIdentifier(Identifier.of(IdentifierScheme.SIREN, communeSiren(c)))
                .addParent(TerritoryLink.to(departementId(d.code())))
                .addParent(TerritoryLink.to(regionId(d.region())))
                .addPopulation(new Population(g.communePopulation[c], Geography.POPULATION_YEAR, PopulationKind.MUNICIPALE))
                .build();
    }

    private Territory epci(int i) {
        Geography.Departement d = g.departements.get(g.epciDepartement[i]);
        String siren = epciSiren(i);
        Territory.Builder b = Territory.builder("epci:" + siren, TerritoryKind.EPCI, siren,
                        g.epciType[i].code().startsWith("C") ? epciPrefix(g.epciType[i].code()) + g.epciName[i]
                                : "Métropole " + g.epciName[i])
                .legalType(g.epciType[i])
                .addIdentifier(Identifier.of(IdentifierScheme.SIREN, siren))
                .addParent(TerritoryLink.to(departementId(d.code())))
                .addPopulation(new Population(epciPopulation[i], Geography.POPULATION_YEAR, PopulationKind.MUNICIPALE));
        for (int c = g.epciStart[i]; c < g.epciStart[i + 1]; c++) {
            b.addMember(TerritoryLink.to(communeId(c)));
        }
        return b.build();
    }

    private static String epciPrefix(String type) {
        return switch (type) {
            case "CA" -> "Communauté d'agglomération ";
            case "CU" -> "Communauté urbaine ";
            default -> "Communauté de communes ";
        };
    }

    private Territory tvs(int i) {
        Geography.Departement d = g.departements.get(g.tvsDepartement[i]);
        String code = g.communeCode[g.tvsStart[i]];
        Territory.Builder b = Territory.builder(tvsId(i), TerritoryKind.TVS, code, "TVS " + g.tvsName[i])
                .addParent(TerritoryLink.to(departementId(d.code())));
        for (int c = g.tvsStart[i]; c < g.tvsStart[i + 1]; c++) {
            b.addMember(TerritoryLink.to(communeId(c)));
        }
        return b.build();
    }

    /** A new census figure (a few percent up or down) or a new name. */
    private static Territory changeCommune(Territory t, SplittableRandom r) {
        if (r.nextBoolean() || t.population().isEmpty()) {
            return rename(t, r);
        }
        Population p = t.population().get(0);
        long value = Math.max(1, Math.round(p.value() * (0.95 + 0.1 * r.nextDouble())));
        if (value == p.value()) {
            value = p.value() + 1;
        }
        return Records.with(t, "population", List.of(new Population(value, p.year(), p.kind())));
    }

    private static Territory rename(Territory t, SplittableRandom r) {
        return Records.with(t, "name", t.name() + "-" + Names.root(r));
    }
}

package org.maillage.json.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.maillage.core.codelist.ContractKind;
import org.maillage.core.codelist.ContractStatus;
import org.maillage.core.codelist.CptsMission;
import org.maillage.core.codelist.CptsSizeClass;
import org.maillage.core.codelist.GhtRole;
import org.maillage.core.codelist.GhtType;
import org.maillage.core.codelist.HealthTheme;
import org.maillage.core.codelist.IndicatorDirection;
import org.maillage.core.codelist.MissionStatus;
import org.maillage.core.codelist.ObservationStatus;
import org.maillage.core.codelist.OrganizationKind;
import org.maillage.core.codelist.PartyRole;
import org.maillage.core.codelist.PlanDecisionKind;
import org.maillage.core.codelist.PlanKind;
import org.maillage.core.codelist.PlanStatus;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.codelist.ZoneCategory;
import org.maillage.core.id.IdentifierScheme;
import org.maillage.core.model.Capacity;
import org.maillage.core.model.CodeRef;
import org.maillage.core.model.Contract;
import org.maillage.core.model.ContractAxis;
import org.maillage.core.model.ContractParty;
import org.maillage.core.model.Coordinates;
import org.maillage.core.model.Coordinator;
import org.maillage.core.model.CptsProfile;
import org.maillage.core.model.Entity;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.model.Facility;
import org.maillage.core.model.FundingLine;
import org.maillage.core.model.GhtMember;
import org.maillage.core.model.GhtProfile;
import org.maillage.core.model.Identifier;
import org.maillage.core.model.IndicatorDefinition;
import org.maillage.core.model.Mission;
import org.maillage.core.model.Observation;
import org.maillage.core.model.Organization;
import org.maillage.core.model.Period;
import org.maillage.core.model.Plan;
import org.maillage.core.model.PlanDecision;
import org.maillage.core.model.TerritoryLink;
import org.maillage.core.model.ZoneAssignment;
import org.maillage.core.model.ZoningDecision;
import org.maillage.json.generate.DatasetGenerator.Part;

/**
 * The health governance entities of a generated dataset: ARS and their delegations, collectivités,
 * hospitals, GHT (each associated with its région's CHU) and CPTS; CLS; FINESS sites; indicator definitions, quarterly observations per
 * commune and TVS; zoning decisions per ARS and profession; the regional health project (PRS) of each région,
 * which every CLS implements.
 */
final class HealthParts {

    /** Quarterly observations per commune for these indicators (apl-mg is also observed per TVS). */
    private static final String[][] INDICATORS = {
        // code, unit, direction, profession, label, median, spread
        {"apl-mg", "consultations/an/habitant", "higher-is-better", "medecin-generaliste",
            "Accessibilité potentielle localisée aux médecins généralistes", "3.4", "0.35"},
        {"apl-inf", "ETP/100 000 habitants", "higher-is-better", "infirmier",
            "Accessibilité potentielle localisée aux infirmiers", "110", "0.4"},
        {"apl-mk", "ETP/100 000 habitants", "higher-is-better", "masseur-kinesitherapeute",
            "Accessibilité potentielle localisée aux masseurs-kinésithérapeutes", "95", "0.4"},
        {"apl-sf", "ETP/100 000 femmes", "higher-is-better", "sage-femme",
            "Accessibilité potentielle localisée aux sages-femmes", "18", "0.5"},
        {"apl-cd", "ETP/100 000 habitants", "higher-is-better", "chirurgien-dentiste",
            "Accessibilité potentielle localisée aux chirurgiens-dentistes", "50", "0.45"},
        {"densite-mg", "médecins/100 000 habitants", "higher-is-better", "medecin-generaliste",
            "Densité de médecins généralistes", "85", "0.4"},
        {"patients-sans-medecin-traitant", "%", "lower-is-better", null,
            "Part des patients sans médecin traitant", "11", "0.5"},
        {"delai-rendez-vous", "jours", "lower-is-better", "medecin-generaliste",
            "Délai d'obtention d'un rendez-vous", "6", "0.5"}
    };
    /** Indicators observed per commune every quarter: all but the waiting time (a survey, per TVS). */
    private static final int COMMUNE_INDICATORS = 7;
    /** Zoning: doctors per TVS (ZIP, ZAC, not classified), other professions in five levels. */
    private static final String[] ZONED_PROFESSIONS = {
        "medecin-generaliste", "infirmier", "masseur-kinesitherapeute", "sage-femme", "chirurgien-dentiste",
        "orthophoniste"
    };
    private static final BigDecimal ZIP_THRESHOLD = new BigDecimal("2.5");
    /** Facility categories (FINESS TRE_R66) with their weights among the generated sites. */
    private static final String[][] CATEGORIES = {
        {"500", "EHPAD", "40"}, {"603", "Maison de santé pluriprofessionnelle", "22"},
        {"124", "Centre de santé", "14"}, {"354", "SSIAD", "10"}, {"355", "Centre hospitalier", "4"},
        {"365", "Clinique", "4"}, {"292", "Centre hospitalier spécialisé", "2"}, {"127", "HAD", "2"},
        {"106", "Centre hospitalier, ex hôpital local", "2"}
    };
    private static final long STREAM_ENTITY = 2;

    private final Geography g;
    private final TerritoryParts territories;
    private final long seed;
    private final int years;
    private final int[] tvsOfCommune;
    private final int[] firstEpciOf;
    private final int hospitalCount;

    HealthParts(Geography g, TerritoryParts territories, long seed, int years) {
        this.g = g;
        this.territories = territories;
        this.seed = seed;
        this.years = years;
        tvsOfCommune = new int[g.communeCount()];
        for (int t = 0; t < g.tvsCount(); t++) {
            for (int c = g.tvsStart[t]; c < g.tvsStart[t + 1]; c++) {
                tvsOfCommune[c] = t;
            }
        }
        firstEpciOf = new int[g.departements.size()];
        for (int e = g.epciCount() - 1; e >= 0; e--) {
            firstEpciOf[g.epciDepartement[e]] = e;
        }
        int ght = 0;
        for (Geography.Departement d : g.departements) {
            ght += d.ght().count();
        }
        hospitalCount = ght * Geography.HOSPITALS_PER_GHT;
    }

    List<Part> parts() {
        List<Part> parts = new ArrayList<>();
        int depCount = g.departements.size();
        parts.add(new Part(EntityFamily.ORGANIZATIONS, "ars", 21, g.regions.size(), i -> ars((int) i), this::rename,
                false, false));
        parts.add(new Part(EntityFamily.ORGANIZATIONS, "ars-delegations", 22, depCount, i -> delegation((int) i),
                this::rename, false, false));
        parts.add(new Part(EntityFamily.ORGANIZATIONS, "collectivites", 23, g.epciCount(), i -> collectivite((int) i),
                this::rename, false, false));
        parts.add(new Part(EntityFamily.ORGANIZATIONS, "hospitals", 24, hospitalCount, this::hospital, this::rename,
                false, false));
        parts.add(new Part(EntityFamily.ORGANIZATIONS, "ght", 25, hospitalCount / Geography.HOSPITALS_PER_GHT,
                this::ght, this::rename, false, false));
        parts.add(new Part(EntityFamily.ORGANIZATIONS, "cpts", 26, sum(Geography.Departement::cpts), this::cpts,
                this::rename, false, false));
        parts.add(new Part(EntityFamily.ORGANIZATIONS, "chu", 27, g.regions.size(), i -> chu((int) i), this::rename,
                false, false));
        parts.add(new Part(EntityFamily.CONTRACTS, "cls", 31, sum(Geography.Departement::cls), this::cls,
                (e, r) -> Records.with((Contract) e, "title", ((Contract) e).title() + " (avenant " + (1 + r.nextInt(3)) + ")"),
                true, false));
        parts.add(new Part(EntityFamily.FACILITIES, "facilities", 41, sum(Geography.Departement::facilities),
                this::facility, this::changeFacility, true, true));
        parts.add(new Part(EntityFamily.INDICATORS, "indicators", 51, INDICATORS.length, i -> indicator((int) i),
                null, false, false));
        long perQuarter = (long) g.communeCount() * COMMUNE_INDICATORS + 2L * g.tvsCount();
        parts.add(new Part(EntityFamily.OBSERVATIONS, "observations", 61, perQuarter * 4 * years,
                i -> observation(i, perQuarter), (e, r) -> revise((Observation) e, r), true, true));
        parts.add(new Part(EntityFamily.ZONINGS, "zonings", 71, (long) g.regions.size() * ZONED_PROFESSIONS.length,
                i -> zoning((int) i), (e, r) -> Records.with((ZoningDecision) e, "legalReference",
                        ((ZoningDecision) e).legalReference() + " modifié"), false, false));
        parts.add(new Part(EntityFamily.PLANS, "prs", 81, g.regions.size(), i -> prs((int) i),
                (e, r) -> Records.with((Plan) e, "title", ((Plan) e).title() + " (révisé)"), false, false));
        return parts;
    }

    private long sum(java.util.function.Function<Geography.Departement, Geography.Quota> quota) {
        long n = 0;
        for (Geography.Departement d : g.departements) {
            n += quota.apply(d).count();
        }
        return n;
    }

    /** The département holding the rank-th entity of a quota, and the rank within it. */
    private int[] locate(java.util.function.Function<Geography.Departement, Geography.Quota> quota, long rank) {
        long r = rank;
        for (int d = 0; d < g.departements.size(); d++) {
            int n = quota.apply(g.departements.get(d)).count();
            if (r < n) {
                return new int[] {d, (int) r};
            }
            r -= n;
        }
        throw new IllegalArgumentException("rank " + rank + " beyond the quota");
    }

    private SplittableRandom random(long part, long index) {
        return Seeds.random(seed, STREAM_ENTITY * 1_000 + part, index);
    }

    static String arsId(String region) {
        return "org:ars-" + region;
    }

    private Organization ars(int i) {
        Geography.Region r = g.regions.get(i);
        return Organization.builder(arsId(r.code()), OrganizationKind.ARS, "Agence régionale de santé " + r.name())
                .shortName("ARS " + r.name())
                .addIdentifier(Identifier.of(IdentifierScheme.SIREN, Keys.luhn("13000" + r.code() + "9")))
                .addJurisdiction(TerritoryLink.to(TerritoryParts.regionId(r.code())))
                .build();
    }

    static String prsId(String region) {
        return "plan:prs-" + region;
    }

    /** The regional health project of a région, adopted by its ARS, in force 2018-2028 (the second generation of PRS). */
    private Plan prs(int i) {
        Geography.Region r = g.regions.get(i);
        LocalDate adopted = LocalDate.of(2018, 6, 29);
        return Plan.builder(prsId(r.code()), PlanKind.PRS, PlanStatus.IN_FORCE, "Projet régional de santé " + r.name() + " 2018-2028")
                .organization(arsId(r.code()))
                .addTerritory(TerritoryLink.to(TerritoryParts.regionId(r.code())))
                .addDecision(new PlanDecision(arsId(r.code()), PlanDecisionKind.ADOPTION, adopted, null))
                .validFrom(LocalDate.of(2018, 7, 1))
                .validTo(LocalDate.of(2028, 6, 30))
                .build();
    }

    private Organization delegation(int d) {
        Geography.Departement dep = g.departements.get(d);
        return Organization.builder("org:ars-dd-" + dep.code(), OrganizationKind.ARS_DELEGATION,
                        "Délégation départementale " + dep.name())
                .parent(arsId(dep.region()))
                .addJurisdiction(TerritoryLink.to(TerritoryParts.departementId(dep.code())))
                .build();
    }

    String collectiviteId(int epci) {
        return "org:epci-" + territories.epciSiren(epci);
    }

    private Organization collectivite(int e) {
        return Organization.builder(collectiviteId(e), OrganizationKind.EPCI, g.epciName[e])
                .territory("epci:" + territories.epciSiren(e))
                .build();
    }

    /** Hospital h belongs to GHT h / 5; the first of each five is the GHT's support. */
    private String hospitalId(long h) {
        return "org:hospital-" + h;
    }

    private Geography.Departement ghtDepartement(long ght) {
        return g.departements.get(locate(Geography.Departement::ght, ght)[0]);
    }

    private static String finessPrefix(String departement) {
        return departement.length() == 3 ? "97" : departement;
    }

    private Entity hospital(long h) {
        Geography.Departement d = ghtDepartement(h / Geography.HOSPITALS_PER_GHT);
        SplittableRandom r = random(24, h);
        String name = (h % Geography.HOSPITALS_PER_GHT == 0 ? "Centre hospitalier de " : "Centre hospitalier ")
                + Names.root(r);
        return Organization.builder(hospitalId(h), OrganizationKind.HOSPITAL, name)
                .addIdentifier(Identifier.of(IdentifierScheme.FINESS_EJ,
                        Keys.finess(finessPrefix(d.code()), "9" + Geography.pad((int) h, 5))))
                .build();
    }

    static String chuId(String region) {
        return "org:chu-" + region;
    }

    /** The university hospital of a région, associated with every GHT of the région (CSP L6132-1). */
    private Organization chu(int i) {
        Geography.Region r = g.regions.get(i);
        return Organization.builder(chuId(r.code()), OrganizationKind.HOSPITAL, "Centre hospitalier universitaire " + r.name())
                .build();
    }

    private Entity ght(long i) {
        Geography.Departement d = ghtDepartement(i);
        List<GhtMember> members = new ArrayList<>();
        for (int k = 0; k < Geography.HOSPITALS_PER_GHT; k++) {
            members.add(new GhtMember(hospitalId(i * Geography.HOSPITALS_PER_GHT + k),
                    k == 0 ? GhtRole.SUPPORT : GhtRole.MEMBER, LocalDate.of(2016, 7, 1), null));
        }
        members.add(new GhtMember(chuId(d.region()), GhtRole.ASSOCIATE, LocalDate.of(2016, 7, 1), null));
        return Organization.builder("org:ght-" + i, OrganizationKind.GHT, "GHT " + d.name() + " " + (i + 1))
                .addJurisdiction(TerritoryLink.to(TerritoryParts.departementId(d.code())))
                .ght(new GhtProfile(i % 9 == 8 ? GhtType.PSYCHIATRY : GhtType.GENERAL, members))
                .validFrom(LocalDate.of(2016, 7, 1))
                .build();
    }

    /** The rank-th EPCI of a département (CLS and CPTS quotas never exceed its EPCI count). */
    private int epciOf(int depIndex, int rank) {
        return firstEpciOf[depIndex] + rank;
    }

    private String cptsId(long i) {
        return "org:cpts-" + i;
    }

    private Entity cpts(long i) {
        int[] at = locate(Geography.Departement::cpts, i);
        Geography.Departement d = g.departements.get(at[0]);
        int epci = epciOf(at[0], at[1]);
        long pop = 0;
        for (int c = g.epciStart[epci]; c < g.epciStart[epci + 1]; c++) {
            pop += g.communePopulation[c];
        }
        CptsSizeClass size = pop < 40_000 ? CptsSizeClass.CLASS_1 : pop < 80_000 ? CptsSizeClass.CLASS_2
                : pop < 175_000 ? CptsSizeClass.CLASS_3 : CptsSizeClass.CLASS_4;
        SplittableRandom r = random(26, i);
        LocalDate aci = LocalDate.of(2019 + r.nextInt(6), 1 + r.nextInt(12), 1);
        return Organization.builder(cptsId(i), OrganizationKind.CPTS, "CPTS " + g.epciName[epci])
                .addJurisdiction(new TerritoryLink("epci:" + territories.epciSiren(epci), aci, null))
                .cpts(new CptsProfile(size, List.of(
                        new Mission(CptsMission.ACCESS_TO_CARE, MissionStatus.DEPLOYED, aci, null),
                        new Mission(CptsMission.CARE_PATHWAYS, MissionStatus.IN_PROGRESS, aci.plusYears(1), null),
                        new Mission(CptsMission.PREVENTION, MissionStatus.IN_PROGRESS, aci.plusYears(1), null),
                        new Mission(CptsMission.HEALTH_CRISIS, MissionStatus.PLANNED, null, null)), aci))
                .validFrom(aci)
                .build();
    }

    private Entity cls(long i) {
        int[] at = locate(Geography.Departement::cls, i);
        Geography.Departement d = g.departements.get(at[0]);
        int epci = epciOf(at[0], at[1]);
        SplittableRandom r = random(31, i);
        int year = 2021 + r.nextInt(5);
        LocalDate signed = LocalDate.of(year - 1, 12, 1 + r.nextInt(20));
        String ars = arsId(d.region());
        String collectivite = collectiviteId(epci);
        Contract.Builder b = Contract.builder("contract:cls-" + i, ContractKind.CLS, ContractStatus.IN_FORCE,
                        "Contrat local de santé " + g.epciName[epci] + " " + year + "-" + (year + 4))
                .addParty(ContractParty.signatory(ars, signed))
                .addParty(ContractParty.signatory(collectivite, signed))
                .addTerritory(TerritoryLink.to("epci:" + territories.epciSiren(epci)))
                .validFrom(LocalDate.of(year, 1, 1))
                .validTo(LocalDate.of(year + 4, 12, 31))
                .addAxis(new ContractAxis("axe-1", "Accès aux soins de proximité",
                        List.of(HealthTheme.ACCESS_TO_CARE, HealthTheme.PROFESSIONAL_ATTRACTIVENESS), List.of()))
                .addAxis(new ContractAxis("axe-2", "Santé mentale", List.of(HealthTheme.MENTAL_HEALTH), List.of()))
                .addAxis(new ContractAxis("axe-3", "Prévention et santé environnementale",
                        List.of(HealthTheme.PREVENTION, HealthTheme.ENVIRONMENTAL_HEALTH), List.of()))
                .coordinator(new Coordinator(null, collectivite, true, BigDecimal.ONE, LocalDate.of(year, 1, 1), null))
                .addFunding(new FundingLine(ars, year, BigDecimal.valueOf(20_000 + 1_000L * r.nextInt(20)), null))
                .addFunding(new FundingLine(collectivite, year, BigDecimal.valueOf(15_000 + 1_000L * r.nextInt(20)), null))
                .addPlan(prsId(d.region()));
        long ght = ghtOf(at[0]);
        if (ght >= 0) {
            b.addParty(new ContractParty(hospitalId(ght * Geography.HOSPITALS_PER_GHT), PartyRole.PARTNER, null, null));
        }
        return b.build();
    }

    /** The first GHT of a département, or of the nearest earlier one that has one; -1 if none. */
    private long ghtOf(int depIndex) {
        for (int d = depIndex; d >= 0; d--) {
            Geography.Quota q = g.departements.get(d).ght();
            if (q.count() > 0) {
                return rankWithinScope(Geography.Departement::ght, d);
            }
        }
        return -1;
    }

    private long rankWithinScope(java.util.function.Function<Geography.Departement, Geography.Quota> quota, int dep) {
        long r = 0;
        for (int d = 0; d < dep; d++) {
            r += quota.apply(g.departements.get(d)).count();
        }
        return r;
    }

    private Entity facility(long i) {
        SplittableRandom r = random(41, i);
        // Ranks past the count are new sites of the changed snapshot: spread them over the départements.
        long total = sum(Geography.Departement::facilities);
        int[] at = locate(Geography.Departement::facilities, i < total ? i : Math.floorMod(Seeds.mix(i), total));
        Geography.Departement d = g.departements.get(at[0]);
        int commune = d.firstCommune() + r.nextInt(d.communes());
        String[] category = pickCategory(r);
        Facility.Builder b = Facility.builder("facility:" + i,
                        category[1] + " " + g.communeName[commune], CodeRef.of("finess-category", category[0]))
                .addIdentifier(Identifier.of(IdentifierScheme.FINESS_ET,
                        Keys.finess(finessPrefix(d.code()), Geography.pad((int) (i % 1_000_000), 6))))
                .commune(territories.communeId(commune))
                .coordinates(coordinates(d, r));
        if (category[0].equals("500") || category[0].equals("354")) {
            b.addCapacity(new Capacity(CodeRef.of("capacity-kind",
                    category[0].equals("500") ? "places-hebergement-permanent" : "places-ssiad"), 20 + r.nextInt(120),
                    null, null));
        }
        return b.build();
    }

    private static String[] pickCategory(SplittableRandom r) {
        int total = 0;
        for (String[] c : CATEGORIES) {
            total += Integer.parseInt(c[2]);
        }
        int x = r.nextInt(total);
        for (String[] c : CATEGORIES) {
            x -= Integer.parseInt(c[2]);
            if (x < 0) {
                return c;
            }
        }
        return CATEGORIES[0];
    }

    private static Coordinates coordinates(Geography.Departement d, SplittableRandom r) {
        double lat;
        double lon;
        switch (d.code()) {
            case "971" -> { lat = 16.25; lon = -61.55; }
            case "972" -> { lat = 14.65; lon = -61.0; }
            case "973" -> { lat = 4.9; lon = -52.3; }
            case "974" -> { lat = -21.1; lon = 55.5; }
            case "976" -> { lat = -12.8; lon = 45.15; }
            default -> { lat = 43.0 + 7.5 * Seeds.unit(Seeds.mix(d.ordinal())); lon = -1.0 + 8.0 * Seeds.unit(d.ordinal()); }
        }
        return new Coordinates(round(lat + 0.3 * (r.nextDouble() - 0.5), 5), round(lon + 0.3 * (r.nextDouble() - 0.5), 5));
    }

    private static double round(double v, int places) {
        return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }

    private Entity changeFacility(Entity e, SplittableRandom r) {
        Facility f = (Facility) e;
        return Records.with(f, "name", f.name() + " - site " + Names.root(r));
    }

    private static String indicatorId(int i) {
        return "indicator:" + INDICATORS[i][0];
    }

    private Entity indicator(int i) {
        String[] row = INDICATORS[i];
        IndicatorDefinition.Builder b = IndicatorDefinition.builder(indicatorId(i), row[0], row[4], row[1])
                .direction(row[2].equals("higher-is-better") ? IndicatorDirection.HIGHER_IS_BETTER
                        : IndicatorDirection.LOWER_IS_BETTER)
                .method("Synthetic values drawn around a realistic median (Maillage dataset generator)");
        if (row[3] != null) {
            b.profession(CodeRef.of("profession", row[3]));
        }
        return b.build();
    }

    /** The first quarter observed: the 4 × years quarters end with the last quarter of 2025. */
    private LocalDate quarterStart(long quarter) {
        return LocalDate.of(2026 - years, 1, 1).plusMonths(3 * quarter);
    }

    /**
     * Observation of rank i: quarter i / perQuarter, then within the quarter each commune's seven
     * indicators, then each TVS's APL and waiting time. Ranks past the count fall in the following
     * quarters: the new observations of a changed snapshot.
     */
    private Entity observation(long i, long perQuarter) {
        long quarter = i / perQuarter;
        long k = i % perQuarter;
        LocalDate start = quarterStart(quarter);
        Period period = new Period(start, start.plusMonths(3).minusDays(1));
        String q = start.getYear() + "q" + (1 + (start.getMonthValue() - 1) / 3);
        int indicator;
        String territory;
        String territoryCode;
        BigDecimal value;
        long communeIndicators = (long) g.communeCount() * COMMUNE_INDICATORS;
        if (k < communeIndicators) {
            int c = (int) (k / COMMUNE_INDICATORS);
            indicator = (int) (k % COMMUNE_INDICATORS);
            territory = territories.communeId(c);
            territoryCode = g.communeCode[c];
            value = value(indicator, Seeds.hash(seed, c, indicator), Seeds.hash(seed, i, 7));
        } else {
            int t = (int) ((k - communeIndicators) / 2);
            indicator = (k - communeIndicators) % 2 == 0 ? 0 : INDICATORS.length - 1;
            territory = territories.tvsId(t);
            territoryCode = "tvs" + g.communeCode[g.tvsStart[t]];
            value = indicator == 0 ? tvsApl(t, Seeds.hash(seed, i, 7))
                    : value(indicator, Seeds.hash(seed, t, indicator + 100), Seeds.hash(seed, i, 7));
        }
        return new Observation("obs:" + INDICATORS[indicator][0] + ":" + territoryCode + ":" + q,
                indicatorId(indicator), territory, period, value,
                INDICATORS[indicator][3] == null ? null : CodeRef.of("profession", INDICATORS[indicator][3]),
                ObservationStatus.FINAL, List.of(), null, null);
    }

    /** A value around the indicator's median: a stable level for the territory, a little noise each quarter. */
    private static BigDecimal value(int indicator, long levelHash, long noiseHash) {
        double median = Double.parseDouble(INDICATORS[indicator][5]);
        double spread = Double.parseDouble(INDICATORS[indicator][6]);
        double level = median * Math.exp(spread * normal(levelHash));
        double v = level * (0.97 + 0.06 * Seeds.unit(noiseHash));
        if (INDICATORS[indicator][1].equals("%")) {
            v = Math.min(v, 100);
        }
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }

    /** A standard normal variate from a hash (two uniforms, Box-Muller). */
    private static double normal(long hash) {
        double u = 1.0 - Seeds.unit(hash);
        double v = Seeds.unit(Seeds.mix(hash));
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }

    /**
     * The APL of a TVS: a stable level for the TVS that stays on its side of the ZIP threshold (2.5)
     * every quarter, so that the doctor zoning (ZIP below 2.5) holds whatever the quarter.
     */
    private BigDecimal tvsApl(int tvs, long noiseHash) {
        BigDecimal level = tvsAplLevel(tvs);
        double v = level.doubleValue() * (0.97 + 0.06 * Seeds.unit(noiseHash));
        BigDecimal value = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
        boolean below = level.compareTo(ZIP_THRESHOLD) < 0;
        if (below && value.compareTo(ZIP_THRESHOLD) >= 0) {
            return new BigDecimal("2.49");
        }
        if (!below && value.compareTo(ZIP_THRESHOLD) < 0) {
            return ZIP_THRESHOLD;
        }
        return value;
    }

    private BigDecimal tvsAplLevel(int tvs) {
        return value(0, Seeds.hash(seed, tvs, 1_000), 0L);
    }

    private Entity zoning(int i) {
        Geography.Region region = g.regions.get(i / ZONED_PROFESSIONS.length);
        String profession = ZONED_PROFESSIONS[i % ZONED_PROFESSIONS.length];
        boolean doctors = profession.equals("medecin-generaliste");
        ZoningDecision.Builder b = ZoningDecision.builder("zoning:" + region.code() + ":" + profession,
                        arsId(region.code()), CodeRef.of("profession", profession), TerritoryKind.TVS)
                .legalReference("Arrêté du directeur général de l'ARS " + region.name() + " relatif au zonage "
                        + profession)
                .adoptionDate(LocalDate.of(2025, 3, 1))
                .validFrom(LocalDate.of(2025, 4, 1));
        SplittableRandom r = random(71, i);
        for (int t = 0; t < g.tvsCount(); t++) {
            if (!g.departements.get(g.tvsDepartement[t]).region().equals(region.code())) {
                continue;
            }
            ZoneCategory category;
            if (doctors) {
                BigDecimal apl = tvsAplLevel(t);
                category = apl.compareTo(ZIP_THRESHOLD) < 0 ? ZoneCategory.ZIP
                        : apl.compareTo(new BigDecimal("3.2")) < 0 ? ZoneCategory.ZAC : ZoneCategory.NOT_CLASSIFIED;
            } else {
                ZoneCategory[] levels = {ZoneCategory.TRES_SOUS_DOTE, ZoneCategory.SOUS_DOTE, ZoneCategory.INTERMEDIAIRE,
                    ZoneCategory.INTERMEDIAIRE, ZoneCategory.INTERMEDIAIRE, ZoneCategory.TRES_DOTE, ZoneCategory.SUR_DOTE};
                category = levels[r.nextInt(levels.length)];
            }
            b.addAssignment(new ZoneAssignment(territories.tvsId(t), category));
        }
        return b.build();
    }

    private Entity rename(Entity e, SplittableRandom r) {
        Organization o = (Organization) e;
        return Records.with(o, "name", o.name() + " " + Names.root(r));
    }

    /**
     * A revised value: a few percent up or down, status revised. A TVS's APL stays on its side of
     * the ZIP threshold, as the zoning requires.
     */
    private static Entity revise(Observation o, SplittableRandom r) {
        BigDecimal value = o.value().multiply(BigDecimal.valueOf(0.9 + 0.2 * r.nextDouble()))
                .setScale(2, RoundingMode.HALF_UP);
        if (value.compareTo(o.value()) == 0) {
            value = value.add(new BigDecimal("0.01"));
        }
        if (o.indicator().equals(indicatorId(0)) && o.territory().startsWith("tvs:")
                && (value.compareTo(ZIP_THRESHOLD) < 0) != (o.value().compareTo(ZIP_THRESHOLD) < 0)) {
            value = o.value().compareTo(ZIP_THRESHOLD) < 0 ? new BigDecimal("2.49").min(o.value().subtract(new BigDecimal("0.01")))
                    .max(BigDecimal.ZERO) : o.value().add(new BigDecimal("0.01"));
        }
        return Records.with(Records.with(o, "value", value), "status", ObservationStatus.REVISED);
    }
}

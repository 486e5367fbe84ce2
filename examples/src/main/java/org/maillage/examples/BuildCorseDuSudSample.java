package org.maillage.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maillage.core.codelist.College;
import org.maillage.core.codelist.ContractKind;
import org.maillage.core.codelist.ContractStatus;
import org.maillage.core.codelist.CptsMission;
import org.maillage.core.codelist.CptsSizeClass;
import org.maillage.core.codelist.GhtRole;
import org.maillage.core.codelist.GhtType;
import org.maillage.core.codelist.HealthTheme;
import org.maillage.core.codelist.IndicatorDirection;
import org.maillage.core.codelist.MembershipRole;
import org.maillage.core.codelist.MissionStatus;
import org.maillage.core.codelist.ObservationStatus;
import org.maillage.core.codelist.OfficeKind;
import org.maillage.core.codelist.OrganizationKind;
import org.maillage.core.codelist.PartyRole;
import org.maillage.core.codelist.PlanDecisionKind;
import org.maillage.core.codelist.PlanKind;
import org.maillage.core.codelist.PlanStatus;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.codelist.ZoneCategory;
import org.maillage.core.id.IdentifierScheme;
import org.maillage.core.model.Amendment;
import org.maillage.core.model.CodeRef;
import org.maillage.core.model.Contract;
import org.maillage.core.model.ContractAction;
import org.maillage.core.model.ContractAxis;
import org.maillage.core.model.ContractParty;
import org.maillage.core.model.Coordinates;
import org.maillage.core.model.Coordinator;
import org.maillage.core.model.CptsProfile;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.Entity;
import org.maillage.core.model.Facility;
import org.maillage.core.model.FacilityLabel;
import org.maillage.core.model.FundingLine;
import org.maillage.core.model.GhtMember;
import org.maillage.core.model.GhtMembership;
import org.maillage.core.model.GhtProfile;
import org.maillage.core.model.Identifier;
import org.maillage.core.model.IndicatorDefinition;
import org.maillage.core.model.Membership;
import org.maillage.core.model.Mission;
import org.maillage.core.model.Observation;
import org.maillage.core.model.Office;
import org.maillage.core.model.Organization;
import org.maillage.core.model.Period;
import org.maillage.core.model.Person;
import org.maillage.core.model.Plan;
import org.maillage.core.model.PlanDecision;
import org.maillage.core.model.Publisher;
import org.maillage.core.model.Territory;
import org.maillage.core.model.TerritoryLink;
import org.maillage.core.model.ZoneAssignment;
import org.maillage.core.model.ZoningDecision;
import org.maillage.json.DatasetWriter;
import org.maillage.imports.cog.CogImport;
import org.maillage.imports.cog.CogImporter;

/**
 * Builds the sample dataset {@code examples/data/corse-du-sud.json}: the real territories of
 * Corse-du-Sud (2A) imported from the COG 2026, real facilities and their legal entities from the
 * FINESS extract of January 2021, and an illustrative governance layer (contracts, CPTS, boards,
 * zoning, APL values) that says "illustratif" in every name or title it invents.
 *
 * <p>Run from the repository root (see {@code examples/data/README.md}):
 * {@code mvn -q -pl examples -am test -Dtest=CorseDuSudSampleTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dmaillage.sample.write=true}, or call {@link #main(String[])} with the COG data folder and the
 * output file.
 */
public final class BuildCorseDuSudSample {

    /** The département of the sample. */
    public static final String DEPARTEMENT = "2A";

    /** Where the sample lives, relative to the repository root. */
    public static final Path SAMPLE = Path.of("examples", "data", "corse-du-sud.json");

    /** The sample's publication instant: fixed, so that a rebuild gives the same bytes. */
    static final Instant ISSUED = Instant.parse("2026-01-15T10:00:00Z");

    /** APL below this many consultations per standardised inhabitant makes a TVS a ZIP. */
    public static final BigDecimal ZIP_THRESHOLD = new BigDecimal("2.5");

    /**
     * The real FINESS establishments of the sample, each line exactly as in the FINESS extract of
     * January 2021 ({@code sdk-core/src/test/resources/finess/finess-2021-extract.csv}), followed
     * after a {@code |} by the INSEE code of the commune it stands in (FINESS gives the postal town).
     */
    static final List<String> FINESS_ROWS = List.of(
            "2A0000022,2A0000014,26200006000018,355,Centre Hospitalier (C.H.),CH ND LA MISERICORDE,20184,AJACCIO CEDEX 1,"
                    + "41.922992923337894,8.73514085024388,1959-01-01|2A004",
            "2A0000287,2A0000386,26200008600013,292,Centre Hospitalier Spécialisé lutte Maladies Mentales,"
                    + "CENTRE HOSPITALIER DE CASTELLUCCIO,20176,AJACCIO CEDEX 1,41.918936022459825,8.738802670504464,1974-09-01|2A004",
            "2A0002614,2A0002606,26201015000015,106,\"Centre hospitalier, ex Hôpital local\",CENTRE HOSPITALIER DE SARTENE,"
                    + "20100,SARTENE,41.61366878124291,8.926309249493542,1997-06-18|2A272",
            "2A0000212,2A0000170,26200007800010,106,\"Centre hospitalier, ex Hôpital local\",HOPITAL LOCAL DE BONIFACIO,"
                    + "20169,BONIFACIO,41.38718764890543,9.159266053780186,1959-12-11|2A041",
            "2A0003281,2A0000014,26200006000109,500,Etablissement d'hébergement pour personnes âgées dépendantes,"
                    + "EHPAD DU CH AJACCIO,20000,AJACCIO,41.91651818090644,8.737962794473253,2010-05-17|2A004",
            "2A0003521,2A0002606,26201015000049,500,Etablissement d'hébergement pour personnes âgées dépendantes,"
                    + "EHPAD SARTENE,20100,SARTENE,41.62183761536363,8.974717439026577,2016-08-05|2A272",
            "2A0003273,2A0000170,26200007800028,500,Etablissement d'hébergement pour personnes âgées dépendantes,"
                    + "EHPAD DE BONIFACIO,20169,BONIFACIO,41.38718764890543,9.159266053780186,2010-01-01|2A041",
            "2A0000436,2A0000170,26200007800044,500,Etablissement d'hébergement pour personnes âgées dépendantes,"
                    + "EHPAD DE PORTO VECCHIO,20137,PORTO VECCHIO,41.59793620654754,9.270981002553496,1996-08-30|2A247",
            "2A0022851,2A0003687,79017725700025,500,Etablissement d'hébergement pour personnes âgées dépendantes,"
                    + "EHPAD MAISON JEANNE D'ARC ADMR,20160,VICO,42.16658299877958,8.797795061542352,1972-01-01|2A348",
            "2A0003802,2A0003794,81863011300012,603,Maison de santé (L.6223-3),MSP DE CARGESE,20130,CARGESE,"
                    + "42.14444944219979,8.598401666400468,2016-04-01|2A065",
            "2A0003760,2A0003752,80331028300012,603,Maison de santé (L.6223-3),MAISON DE SANTE RURALE PLURIDISCIPL.,"
                    + "20170,LEVIE,41.70276584301647,9.123021957707389,2014-01-01|2A142");

    // Ids of the entities the governance layer refers to.
    private static final String REGION = "region:94";
    private static final String DEP = "departement:2A";
    private static final String CAPA = "epci:242010056";
    private static final String AJACCIO = "commune:2A004";
    private static final String ARS = "org:ars-corse";
    private static final String ARS_DD = "org:ars-corse-dd2a";
    private static final String CDC = "org:collectivite-de-corse";
    private static final String PREFECTURE = "org:prefecture-2a";
    private static final String CPAM = "org:cpam-2a";
    private static final String DREES = "org:drees";
    private static final String CH_AJACCIO = "org:finess-ej-2a0000014";
    private static final String CH_CASTELLUCCIO = "org:finess-ej-2a0000386";
    private static final String CH_SARTENE = "org:finess-ej-2a0002606";
    private static final String CH_BONIFACIO = "org:finess-ej-2a0000170";
    private static final String GHT = "org:ght-corse";
    private static final String CHU_ASSOCIE = "org:chu-associe-ght-corse-illustratif";
    private static final String CPTS_AJACCIO = "org:cpts-pays-ajaccien-illustratif";
    private static final String CPTS_SUD = "org:cpts-extreme-sud-illustratif";
    private static final String BOARD = "org:conseil-surveillance-ch-ajaccio";
    private static final String CODAMUPS = "org:codamups-ts-2a";
    private static final String COPIL_CAPA = "org:copil-cls-pays-ajaccien";
    private static final String COPIL_SUD = "org:copil-cls-sud-ouest";
    private static final String CLSM_AJACCIO = "org:clsm-pays-ajaccien-illustratif";
    private static final String CLSM_SUD = "org:clsm-sud-corse-du-sud-illustratif";
    private static final String GHT_ELECTED = "org:comite-elus-ght-corse-illustratif";
    private static final String CLS_AJACCIO = "contract:cls-pays-ajaccien-2024-illustratif";
    private static final String CLS_SUD = "contract:cls-sud-ouest-2025-illustratif";
    private static final String PRS = "plan:prs-corse-2018-2028";
    private static final String PTSM = "plan:ptsm-corse-du-sud-illustratif";
    private static final String DIAGNOSIS_AJACCIO = "plan:diagnostic-cls-pays-ajaccien-illustratif";
    private static final String DIAGNOSIS_SUD = "plan:diagnostic-cls-sud-ouest-illustratif";
    private static final String CPTS_PROJECT = "plan:projet-sante-cpts-pays-ajaccien-illustratif";
    private static final String ILLUSTRATIF = "Exemple (illustratif)";

    /** The illustrative TVS: a name, the EPCI whose communes it groups, and its illustrative APL for GPs. */
    private record Tvs(String slug, String name, List<String> epci, String apl) {
        String id() {
            return "tvs:2a-" + slug + "-illustratif";
        }

        ZoneCategory zone() {
            BigDecimal value = new BigDecimal(apl);
            if (value.compareTo(ZIP_THRESHOLD) < 0) {
                return ZoneCategory.ZIP;
            }
            return value.compareTo(new BigDecimal("3.0")) < 0 ? ZoneCategory.ZAC : ZoneCategory.NOT_CLASSIFIED;
        }
    }

    private static final List<Tvs> TVS = List.of(
            new Tvs("ajaccio", "Ajaccio", List.of(CAPA), "3.4"),
            new Tvs("prunelli-ornano", "Prunelli et Ornano", List.of("epci:242000503", "epci:200038958"), "2.7"),
            new Tvs("ouest-corse", "Ouest-Corse (Vico, Cargèse)", List.of("epci:200067049"), "1.9"),
            new Tvs("sartenais-valinco", "Sartenais-Valinco", List.of("epci:242010130"), "2.6"),
            new Tvs("alta-rocca", "Alta Rocca", List.of("epci:242000495"), "2.2"),
            new Tvs("extreme-sud", "Extrême-Sud (Porto-Vecchio, Bonifacio)", List.of("epci:200040764"), "3.1"));

    private BuildCorseDuSudSample() {}

    /**
     * Builds the sample from a COG 2026 data folder and writes it in canonical form.
     *
     * @param args the {@code data/} folder of {@code @etalab/decoupage-administratif} 6.0.0, then
     *     the output file (default {@code examples/data/corse-du-sud.json})
     */
    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: BuildCorseDuSudSample <cog-6.0.0-data-folder> [output.json]");
            System.exit(2);
        }
        Path output = args.length == 2 ? Path.of(args[1]) : SAMPLE;
        Dataset dataset = build(Path.of(args[0]));
        DatasetWriter.canonical().write(dataset, output);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("wrote " + output + ": " + dataset.allEntities().size() + " entities");
    }

    /**
     * Builds the sample.
     *
     * @param cogData the {@code data/} folder of {@code @etalab/decoupage-administratif} 6.0.0 (COG 2026)
     * @return the dataset
     */
    public static Dataset build(Path cogData) {
        CogImport cog = CogImporter.create().withVintage(2026).withDepartements(List.of(DEPARTEMENT)).importFrom(cogData);
        List<Territory> territories = cog.dataset().territories();
        Map<String, Territory> byId = new LinkedHashMap<>();
        territories.forEach(t -> byId.put(t.id(), t));

        List<Entity> all = new ArrayList<>(territories);
        all.addAll(tvs(byId));
        all.addAll(authorities(byId));
        all.addAll(hospitalsAndFacilities());
        all.addAll(governance());
        all.addAll(contracts());
        all.addAll(zoning());
        all.addAll(plans());

        DatasetHeader header = new DatasetHeader(DatasetHeader.CURRENT_SCHEMA_URI, DatasetHeader.CURRENT_SCHEMA_VERSION,
                "maillage-sample-corse-du-sud-2026",
                "Corse-du-Sud : territoires réels (COG 2026), établissements réels (FINESS 2021) et gouvernance "
                        + "sanitaire illustrative",
                new Publisher("Projet Maillage (jeu d'exemple)", List.of(), null), ISSUED, LocalDate.of(2026, 1, 1),
                "COG2026",
                "Territoires : Licence Ouverte 2.0 (INSEE, DGCL, La Poste via @etalab/decoupage-administratif 6.0.0). "
                        + "Établissements : FINESS (extraction janvier 2021), Licence Ouverte. Contrats, CPTS, instances, "
                        + "zonage, valeurs d'APL et personnes : illustratifs, sans valeur officielle.");
        return Dataset.of(header, all);
    }

    /** Illustrative TVS, each grouping the real communes of one or two EPCI. */
    private static List<Territory> tvs(Map<String, Territory> byId) {
        List<Territory> out = new ArrayList<>();
        for (Tvs t : TVS) {
            Territory.Builder b = Territory.builder(t.id(), TerritoryKind.TVS, "2A-" + t.slug().toUpperCase(java.util.Locale.ROOT)
                    + "-ILLUSTRATIF", "TVS " + t.name() + " (illustratif)")
                    .addParent(TerritoryLink.to(DEP)).addParent(TerritoryLink.to(REGION));
            for (String epci : t.epci()) {
                for (TerritoryLink m : byId.get(epci).members()) {
                    b.addMember(TerritoryLink.to(m.territory()));
                }
            }
            out.add(b.build());
        }
        return out;
    }

    /** The State, the health insurance and the local authorities, each collectivité linked to its territory. */
    private static List<Entity> authorities(Map<String, Territory> byId) {
        List<Entity> out = new ArrayList<>();
        out.add(Organization.builder(ARS, OrganizationKind.ARS, "Agence régionale de santé de Corse").shortName("ARS Corse")
                .addJurisdiction(TerritoryLink.to(REGION)).build());
        out.add(Organization.builder(ARS_DD, OrganizationKind.ARS_DELEGATION,
                        "Délégation départementale de la Corse-du-Sud de l'ARS de Corse")
                .parent(ARS).addJurisdiction(TerritoryLink.to(DEP)).build());
        // SIREN 200076958: the legal unit of the PMI and CPEF sites the Collectivité de Corse runs (FINESS EJ 2A0004008).
        out.add(Organization.builder(CDC, OrganizationKind.COLLECTIVITE_UNIQUE, "Collectivité de Corse")
                .addIdentifier(Identifier.of(IdentifierScheme.SIREN, "200076958")).territory(REGION)
                .addJurisdiction(TerritoryLink.to(REGION)).validFrom(LocalDate.of(2018, 1, 1)).build());
        out.add(Organization.builder(PREFECTURE, OrganizationKind.PREFECTURE, "Préfecture de la Corse-du-Sud")
                .addJurisdiction(TerritoryLink.to(DEP)).build());
        out.add(Organization.builder(CPAM, OrganizationKind.ASSURANCE_MALADIE, "Caisse primaire d'assurance maladie de la Corse-du-Sud")
                .shortName("CPAM de la Corse-du-Sud").addJurisdiction(TerritoryLink.to(DEP)).build());
        out.add(Organization.builder(DREES, OrganizationKind.STATE_SERVICE,
                "Direction de la recherche, des études, de l'évaluation et des statistiques").shortName("DREES").build());
        for (Territory t : byId.values()) {
            if (t.kind() == TerritoryKind.EPCI) {
                out.add(collectivite(t, OrganizationKind.EPCI));
            }
        }
        for (String commune : List.of(AJACCIO, "commune:2A247", "commune:2A272", "commune:2A041")) {
            out.add(collectivite(byId.get(commune), OrganizationKind.COMMUNE));
        }
        return out;
    }

    private static Organization collectivite(Territory t, OrganizationKind kind) {
        Organization.Builder b = Organization.builder(collectiviteId(t.id()), kind,
                (kind == OrganizationKind.COMMUNE ? "Commune de " : "") + t.name()).territory(t.id());
        t.identifiers().stream().filter(i -> i.scheme() == IdentifierScheme.SIREN).forEach(b::addIdentifier);
        return b.build();
    }

    /** The id of the collectivité that governs a territory. */
    static String collectiviteId(String territoryId) {
        return "org:" + territoryId.replace(':', '-').toLowerCase(java.util.Locale.ROOT);
    }

    /** A line of {@link #FINESS_ROWS}, split. */
    record FinessRow(String et, String ej, String siret, String category, String name, String commune,
            double latitude, double longitude, LocalDate opened) {

        static FinessRow parse(String row) {
            int bar = row.lastIndexOf('|');
            List<String> f = csv(row.substring(0, bar));
            return new FinessRow(f.get(0), f.get(1), f.get(2), f.get(3), f.get(5), "commune:" + row.substring(bar + 1),
                    Double.parseDouble(f.get(8)), Double.parseDouble(f.get(9)), LocalDate.parse(f.get(10)));
        }

        /** The extract's line, as it stands in the CSV file. */
        static String line(String row) {
            return row.substring(0, row.lastIndexOf('|'));
        }

        private static List<String> csv(String line) {
            List<String> out = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    out.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            out.add(cell.toString());
            return out;
        }
    }

    /** Hospital legal entities, MSP and the medico-social operator (real FINESS EJ), the GHT, and the real facilities. */
    private static List<Entity> hospitalsAndFacilities() {
        List<Entity> out = new ArrayList<>();
        // SIREN: the first nine digits of the SIRET of the entity's main site in the FINESS extract.
        out.add(hospital(CH_AJACCIO, "Centre hospitalier d'Ajaccio", "2A0000014", "262000060"));
        out.add(hospital(CH_CASTELLUCCIO, "Centre hospitalier de Castelluccio", "2A0000386", "262000086"));
        out.add(hospital(CH_SARTENE, "Centre hospitalier de Sartène", "2A0002606", "262010150"));
        out.add(hospital(CH_BONIFACIO, "Centre hospitalier de Bonifacio", "2A0000170", "262000078"));
        out.add(Organization.builder("org:finess-ej-2a0003687", OrganizationKind.MEDICO_SOCIAL_OPERATOR,
                        "Organisme gestionnaire de l'EHPAD Maison Jeanne d'Arc (FINESS EJ 2A0003687)")
                .addIdentifier(Identifier.of(IdentifierScheme.FINESS_EJ, "2A0003687"))
                .addIdentifier(Identifier.of(IdentifierScheme.SIREN, "790177257")).build());
        out.add(Organization.builder("org:finess-ej-2a0003794", OrganizationKind.MSP, "MSP de Cargèse")
                .addIdentifier(Identifier.of(IdentifierScheme.FINESS_EJ, "2A0003794"))
                .addIdentifier(Identifier.of(IdentifierScheme.SIREN, "818630113")).territory("commune:2A065").build());
        out.add(Organization.builder("org:finess-ej-2a0003752", OrganizationKind.MSP,
                        "Maison de santé rurale pluridisciplinaire de Levie")
                .addIdentifier(Identifier.of(IdentifierScheme.FINESS_EJ, "2A0003752"))
                .addIdentifier(Identifier.of(IdentifierScheme.SIREN, "803310283")).territory("commune:2A142").build());
        LocalDate ghtStart = LocalDate.of(2016, 7, 1);
        out.add(Organization.builder(GHT, OrganizationKind.GHT,
                        "GHT de Corse (établissements de Corse-du-Sud seulement ; support et composition illustratifs)")
                .addJurisdiction(TerritoryLink.to(REGION))
                .ght(new GhtProfile(GhtType.GENERAL, List.of(
                        new GhtMember(CH_AJACCIO, GhtRole.SUPPORT, ghtStart, null),
                        new GhtMember(CH_CASTELLUCCIO, GhtRole.MEMBER, ghtStart, null),
                        new GhtMember(CH_SARTENE, GhtRole.MEMBER, ghtStart, null),
                        new GhtMember(CH_BONIFACIO, GhtRole.MEMBER, ghtStart, null),
                        // Every GHT associates a CHU (CSP L6132-1); Corsica has none, and which one is associated is not checked.
                        new GhtMember(CHU_ASSOCIE, GhtRole.ASSOCIATE, ghtStart, null))))
                .validFrom(ghtStart).build());
        out.add(Organization.builder(CHU_ASSOCIE, OrganizationKind.HOSPITAL,
                "Centre hospitalier universitaire associé au GHT de Corse (illustratif)").build());
        for (String row : FINESS_ROWS) {
            FinessRow r = FinessRow.parse(row);
            Facility.Builder f = Facility.builder("facility:finess-et-" + r.et().toLowerCase(java.util.Locale.ROOT), r.name(),
                            CodeRef.of("finess-category", r.category()))
                    .addIdentifier(Identifier.of(IdentifierScheme.FINESS_ET, r.et()))
                    .addIdentifier(Identifier.of(IdentifierScheme.SIRET, r.siret()))
                    .organization("org:finess-ej-" + r.ej().toLowerCase(java.util.Locale.ROOT))
                    .commune(r.commune()).coordinates(new Coordinates(r.latitude(), r.longitude())).validFrom(r.opened());
            if (List.of("355", "292", "106").contains(r.category())) {
                f.addGhtMembership(new GhtMembership(GHT, r.ej().equals("2A0000014") ? GhtRole.SUPPORT : GhtRole.MEMBER, ghtStart, null));
            }
            if (r.et().equals("2A0002614")) {
                // Labelled on 15 June 2022 according to the regional press (Corse Net Infos, November 2022).
                f.addLabel(new FacilityLabel(CodeRef.of("facility-label", "hopital-de-proximite"), ARS, LocalDate.of(2022, 6, 15), null));
            }
            out.add(f.build());
        }
        return out;
    }

    private static Organization hospital(String id, String name, String finessEj, String siren) {
        return Organization.builder(id, OrganizationKind.HOSPITAL, name)
                .addIdentifier(Identifier.of(IdentifierScheme.FINESS_EJ, finessEj))
                .addIdentifier(Identifier.of(IdentifierScheme.SIREN, siren)).build();
    }

    private static Person person(String id, String givenName) {
        return Person.of("person:" + id + "-illustratif", givenName, ILLUSTRATIF);
    }

    /** CPTS, the hospital board of the CH d'Ajaccio, the CODAMUPS-TS, the CLS steering committees and their people. */
    private static List<Entity> governance() {
        List<Entity> out = new ArrayList<>();
        String[] staff = {"Anna", "Paul", "Maria", "Ghjuvan", "Lisa"};
        String[] qualified = {"Marc", "Santa", "Ange", "Julie", "Pierre"};
        for (int i = 0; i < 5; i++) {
            out.add(person("cs-personnel-" + (i + 1), staff[i]));
            out.add(person("cs-personnalite-" + (i + 1), qualified[i]));
        }
        out.add(person("coordinatrice-cls-pays-ajaccien", "Laetitia"));
        out.add(person("coordinateur-cls-sud-ouest", "Dominique"));
        out.add(person("president-cpts-pays-ajaccien", "Jean-Baptiste"));
        out.add(person("presidente-cpts-extreme-sud", "Marie-Ange"));
        out.add(person("coordonnateur-ptsm-corse-du-sud", "Antoine"));

        out.add(Organization.builder(CPTS_AJACCIO, OrganizationKind.CPTS, "CPTS du Pays Ajaccien (illustratif)")
                .addJurisdiction(new TerritoryLink(CAPA, LocalDate.of(2021, 9, 1), null))
                .addMembership(Membership.ofPerson("person:president-cpts-pays-ajaccien-illustratif", MembershipRole.PRESIDENT, null)
                        .withMandate(true, LocalDate.of(2021, 9, 1), null))
                // An elected official among the CPTS's associated members, without a vote (AMF: « et des élus locaux »).
                .addMembership(Membership.ofOffice(Office.of(OfficeKind.EPCI_PRESIDENT, CAPA), MembershipRole.MEMBER,
                        College.LOCAL_AUTHORITIES).withMandate(false, LocalDate.of(2021, 9, 1), null))
                .cpts(new CptsProfile(CptsSizeClass.CLASS_3, List.of(
                        new Mission(CptsMission.ACCESS_TO_CARE, MissionStatus.DEPLOYED, LocalDate.of(2022, 6, 1), null),
                        new Mission(CptsMission.CARE_PATHWAYS, MissionStatus.DEPLOYED, LocalDate.of(2023, 1, 1), null),
                        new Mission(CptsMission.PREVENTION, MissionStatus.IN_PROGRESS, LocalDate.of(2023, 1, 1), null),
                        new Mission(CptsMission.HEALTH_CRISIS, MissionStatus.DEPLOYED, LocalDate.of(2023, 6, 1), null),
                        new Mission(CptsMission.PROFESSIONAL_SUPPORT, MissionStatus.PLANNED, null, null)),
                        LocalDate.of(2022, 3, 15), List.of(CLS_AJACCIO)))
                .validFrom(LocalDate.of(2021, 9, 1)).build());
        out.add(Organization.builder(CPTS_SUD, OrganizationKind.CPTS, "CPTS de l'Extrême-Sud (illustratif)")
                .addJurisdiction(new TerritoryLink("epci:200040764", LocalDate.of(2022, 1, 1), null))
                .addJurisdiction(new TerritoryLink("epci:242000495", LocalDate.of(2022, 1, 1), null))
                .addMembership(Membership.ofPerson("person:presidente-cpts-extreme-sud-illustratif", MembershipRole.PRESIDENT, null)
                        .withMandate(true, LocalDate.of(2022, 1, 1), null))
                .addMembership(Membership.ofOffice(Office.of(OfficeKind.MAYOR, "commune:2A247"), MembershipRole.MEMBER,
                        College.LOCAL_AUTHORITIES).withMandate(false, LocalDate.of(2022, 1, 1), null))
                .cpts(new CptsProfile(CptsSizeClass.CLASS_1, List.of(
                        new Mission(CptsMission.ACCESS_TO_CARE, MissionStatus.IN_PROGRESS, LocalDate.of(2023, 1, 1), null),
                        new Mission(CptsMission.CARE_PATHWAYS, MissionStatus.PLANNED, null, null),
                        new Mission(CptsMission.PREVENTION, MissionStatus.IN_PROGRESS, LocalDate.of(2023, 1, 1), null),
                        new Mission(CptsMission.HEALTH_CRISIS, MissionStatus.PLANNED, null, null)),
                        LocalDate.of(2022, 11, 30), List.of(CLS_SUD)))
                .validFrom(LocalDate.of(2022, 1, 1)).build());

        // Conseil de surveillance, 15 members: three colleges of five (CSP L6143-5, R6143-3), mandates of five years
        // (R6143-12): from 1 January 2022 to 31 December 2026.
        LocalDate from = LocalDate.of(2022, 1, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        Organization.Builder board = Organization.builder(BOARD, OrganizationKind.CONSEIL_SURVEILLANCE,
                        "Conseil de surveillance du Centre hospitalier d'Ajaccio (composition illustrative)")
                .parent(CH_AJACCIO);
        board.addMembership(Membership.ofOffice(Office.of(OfficeKind.MAYOR, AJACCIO), MembershipRole.PRESIDENT, College.LOCAL_AUTHORITIES)
                .withMandate(true, from, to));
        board.addMembership(Membership.ofOffice(Office.of(OfficeKind.MUNICIPAL_COUNCILLOR, AJACCIO), MembershipRole.MEMBER,
                College.LOCAL_AUTHORITIES).withMandate(true, from, to));
        board.addMembership(Membership.ofOffice(Office.of(OfficeKind.EPCI_PRESIDENT, CAPA), MembershipRole.MEMBER,
                College.LOCAL_AUTHORITIES).withMandate(true, from, to));
        board.addMembership(Membership.ofOffice(Office.of(OfficeKind.EPCI_COUNCILLOR, CAPA), MembershipRole.MEMBER,
                College.LOCAL_AUTHORITIES).withMandate(true, from, to));
        board.addMembership(Membership.ofOffice(new Office(OfficeKind.REGIONAL_COUNCILLOR, REGION, CDC), MembershipRole.MEMBER,
                College.LOCAL_AUTHORITIES).withMandate(true, from, to));
        for (int i = 1; i <= 5; i++) {
            board.addMembership(Membership.ofPerson("person:cs-personnel-" + i + "-illustratif",
                    i == 1 ? MembershipRole.VICE_PRESIDENT : MembershipRole.MEMBER, College.STAFF).withMandate(true, from, to));
        }
        for (int i = 1; i <= 5; i++) {
            board.addMembership(Membership.ofPerson("person:cs-personnalite-" + i + "-illustratif", MembershipRole.MEMBER,
                    College.QUALIFIED_PERSONS).withMandate(true, from, to));
        }
        board.addMembership(Membership.ofOffice(new Office(OfficeKind.DG_ARS, null, ARS), MembershipRole.OBSERVER, null)
                .withMandate(false, from, to));
        out.add(board.build());

        out.add(Organization.builder(CODAMUPS, OrganizationKind.CODAMUPS_TS,
                        "CODAMUPS-TS de la Corse-du-Sud (composition illustrative)")
                .addJurisdiction(TerritoryLink.to(DEP))
                .addMembership(Membership.ofOffice(new Office(OfficeKind.PREFET, DEP, PREFECTURE), MembershipRole.CO_CHAIR,
                        College.STATE_AND_SOCIAL_SECURITY))
                .addMembership(Membership.ofOffice(new Office(OfficeKind.DG_ARS, null, ARS), MembershipRole.CO_CHAIR,
                        College.STATE_AND_SOCIAL_SECURITY))
                .addMembership(Membership.ofOffice(new Office(OfficeKind.REGIONAL_COUNCILLOR, REGION, CDC), MembershipRole.MEMBER,
                        College.LOCAL_AUTHORITIES))
                .addMembership(Membership.ofOffice(Office.of(OfficeKind.MAYOR, AJACCIO), MembershipRole.MEMBER, College.LOCAL_AUTHORITIES))
                .addMembership(Membership.ofOffice(Office.of(OfficeKind.MAYOR, "commune:2A272"), MembershipRole.MEMBER,
                        College.LOCAL_AUTHORITIES))
                .addMembership(Membership.ofOffice(new Office(OfficeKind.CPAM_DIRECTOR, null, CPAM), MembershipRole.MEMBER,
                        College.STATE_AND_SOCIAL_SECURITY))
                .addMembership(Membership.ofOffice(new Office(OfficeKind.HOSPITAL_DIRECTOR, null, CH_AJACCIO), MembershipRole.MEMBER,
                        College.HEALTH_PROVIDERS))
                .addMembership(Membership.ofOrganization(CPTS_AJACCIO, MembershipRole.MEMBER, College.HEALTH_PROVIDERS))
                .addMembership(Membership.ofOrganization(CPTS_SUD, MembershipRole.MEMBER, College.HEALTH_PROVIDERS))
                .build());

        out.add(Organization.builder(COPIL_CAPA, OrganizationKind.CLS_STEERING_COMMITTEE,
                        "Comité de pilotage du CLS du Pays Ajaccien (illustratif)")
                .addJurisdiction(TerritoryLink.to(CAPA))
                .addMembership(Membership.ofOffice(Office.of(OfficeKind.EPCI_PRESIDENT, CAPA), MembershipRole.CO_CHAIR,
                        College.LOCAL_AUTHORITIES))
                .addMembership(Membership.ofOffice(new Office(OfficeKind.ARS_DELEGATE, null, ARS_DD), MembershipRole.CO_CHAIR,
                        College.STATE_AND_SOCIAL_SECURITY))
                .addMembership(Membership.ofOffice(Office.of(OfficeKind.MAYOR, AJACCIO), MembershipRole.MEMBER, College.LOCAL_AUTHORITIES))
                .addMembership(Membership.ofOrganization(CPAM, MembershipRole.MEMBER, College.STATE_AND_SOCIAL_SECURITY))
                .addMembership(Membership.ofOrganization(CH_AJACCIO, MembershipRole.MEMBER, College.HEALTH_PROVIDERS))
                .addMembership(Membership.ofOrganization(CH_CASTELLUCCIO, MembershipRole.MEMBER, College.HEALTH_PROVIDERS))
                .addMembership(Membership.ofOrganization(CPTS_AJACCIO, MembershipRole.MEMBER, College.HEALTH_PROVIDERS))
                .addMembership(Membership.ofPerson("person:coordinatrice-cls-pays-ajaccien-illustratif", MembershipRole.COORDINATOR, null))
                .build());
        Organization.Builder copilSud = Organization.builder(COPIL_SUD, OrganizationKind.CLS_STEERING_COMMITTEE,
                "Comité de pilotage du CLS du Sud et de l'Ouest de la Corse-du-Sud (illustratif)");
        for (String epci : ruralEpci()) {
            copilSud.addJurisdiction(TerritoryLink.to(epci))
                    .addMembership(Membership.ofOffice(Office.of(OfficeKind.EPCI_PRESIDENT, epci), MembershipRole.MEMBER,
                            College.LOCAL_AUTHORITIES));
        }
        copilSud.addMembership(Membership.ofOffice(new Office(OfficeKind.ARS_DELEGATE, null, ARS_DD), MembershipRole.CO_CHAIR,
                        College.STATE_AND_SOCIAL_SECURITY))
                .addMembership(Membership.ofOrganization(CH_SARTENE, MembershipRole.MEMBER, College.HEALTH_PROVIDERS))
                .addMembership(Membership.ofOrganization(CH_BONIFACIO, MembershipRole.MEMBER, College.HEALTH_PROVIDERS))
                .addMembership(Membership.ofOrganization(CH_CASTELLUCCIO, MembershipRole.MEMBER, College.HEALTH_PROVIDERS))
                .addMembership(Membership.ofOrganization(CPTS_SUD, MembershipRole.MEMBER, College.HEALTH_PROVIDERS))
                .addMembership(Membership.ofPerson("person:coordinateur-cls-sud-ouest-illustratif", MembershipRole.COORDINATOR, null));
        out.add(copilSud.build());

        // The CLSM the CLS create (Intercommunalités de France: « un volet dédié à la santé mentale prévoyant la création
        // d'un conseil local de santé mentale »): elected officials, psychiatry, users.
        out.add(Organization.builder(CLSM_AJACCIO, OrganizationKind.CLSM, "Conseil local de santé mentale du Pays Ajaccien (illustratif)")
                .addJurisdiction(TerritoryLink.to(CAPA))
                .addMembership(Membership.ofOffice(Office.of(OfficeKind.MAYOR, AJACCIO), MembershipRole.PRESIDENT, College.LOCAL_AUTHORITIES))
                .addMembership(Membership.ofOrganization(CH_CASTELLUCCIO, MembershipRole.MEMBER, College.HEALTH_PROVIDERS))
                .addMembership(Membership.ofOrganization(CPTS_AJACCIO, MembershipRole.MEMBER, College.HEALTH_PROVIDERS))
                .addMembership(Membership.ofOffice(new Office(OfficeKind.ARS_DELEGATE, null, ARS_DD), MembershipRole.MEMBER,
                        College.STATE_AND_SOCIAL_SECURITY))
                .validFrom(LocalDate.of(2024, 6, 1)).build());
        Organization.Builder clsmSud = Organization.builder(CLSM_SUD, OrganizationKind.CLSM,
                "Conseil local de santé mentale du Sud de la Corse-du-Sud (illustratif)");
        for (String epci : ruralEpci()) {
            clsmSud.addJurisdiction(TerritoryLink.to(epci));
        }
        out.add(clsmSud.addMembership(Membership.ofOffice(Office.of(OfficeKind.MAYOR, "commune:2A272"), MembershipRole.PRESIDENT,
                        College.LOCAL_AUTHORITIES))
                .addMembership(Membership.ofOrganization(CH_CASTELLUCCIO, MembershipRole.MEMBER, College.HEALTH_PROVIDERS))
                .addMembership(Membership.ofOrganization(CH_SARTENE, MembershipRole.MEMBER, College.HEALTH_PROVIDERS))
                .validFrom(LocalDate.of(2025, 9, 1)).build());

        // The GHT's comité territorial des élus locaux: the mayors of the communes where its member establishments have
        // their seat sit by right (CSP R6132-13).
        Organization.Builder elected = Organization.builder(GHT_ELECTED, OrganizationKind.GHT_ELECTED_COMMITTEE,
                "Comité territorial des élus locaux du GHT de Corse (établissements de Corse-du-Sud seulement ; composition illustrative)")
                .parent(GHT).validFrom(LocalDate.of(2017, 1, 1));
        for (String commune : List.of(AJACCIO, "commune:2A272", "commune:2A041")) {
            elected.addMembership(Membership.ofOffice(Office.of(OfficeKind.MAYOR, commune), MembershipRole.MEMBER, College.LOCAL_AUTHORITIES));
        }
        out.add(elected.addMembership(Membership.ofOffice(new Office(OfficeKind.HOSPITAL_DIRECTOR, null, CH_AJACCIO),
                MembershipRole.MEMBER, College.HEALTH_PROVIDERS)).build());
        return out;
    }

    /**
     * The plans the contracts implement: the PRS of Corsica (real, dates illustrative), an illustrative PTSM of
     * Corse-du-Sud with a funded medical coordinator (the PS programme's demand), the local diagnoses the two CLS rest
     * on, and the health project of the CPTS du Pays Ajaccien that its ACI implements.
     */
    private static List<Plan> plans() {
        List<Plan> out = new ArrayList<>();
        out.add(Plan.builder(PRS, PlanKind.PRS, PlanStatus.IN_FORCE, "Projet régional de santé de Corse 2018-2028 (dates illustratives)")
                .organization(ARS).addTerritory(TerritoryLink.to(REGION))
                .addDecision(new PlanDecision(ARS, PlanDecisionKind.ADOPTION, LocalDate.of(2018, 6, 29), null))
                .validFrom(LocalDate.of(2018, 7, 1)).validTo(LocalDate.of(2028, 6, 30)).build());
        out.add(Plan.builder(PTSM, PlanKind.PTSM, PlanStatus.IN_FORCE, "Projet territorial de santé mentale de la Corse-du-Sud (illustratif)")
                .organization(ARS).addTerritory(TerritoryLink.to(DEP)).parent(PRS)
                .addDecision(new PlanDecision(ARS, PlanDecisionKind.ADOPTION, LocalDate.of(2021, 12, 15), null))
                .addDecision(new PlanDecision(CH_CASTELLUCCIO, PlanDecisionKind.CONTRIBUTION, null, null))
                .addAxis(new ContractAxis("axe-1", "Parcours en psychiatrie et consultations avancées", List.of(HealthTheme.MENTAL_HEALTH),
                        List.of()))
                .coordinator(Coordinator.builder().person("person:coordonnateur-ptsm-corse-du-sud-illustratif").organization(CH_CASTELLUCCIO)
                        .funded(true).fte(new BigDecimal("0.5")).validFrom(LocalDate.of(2022, 1, 1)).build())
                .validFrom(LocalDate.of(2022, 1, 1)).validTo(LocalDate.of(2026, 12, 31)).build());
        out.add(Plan.builder(DIAGNOSIS_AJACCIO, PlanKind.CLS_LOCAL_DIAGNOSIS, PlanStatus.ADOPTED,
                        "Diagnostic local de santé du Pays Ajaccien (illustratif)")
                .organization(collectiviteId(CAPA)).addTerritory(TerritoryLink.to(CAPA))
                .addDecision(new PlanDecision(COPIL_CAPA, PlanDecisionKind.ADOPTION, LocalDate.of(2023, 11, 20), null))
                .addDecision(new PlanDecision(ARS, PlanDecisionKind.CONTRIBUTION, null, null))
                .validFrom(LocalDate.of(2023, 11, 20)).build());
        Plan.Builder sud = Plan.builder(DIAGNOSIS_SUD, PlanKind.CLS_LOCAL_DIAGNOSIS, PlanStatus.ADOPTED,
                "Diagnostic local de santé du Sud et de l'Ouest de la Corse-du-Sud (illustratif)").organization(COPIL_SUD);
        for (String epci : ruralEpci()) {
            sud.addTerritory(TerritoryLink.to(epci));
        }
        out.add(sud.addDecision(new PlanDecision(COPIL_SUD, PlanDecisionKind.ADOPTION, LocalDate.of(2024, 10, 1), null))
                .validFrom(LocalDate.of(2024, 10, 1)).build());
        out.add(Plan.builder(CPTS_PROJECT, PlanKind.CPTS_HEALTH_PROJECT, PlanStatus.IN_FORCE,
                        "Projet de santé de la CPTS du Pays Ajaccien (illustratif)")
                .organization(CPTS_AJACCIO).addTerritory(TerritoryLink.to(CAPA))
                .addDecision(new PlanDecision(ARS, PlanDecisionKind.APPROVAL, LocalDate.of(2022, 2, 15), null))
                .addDecision(new PlanDecision(collectiviteId(CAPA), PlanDecisionKind.CONTRIBUTION, null, null))
                .validFrom(LocalDate.of(2022, 3, 15)).build());
        return out;
    }

    /** The six EPCI outside the Pays Ajaccien, covered together by the second intercommunal CLS. */
    static List<String> ruralEpci() {
        return List.of("epci:200038958", "epci:200040764", "epci:200067049", "epci:242000495", "epci:242000503",
                "epci:242010130");
    }

    /** Three CLS (an expired communal one, two intercommunal ones covering the whole département) and an ACI CPTS. */
    private static List<Contract> contracts() {
        List<Contract> out = new ArrayList<>();
        String communal = "contract:cls-ville-ajaccio-2015-illustratif";
        out.add(Contract.builder(communal, ContractKind.CLS, ContractStatus.EXPIRED,
                        "Contrat local de santé de la ville d'Ajaccio 2015-2019 (illustratif)")
                .addParty(ContractParty.signatory(ARS, LocalDate.of(2015, 6, 30)))
                .addParty(ContractParty.signatory(collectiviteId(AJACCIO), LocalDate.of(2015, 6, 30)))
                .addTerritory(TerritoryLink.to(AJACCIO))
                .validFrom(LocalDate.of(2015, 7, 1)).validTo(LocalDate.of(2019, 12, 31))
                .addAxis(new ContractAxis("axe-1", "Accès aux droits et aux soins", List.of(HealthTheme.ACCESS_TO_CARE), List.of()))
                .addAxis(new ContractAxis("axe-2", "Prévention et promotion de la santé", List.of(HealthTheme.PREVENTION,
                        HealthTheme.NUTRITION_PHYSICAL_ACTIVITY), List.of()))
                .build());

        LocalDate signed = LocalDate.of(2024, 3, 15);
        out.add(Contract.builder(CLS_AJACCIO, ContractKind.CLS, ContractStatus.IN_FORCE,
                        "Contrat local de santé du Pays Ajaccien 2024-2028 (illustratif)")
                .addParty(ContractParty.signatory(ARS, signed))
                .addParty(ContractParty.signatory(collectiviteId(CAPA), signed))
                .addParty(ContractParty.signatory(CDC, signed))
                .addParty(ContractParty.signatory(CPAM, signed))
                .addParty(ContractParty.signatory(PREFECTURE, signed))
                .addParty(new ContractParty(CH_AJACCIO, PartyRole.PARTNER, null, null))
                .addParty(new ContractParty(CH_CASTELLUCCIO, PartyRole.PARTNER, null, null))
                .addParty(new ContractParty(CPTS_AJACCIO, PartyRole.PARTNER, null, null))
                .addTerritory(TerritoryLink.to(CAPA))
                .validFrom(LocalDate.of(2024, 4, 1)).validTo(LocalDate.of(2028, 12, 31))
                .addAmendment(new Amendment(1, LocalDate.of(2025, 2, 10), "Avenant n° 1 : téléconsultation en EHPAD (illustratif)"))
                .addAxis(new ContractAxis("axe-1", "Accès aux soins de proximité", List.of(HealthTheme.ACCESS_TO_CARE,
                        HealthTheme.PROFESSIONAL_ATTRACTIVENESS, HealthTheme.TELEHEALTH), List.of(
                        new ContractAction("1.1", "Accueillir les internes en médecine générale", null, CPTS_AJACCIO, null, null),
                        new ContractAction("1.2", "Téléconsultation dans les EHPAD du territoire", null, CH_AJACCIO,
                                LocalDate.of(2025, 3, 1), null))))
                .addAxis(new ContractAxis("axe-2", "Santé mentale (volet CLSM)", List.of(HealthTheme.MENTAL_HEALTH), List.of(
                        new ContractAction("2.1", "Installer le conseil local de santé mentale du Pays Ajaccien", null,
                                CH_CASTELLUCCIO, LocalDate.of(2024, 6, 1), null)), CLSM_AJACCIO))
                .addAxis(new ContractAxis("axe-3", "Santé environnementale et prévention", List.of(HealthTheme.ENVIRONMENTAL_HEALTH,
                        HealthTheme.PREVENTION), List.of()))
                .addAxis(new ContractAxis("axe-4", "Bien vieillir sur le territoire", List.of(HealthTheme.ELDERLY_AUTONOMY), List.of()))
                .coordinator(new Coordinator("person:coordinatrice-cls-pays-ajaccien-illustratif", collectiviteId(CAPA), true,
                        new BigDecimal("1.0"), LocalDate.of(2024, 4, 1), null))
                .addFunding(new FundingLine(ARS, 2024, new BigDecimal("30000.00"), null))
                .addFunding(new FundingLine(collectiviteId(CAPA), 2024, new BigDecimal("30000.00"), null))
                .addFunding(new FundingLine(ARS, 2025, new BigDecimal("30000.00"), null))
                .addFunding(new FundingLine(collectiviteId(CAPA), 2025, new BigDecimal("30000.00"), null))
                .steeringCommittee(COPIL_CAPA)
                .predecessor(communal)
                .addPlan(DIAGNOSIS_AJACCIO).addPlan(PRS).addPlan(PTSM)
                .build());

        LocalDate signedSud = LocalDate.of(2025, 1, 20);
        Contract.Builder sud = Contract.builder(CLS_SUD, ContractKind.CLS, ContractStatus.IN_FORCE,
                        "Contrat local de santé du Sud et de l'Ouest de la Corse-du-Sud 2025-2029 (illustratif)")
                .addParty(ContractParty.signatory(ARS, signedSud))
                .addParty(ContractParty.signatory(CDC, signedSud));
        for (String epci : ruralEpci()) {
            sud.addParty(ContractParty.signatory(collectiviteId(epci), signedSud)).addTerritory(TerritoryLink.to(epci));
        }
        out.add(sud.addParty(new ContractParty(CH_SARTENE, PartyRole.PARTNER, null, null))
                .addParty(new ContractParty(CH_BONIFACIO, PartyRole.PARTNER, null, null))
                .addParty(new ContractParty(CH_CASTELLUCCIO, PartyRole.PARTNER, null, null))
                .addParty(new ContractParty(CPTS_SUD, PartyRole.PARTNER, null, null))
                .addParty(new ContractParty(CPAM, PartyRole.FUNDER, null, null))
                .validFrom(LocalDate.of(2025, 2, 1)).validTo(LocalDate.of(2029, 12, 31))
                .addAxis(new ContractAxis("axe-1", "Accès aux soins et consultations avancées", List.of(HealthTheme.ACCESS_TO_CARE,
                        HealthTheme.TELEHEALTH), List.of(
                        new ContractAction("1.1", "Consultations avancées de spécialistes du CH d'Ajaccio à Sartène et Porto-Vecchio",
                                null, CH_SARTENE, LocalDate.of(2025, 4, 1), null))))
                .addAxis(new ContractAxis("axe-2", "Santé mentale", List.of(HealthTheme.MENTAL_HEALTH), List.of(
                        new ContractAction("2.1", "Consultations avancées de psychiatrie du CH de Castelluccio en Alta Rocca", null,
                                CH_CASTELLUCCIO, LocalDate.of(2025, 9, 1), null)), CLSM_SUD))
                .addAxis(new ContractAxis("axe-3", "Prévention et santé environnementale", List.of(HealthTheme.PREVENTION,
                        HealthTheme.ENVIRONMENTAL_HEALTH), List.of()))
                .coordinator(new Coordinator("person:coordinateur-cls-sud-ouest-illustratif", collectiviteId("epci:242010130"), true,
                        new BigDecimal("0.8"), LocalDate.of(2025, 2, 1), null))
                .addFunding(new FundingLine(ARS, 2025, new BigDecimal("40000.00"), null))
                .addFunding(new FundingLine(CDC, 2025, new BigDecimal("20000.00"), null))
                .steeringCommittee(COPIL_SUD)
                .addPlan(DIAGNOSIS_SUD).addPlan(PRS).addPlan(PTSM)
                .build());

        out.add(Contract.builder("contract:aci-cpts-pays-ajaccien-illustratif", ContractKind.ACI_CPTS, ContractStatus.IN_FORCE,
                        "Accord conventionnel interprofessionnel de la CPTS du Pays Ajaccien (illustratif)")
                .addParty(ContractParty.signatory(CPTS_AJACCIO, LocalDate.of(2022, 3, 15)))
                .addParty(ContractParty.signatory(CPAM, LocalDate.of(2022, 3, 15)))
                .addParty(ContractParty.signatory(ARS, LocalDate.of(2022, 3, 15)))
                .addTerritory(TerritoryLink.to(CAPA))
                .validFrom(LocalDate.of(2022, 3, 15))
                .addPlan(CPTS_PROJECT)
                .build());
        return out;
    }

    /**
     * The supply of GPs per TVS (illustrative values for 2024): density per 100,000 inhabitants, share aged 60 or
     * over, installations and departures, with the definitions of their indicators.
     */
    private static final String[][] SUPPLY = {
        // code, unit, label, direction, values per TVS in the order of TVS
        {"densite-professionnels", "professionnels pour 100 000 habitants", "Densité de professionnels de santé", "higher-is-better",
            "98", "71", "52", "66", "58", "80"},
        {"part-professionnels-60-ans-et-plus", "%", "Part des professionnels de santé âgés de 60 ans ou plus", "lower-is-better",
            "31", "38", "47", "41", "44", "35"},
        {"installations-professionnels", "professionnels", "Installations de professionnels de santé", "higher-is-better",
            "9", "2", "0", "1", "1", "3"},
        {"departs-professionnels", "professionnels", "Départs de professionnels de santé", "lower-is-better",
            "6", "3", "2", "2", "1", "3"}};

    /** The APL indicator, its illustrative values per TVS, the doctor zoning those values imply, and the supply of GPs. */
    private static List<Entity> zoning() {
        List<Entity> out = new ArrayList<>();
        CodeRef gp = CodeRef.of("profession", "medecin-generaliste");
        String indicator = "indicator:apl-mg";
        out.add(IndicatorDefinition.builder(indicator, "apl-mg", "Accessibilité potentielle localisée aux médecins généralistes",
                        "consultations par an et par habitant standardisé")
                .labelEn("Local potential accessibility to general practitioners").producer(DREES)
                .method("DREES, par commune : offre des généralistes de moins de 65 ans et demande pondérée par l'âge dans "
                        + "un rayon de proximité ; agrégée ici par TVS (valeurs illustratives).")
                .direction(IndicatorDirection.HIGHER_IS_BETTER).profession(gp).build());
        ZoningDecision.Builder decision = ZoningDecision.builder("zoning:ars-corse-medecins-2024-illustratif", ARS, gp, TerritoryKind.TVS)
                .legalReference("Arrêté du directeur général de l'ARS de Corse portant détermination des zones caractérisées "
                        + "par une offre de soins insuffisante pour la profession de médecin (référence illustrative)")
                .adoptionDate(LocalDate.of(2024, 6, 20)).validFrom(LocalDate.of(2024, 7, 1))
                .addIndicator(indicator).addIndicator("indicator:delai-rendez-vous");
        out.add(IndicatorDefinition.builder("indicator:delai-rendez-vous", "delai-rendez-vous", "Délai d'obtention d'un rendez-vous",
                        "jours").labelEn("Waiting time for an appointment").producer(DREES)
                .method("Délai médian entre la demande et le rendez-vous chez un médecin généraliste, par enquête ; critère "
                        + "demandé par les élus (AMF) et retenu ici par la décision de zonage (illustratif).")
                .direction(IndicatorDirection.LOWER_IS_BETTER).profession(gp).build());
        for (String[] row : SUPPLY) {
            out.add(IndicatorDefinition.builder("indicator:" + row[0], row[0], row[2], row[1]).producer(DREES)
                    .method("DREES, démographie des professionnels de santé (RPPS) ; valeurs par TVS illustratives.")
                    .direction(IndicatorDirection.valueOf(row[3].toUpperCase(java.util.Locale.ROOT).replace('-', '_'))).build());
            for (int i = 0; i < TVS.size(); i++) {
                Tvs t = TVS.get(i);
                out.add(new Observation("observation:" + row[0] + "-mg-2024-" + t.id().substring(4), "indicator:" + row[0], t.id(),
                        Period.ofYear(2024), new BigDecimal(row[4 + i]), gp, ObservationStatus.FINAL, List.of(), null, null));
            }
        }
        for (Tvs t : TVS) {
            out.add(new Observation("observation:apl-mg-2024-" + t.id().substring(4), indicator, t.id(), Period.ofYear(2024),
                    new BigDecimal(t.apl()), gp, ObservationStatus.FINAL, List.of(), null, null));
            decision.addAssignment(new ZoneAssignment(t.id(), t.zone()));
        }
        out.add(decision.build());
        return out;
    }
}

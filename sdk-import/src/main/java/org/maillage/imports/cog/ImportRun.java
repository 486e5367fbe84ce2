package org.maillage.imports.cog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.maillage.core.codelist.EpciLegalType;
import org.maillage.core.codelist.PopulationKind;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.id.IdentifierScheme;
import org.maillage.core.internal.TerritoryCodes;
import org.maillage.core.model.Identifier;
import org.maillage.core.model.Lineage;
import org.maillage.core.model.Population;
import org.maillage.core.model.Territory;
import org.maillage.core.model.TerritoryLink;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One import of one data folder: reads the files in order (régions, départements, communes, EPCI,
 * EPT), maps each record, then derives what needs every record (lineage targets, EPT parents,
 * populations of groupings). Used once; not thread-safe.
 */
final class ImportRun {

    static final String COMMUNES = "communes.json";
    static final String EPCI = "epci.json";
    static final String EPT = "ept.json";
    static final String DEPARTEMENTS = "departements.json";
    static final String REGIONS = "regions.json";
    static final String ARRONDISSEMENTS = "arrondissements.json";

    private static final Set<String> READ = Set.of(COMMUNES, EPCI, EPT, DEPARTEMENTS, REGIONS);

    /** Codes of the overseas collectivities, which the package files as pseudo-départements and pseudo-régions. */
    private static final Pattern COLLECTIVITE_CODE = Pattern.compile("97[578]|98[0-9]");

    private static final Set<String> COMMUNE_MEMBERS = Set.of("code", "nom", "type", "typeLiaison", "zone",
            "arrondissement", "departement", "region", "rangChefLieu", "siren", "codesPostaux", "population",
            "anciensCodes", "chefLieu", "commune", "collectiviteOutremer");
    private static final Set<String> COLLECTIVITE_MEMBERS = Set.of("code", "nom");
    private static final Set<String> GROUPING_MEMBERS = Set.of("code", "nom", "type", "modeFinancement",
            "populationTotale", "populationMunicipale", "membres");
    private static final Set<String> GROUPING_MEMBER_MEMBERS = Set.of("code", "siren", "nom", "populationTotale",
            "populationMunicipale");
    private static final Set<String> DEPARTEMENT_MEMBERS = Set.of("code", "region", "chefLieu", "nom", "typeLiaison",
            "zone");
    private static final Set<String> REGION_MEMBERS = Set.of("code", "chefLieu", "nom", "typeLiaison", "zone");

    private final Path dir;
    private final OptionalInt censusYear;
    private final Notes notes;

    /** Every territory built so far, by id, in output order within each kind. */
    private final Map<String, Territory.Builder> territories = new LinkedHashMap<>();
    /** Where each territory was read. */
    private final Map<String, ArrayFile.SourceRecord> origins = new HashMap<>();
    /** The département (or collectivité) code of each commune-level territory, for filtering. */
    private final Map<String, String> communeDepartement = new HashMap<>();
    /** The région code of each département. */
    private final Map<String, String> departementRegion = new HashMap<>();
    /** Pseudo-régions of the collectivities, by code, with their names. */
    private final Map<String, ArrayFile.SourceRecord> pseudoRegions = new LinkedHashMap<>();
    /** The communes.json records, kept light until every record is known. */
    private final List<CommuneRow> communeRows = new ArrayList<>();
    /** The EPCI each commune is a member of. */
    private final Map<String, String> epciOfCommune = new HashMap<>();
    /** The ids of every commune of communes.json, known before the communes are built. */
    private final Set<String> communeIds = new HashSet<>();

    /** A communes.json record, mapped but not yet built. */
    private record CommuneRow(Members m, TerritoryKind kind, String code, String name, String departement,
            boolean collectivite, String region, String siren, Long population, List<String> anciensCodes,
            String chefLieu, String commune) {
        String id() {
            return ImportRun.id(kind, code);
        }
    }

    ImportRun(Path dir, int vintage, Notes notes) {
        this.dir = dir;
        this.censusYear = CensusYears.of(vintage);
        this.notes = notes;
    }

    static String id(TerritoryKind kind, String code) {
        return kind.code() + ":" + code;
    }

    /** Reads the folder and returns the territories in output order. */
    List<Territory> run() {
        noteUnreadFiles();
        if (censusYear.isEmpty()) {
            notes.add(COMMUNES, "", 0, "no census year is known for this vintage: populations not imported");
        }
        ArrayFile.read(dir, REGIONS, this::region, notes);
        notes.flushUnknownMembers();
        ArrayFile.read(dir, DEPARTEMENTS, this::departement, notes);
        notes.flushUnknownMembers();
        checkPseudoRegions();
        ArrayFile.read(dir, COMMUNES, this::communeRow, notes);
        notes.flushUnknownMembers();
        buildCommunes();
        ArrayFile.read(dir, EPCI, r -> grouping(r, TerritoryKind.EPCI), notes);
        notes.flushUnknownMembers();
        if (Files.isRegularFile(dir.resolve(EPT))) {
            ArrayFile.read(dir, EPT, r -> grouping(r, TerritoryKind.EPT), notes);
            notes.flushUnknownMembers();
        } else {
            notes.add(EPT, "", 0, "file absent (the package ships EPT from its 2023 vintage on): no EPT imported");
        }
        derivePopulations();
        List<Territory> out = new ArrayList<>(territories.size());
        for (Territory.Builder b : territories.values()) {
            out.add(b.build());
        }
        return out;
    }

    Map<String, ArrayFile.SourceRecord> origins() {
        return origins;
    }

    Map<String, String> communeDepartements() {
        return communeDepartement;
    }

    Map<String, String> departementRegions() {
        return departementRegion;
    }

    // ---------------------------------------------------------------- files

    private void noteUnreadFiles() {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(f -> names.add(f.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
        }
        for (String name : names) {
            if (READ.contains(name)) {
                continue;
            }
            if (name.equals(ARRONDISSEMENTS)) {
                notes.add(name, "", 0, "not imported: arrondissements départementaux have no territory kind in the model");
            } else {
                notes.add(name, "", 0, "not read: the importer reads " + String.join(", ", new TreeSet<>(READ)));
            }
        }
    }

    // ---------------------------------------------------------------- régions and départements

    private void region(ArrayFile.SourceRecord r) {
        Members m = new Members(r, notes);
        m.checkKnown(r.json(), r.pointer(), REGION_MEMBERS);
        String code = required(m, "code");
        String name = required(m, "nom");
        if (code == null || name == null) {
            return;
        }
        if (COLLECTIVITE_CODE.matcher(code).matches()) {
            // The same collectivity as the pseudo-département of departements.json.
            pseudoRegions.put(code, r);
            return;
        }
        Territory.Builder b = Territory.builder(id(TerritoryKind.REGION, code), TerritoryKind.REGION, code, name)
                .addIdentifier(Identifier.of(IdentifierScheme.INSEE_REGION, code));
        add(b, r, TerritoryKind.REGION, code);
    }

    private void departement(ArrayFile.SourceRecord r) {
        Members m = new Members(r, notes);
        m.checkKnown(r.json(), r.pointer(), DEPARTEMENT_MEMBERS);
        String code = required(m, "code");
        String name = required(m, "nom");
        String region = m.text("region");
        if (code == null || name == null) {
            return;
        }
        if (COLLECTIVITE_CODE.matcher(code).matches()) {
            if (region != null && !region.equals(code)) {
                notes.add(r, "region", "the région '" + region + "' of an overseas collectivity is not its own code,"
                        + " not imported");
            }
            add(Territory.builder(id(TerritoryKind.COLLECTIVITE_OUTRE_MER, code), TerritoryKind.COLLECTIVITE_OUTRE_MER,
                    code, name), r, TerritoryKind.COLLECTIVITE_OUTRE_MER, code);
            return;
        }
        Territory.Builder b = Territory.builder(id(TerritoryKind.DEPARTEMENT, code), TerritoryKind.DEPARTEMENT, code,
                name).addIdentifier(Identifier.of(IdentifierScheme.INSEE_DEPARTEMENT, code));
        if (region == null) {
            notes.add(r, null, "département " + code + " has no région");
        } else {
            linkParent(b, r, "region", TerritoryKind.REGION, region);
            departementRegion.put(code, region);
        }
        add(b, r, TerritoryKind.DEPARTEMENT, code);
    }

    /** The pseudo-régions of regions.json must name the collectivities of departements.json. */
    private void checkPseudoRegions() {
        for (Map.Entry<String, ArrayFile.SourceRecord> e : pseudoRegions.entrySet()) {
            Territory.Builder c = territories.get(id(TerritoryKind.COLLECTIVITE_OUTRE_MER, e.getKey()));
            String name = e.getValue().json().get("nom").stringValue();
            if (c == null) {
                notes.add(e.getValue(), null, "overseas collectivity " + e.getKey() + " is not in " + DEPARTEMENTS
                        + ", not imported");
            } else if (!c.build().name().equals(name)) {
                notes.add(e.getValue(), "nom", "overseas collectivity " + e.getKey() + " is named '" + name
                        + "' here, '" + c.build().name() + "' in " + DEPARTEMENTS + ", which is kept");
            }
        }
    }

    // ---------------------------------------------------------------- communes

    private void communeRow(ArrayFile.SourceRecord r) {
        Members m = new Members(r, notes);
        m.checkKnown(r.json(), r.pointer(), COMMUNE_MEMBERS);
        String code = required(m, "code");
        String name = required(m, "nom");
        String type = required(m, "type");
        if (code == null || name == null || type == null) {
            return;
        }
        TerritoryKind kind = switch (type) {
            case "commune-actuelle" -> TerritoryKind.COMMUNE;
            case "commune-deleguee" -> TerritoryKind.COMMUNE_DELEGUEE;
            case "commune-associee" -> TerritoryKind.COMMUNE_ASSOCIEE;
            case "arrondissement-municipal" -> TerritoryKind.ARRONDISSEMENT_MUNICIPAL;
            default -> null;
        };
        if (kind == null) {
            notes.add(r, "type", "unknown type '" + type + "': commune " + code + " " + name + " not imported");
            return;
        }
        String departement = m.text("departement");
        String region = m.text("region");
        boolean collectivite = false;
        ObjectNode com = m.object("collectiviteOutremer");
        if (com != null) {
            // Vintage 2021: overseas collectivities are named on each of their communes.
            m.checkKnown(com, r.pointer("collectiviteOutremer"), COLLECTIVITE_MEMBERS);
            String comCode = m.text(com, "code", r.pointer("collectiviteOutremer/code"));
            String comName = m.text(com, "nom", r.pointer("collectiviteOutremer/nom"));
            if (comCode != null && comName != null) {
                collectivite = true;
                departement = comCode;
                String comId = id(TerritoryKind.COLLECTIVITE_OUTRE_MER, comCode);
                if (!territories.containsKey(comId)) {
                    add(Territory.builder(comId, TerritoryKind.COLLECTIVITE_OUTRE_MER, comCode, comName), r,
                            TerritoryKind.COLLECTIVITE_OUTRE_MER, comCode);
                }
            }
        } else if (departement != null && COLLECTIVITE_CODE.matcher(departement).matches()) {
            collectivite = true;
        }
        String chefLieu = m.text("chefLieu");
        String commune = m.text("commune");
        if (chefLieu != null && kind != TerritoryKind.COMMUNE_DELEGUEE && kind != TerritoryKind.COMMUNE_ASSOCIEE) {
            notes.add(r, "chefLieu", "'chefLieu' on a " + type + ", not imported");
        }
        if (commune != null && kind != TerritoryKind.ARRONDISSEMENT_MUNICIPAL) {
            notes.add(r, "commune", "'commune' on a " + type + ", not imported");
        }
        communeRows.add(new CommuneRow(m, kind, code, name, departement, collectivite, region, m.text("siren"),
                m.integer("population"), m.texts("anciensCodes"), chefLieu, commune));
    }

    private void buildCommunes() {
        // Déléguées and associées by code and chef-lieu, to name the territory an ancien code lives on as.
        Map<String, String> partByCodeAndChefLieu = new HashMap<>();
        for (CommuneRow c : communeRows) {
            if (c.kind() == TerritoryKind.COMMUNE) {
                communeIds.add(c.id());
            }
            if (c.chefLieu() != null && (c.kind() == TerritoryKind.COMMUNE_DELEGUEE
                    || c.kind() == TerritoryKind.COMMUNE_ASSOCIEE)) {
                partByCodeAndChefLieu.putIfAbsent(c.code() + ">" + c.chefLieu(), c.id());
            }
        }
        for (CommuneRow c : communeRows) {
            ArrayFile.SourceRecord r = c.m().record();
            String problem = TerritoryCodes.problem(c.kind(), c.code());
            if (problem != null) {
                notes.add(r, "code", "code " + c.code() + ": " + problem + " (imported as given)");
            }
            Territory.Builder b = Territory.builder(c.id(), c.kind(), c.code(), c.name())
                    .addIdentifier(Identifier.of(IdentifierScheme.INSEE_COMMUNE, c.code()));
            if (c.siren() != null) {
                b.addIdentifier(siren(r, "siren", c.siren()));
            }
            switch (c.kind()) {
                case COMMUNE_DELEGUEE, COMMUNE_ASSOCIEE -> {
                    if (c.chefLieu() == null) {
                        notes.add(r, null, c.kind().code() + " " + c.code() + " has no 'chefLieu': no parent commune");
                    } else {
                        linkParent(b, r, "chefLieu", TerritoryKind.COMMUNE, c.chefLieu());
                    }
                }
                case ARRONDISSEMENT_MUNICIPAL -> {
                    if (c.commune() == null) {
                        notes.add(r, null, "arrondissement municipal " + c.code() + " has no 'commune': no parent commune");
                    } else {
                        linkParent(b, r, "commune", TerritoryKind.COMMUNE, c.commune());
                    }
                }
                default -> {
                    // a commune's parents are its département and région only
                }
            }
            if (c.departement() == null) {
                notes.add(r, null, c.kind().code() + " " + c.code() + " has no département: no parent département");
            } else if (c.collectivite()) {
                linkParent(b, r, c.m().object("collectiviteOutremer") != null ? "collectiviteOutremer/code" : "departement",
                        TerritoryKind.COLLECTIVITE_OUTRE_MER, c.departement());
            } else {
                linkParent(b, r, "departement", TerritoryKind.DEPARTEMENT, c.departement());
                if (c.region() == null) {
                    notes.add(r, null, c.kind().code() + " " + c.code() + " has no région: no parent région");
                } else {
                    linkParent(b, r, "region", TerritoryKind.REGION, c.region());
                }
            }
            if (c.population() != null && censusYear.isPresent()) {
                int year = CensusYears.MAYOTTE.equals(c.departement()) ? CensusYears.MAYOTTE_CENSUS : censusYear.getAsInt();
                b.addPopulation(new Population(c.population(), year, PopulationKind.MUNICIPALE));
            }
            for (String old : c.anciensCodes()) {
                String part = partByCodeAndChefLieu.get(old + ">" + c.code());
                b.addReplaces(new Lineage(old, part, null, null));
            }
            if (territories.containsKey(c.id())) {
                notes.add(r, null, "a second " + c.kind().code() + " " + c.code() + ", not imported");
                continue;
            }
            if (c.departement() != null) {
                communeDepartement.put(c.id(), c.departement());
            }
            add(b, r, c.kind(), c.code());
        }
    }

    // ---------------------------------------------------------------- EPCI and EPT

    private void grouping(ArrayFile.SourceRecord r, TerritoryKind kind) {
        Members m = new Members(r, notes);
        m.checkKnown(r.json(), r.pointer(), GROUPING_MEMBERS);
        String code = required(m, "code");
        String name = required(m, "nom");
        if (code == null || name == null) {
            return;
        }
        String id = id(kind, code);
        if (territories.containsKey(id)) {
            notes.add(r, null, "a second " + kind.code() + " " + code + ", not imported");
            return;
        }
        Territory.Builder b = Territory.builder(id, kind, code, name).addIdentifier(siren(r, "code", code));
        String type = m.text("type");
        if (kind == TerritoryKind.EPCI) {
            EpciLegalType legalType = type == null ? null : legalType(type);
            if (legalType == null) {
                notes.add(r, "type", "unknown EPCI legal type " + (type == null ? "(none)" : "'" + type + "'")
                        + ": EPCI " + code + " imported without one");
            }
            b.legalType(legalType);
        } else if (!"EPT".equals(type)) {
            notes.add(r, "type", "type " + (type == null ? "(none)" : "'" + type + "'") + " in " + r.file()
                    + ", expected 'EPT': imported as an EPT");
        }
        JsonNode membres = m.array("membres");
        if (membres == null) {
            notes.add(r, null, kind.code() + " " + code + " has no 'membres': imported without members");
        } else {
            for (int i = 0; i < membres.size(); i++) {
                member(m, b, id, membres.get(i), i);
            }
        }
        add(b, r, kind, code);
    }

    private void member(Members m, Territory.Builder b, String groupingId, JsonNode item, int i) {
        ArrayFile.SourceRecord r = m.record();
        String pointer = r.pointer("membres/" + i);
        if (!item.isObject()) {
            notes.add(r.file(), pointer, r.line(), "a member that is not an object, not imported");
            return;
        }
        m.checkKnown((ObjectNode) item, pointer, GROUPING_MEMBER_MEMBERS);
        String code = m.text((ObjectNode) item, "code", pointer + "/code");
        if (code == null) {
            notes.add(r.file(), pointer, r.line(), "a member without 'code', not imported");
            return;
        }
        String communeId = id(TerritoryKind.COMMUNE, code);
        if (!territories.containsKey(communeId)) {
            notes.add(r.file(), pointer + "/code", r.line(), "member " + code + " of " + groupingId
                    + " is not a commune of " + COMMUNES + " (" + whatIs(code)
                    + "), left out of the composition");
            return;
        }
        b.addMember(TerritoryLink.to(communeId));
        if (groupingId.startsWith(TerritoryKind.EPCI.code() + ":")) {
            String previous = epciOfCommune.putIfAbsent(code, groupingId);
            if (previous != null) {
                notes.add(r.file(), pointer + "/code", r.line(), "commune " + code + " is also a member of "
                        + previous + " (kept in both)");
            }
        }
    }

    private String whatIs(String code) {
        List<String> kinds = new ArrayList<>();
        for (TerritoryKind k : List.of(TerritoryKind.COMMUNE_DELEGUEE, TerritoryKind.COMMUNE_ASSOCIEE,
                TerritoryKind.ARRONDISSEMENT_MUNICIPAL)) {
            if (territories.containsKey(id(k, code))) {
                kinds.add("a " + k.code());
            }
        }
        return kinds.isEmpty() ? "unknown code" : String.join(" and ", kinds);
    }

    private static EpciLegalType legalType(String type) {
        for (EpciLegalType t : EpciLegalType.values()) {
            if (t.code().equals(type)) {
                return t;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- derived data

    /**
     * EPT parents, and populations of EPCI, EPT, départements, régions and collectivities as the
     * sum of their communes' figures, when every commune has one and they share a census year.
     */
    private void derivePopulations() {
        Map<String, List<String>> communesOf = new LinkedHashMap<>();
        Map<String, Population> figures = new HashMap<>();
        for (Map.Entry<String, Territory.Builder> e : territories.entrySet()) {
            Territory t = e.getValue().build();
            if (t.kind() == TerritoryKind.COMMUNE) {
                if (!t.population().isEmpty()) {
                    figures.put(t.id(), t.population().get(0));
                }
                for (TerritoryLink p : t.parents()) {
                    communesOf.computeIfAbsent(p.territory(), k -> new ArrayList<>()).add(t.id());
                }
            } else if (t.kind() == TerritoryKind.EPCI || t.kind() == TerritoryKind.EPT) {
                List<String> members = communesOf.computeIfAbsent(t.id(), k -> new ArrayList<>());
                t.members().forEach(l -> members.add(l.territory()));
            }
        }
        for (Map.Entry<String, List<String>> e : communesOf.entrySet()) {
            Territory.Builder b = territories.get(e.getKey());
            Population sum = sum(e.getValue(), figures);
            if (sum != null && b != null) {
                b.addPopulation(sum);
            }
        }
        for (Territory.Builder b : territories.values()) {
            Territory t = b.build();
            if (t.kind() == TerritoryKind.EPT) {
                eptParent(b, t);
            }
        }
    }

    private static Population sum(List<String> communes, Map<String, Population> figures) {
        if (communes.isEmpty()) {
            return null;
        }
        long total = 0;
        Set<Integer> years = new LinkedHashSet<>();
        for (String c : communes) {
            Population p = figures.get(c);
            if (p == null) {
                return null;
            }
            total += p.value();
            years.add(p.year());
        }
        return years.size() == 1 ? new Population(total, years.iterator().next(), PopulationKind.MUNICIPALE) : null;
    }

    /** An EPT's parent is the EPCI (the Métropole du Grand Paris) its communes are members of. */
    private void eptParent(Territory.Builder b, Territory t) {
        Set<String> epcis = new TreeSet<>();
        for (TerritoryLink l : t.members()) {
            String epci = epciOfCommune.get(l.territory().substring(l.territory().indexOf(':') + 1));
            epcis.add(epci == null ? "(none)" : epci);
        }
        if (epcis.size() == 1 && !epcis.contains("(none)")) {
            b.addParent(TerritoryLink.to(epcis.iterator().next()));
        } else if (!t.members().isEmpty()) {
            ArrayFile.SourceRecord r = origins.get(t.id());
            notes.add(r, "membres", "the communes of EPT " + t.code() + " are not all members of one EPCI ("
                    + String.join(", ", epcis) + "): no parent EPCI");
        }
    }

    // ---------------------------------------------------------------- helpers

    private String required(Members m, String member) {
        String v = m.text(member);
        if (v == null && !m.record().json().has(member)) {
            notes.add(m.record(), null, "a record without '" + member + "', not imported");
        } else if (v == null) {
            notes.add(m.record(), null, "a record whose '" + member + "' is not a string, not imported");
        }
        return v;
    }

    private Identifier siren(ArrayFile.SourceRecord r, String member, String value) {
        String problem = IdentifierScheme.SIREN.problem(value);
        if (problem != null) {
            notes.add(r, member, "SIREN " + value + ": " + problem + " (imported as given)");
        }
        return Identifier.of(IdentifierScheme.SIREN, value);
    }

    private void linkParent(Territory.Builder b, ArrayFile.SourceRecord r, String member, TerritoryKind kind,
            String code) {
        String parent = id(kind, code);
        if (territories.containsKey(parent) || communeIds.contains(parent)) {
            b.addParent(TerritoryLink.to(parent));
        } else {
            String file = switch (kind) {
                case REGION -> REGIONS;
                case DEPARTEMENT, COLLECTIVITE_OUTRE_MER -> DEPARTEMENTS;
                default -> COMMUNES;
            };
            notes.add(r, member, kind.code() + " " + code + " is not in " + file + ": parent link not imported");
        }
    }

    private void add(Territory.Builder b, ArrayFile.SourceRecord r, TerritoryKind kind, String code) {
        String id = id(kind, code);
        if (territories.containsKey(id)) {
            notes.add(r, null, "a second " + kind.code() + " " + code + ", not imported");
            return;
        }
        territories.put(id, b);
        origins.put(id, r);
    }
}

package org.maillage.imports.cog;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import org.maillage.imports.ImportNote;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.maillage.core.InvalidDataException;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.Lineage;
import org.maillage.core.model.Publisher;
import org.maillage.core.model.Territory;
import org.maillage.core.model.TerritoryLink;

/**
 * Imports the Code officiel géographique (COG) from the {@code data/} folder of any vintage of the
 * npm package {@code @etalab/decoupage-administratif} (1.x = 2021 … 6.x = 2026) into a Maillage
 * dataset of territories. Immutable and thread-safe.
 *
 * <p>What it makes, with ids {@code <kind>:<code>} that are stable across vintages:
 * <ul>
 *   <li>every record of {@code communes.json}: {@code commune-actuelle} → {@code commune},
 *       {@code commune-deleguee}, {@code commune-associee}, {@code arrondissement-municipal}; a
 *       commune and a commune déléguée sharing a code are two territories with two ids. Parents: the
 *       département (or overseas collectivity) and the région; for a déléguée or associée also its
 *       {@code chefLieu} commune, for an arrondissement municipal its commune. Identifiers
 *       {@code insee-commune} and, from 2022, {@code siren}; population (municipale, the census
 *       year of the vintage, see below); {@code replaces} from {@code anciensCodes}, naming the
 *       commune déléguée or associée the old commune lives on as when there is one;</li>
 *   <li>every EPCI of {@code epci.json} ({@code epci}, code = SIREN, legal type from {@code type},
 *       members = its communes) and every EPT of {@code ept.json} ({@code ept}, members = its
 *       communes, parent = the EPCI its communes belong to: the Métropole du Grand Paris);</li>
 *   <li>départements and régions ({@code insee-departement}, {@code insee-region} identifiers), and
 *       the overseas collectivities 975, 977, 978, 984, 986, 987, 988, 989, which the package files
 *       as pseudo-départements and pseudo-régions, as {@code collectivite-outre-mer}.</li>
 * </ul>
 * Populations of EPCI, EPT, départements, régions and collectivities are the sums of their
 * communes' figures (population municipale is additive), given when every commune has one.
 * Names come from {@code communes.json}; the names of EPCI members (DGCL spellings) are not used.
 *
 * <p>Census years: the files carry a bare {@code population}; its year is a per-vintage table
 * (2021 → 2018, 2022 and 2023 → 2019, 2024 → 2021, 2025 and 2026 → 2022; Mayotte always 2017). For
 * a vintage outside the table, populations are left out with a note.
 *
 * <p>Nothing is dropped silently: records, members and links that cannot be mapped, files that are
 * not read, and members the importer does not know are reported as {@link ImportNote}s with their
 * file and JSON Pointer. Members known and deliberately not carried (postal codes,
 * {@code typeLiaison}, {@code zone}, arrondissement codes, {@code rangChefLieu}, chefs-lieux of
 * départements and régions, DGCL populations and financing mode of EPCI) are listed here rather
 * than noted on every record.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class CogImporter {

    /** The licence written in the dataset envelope. */
    public static final String LICENSE =
            "Licence Ouverte 2.0 (INSEE, DGCL, La Poste via @etalab/decoupage-administratif)";

    private static final CogImporter DETECTING = new CogImporter(null, Set.of());

    private final Integer vintage;
    private final Set<String> departements;

    private CogImporter(Integer vintage, Set<String> departements) {
        this.vintage = vintage;
        this.departements = departements;
    }

    /**
     * An importer that takes the vintage from the {@code package.json} beside the data folder and
     * imports every territory.
     *
     * @return the importer
     */
    public static CogImporter create() {
        return DETECTING;
    }

    /**
     * A copy that imports the folder as this vintage, whatever its {@code package.json} says.
     *
     * @param year the COG year, for example 2026
     * @return the copy
     */
    public CogImporter withVintage(int year) {
        if (year < 1943 || year > 2999) {
            throw new IllegalArgumentException("not a COG year: " + year);
        }
        return new CogImporter(year, departements);
    }

    /**
     * A copy that keeps only the territories of these départements (or overseas collectivities):
     * their communes of every kind, the EPCI and EPT whose communes are all inside, the
     * départements and their régions. An EPCI or EPT with communes on both sides of the border is
     * left out with a note, so that every kept grouping has its whole composition.
     *
     * @param codes département codes ({@code 09}, {@code 2A}, {@code 974}, {@code 975}); empty for all
     * @return the copy
     */
    public CogImporter withDepartements(Collection<String> codes) {
        Set<String> set = new LinkedHashSet<>();
        for (String c : codes) {
            set.add(c.trim().toUpperCase(Locale.ROOT));
        }
        return new CogImporter(vintage, Set.copyOf(set));
    }

    /**
     * The vintage the {@code package.json} beside a data folder names: {@code 2020 + major version}
     * of {@code @etalab/decoupage-administratif}.
     *
     * @param dataDir the {@code data/} folder
     * @return the COG year, or empty when there is no such {@code package.json}
     * @throws UncheckedIOException when the file exists but cannot be read
     */
    public static OptionalInt detectVintage(Path dataDir) {
        CogPackage p = CogPackage.of(dataDir);
        return p == null ? OptionalInt.empty() : p.vintage();
    }

    /**
     * Imports a data folder.
     *
     * @param dataDir the {@code data/} folder of the package
     * @return the dataset and the notes
     * @throws IllegalArgumentException when no vintage was given and none can be detected, or when
     *     a département asked for is not in the folder
     * @throws InvalidDataException when a file is not well-formed JSON, with its file, line and column
     * @throws UncheckedIOException when a file cannot be read
     */
    public CogImport importFrom(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            throw new UncheckedIOException(new java.io.FileNotFoundException(dataDir + ": not a folder"));
        }
        CogPackage pkg = CogPackage.of(dataDir);
        OptionalInt detected = pkg == null ? OptionalInt.empty() : pkg.vintage();
        if (vintage == null && detected.isEmpty()) {
            throw new IllegalArgumentException(dataDir + ": no package.json of " + CogPackage.NAME
                    + " beside this folder; give the vintage");
        }
        int year = vintage != null ? vintage : detected.getAsInt();
        Notes notes = new Notes();
        if (pkg != null && detected.isPresent() && detected.getAsInt() != year) {
            notes.add("../package.json", "/version", 0, "version " + pkg.version() + " is the " + detected.getAsInt()
                    + " vintage; imported as " + year + " as asked");
        }
        ImportRun run = new ImportRun(dataDir, year, notes);
        List<Territory> territories = run.run();
        if (!departements.isEmpty()) {
            territories = new Selection(run, notes).keep(territories, departements);
        }
        String packageVersion = pkg == null ? null : pkg.version();
        return new CogImport(Dataset.of(header(year, packageVersion), territories), year, packageVersion,
                notes.list());
    }

    private DatasetHeader header(int year, String packageVersion) {
        String id = "cog-" + year;
        String title = "Code officiel géographique " + year;
        if (!departements.isEmpty()) {
            List<String> sorted = departements.stream().sorted().toList();
            id += "-" + String.join("-", sorted);
            title += (sorted.size() == 1 ? ", département " : ", départements ") + String.join(", ", sorted);
        }
        title += " (INSEE, DGCL";
        title += packageVersion == null ? ")" : "; @etalab/decoupage-administratif " + packageVersion + ")";
        return DatasetHeader.of(id, title)
                .withPublisher(new Publisher("INSEE / Etalab", List.of(),
                        "https://github.com/etalab/decoupage-administratif"))
                .withDates(null, LocalDate.of(year, 1, 1))
                .withGeography("COG" + year, LICENSE);
    }

    /** Keeps the territories of some départements. */
    private static final class Selection {
        private final ImportRun run;
        private final Notes notes;

        Selection(ImportRun run, Notes notes) {
            this.run = run;
            this.notes = notes;
        }

        List<Territory> keep(List<Territory> all, Set<String> departements) {
            Set<String> kept = new HashSet<>();
            for (String d : departements) {
                String dep = ImportRun.id(TerritoryKind.DEPARTEMENT, d);
                String com = ImportRun.id(TerritoryKind.COLLECTIVITE_OUTRE_MER, d);
                if (run.origins().containsKey(dep)) {
                    kept.add(dep);
                    String region = run.departementRegions().get(d);
                    if (region != null) {
                        kept.add(ImportRun.id(TerritoryKind.REGION, region));
                    }
                } else if (run.origins().containsKey(com)) {
                    kept.add(com);
                } else {
                    throw new IllegalArgumentException("no département or overseas collectivity " + d
                            + " in " + ImportRun.DEPARTEMENTS);
                }
            }
            for (Map.Entry<String, String> e : run.communeDepartements().entrySet()) {
                if (departements.contains(e.getValue())) {
                    kept.add(e.getKey());
                }
            }
            for (Territory t : all) {
                if (t.kind() == TerritoryKind.EPCI || t.kind() == TerritoryKind.EPT) {
                    long inside = t.members().stream().filter(l -> kept.contains(l.territory())).count();
                    if (inside > 0 && inside == t.members().size()) {
                        kept.add(t.id());
                    } else if (inside > 0) {
                        ArrayFile.SourceRecord r = run.origins().get(t.id());
                        notes.add(r, null, t.id() + " " + t.name() + " has " + (t.members().size() - inside) + " of "
                                + t.members().size() + " communes outside the départements kept: left out");
                    }
                }
            }
            List<Territory> out = new ArrayList<>();
            for (Territory t : all) {
                if (kept.contains(t.id())) {
                    out.add(withoutLinksOutside(t, kept));
                }
            }
            return out;
        }

        /** Links to territories left out (an EPT whose EPCI crosses the border) are dropped with a note. */
        private Territory withoutLinksOutside(Territory t, Set<String> kept) {
            List<TerritoryLink> parents = inside(t, t.parents(), kept, "parent");
            List<TerritoryLink> members = inside(t, t.members(), kept, "member");
            List<Lineage> replaces = new ArrayList<>();
            for (Lineage l : t.replaces()) {
                boolean outside = l.territory() != null && !kept.contains(l.territory());
                if (outside) {
                    note(t, "predecessor " + l.territory() + " is outside the départements kept: only its code is kept");
                }
                replaces.add(outside ? new Lineage(l.code(), null, l.event(), l.date()) : l);
            }
            if (parents.size() == t.parents().size() && members.size() == t.members().size()
                    && replaces.equals(t.replaces())) {
                return t;
            }
            return new Territory(t.id(), t.kind(), t.code(), t.name(), t.legalType(), t.identifiers(), parents,
                    members, t.population(), replaces, t.replacedBy(), t.validFrom(), t.validTo());
        }

        private List<TerritoryLink> inside(Territory t, List<TerritoryLink> links, Set<String> kept, String what) {
            List<TerritoryLink> out = new ArrayList<>();
            for (TerritoryLink l : links) {
                if (kept.contains(l.territory())) {
                    out.add(l);
                } else {
                    note(t, what + " " + l.territory() + " is outside the départements kept: link left out");
                }
            }
            return out;
        }

        private void note(Territory t, String message) {
            notes.add(run.origins().get(t.id()), null, t.id() + ": " + message);
        }
    }
}

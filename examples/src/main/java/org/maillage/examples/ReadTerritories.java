package org.maillage.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.Population;
import org.maillage.core.model.Territory;
import org.maillage.core.model.TerritoryLink;
import org.maillage.json.DatasetReader;

/**
 * Reads a dataset of territories with the SDK used as a library: counts the territories of each
 * kind, then lists the communes of one EPCI with their population.
 *
 * <p>Run it on the bundled sample (the territories of Ariège imported from the COG 2026):
 * <pre>
 * mvn -q -pl examples -am compile
 * java -cp "$(...classpath...)" org.maillage.examples.ReadTerritories examples/data/ariege.json epci:200066363
 * </pre>
 * or through its test: {@code mvn -q -pl examples -am test -Dtest=ReadTerritoriesTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
public final class ReadTerritories {

    /** The sample dataset, relative to the repository root. */
    public static final Path SAMPLE = Path.of("examples", "data", "ariege.json");

    /** The EPCI listed by default: the Communauté de communes de la Haute Ariège. */
    public static final String DEFAULT_EPCI = "epci:200066363";

    private ReadTerritories() {}

    /**
     * Reads the dataset and prints what it holds.
     *
     * @param args the dataset file (default {@code examples/data/ariege.json}) and the id of an EPCI
     *     (default {@code epci:200066363})
     */
    public static void main(String[] args) {
        Path file = args.length > 0 ? Path.of(args[0]) : SAMPLE;
        String epci = args.length > 1 ? args[1] : DEFAULT_EPCI;
        System.exit(run(file, epci, new PrintStream(System.out, true, StandardCharsets.UTF_8)));
    }

    /**
     * Reads a dataset, prints the number of territories of each kind and the communes of one EPCI.
     *
     * @param file the dataset (JSON or NDJSON)
     * @param epciId the id of the EPCI to list
     * @param out where to print
     * @return 0, or 1 when the dataset holds no such EPCI
     */
    public static int run(Path file, String epciId, PrintStream out) {
        // Reading streams the file entity by entity; a broken file gives an InvalidDataException
        // with the JSON Pointer, line and column of the problem.
        Dataset dataset = DatasetReader.standard().read(file);
        out.println(dataset.header().title());
        out.println("geography " + dataset.header().geography() + ", licence " + dataset.header().license());

        Map<TerritoryKind, Long> counts = dataset.territories().stream()
                .collect(Collectors.groupingBy(Territory::kind, () -> new EnumMap<>(TerritoryKind.class),
                        Collectors.counting()));
        counts.forEach((kind, n) -> out.printf("%-26s %6d%n", kind.code(), n));

        Map<String, Territory> byId = dataset.territories().stream()
                .collect(Collectors.toMap(Territory::id, Function.identity()));
        Territory epci = byId.get(epciId);
        if (epci == null || epci.kind() != TerritoryKind.EPCI) {
            out.println("no EPCI " + epciId + " in " + file);
            return 1;
        }
        out.println();
        out.println(epci.name() + " (" + epci.legalType().code() + ", SIREN " + epci.code() + "), "
                + epci.members().size() + " communes, population " + population(epci) + ":");
        for (TerritoryLink member : epci.members()) {
            Territory commune = byId.get(member.territory());
            out.printf("  %s  %-32s %8s%n", commune.code(), commune.name(),
                    commune.population().stream().findFirst().map(p -> Long.toString(p.value())).orElse("unknown"));
        }
        return 0;
    }

    private static String population(Territory t) {
        return t.population().stream().findFirst()
                .map((Population p) -> p.value() + " (" + p.year() + ")")
                .orElse("unknown");
    }
}

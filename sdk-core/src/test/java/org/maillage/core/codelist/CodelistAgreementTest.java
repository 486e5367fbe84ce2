package org.maillage.core.codelist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.core.testkit.SchemaFiles;
import tools.jackson.databind.JsonNode;

/** Every closed codelist is the same in its Java enum, its CSV and its schema {@code enum}; every CSV is well formed. */
class CodelistAgreementTest {

    private static final List<String> HEADER = List.of("code", "label_fr", "label_en", "description", "deprecated");
    private static final List<String> DATED_HEADER = List.of("code", "label_fr", "label_en", "description", "deprecated",
            "valid_from", "valid_to");

    private static SchemaFiles schemas;

    @BeforeAll
    static void load() {
        schemas = SchemaFiles.load();
    }

    /** Every enum implementing {@link Coded} in the compiled main classes, found by scanning them. */
    @SuppressWarnings("unchecked")
    static List<Class<? extends Enum<?>>> closedCodelists() throws IOException, URISyntaxException {
        Path classes = Path.of(Coded.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<? extends Enum<?>>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).sorted().toList()) {
                String name = classes.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".");
                name = name.substring(0, name.length() - ".class".length());
                if (name.equals("module-info")) {
                    continue;
                }
                try {
                    Class<?> c = Class.forName(name, false, Coded.class.getClassLoader());
                    if (c.isEnum() && Coded.class.isAssignableFrom(c)) {
                        found.add((Class<? extends Enum<?>>) c);
                    }
                } catch (ClassNotFoundException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return found;
    }

    @Test
    void closedCodelist_equalsItsCsvAndSchemaEnum_forEveryEnum() throws Exception {
        List<Class<? extends Enum<?>>> enums = closedCodelists();
        assertThat(enums).extracting(Class::getSimpleName).contains("TerritoryKind", "IdentifierScheme", "OrganizationKind", "ZoneCategory");
        for (Class<? extends Enum<?>> e : enums) {
            String name = CodelistName.of(e).value();
            List<String> javaCodes = new ArrayList<>();
            for (Enum<?> c : e.getEnumConstants()) {
                javaCodes.add(((Coded) c).code());
            }
            List<List<String>> csv = schemas.codelist(name);
            assertThat(csv).as("codelists/%s.csv for %s", name, e.getSimpleName()).isNotNull();
            assertThat(csv.subList(1, csv.size())).extracting(r -> r.get(0)).as(name + ".csv codes").containsExactlyElementsOf(javaCodes);
            JsonNode def = schemas.common().path("$defs").path(name);
            List<String> schemaCodes = new ArrayList<>();
            def.path("enum").forEach(n -> schemaCodes.add(n.asString()));
            assertThat(schemaCodes).as("common.schema.json $defs/%s enum", name).containsExactlyElementsOf(javaCodes);
            assertThat(csv.subList(1, csv.size())).as(name + " English labels").allSatisfy(r -> assertThat(r.get(2)).isNotBlank());
        }
    }

    @Test
    void everyCsv_isWellFormed() {
        for (String name : schemas.codelistNames()) {
            List<List<String>> rows = schemas.codelist(name);
            assertThat(rows.get(0)).as(name).isIn(HEADER, DATED_HEADER);
            Set<String> codes = new HashSet<>();
            for (List<String> r : rows.subList(1, rows.size())) {
                assertThat(r).as(name + " row " + r).hasSize(rows.get(0).size());
                assertThat(r.get(0)).as(name + " code").isNotBlank();
                assertThat(codes.add(r.get(0))).as(name + " duplicate code " + r.get(0)).isTrue();
                assertThat(r.get(1)).as(name + " French label of " + r.get(0)).isNotBlank();
                assertThat(r.get(4)).as(name + " deprecated of " + r.get(0)).isIn("true", "false");
                if (r.size() > HEADER.size()) {
                    assertThat(r.get(5)).as(name + " valid_from of " + r.get(0)).matches("|\\d{4}-\\d{2}-\\d{2}");
                    assertThat(r.get(6)).as(name + " valid_to of " + r.get(0)).matches("|\\d{4}-\\d{2}-\\d{2}");
                    assertThat(r.get(6).isEmpty()).as(name + ": a deprecated code has an end date, an active one none: " + r.get(0))
                            .isEqualTo(r.get(4).equals("false"));
                }
            }
        }
    }

    @Test
    void everyCsv_isAClosedEnumOrAnOpenListOfTheSchemas() throws Exception {
        Set<String> closed = new TreeSet<>();
        for (Class<? extends Enum<?>> e : closedCodelists()) {
            closed.add(CodelistName.of(e).value());
        }
        Set<String> open = new TreeSet<>();
        JsonNode defs = schemas.common().path("$defs");
        defs.propertyNames().forEach(n -> {
            if (defs.path(n).path("properties").path("list").has("const")) {
                assertThat(defs.path(n).path("properties").path("list").path("const").asString()).isEqualTo(n);
                open.add(n);
            }
        });
        Set<String> expected = new TreeSet<>(closed);
        expected.addAll(open);
        assertThat(schemas.codelistNames()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void finessCategories_containTheCategoriesTheDomainNames() {
        List<String> codes = schemas.codelist("finess-category").stream().skip(1).map(r -> r.get(0)).toList();
        assertThat(codes).contains("101", "106", "124", "127", "129", "131", "292", "354", "355", "362", "365", "460",
                "500", "501", "502", "603", "604", "606", "617", "618");
    }

    @Test
    void index_listsEveryCsvOnce_withTheKindTheSchemasGiveIt() throws Exception {
        List<List<String>> index = schemas.codelistIndex();
        assertThat(index.get(0)).containsExactly("name", "kind", "version", "source", "verification");
        List<String> names = index.stream().skip(1).map(r -> r.get(0)).toList();
        assertThat(names).as("codelists/index.csv names every CSV once, in order").containsExactlyElementsOf(schemas.codelistNames());
        Set<String> closed = new TreeSet<>();
        for (Class<? extends Enum<?>> e : closedCodelists()) {
            closed.add(CodelistName.of(e).value());
        }
        JsonNode defs = schemas.common().path("$defs");
        for (List<String> r : index.subList(1, index.size())) {
            String name = r.get(0);
            assertThat(r).as(name).hasSize(5);
            assertThat(r.get(1)).as(name + " kind").isEqualTo(closed.contains(name) ? "closed" : "open");
            assertThat(r.get(2)).as(name + " version").isNotBlank();
            assertThat(r.get(3)).as(name + " source").isNotBlank();
            assertThat(r.get(4)).as(name + " verification").matches("(verified|unverified): .+");
            if (r.get(1).equals("open")) {
                assertThat(defs.path(name).path("description").asString())
                        .as("the schema of open list %s names the version of codelists/index.csv", name)
                        .contains("version " + r.get(2) + ")");
            }
        }
    }
}

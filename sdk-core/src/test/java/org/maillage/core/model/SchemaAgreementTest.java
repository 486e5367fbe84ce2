package org.maillage.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.maillage.core.codelist.Coded;
import org.maillage.core.testkit.SchemaFiles;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schemas and the records say the same thing: same members, same required members, same
 * types, same enum codes, recursively through nested records.
 */
class SchemaAgreementTest {

    private static SchemaFiles schemas;

    @BeforeAll
    static void load() {
        schemas = SchemaFiles.load();
    }

    @ParameterizedTest
    @EnumSource(EntityFamily.class)
    void schema_agreesWithRecord_forEveryFamily(EntityFamily family) {
        String id = SchemaFiles.BASE + family.type() + ".schema.json";
        List<String> drift = new ArrayList<>();
        compareObject(schemas.byId().get(id), id, family.javaType(), family.type(), drift, new HashSet<>());
        assertThat(drift).as("drift between %s and %s", family.type() + ".schema.json", family.javaType().getSimpleName())
                .isEmpty();
    }

    @Test
    void changesetSchema_namesEveryFamily_inOrder() {
        JsonNode family = schemas.byId().get(SchemaFiles.BASE + "changeset.schema.json").findValue("family");
        List<String> names = new ArrayList<>();
        family.path("enum").forEach(n -> names.add(n.asString()));
        assertThat(names).containsExactly(Arrays.stream(EntityFamily.values()).map(EntityFamily::member).toArray(String[]::new));
    }

    @Test
    void datasetSchema_agreesWithHeaderAndFamilies() {
        String id = SchemaFiles.BASE + "dataset.schema.json";
        JsonNode ds = schemas.byId().get(id);
        Set<String> expected = new LinkedHashSet<>();
        for (RecordComponent c : DatasetHeader.class.getRecordComponents()) {
            expected.add(c.getName().equals("schema") ? "$schema" : c.getName());
        }
        List<String> families = new ArrayList<>();
        for (RecordComponent c : Dataset.class.getRecordComponents()) {
            if (!c.getName().equals("header")) {
                families.add(c.getName());
            }
        }
        assertThat(families).containsExactly(Arrays.stream(EntityFamily.values()).map(EntityFamily::member).toArray(String[]::new));
        expected.addAll(families);
        assertThat(propertyNames(ds)).containsExactlyElementsOf(expected);
        for (EntityFamily f : EntityFamily.values()) {
            assertThat(ds.at("/properties/" + f.member() + "/items/$ref").asString())
                    .isEqualTo(SchemaFiles.BASE + f.type() + ".schema.json");
        }
        List<String> drift = new ArrayList<>();
        for (RecordComponent c : DatasetHeader.class.getRecordComponents()) {
            String name = c.getName().equals("schema") ? "$schema" : c.getName();
            checkRequired(ds, name, c, "dataset", drift);
            compareType(ds.path("properties").path(name), id, c.getType(), c.getGenericType(), "dataset." + name, drift, new HashSet<>());
        }
        assertThat(drift).isEmpty();
    }

    @Test
    void agreementCheck_reportsDrift() {
        // The checker itself: a record with one member too many, one missing, one optional that the schema requires.
        record Wrong(String id, int extra, LocalDate validFrom) {}
        JsonNode schema = schemas.common().at("/$defs/TerritoryLink");
        List<String> drift = new ArrayList<>();
        compareObject(schema, SchemaFiles.BASE + "common.schema.json", Wrong.class, "wrong", drift, new HashSet<>());
        assertThat(String.join("\n", drift)).contains("wrong: schema property without component: [territory, validTo]")
                .contains("wrong: component without schema property: [extra, id]");
    }

    private static List<String> propertyNames(JsonNode objectSchema) {
        List<String> names = new ArrayList<>();
        objectSchema.path("properties").propertyNames().forEach(names::add);
        return names;
    }

    static void compareObject(JsonNode schema, String doc, Class<?> type, String path, List<String> drift, Set<Class<?>> seen) {
        if (!type.isRecord()) {
            drift.add(path + ": " + type.getSimpleName() + " is not a record but the schema is an object");
            return;
        }
        if (!seen.add(type)) {
            return;
        }
        if (!"object".equals(schema.path("type").asString())) {
            drift.add(path + ": schema type is not object");
        }
        Set<String> props = new TreeSet<>(propertyNames(schema));
        Set<String> comps = new TreeSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            comps.add(c.getName());
        }
        Set<String> onlySchema = new TreeSet<>(props);
        onlySchema.removeAll(comps);
        Set<String> onlyJava = new TreeSet<>(comps);
        onlyJava.removeAll(props);
        if (!onlySchema.isEmpty()) {
            drift.add(path + ": schema property without component: " + onlySchema);
        }
        if (!onlyJava.isEmpty()) {
            drift.add(path + ": component without schema property: " + onlyJava);
        }
        List<String> order = propertyNames(schema);
        List<String> javaOrder = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        if (onlySchema.isEmpty() && onlyJava.isEmpty() && !order.equals(javaOrder)) {
            drift.add(path + ": schema property order " + order + " differs from component order " + javaOrder);
        }
        for (RecordComponent c : type.getRecordComponents()) {
            if (!props.contains(c.getName())) {
                continue;
            }
            checkRequired(schema, c.getName(), c, path, drift);
            compareType(schema.path("properties").path(c.getName()), doc, c.getType(), c.getGenericType(),
                    path + "." + c.getName(), drift, seen);
        }
    }

    private static void checkRequired(JsonNode objectSchema, String name, RecordComponent c, String path, List<String> drift) {
        boolean required = false;
        for (JsonNode r : objectSchema.path("required")) {
            required |= r.asString().equals(name);
        }
        boolean javaRequired = isRequiredInJava(c);
        if (required && !javaRequired) {
            drift.add(path + "." + name + ": required in schema but nullable in Java");
        } else if (!required && javaRequired) {
            drift.add(path + "." + name + ": required in Java but optional in schema");
        }
    }

    /** Primitive, or annotated @NotNull, @NotBlank or @NotEmpty. */
    static boolean isRequiredInJava(RecordComponent c) {
        if (c.getType().isPrimitive()) {
            return true;
        }
        Set<Class<? extends Annotation>> found = new HashSet<>();
        try {
            Field f = c.getDeclaringRecord().getDeclaredField(c.getName());
            for (Annotation a : f.getAnnotations()) {
                found.add(a.annotationType());
            }
            for (Annotation a : f.getAnnotatedType().getAnnotations()) {
                found.add(a.annotationType());
            }
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
        for (Annotation a : c.getAccessor().getAnnotations()) {
            found.add(a.annotationType());
        }
        return found.contains(NotNull.class) || found.contains(NotBlank.class) || found.contains(NotEmpty.class);
    }

    static void compareType(JsonNode prop, String doc, Class<?> type, Type generic, String path, List<String> drift,
            Set<Class<?>> seen) {
        String jsonType = prop.path("type").asString();
        JsonNode target = prop;
        String targetDoc = doc;
        if (prop.has("$ref")) {
            SchemaFiles.Resolved r = schemas.resolve(prop.path("$ref").asString(), doc);
            if (r == null) {
                drift.add(path + ": $ref does not resolve: " + prop.path("$ref").asString());
                return;
            }
            target = r.node();
            targetDoc = r.document();
            if (target.has("type") && !target.path("type").asString().equals(jsonType)) {
                drift.add(path + ": type " + jsonType + " but $ref target is " + target.path("type").asString());
            }
        }
        String expected = expectedJsonType(type);
        if (!expected.equals(jsonType)) {
            drift.add(path + ": schema type " + jsonType + " but Java type " + type.getSimpleName() + " (" + expected + ")");
            return;
        }
        if (type == LocalDate.class && !"date".equals(prop.path("format").asString())) {
            drift.add(path + ": LocalDate without format date");
        }
        if (type == Instant.class && !"date-time".equals(prop.path("format").asString())) {
            drift.add(path + ": Instant without format date-time");
        }
        if (type.isEnum()) {
            List<String> codes = new ArrayList<>();
            for (Object e : type.getEnumConstants()) {
                codes.add(((Coded) e).code());
            }
            List<String> schemaCodes = new ArrayList<>();
            target.path("enum").forEach(n -> schemaCodes.add(n.asString()));
            if (!codes.equals(schemaCodes)) {
                drift.add(path + ": enum " + schemaCodes + " but " + type.getSimpleName() + " codes " + codes);
            }
        } else if (type.isRecord()) {
            compareObject(target, targetDoc, type, path, drift, seen);
        } else if (type == List.class) {
            Type arg = ((ParameterizedType) generic).getActualTypeArguments()[0];
            Class<?> element = (Class<?>) (arg instanceof ParameterizedType p ? p.getRawType() : arg);
            compareType(prop.path("items"), doc, element, arg, path + "[]", drift, seen);
        }
    }

    static String expectedJsonType(Class<?> t) {
        if (t == String.class || t.isEnum() || t == LocalDate.class || t == Instant.class) {
            return "string";
        }
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
            return "integer";
        }
        if (t == double.class || t == Double.class || t == BigDecimal.class) {
            return "number";
        }
        if (t == boolean.class || t == Boolean.class) {
            return "boolean";
        }
        if (t == List.class) {
            return "array";
        }
        if (t.isRecord()) {
            return "object";
        }
        return "unsupported:" + t.getName();
    }
}

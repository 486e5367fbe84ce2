package org.maillage.validation.internal.constraint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Constraint;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.core.id.IdentifierScheme;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.Entity;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.model.Identifier;
import org.maillage.core.testkit.Choices;
import org.maillage.core.testkit.ModelGenerator;
import org.maillage.core.testkit.Seeds;
import org.maillage.validation.internal.Located;

/**
 * The plain checks of {@link ModelChecks} and Hibernate Validator agree: on records drawn by the
 * test kit's generator and then broken in one to three places (blank and malformed strings, numbers
 * at and past their bounds, NaN and infinities, periods ending before they start, identifiers with
 * bad keys, territory codes of the wrong kind, emptied lists), both give the same violations, and
 * {@link ConstraintLayer} the same findings in the same order. And every constraint annotation of
 * the model has a plain check.
 */
class ModelChecksTest {

    private static ConstraintLayer plain;
    private static ConstraintLayer hibernate;
    private static HibernateChecks hibernateChecks;

    @BeforeAll
    static void layers() {
        plain = new ConstraintLayer(false);
        hibernate = new ConstraintLayer(true);
        hibernateChecks = new HibernateChecks();
    }

    @AfterAll
    static void close() {
        plain.close();
        hibernate.close();
        hibernateChecks.close();
    }

    @Test
    void plainChecks_giveHibernateValidatorsFindings_onGeneratedRecordsWithFaults() {
        Set<String> violated = new TreeSet<>();
        int[] broken = {0};
        Seeds.check(600, choices -> {
            ModelGenerator gen = new ModelGenerator(choices);
            List<Object> beans = new ArrayList<>();
            for (EntityFamily f : EntityFamily.values()) {
                beans.add(gen.entity(f));
            }
            beans.add(gen.header());
            for (Object bean : beans) {
                Object faulty = bean;
                int faults = choices.between(0, 3);
                for (int i = 0; i < faults; i++) {
                    faulty = breakOnce(faulty, choices, 0);
                }
                List<String> expected = findings(hibernate, faulty);
                assertThat(findings(plain, faulty)).as("findings of %s", faulty).isEqualTo(expected);
                if (!expected.isEmpty()) {
                    broken[0]++;
                }
                for (Violation v : hibernateChecks.check(faulty)) {
                    violated.add(v.name());
                }
            }
        });
        assertThat(broken[0]).as("records with at least one finding").isGreaterThan(1000);
        assertThat(violated).as("constraints the faults reach").contains("NotBlank", "Pattern", "Min", "Max", "DecimalMin",
                "DecimalMax", "Positive", "PositiveOrZero", "NotEmpty", "WellOrderedPeriod", "ValidIdentifier",
                "ValidTerritoryCode");
    }

    @Test
    void plainChecks_giveHibernateValidatorsViolations_pathsAndMessagesIncluded() {
        Seeds.check(300, choices -> {
            ModelGenerator gen = new ModelGenerator(choices);
            Object bean = gen.entity(choices.pick(List.of(EntityFamily.values())));
            for (int i = 0; i < 3; i++) {
                bean = breakOnce(bean, choices, 0);
            }
            assertThat(describe(new ModelChecks().check(bean))).isEqualTo(describe(hibernateChecks.check(bean)));
        });
    }

    @Test
    void everyConstraintOfTheModel_hasAPlainCheck() {
        ModelChecks checks = new ModelChecks();
        TreeMap<String, Set<String>> unhandled = new TreeMap<>();
        Set<Class<? extends Annotation>> seen = new LinkedHashSet<>();
        for (Class<?> type : modelRecords()) {
            checks.prepare(type);
            List<Annotation> found = new ArrayList<>(List.of(type.getDeclaredAnnotations()));
            for (RecordComponent rc : type.getRecordComponents()) {
                try {
                    found.addAll(List.of(type.getDeclaredField(rc.getName()).getDeclaredAnnotations()));
                } catch (NoSuchFieldException e) {
                    throw new AssertionError(e);
                }
                addTypeArgumentAnnotations(rc.getAnnotatedType(), found);
            }
            for (Annotation a : found) {
                if (a.annotationType().isAnnotationPresent(Constraint.class)) {
                    seen.add(a.annotationType());
                    if (!ModelChecks.handles(a.annotationType())) {
                        unhandled.computeIfAbsent(a.annotationType().getSimpleName(), k -> new TreeSet<>()).add(type.getSimpleName());
                    }
                }
            }
        }
        assertThat(seen).as("the walk reaches the model's constraints").extracting(Class::getSimpleName)
                .contains("NotNull", "NotBlank", "Pattern", "Min", "DecimalMax", "NotEmpty", "WellOrderedPeriod", "ValidIdentifier",
                        "ValidTerritoryCode");
        assertThat(unhandled).as("constraints of the model with no plain check: add one to ModelChecks").isEmpty();
    }

    @Test
    void prepare_refusesAConstraintItCannotDerive_namingIt() {
        assertThatThrownBy(() -> new ModelChecks().prepare(Odd.class)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Odd.code: @Pattern has a message of its own, which is not derived");
    }

    @Test
    void layer_startsNoHibernateValidator_withoutValidationXml() {
        assertThat(Thread.currentThread().getContextClassLoader().getResource(ConstraintLayer.VALIDATION_XML)).isNull();
        try (ConstraintLayer layer = new ConstraintLayer()) {
            assertThat(layer.usesHibernate()).isFalse();
        }
    }

    @Test
    void decimalRange_saysTheBoundInBothLanguages_notHibernateValidatorsTemplate() {
        for (ConstraintLayer layer : List.of(plain, hibernate)) {
            assertThat(findings(layer, new org.maillage.core.model.Coordinates(91, -181))).containsExactly(
                    "constraint.range /latitude {} {detail=must be less than or equal to 90, detailFr=elle doit être "
                            + "inférieure ou égale à 90, property=latitude, value=91.0}",
                    "constraint.range /longitude {} {detail=must be greater than or equal to -180, detailFr=elle doit être "
                            + "supérieure ou égale à -180, property=longitude, value=-181.0}");
        }
    }

    /** A record with a constraint the plain checks do not derive. */
    record Odd(@Pattern(regexp = "[a-z]+", message = "lower case only") String code) {}

    private static List<String> describe(List<Violation> violations) {
        List<String> out = new ArrayList<>();
        for (Violation v : violations) {
            out.add(v.path() + " | " + v.pointer() + " | " + v.property() + " | " + v.name() + " | " + v.value() + " | "
                    + (v.constraint().annotationType().getName().startsWith("jakarta.") ? v.message() : "") + " | " + v.attributes().get("regexp") + v.attributes().get("value")
                    + v.attributes().get("inclusive"));
        }
        out.sort(null);
        return out;
    }

    private static List<String> findings(ConstraintLayer layer, Object bean) {
        List<String> out = new ArrayList<>();
        Located where = (rule, fragments, params, pointer) -> {
            out.add(rule + " " + pointer + " " + new TreeMap<>(fragments) + " " + new TreeMap<>(params));
            return null;
        };
        layer.validate(bean, where);
        return out;
    }

    /** Every record type of the model that an entity or the dataset header can hold, walked from the families. */
    static Set<Class<?>> modelRecords() {
        Deque<Class<?>> todo = new ArrayDeque<>();
        Set<Class<?>> seen = new LinkedHashSet<>();
        for (EntityFamily f : EntityFamily.values()) {
            todo.add(f.javaType());
        }
        todo.add(DatasetHeader.class);
        while (!todo.isEmpty()) {
            Class<?> c = todo.removeFirst();
            if (!c.isRecord() || !seen.add(c)) {
                continue;
            }
            for (RecordComponent rc : c.getRecordComponents()) {
                addTypes(rc.getGenericType(), todo);
            }
        }
        return seen;
    }

    private static void addTypes(Type t, Deque<Class<?>> todo) {
        if (t instanceof Class<?> c) {
            todo.add(c);
        } else if (t instanceof ParameterizedType p) {
            for (Type a : p.getActualTypeArguments()) {
                addTypes(a, todo);
            }
        }
    }

    private static void addTypeArgumentAnnotations(AnnotatedType t, List<Annotation> out) {
        if (t instanceof AnnotatedParameterizedType p) {
            for (AnnotatedType a : p.getAnnotatedActualTypeArguments()) {
                out.addAll(List.of(a.getDeclaredAnnotations()));
                addTypeArgumentAnnotations(a, out);
            }
        }
    }

    // ---- faults: one member of the record, or of a record it holds, replaced by an awkward value

    private static final List<String> STRINGS = List.of("", " ", "\u2003", "\t\n", "\u00a0", "a b!", "-leading", "x".repeat(129),
            "ok", "2A", "2B", "20", "75056", "97", "976", "999", "00", "123456789", "200000001", "13002526500013",
            "010000024", "10000000000", "COG24", "COG2024", "1.2", "1.2.3", "urn:x", "é", "\u0000", "a\u202eb");
    private static final List<Integer> INTS = List.of(-1, 0, 1, 1799, 1800, 1989, 1990, 2200, 2201, Integer.MIN_VALUE,
            Integer.MAX_VALUE);
    private static final List<Long> LONGS = List.of(-1L, 0L, 1L, Long.MIN_VALUE, Long.MAX_VALUE);
    private static final List<Double> DOUBLES = List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            -90.0, -90.0000001, 90.0, 90.00000000000001, 180.0, 180.5, -181.0, 0.0, -0.0, 1e308);
    private static final List<String> DECIMALS = List.of("-1", "-0.00", "0", "10", "10.0000001", "9.99", "1E+3", "-1E-20",
            "123456789012345678901234567890.5");
    private static final List<LocalDate> DATES = List.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31),
            LocalDate.of(2020, 2, 29), LocalDate.of(1970, 1, 1));

    private static Object breakOnce(Object bean, Choices choices, int depth) {
        Class<?> type = bean.getClass();
        RecordComponent[] rcs = type.getRecordComponents();
        if (rcs == null || rcs.length == 0) {
            return bean;
        }
        for (int attempt = 0; attempt < 6; attempt++) {
            int i = choices.between(0, rcs.length - 1);
            Object[] values = values(bean, rcs);
            Object replaced = awkward(rcs[i], values[i], choices, depth);
            if (replaced == NO_CHANGE) {
                continue;
            }
            values[i] = replaced;
            Object rebuilt = rebuild(type, rcs, values);
            if (rebuilt != null) {
                return rebuilt;
            }
        }
        return bean;
    }

    private static final Object NO_CHANGE = new Object();

    private static Object awkward(RecordComponent rc, Object current, Choices choices, int depth) {
        Class<?> t = rc.getType();
        if (choices.percent(5) && !t.isPrimitive()) {
            return null;
        }
        if (t == String.class) {
            return choices.pick(STRINGS);
        }
        if (t == int.class) {
            return choices.pick(INTS);
        }
        if (t == long.class) {
            return choices.pick(LONGS);
        }
        if (t == double.class) {
            return choices.pick(DOUBLES);
        }
        if (t == BigDecimal.class) {
            return new BigDecimal(choices.pick(DECIMALS));
        }
        if (t == LocalDate.class) {
            return choices.pick(DATES);
        }
        if (t.isEnum()) {
            Object[] constants = t.getEnumConstants();
            return constants[choices.between(0, constants.length - 1)];
        }
        if (t == Identifier.class || t == List.class && current instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Identifier
                && choices.percent(50)) {
            IdentifierScheme scheme = choices.pick(List.of(IdentifierScheme.values()));
            Identifier bad = new Identifier(scheme, choices.pick(STRINGS));
            return t == Identifier.class ? bad : List.of(bad);
        }
        if (t == List.class && current instanceof List<?> list) {
            if (list.isEmpty() || choices.percent(15)) {
                return List.of();
            }
            List<Object> copy = new ArrayList<>(list);
            int at = choices.between(0, copy.size() - 1);
            Object item = copy.get(at);
            if (item != null && item.getClass().isRecord() && depth < 4) {
                copy.set(at, breakOnce(item, choices, depth + 1));
                return copy;
            }
            if (item instanceof String) {
                copy.set(at, choices.pick(STRINGS));
                return copy;
            }
            return NO_CHANGE;
        }
        if (current != null && t.isRecord() && depth < 4) {
            return breakOnce(current, choices, depth + 1);
        }
        return NO_CHANGE;
    }

    private static Object[] values(Object bean, RecordComponent[] rcs) {
        Object[] values = new Object[rcs.length];
        for (int i = 0; i < rcs.length; i++) {
            try {
                values[i] = rcs[i].getAccessor().invoke(bean);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return values;
    }

    /** The record with the values, or null when its constructor refuses them. */
    private static Object rebuild(Class<?> type, RecordComponent[] rcs, Object[] values) {
        Class<?>[] types = new Class<?>[rcs.length];
        for (int i = 0; i < rcs.length; i++) {
            types[i] = rcs[i].getType();
        }
        try {
            Constructor<?> c = type.getDeclaredConstructor(types);
            return c.newInstance(values);
        } catch (InvocationTargetException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}

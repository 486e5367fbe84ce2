package org.maillage.core.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.Entity;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.model.Population;

/**
 * The generator others reuse really generates valid instances of every family, reaches every enum
 * constant, record type and edge it promises, and is deterministic for a seed.
 */
class ModelGeneratorTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void closeFactory() {
        FACTORY.close();
    }

    private static void assertValid(Object value) {
        assertThat(VALIDATOR.validate(value))
                .extracting(v -> v.getPropertyPath() + " " + v.getMessage() + " (" + v.getInvalidValue() + ")")
                .isEmpty();
    }

    @Test
    void generator_generatesValidDatasets() {
        Seeds.check(200, c -> assertValid(new ModelGenerator(c).dataset()));
    }

    @Test
    void generator_coversEveryFamily_withValidEntities() {
        Seeds.check(100, c -> {
            ModelGenerator g = new ModelGenerator(c);
            for (EntityFamily f : EntityFamily.values()) {
                Entity entity = g.entity(f);
                assertValid(entity);
                assertThat(entity.family()).isEqualTo(f);
                assertThat(entity.family().javaType()).isEqualTo(entity.getClass());
                assertThat(entity.isWellOrdered()).isTrue();
            }
        });
    }

    @Test
    void datasetOf_regroupsAllEntitiesByFamily() {
        Seeds.check(100, c -> {
            Dataset dataset = new ModelGenerator(c).dataset();
            List<Entity> all = dataset.allEntities();
            assertThat(Dataset.of(dataset.header(), all)).isEqualTo(dataset);
            for (EntityFamily f : EntityFamily.values()) {
                assertThat(dataset.entities(f)).allSatisfy(e -> assertThat(e.family()).isEqualTo(f));
            }
        });
    }

    @Test
    void generator_isDeterministicForASeed_andVariesAcrossSeeds() {
        assertThat(ModelGenerator.seeded(7).dataset()).isEqualTo(ModelGenerator.seeded(7).dataset());
        Set<Dataset> distinct = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            distinct.add(ModelGenerator.seeded(seed).dataset());
        }
        assertThat(distinct).hasSizeGreaterThan(18);
    }

    @Test
    void generator_reachesEveryEnumConstantAndRecordType_ofTheModel() {
        Set<Object> requiredConstants = new LinkedHashSet<>();
        Set<Class<?>> requiredRecords = new LinkedHashSet<>();
        reachable(Dataset.class, requiredConstants, requiredRecords);
        Set<Object> seenConstants = new HashSet<>();
        Set<Class<?>> seenRecords = new HashSet<>();
        for (long seed = 0; seed < 300; seed++) {
            walk(ModelGenerator.seeded(seed).dataset(), v -> {
                if (v instanceof Enum<?>) {
                    seenConstants.add(v);
                } else if (v.getClass().isRecord()) {
                    seenRecords.add(v.getClass());
                }
            });
        }
        assertThat(requiredConstants).as("the model has enums").hasSizeGreaterThan(150);
        assertThat(seenConstants).as("enum constants reached in 300 datasets").containsAll(requiredConstants);
        assertThat(seenRecords).as("record types reached in 300 datasets").containsAll(requiredRecords);
    }

    @Test
    void generator_reachesTheEdges_itPromises() {
        List<Object> values = new ArrayList<>();
        List<List<?>> lists = new ArrayList<>();
        for (long seed = 0; seed < 300; seed++) {
            walk(ModelGenerator.seeded(seed).dataset(), v -> {
                values.add(v);
                if (v instanceof List<?> l) {
                    lists.add(l);
                }
            });
        }
        assertThat(lists).as("empty lists").anyMatch(List::isEmpty);
        assertThat(lists).as("one-item lists").anyMatch(l -> l.size() == 1);
        assertThat(lists).as("large lists").anyMatch(l -> l.size() > 10);
        assertThat(values).as("first day").contains(ModelGenerator.FIRST_DAY);
        assertThat(values).as("last day").contains(ModelGenerator.LAST_DAY);
        assertThat(values).as("a leap day").contains(LocalDate.of(2024, 2, 29));
        assertThat(values).as("ids of the longest length").anyMatch(v -> v instanceof String s && s.length() == 128
                && s.matches(Entity.ID_PATTERN));
        assertThat(values).as("characters beyond the BMP").anyMatch(v -> v instanceof String s && s.codePoints().anyMatch(
                Character::isSupplementaryCodePoint));
        assertThat(values).as("control characters").anyMatch(v -> v instanceof String s && s.chars().anyMatch(
                ch -> ch < 0x20 || (ch >= 0x7f && ch < 0xa0)));
        assertThat(values).as("bidi overrides").anyMatch(v -> v instanceof String s && s.indexOf('\u202e') >= 0);
        assertThat(values).as("long texts").anyMatch(v -> v instanceof String s && s.length() > 200);
        assertThat(values).as("largest population").anyMatch(v -> v instanceof Population p && p.value() == Long.MAX_VALUE);
        assertThat(values).as("zero amounts with cents").contains(new BigDecimal("0.00"));
        assertThat(values).as("largest int").contains(Integer.MAX_VALUE);
        assertThat(values).as("the poles").anyMatch(v -> v instanceof Double d && Math.abs(d) == 90.0);
        assertThat(values).as("the antimeridian").anyMatch(v -> v instanceof Double d && Math.abs(d) == 180.0);
    }

    /** Any fuzz input gives a valid dataset: the generator never fails, whatever its choices. */
    @FuzzTest
    void generator_givesAValidDataset_forAnyFuzzInput(FuzzedDataProvider data) {
        assertValid(new ModelGenerator(Choices.fuzzed(data)).dataset());
    }

    // ---------- reflection over the model

    private static void reachable(Class<?> type, Set<Object> constants, Set<Class<?>> records) {
        if (type.isEnum()) {
            constants.addAll(List.of(type.getEnumConstants()));
        } else if (type.isRecord() && records.add(type)) {
            for (RecordComponent rc : type.getRecordComponents()) {
                reachable(rawType(rc.getGenericType()), constants, records);
            }
        }
    }

    private static Class<?> rawType(Type t) {
        if (t instanceof ParameterizedType p) {
            return rawType(p.getActualTypeArguments()[0]);
        }
        return (Class<?>) t;
    }

    /** Visits a value, its record components and list items, depth first. */
    static void walk(Object v, Consumer<Object> visitor) {
        if (v == null) {
            return;
        }
        visitor.accept(v);
        if (v instanceof List<?> l) {
            l.forEach(x -> walk(x, visitor));
        } else if (v.getClass().isRecord()) {
            for (RecordComponent rc : v.getClass().getRecordComponents()) {
                try {
                    walk(rc.getAccessor().invoke(v), visitor);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}

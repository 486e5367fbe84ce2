package org.maillage.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Pattern;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.maillage.core.model.Entity;
import org.maillage.core.model.EntityFamily;
import org.maillage.validation.internal.engine.References;

/** Validator bugs found while writing the conformance corpus; the corpus has a case for each too. */
class CorpusRegressionTest {

    private static final Validator BUNDLED = Validator.builder().parallelism(1).build();

    private static List<String> findings(String json) {
        return Fixtures.validateText(BUNDLED, json).findings().stream().map(f -> f.ruleId() + " " + f.pointer()).toList();
    }

    private static String ariegeWithEpci(String epci) {
        return Fixtures.dataset(Fixtures.ARIEGE[0], Fixtures.ARIEGE[1], Fixtures.ARIEGE[2], Fixtures.ARIEGE[3], epci);
    }

    @Test
    void validate_reportsANumberTooLargeForTheModelAsABindingFinding_notAnInternalError() {
        String json = Fixtures.dataset("{\"id\": \"region:76\", \"kind\": \"region\", \"code\": \"76\", \"name\": \"Occitanie\","
                + " \"population\": [{\"value\": 100000000000000000000, \"year\": 2022, \"kind\": \"municipale\"}]}");
        assertThat(findings(json)).containsExactly("constraint.bind /territories/0/population/0/value");
    }

    @Test
    void validate_withoutTheSchemaLayer_reportsANullListItemAtItsPointer_inBothLanguages() {
        Validator noSchema = Validator.builder().parallelism(1)
                .layers(java.util.EnumSet.of(Layer.READ, Layer.CONSTRAINTS, Layer.REFERENCES, Layer.RULES)).build();
        Report r = Fixtures.validateText(noSchema, Fixtures.dataset(
                "{\"id\": \"region:76\", \"kind\": \"region\", \"code\": \"76\", \"name\": \"Occitanie\", \"population\": [null]}"));
        assertThat(r.findings()).extracting(f -> f.ruleId() + " " + f.pointer())
                .containsExactly("constraint.bind /territories/0/population/0");
        Finding f = r.findings().get(0);
        assertThat(f.message()).isEqualTo("the entity cannot be read as a territory record: list 'population' holds a null item");
        assertThat(f.messageFr()).isEqualTo("l'entité ne peut pas être lue comme territoire : la liste « population » contient "
                + "un élément nul");
        assertThat(f.line()).isEqualTo(6);
    }

    @Test
    void validate_aBadMemberDoesNotHideTheReferencesOfItsEntity() {
        String epci = Fixtures.ARIEGE[4].replace("\"legalType\": \"CC\"", "\"legalType\": \"SIVOM\"");
        assertThat(findings(ariegeWithEpci(epci))).containsExactly("schema.enum /territories/4/legalType");
    }

    @Test
    void validate_countsTheCommunesOfAnEpciFromBothSidesOfTheLink() {
        String json = Fixtures.dataset(Fixtures.ARIEGE[0], Fixtures.ARIEGE[1], Fixtures.ARIEGE[2],
                Fixtures.ARIEGE[3].replace("[{\"territory\": \"departement:09\"}]",
                        "[{\"territory\": \"departement:09\"}, {\"territory\": \"epci:200066363\"}]"),
                Fixtures.ARIEGE[4].replace(", {\"territory\": \"commune:09002\"}", ""));
        assertThat(findings(json)).isEmpty();
    }

    @Test
    void validate_checksTheCommuneOfAFacilityAsAReference() {
        String json = "{\"schemaVersion\": \"1.0.0\", \"id\": \"x\", \"facilities\": [{\"id\": \"f\", \"name\": \"CH\","
                + " \"category\": {\"list\": \"finess-category\", \"code\": \"355\"}, \"commune\": \"commune:09999\"}]}";
        assertThat(findings(json)).containsExactly("ref.unknown /facilities/0/commune");
    }

    /** Every member holding an entity id is a reference the REFERENCES layer checks: none is forgotten. */
    @Test
    void references_coverEveryIdMemberOfTheModel() {
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>();
        for (EntityFamily f : EntityFamily.values()) {
            todo.add(f.javaType());
        }
        int checked = 0;
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!seen.add(type)) {
                continue;
            }
            for (RecordComponent rc : type.getRecordComponents()) {
                Class<?> t = rc.getType();
                if (t.isRecord()) {
                    todo.add(t);
                } else if (List.class.isAssignableFrom(t) && rc.getGenericType() instanceof ParameterizedType pt
                        && pt.getActualTypeArguments()[0] instanceof Class<?> item && item.isRecord()) {
                    todo.add(item);
                }
                if (t != String.class || rc.getName().equals("id") && Entity.class.isAssignableFrom(type)) {
                    continue;
                }
                Pattern p = field(type, rc.getName()).getAnnotation(Pattern.class);
                if (p != null && p.regexp().equals(Entity.ID_PATTERN)) {
                    checked++;
                    assertThat(References.target(type, rc.getName(), false))
                            .as("%s.%s holds an id but is no reference: declare it in References", type.getSimpleName(), rc.getName())
                            .isPresent();
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}

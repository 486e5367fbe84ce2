package org.maillage.validation.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.core.model.EntityFamily;
import org.maillage.json.MaillageJson;
import org.maillage.validation.Validator;
import org.maillage.validation.internal.Located;
import org.maillage.validation.internal.SchemaExpectations;
import tools.jackson.databind.JsonNode;

/**
 * The schema layer words a failed {@code type} with {@link SchemaExpectations}: a string where a
 * {@code {list, code}} member is expected is described as a value of that codelist, and a number
 * where a date is expected as a date, from the very errors networknt reports.
 */
class SchemaExpectationsWiringTest {

    @Test
    void typeErrorOfACodelistMember_saysACodelistValueIsExpected_notAJsonType() {
        SchemaLayer layer = new SchemaLayer(Validator.SCHEMA_BASE, Validator.SCHEMA_DIR, getClass().getClassLoader());
        JsonNode facility = MaillageJson.mapper().readTree("{\"id\":\"facility:finess-et-2a0000139\","
                + "\"name\":\"Centre hospitalier\",\"category\":\"355\",\"validFrom\":20200101}");
        List<String> said = new ArrayList<>();
        Located where = (rule, fragments, params, pointer) -> {
            if (rule.equals("schema.type")) {
                said.add(pointer + " " + params.get("expectedFr") + " | " + params.get("expected"));
            }
            return null;
        };
        layer.validate(EntityFamily.FACILITIES, facility, where);
        assertThat(said).contains(
                "/category une valeur de la liste de codes « finess-category » (un objet qui nomme la liste et le code)"
                        + " | a value of the codelist 'finess-category' (an object naming the list and the code)",
                "/validFrom une date (AAAA-MM-JJ) | a date (YYYY-MM-DD)");
    }
}

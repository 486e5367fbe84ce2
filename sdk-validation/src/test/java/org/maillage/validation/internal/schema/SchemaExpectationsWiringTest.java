package org.maillage.validation.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.validation.Validator;
import org.maillage.validation.internal.SchemaExpectations;

/**
 * The locations the schema validator gives for a failed {@code type} are the ones
 * {@link SchemaExpectations} reads: a string where a {@code {list, code}} member is expected is
 * described as a value of that codelist, from the very error networknt reports.
 */
class SchemaExpectationsWiringTest {

    @Test
    void typeErrorOfACodelistMember_locatesTheSubschemaThatSaysItIsACodelistValue() {
        ClassLoader loader = getClass().getClassLoader();
        SchemaLayer layer = new SchemaLayer(Validator.SCHEMA_BASE, Validator.SCHEMA_DIR, loader);
        SchemaExpectations expectations = new SchemaExpectations(Validator.SCHEMA_BASE, Validator.SCHEMA_DIR, loader);
        List<Error> errors = layer.validateText("{\"schemaVersion\":\"1.0.0\",\"facilities\":[{\"id\":\"facility:finess-et-2a0000139\","
                + "\"name\":\"Centre hospitalier\",\"category\":\"355\",\"validFrom\":20200101}]}");
        List<String> said = errors.stream().filter(e -> "type".equals(e.getKeyword()))
                .map(e -> e.getInstanceLocation() + " " + expectations.at(e.getSchemaLocation().toString())
                        .map(SchemaExpectations.Expectation::fr).orElse("(JSON type)"))
                .distinct().toList();
        assertThat(said).contains(
                "/facilities/0/category une valeur de la liste de codes « finess-category » (un objet qui nomme la liste et le code)",
                "/facilities/0/validFrom une date (AAAA-MM-JJ)");
    }
}

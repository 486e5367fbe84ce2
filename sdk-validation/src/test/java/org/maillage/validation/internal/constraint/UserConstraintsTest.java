package org.maillage.validation.internal.constraint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.model.Territory;
import org.maillage.validation.internal.Located;

/**
 * Constraints a user adds to the model the Bean Validation way, in a {@code META-INF/validation.xml}
 * naming a constraint mapping file, are checked: the layer then runs Hibernate Validator, which
 * reads that file, and reports the user's constraints besides the model's own.
 */
class UserConstraintsTest {

    private static final String CONFIG = """
            <?xml version="1.0" encoding="UTF-8"?>
            <validation-config xmlns="https://jakarta.ee/xml/ns/validation/configuration"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xsi:schemaLocation="https://jakarta.ee/xml/ns/validation/configuration https://jakarta.ee/xml/ns/validation/validation-configuration-3.1.xsd"
                version="3.1">
              <constraint-mapping>META-INF/territory-constraints.xml</constraint-mapping>
            </validation-config>
            """;

    private static final String MAPPING = """
            <?xml version="1.0" encoding="UTF-8"?>
            <constraint-mappings xmlns="https://jakarta.ee/xml/ns/validation/mapping"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xsi:schemaLocation="https://jakarta.ee/xml/ns/validation/mapping https://jakarta.ee/xml/ns/validation/validation-mapping-3.1.xsd"
                version="3.1">
              <bean class="org.maillage.core.model.Territory" ignore-annotations="false">
                <field name="name">
                  <constraint annotation="jakarta.validation.constraints.Size">
                    <element name="max">8</element>
                  </constraint>
                </field>
              </bean>
            </constraint-mappings>
            """;

    @Test
    void validationXml_addsTheUsersConstraints_besideTheModelsOwn(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("META-INF"));
        Files.writeString(dir.resolve("META-INF/validation.xml"), CONFIG);
        Files.writeString(dir.resolve("META-INF/territory-constraints.xml"), MAPPING);
        Territory t = Territory.builder("commune:x", TerritoryKind.COMMUNE, "7505", "Saint-Martin-de-Belleville").build();
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, before)) {
            thread.setContextClassLoader(loader);
            try (ConstraintLayer layer = new ConstraintLayer()) {
                assertThat(layer.usesHibernate()).isTrue();
                assertThat(findings(layer, t)).containsExactly(
                        "constraint.territory-code /code {kind=commune, kindFr=commune, property=, reason=expected 5 characters,"
                                + " reasonFr=5 caractères attendus, value=7505}",
                        "constraint.range /name {detail=size must be between 0 and 8, detailFr=sa taille doit être comprise entre 0"
                                + " et 8, property=name, value=Saint-Martin-de-Belleville}");
            }
        } finally {
            thread.setContextClassLoader(before);
        }
        try (ConstraintLayer plain = new ConstraintLayer()) {
            assertThat(plain.usesHibernate()).as("without the file, the plain checks").isFalse();
            assertThat(findings(plain, t)).hasSize(1);
        }
    }

    private static List<String> findings(ConstraintLayer layer, Object bean) {
        List<String> out = new ArrayList<>();
        Located where = (rule, fragments, params, pointer) -> {
            out.add(rule + " " + pointer + " " + new TreeMap<>(params));
            return null;
        };
        layer.validate(bean, where);
        return out;
    }
}

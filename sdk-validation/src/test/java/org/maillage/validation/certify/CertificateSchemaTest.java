package org.maillage.validation.certify;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.json.MaillageJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The published schema describes the certificates this code writes. */
class CertificateSchemaTest {

    private static final String BASE = "https://schemas.maillage.org/1.0/";
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b
                    .schemaIdResolvers(r -> r.mapPrefix(BASE, "classpath:org/maillage/schemas/1.0/"))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
            .getSchema(SchemaLocation.of(BASE + "certificate.schema.json"));

    @TempDir
    Path dir;

    @Test
    void writtenCertificates_followThePublishedSchema() throws IOException {
        Certificate c = SigningKeys.sign(Fixtures.certificate(dir, Fixtures.someRules()), SigningKeys.generate());
        List<Error> errors = SCHEMA.validate(MaillageJson.mapper().readTree(CertificateJson.write(c)));
        assertThat(errors).isEmpty();
    }

    @Test
    void schema_refusesAnUnknownMemberAndABadHash() throws IOException {
        Certificate c = Fixtures.certificate(dir, Fixtures.someRules());
        ObjectNode tree = (ObjectNode) MaillageJson.mapper().readTree(CertificateJson.write(c));
        tree.put("extra", 1);
        ((ObjectNode) tree.get("files").get(0)).put("sha256", "ABC");
        List<Error> errors = SCHEMA.validate((JsonNode) tree);
        assertThat(errors).extracting(e -> e.getInstanceLocation().toString()).contains("", "/files/0/sha256");
    }
}

package org.maillage.benchmarks;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.Entity;
import org.maillage.core.model.EntityFamily;
import org.maillage.json.MaillageJson;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The whole-file workloads compared: each reads one dataset file from start to end. */
final class Workloads {
    private Workloads() {}

    private static final JsonFactory PLAIN = JsonFactory.builder().build();
    private static final String SCHEMA_BASE = "https://schemas.maillage.org/1.0/";

    /**
     * The ceiling: Jackson's streaming parser reading every token, building nothing.
     *
     * @return the number of tokens
     */
    static long tokenScan(Path file) {
        long tokens = 0;
        try (JsonParser p = PLAIN.createParser(tools.jackson.core.ObjectReadContext.empty(), file.toFile())) {
            while (p.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }

    /**
     * Jackson databind of the whole dataset into the model records, straight from the token stream
     * (the Maillage module for codes; no validation of any kind).
     *
     * @return the dataset
     */
    static Dataset databind(Path file) {
        JsonMapper mapper = MaillageJson.mapper();
        List<Entity> entities = new ArrayList<>();
        ObjectNode envelope = mapper.createObjectNode();
        try (JsonParser p = mapper.createParser(file.toFile())) {
            p.nextToken();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                p.nextToken();
                EntityFamily family = EntityFamily.ofMember(name);
                if (family == null) {
                    envelope.set(name, mapper.readTree(p));
                    continue;
                }
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    entities.add(mapper.readValue(p, family.javaType()));
                }
            }
        }
        return Dataset.of(header(mapper, envelope), entities);
    }

    private static DatasetHeader header(JsonMapper mapper, ObjectNode envelope) {
        if (envelope.has("$schema")) {
            ObjectNode copy = envelope.deepCopy();
            copy.set("schema", copy.remove("$schema"));
            return mapper.treeToValue(copy, DatasetHeader.class);
        }
        return mapper.treeToValue(envelope, DatasetHeader.class);
    }

    /** The naive pipeline's tools, built once as a user would. */
    static final class Naive implements AutoCloseable {
        private final Schema schema;
        private final ValidatorFactory factory;
        private final jakarta.validation.Validator validator;

        Naive() {
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b
                    .schemaIdResolvers(r -> r.mapPrefix(SCHEMA_BASE, "classpath:org/maillage/schemas/1.0/"))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
            schema = registry.getSchema(SchemaLocation.of(SCHEMA_BASE + "dataset.schema.json"));
            factory = Validation.byProvider(HibernateValidator.class).configure()
                    .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
            validator = factory.getValidator();
        }

        /**
         * Read the whole tree, validate it against the dataset schema, bind it, run Hibernate
         * Validator on every entity.
         *
         * @return the number of schema errors and constraint violations
         */
        long run(Path file) {
            JsonMapper mapper = MaillageJson.mapper();
            JsonNode tree = mapper.readTree(file.toFile());
            List<Error> errors = schema.validate(tree);
            long problems = errors.size();
            List<Entity> entities = new ArrayList<>();
            ObjectNode envelope = mapper.createObjectNode();
            for (var e : tree.properties()) {
                EntityFamily family = EntityFamily.ofMember(e.getKey());
                if (family == null) {
                    envelope.set(e.getKey(), e.getValue());
                } else {
                    for (JsonNode item : e.getValue()) {
                        entities.add(mapper.treeToValue(item, family.javaType()));
                    }
                }
            }
            Dataset dataset = Dataset.of(header(mapper, envelope), entities);
            problems += validator.validate(dataset.header()).size();
            for (Entity entity : dataset.allEntities()) {
                Set<ConstraintViolation<Entity>> v = validator.validate(entity);
                problems += v.size();
            }
            return problems;
        }

        @Override
        public void close() {
            factory.close();
        }
    }
}

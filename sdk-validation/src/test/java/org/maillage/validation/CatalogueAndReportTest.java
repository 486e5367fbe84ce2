package org.maillage.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.StringWriter;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.maillage.json.MaillageJson;
import org.maillage.validation.report.ReportFormat;
import org.maillage.validation.report.ReportWriter;

class CatalogueAndReportTest {

    private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z]+)}");

    /**
     * Rules whose {@code detail} is a parser's English message, for developers: the French message
     * leaves it out (the line and column say where), see docs/decisions.md.
     */
    private static final Set<String> ENGLISH_ONLY_DETAIL = Set.of("read.malformed", "read.invalid-utf8", "schema.unevaluated");

    private static Set<String> params(String template) {
        Set<String> names = new TreeSet<>();
        Matcher m = PARAM.matcher(template);
        while (m.find()) {
            names.add(m.group(1).replace("Fr", ""));
        }
        return names;
    }

    @Test
    void catalogue_everyRuleHasBothLanguagesWithTheSameParameters() {
        RuleCatalogue c = RuleCatalogue.standard();
        assertThat(c.rules()).hasSizeGreaterThan(40);
        for (RuleDefinition r : c.rules()) {
            String prefix = switch (r.layer()) {
                case READ -> "read.";
                case SCHEMA -> "schema.";
                case CONSTRAINTS -> "constraint.";
                case REFERENCES -> "ref.";
                case RULES -> r.id().startsWith("waiver.") ? "waiver." : "rule.";
            };
            assertThat(r.id()).startsWith(prefix);
            Set<String> fr = params(r.messageFr());
            if (ENGLISH_ONLY_DETAIL.contains(r.id())) {
                fr.add("detail");
            }
            assertThat(fr).as(r.id()).isEqualTo(params(r.messageEn()));
            assertThat(r.hintEn()).as(r.id()).isNotBlank();
            assertThat(r.hintFr()).as(r.id()).isNotBlank();
            assertThat(r.source()).as(r.id()).isNotBlank();
        }
    }

    @Test
    void render_substitutesOnce_andNeverEvaluates() {
        assertThat(RuleCatalogue.render("a {x} b {y} {unknown}", Map.of("x", "{y}", "y", "${1+1}")))
                .isEqualTo("a {y} b ${1+1} {unknown}");
    }

    @Test
    void jsonReport_conformsToThePublishedReportSchema() {
        Report r = Fixtures.validateText(Fixtures.validator(), Fixtures.dataset(Fixtures.ariegeWith(
                "{\"id\": \"commune:09003\", \"kind\": \"commune\", \"code\": \"09003\", \"name\": \"A\", \"parents\": [{\"territory\": \"nowhere\"}]}")));
        assertThat(r.valid()).isFalse();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaIdResolvers(x -> x.mapPrefix(Validator.SCHEMA_BASE, "classpath:" + Validator.SCHEMA_DIR)));
        Schema schema = registry.getSchema(SchemaLocation.of(Validator.SCHEMA_BASE + "report.schema.json"));
        for (Language lang : Language.values()) {
            StringWriter w = new StringWriter();
            ReportWriter.write(r, ReportFormat.JSON, lang, w);
            java.util.List<Error> errors = schema.validate(MaillageJson.mapper().readTree(w.toString()));
            assertThat(errors).as(lang.name()).isEmpty();
        }
    }
}

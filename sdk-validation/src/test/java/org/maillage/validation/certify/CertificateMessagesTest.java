package org.maillage.validation.certify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.maillage.validation.Finding;
import org.maillage.validation.FrenchMessagesTest;
import org.maillage.validation.Report;
import org.maillage.validation.RuleCatalogue;
import org.maillage.validation.RuleDefinition;

/**
 * Issue 15 item 2: the certificate page and its JSON say, for every rule of the catalogue, a
 * message a person can read, never a template: a certificate carrying findings of every rule,
 * their messages filled with realistic arguments as {@link FrenchMessagesTest} fills them, shows
 * no {@code {placeholder}}, and each rule's messages are the filled ones.
 */
class CertificateMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z]+}");

    /** A certificate whose report holds two findings of every rule of the catalogue, in its order. */
    private static Certificate certificateOfEveryRule(RuleCatalogue catalogue) {
        List<Finding> findings = new ArrayList<>();
        int line = 1;
        for (RuleDefinition r : catalogue.rules()) {
            for (int i = 0; i < 2; i++) {
                findings.add(new Finding(r.id(), r.severity(), r.priority(), r.layer(), FrenchMessagesTest.fill(r.messageEn()),
                        FrenchMessagesTest.fill(r.messageFr()), "/facilities/" + i, line++, 3, "facility:finess-et-2a0000139",
                        FrenchMessagesTest.fill(r.hintEn()), FrenchMessagesTest.fill(r.hintFr()), r.source(), "export.json",
                        false, null));
            }
        }
        Report report = Report.of(List.of("export.json"), findings, catalogue.version(), "1.0.0");
        return Certificate.assess(List.of(new CertifiedFile("export.json", "ab".repeat(32), 1234)), "1.0.0", catalogue.version(),
                new Certificate.Profile("policy", catalogue.version()), Level.POLICY, Certifier.ruleCounts(report),
                List.of(), Fixtures.TOOL, Fixtures.ISSUED);
    }

    private static List<String> placeholders(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - 60);
            out.add(m.group() + " in …" + text.substring(from, Math.min(text.length(), m.end() + 20)).replace('\n', ' ') + "…");
        }
        return out;
    }

    @Test
    void certificateOfFindingsOfEveryRule_htmlAndJson_haveEveryMessageFilled() {
        RuleCatalogue catalogue = RuleCatalogue.standard();
        Certificate c = certificateOfEveryRule(catalogue);
        assertThat(c.rules()).hasSize(catalogue.rules().size());

        String html = c.toHtml();
        String json = new String(c.toJson(), StandardCharsets.UTF_8);
        assertThat(placeholders(html)).as("unfilled placeholders in the certificate page").isEmpty();
        assertThat(placeholders(json)).as("unfilled placeholders in the certificate JSON").isEmpty();

        Map<String, String> wrong = new TreeMap<>();
        Certificate read = Certificate.fromJson(c.toJson());
        for (RuleCount r : read.rules()) {
            RuleDefinition d = catalogue.rule(r.ruleId());
            if (!r.messageEn().equals(FrenchMessagesTest.fill(d.messageEn()))) {
                wrong.put(r.ruleId() + " en", r.messageEn());
            }
            if (!r.messageFr().equals(FrenchMessagesTest.fill(d.messageFr()))) {
                wrong.put(r.ruleId() + " fr", r.messageFr());
            }
            assertThat(html).as(r.ruleId()).contains("<code>" + r.ruleId() + "</code>");
        }
        assertThat(wrong).as("rules whose certificate message is not their first finding's").isEmpty();
    }

    @Test
    void placeholders_areFoundInATemplate_butNotInJsonOrCss() {
        assertThat(placeholders("la valeur {detailFr} de {target}")).hasSize(2);
        assertThat(placeholders("{\"list\": \"finess-category\"} body { margin: 0 }")).isEmpty();
    }
}

package org.maillage.validation.certify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateHtmlTest {

    @TempDir
    Path dir;

    @Test
    void render_escapesEveryValueFromTheCertificate() throws IOException {
        String evil = "<script>alert('x')</script>&\"";
        Certificate base = Fixtures.certificate(dir, List.of(new RuleCount("rules.<b>", "rules", "error", "mandatory", 1, 0,
                evil, evil)));
        Certificate c = Certificate.assess(List.of(new CertifiedFile("<img src=x onerror=alert(1)>.json", "a".repeat(64), 3)),
                "1.0.0", "1.0.0", new Certificate.Profile("<p>", "1"), Level.POLICY, base.rules(),
                List.of(new WaiverEntry("r", "<i>", evil, LocalDate.parse("2027-01-01"), 1)), Fixtures.TOOL, Fixtures.ISSUED);
        String html = CertificateHtml.render(SigningKeys.sign(c, SigningKeys.generate()));
        assertThat(html).doesNotContain("<script", "<img", "<b>", "<i>", "<p> 1", "onerror=alert(1)>")
                .contains("&lt;p&gt; 1", "<code>&lt;i&gt;</code>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;")
                .contains("&lt;img src=x onerror=alert(1)&gt;.json");
    }

    @Test
    void render_isSelfContained_andSaysTheVerdictAndHowToVerify() throws IOException {
        Certificate c = SigningKeys.sign(Fixtures.certificate(dir, Fixtures.someRules()), SigningKeys.generate());
        String html = CertificateHtml.render(c);
        assertThat(html).startsWith("<!DOCTYPE html>")
                .doesNotContain("<script", "<link", "src=", "http://", "https://", "@import", "url(")
                .contains("Niveau 3 demandé, niveau 2 atteint.", "Level 3 requested, level 2 reached.")
                .contains("Bloqué par / Blocked by: <code>rules.cls-mental-health-axis</code> (2)")
                .contains("Un CLS devrait comporter un axe santé mentale", "A CLS should have a mental-health axis")
                .contains("Coordinator hired in 2026, funding vote pending", "2026-12-31")
                .contains(c.files().get(0).sha256(), c.signature().publicKeyFingerprint())
                .contains("maillage verify CERTIFICAT.json --public-key SIGNATAIRE.pub");
    }
}

package org.maillage.validation.certify;

import java.util.List;
import org.maillage.validation.internal.Markup;

/**
 * A certificate as a one-page, self-contained HTML document for people (a procurement officer,
 * an ARS reviewer): the verdict, what each level means, the files and their hashes, the rules
 * that blocked, the waivers, the signer's fingerprint and how to verify. French first, English
 * beside it. Inline CSS only: no script, no external resource. Every value from the certificate
 * is HTML-escaped. The JSON certificate is authoritative; this page is a view of it.
 */
final class CertificateHtml {
    private CertificateHtml() {}

    private static final String CSS = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;max-width:60em;margin:1.5em auto;padding:0 1em}
            h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.1em;margin:1.4em 0 .4em;border-bottom:1px solid #d0d7de}
            .en{color:#57606a}.verdict{padding:.8em 1em;border-radius:6px;font-size:1.15em;margin:.8em 0}
            .pass{background:#dafbe1;border:1px solid #1a7f37}.partial{background:#fff8c5;border:1px solid #9a6700}
            .fail{background:#ffebe9;border:1px solid #cf222e}table{border-collapse:collapse;width:100%;margin:.3em 0}
            th,td{border:1px solid #d0d7de;padding:.25em .5em;text-align:left;vertical-align:top}th{background:#f6f8fa}
            code,.hash{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;word-break:break-all}
            .reached{font-weight:bold}dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dt{font-weight:bold}dd{margin:0}
            @media print{body{margin:0;max-width:none}}
            """;

    /**
     * Renders a certificate.
     *
     * @param c the certificate
     * @return the HTML document
     */
    public static String render(Certificate c) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Certificat de conformité Maillage / Maillage certificate of conformance</title>\n")
                .append("<style>").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<h1>Certificat de conformité Maillage <span class=\"en\">/ Maillage certificate of conformance</span></h1>\n");
        verdict(h, c);
        h.append("<dl>\n");
        term(h, "Émis le / Issued", c.issued().toString());
        term(h, "Outil / Tool", c.tool().name() + " " + c.tool().version());
        term(h, "Version des schémas / Schema version", c.schemaVersion());
        term(h, "Catalogue de règles / Rule catalogue", c.ruleCatalogueVersion());
        term(h, "Profil / Profile", c.profile() == null ? "—" : c.profile().name() + " " + c.profile().version());
        term(h, "Constats / Findings", c.summary().errors() + " erreur(s) / error(s), " + c.summary().warnings()
                + " avertissement(s) / warning(s), " + c.summary().infos() + " info, " + c.summary().waived()
                + " couvert(s) par dérogation / waived");
        h.append("</dl>\n");

        h.append("<h2>Fichiers certifiés <span class=\"en\">/ Certified files</span></h2>\n<table>\n")
                .append("<tr><th>Fichier / File</th><th>Octets / Bytes</th><th>SHA-256</th></tr>\n");
        for (CertifiedFile f : c.files()) {
            h.append("<tr><td>").append(Markup.text(f.name())).append("</td><td>").append(f.size())
                    .append("</td><td class=\"hash\">").append(Markup.text(f.sha256())).append("</td></tr>\n");
        }
        h.append("</table>\n");

        h.append("<h2>Niveaux <span class=\"en\">/ Levels</span></h2>\n<table>\n")
                .append("<tr><th>Niveau / Level</th><th>Signification</th><th>Meaning</th><th>Résultat / Result</th></tr>\n");
        for (Level l : List.of(Level.STRUCTURE, Level.CONSISTENCY, Level.POLICY)) {
            String result = l.number() > c.levelRequested() ? "non demandé / not requested"
                    : l.number() <= c.levelReached() ? "atteint / reached" : "non atteint / not reached";
            h.append("<tr").append(l.number() <= c.levelReached() ? " class=\"reached\"" : "").append("><td>")
                    .append(l.number()).append(" — ").append(Markup.text(l.nameFr())).append(" / ").append(Markup.text(l.nameEn()))
                    .append("</td><td>").append(Markup.text(l.meaningFr())).append("</td><td class=\"en\">").append(Markup.text(l.meaningEn()))
                    .append("</td><td>").append(result).append("</td></tr>\n");
        }
        h.append("</table>\n");

        if (!c.blocking().isEmpty()) {
            h.append("<h2>Règles bloquantes <span class=\"en\">/ Blocking rules</span></h2>\n<table>\n")
                    .append("<tr><th>Règle / Rule</th><th>Bloque le niveau / Blocks level</th><th>Constats / Findings</th>")
                    .append("<th>Premier constat / First finding</th></tr>\n");
            for (BlockingRule b : c.blocking()) {
                RuleCount r = c.rules().stream().filter(x -> x.ruleId().equals(b.ruleId())).findFirst().orElse(null);
                h.append("<tr><td><code>").append(Markup.text(b.ruleId())).append("</code></td><td>").append(b.level())
                        .append("</td><td>").append(b.findings()).append("</td><td>");
                messages(h, r);
                h.append("</td></tr>\n");
            }
            h.append("</table>\n");
        }

        if (!c.rules().isEmpty()) {
            h.append("<h2>Constats par règle <span class=\"en\">/ Findings per rule</span></h2>\n<table>\n")
                    .append("<tr><th>Règle / Rule</th><th>Couche / Layer</th><th>Gravité / Severity</th>")
                    .append("<th>Priorité / Priority</th><th>Constats / Findings</th><th>Dérogés / Waived</th><th>Premier constat / First finding</th></tr>\n");
            for (RuleCount r : c.rules()) {
                h.append("<tr><td><code>").append(Markup.text(r.ruleId())).append("</code></td><td>").append(Markup.text(r.layer()))
                        .append("</td><td>").append(Markup.text(r.severity())).append("</td><td>").append(Markup.text(r.priority()))
                        .append("</td><td>").append(r.findings()).append("</td><td>").append(r.waived()).append("</td><td>");
                messages(h, r);
                h.append("</td></tr>\n");
            }
            h.append("</table>\n");
        }

        h.append("<h2>Dérogations <span class=\"en\">/ Waivers</span></h2>\n");
        if (c.waivers().isEmpty()) {
            h.append("<p>Aucune. <span class=\"en\">None.</span></p>\n");
        } else {
            h.append("<table>\n<tr><th>Règle / Rule</th><th>Portée / Scope</th><th>Justification</th>")
                    .append("<th>Expire le / Expires</th><th>Constats / Findings</th></tr>\n");
            for (WaiverEntry w : c.waivers()) {
                h.append("<tr><td><code>").append(Markup.text(w.ruleId())).append("</code></td><td><code>").append(Markup.text(w.scope()))
                        .append("</code></td><td>").append(Markup.text(w.justification())).append("</td><td>")
                        .append(w.expires()).append("</td><td>").append(w.findingsWaived()).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }

        h.append("<h2>Signature <span class=\"en\">/ Signature</span></h2>\n");
        if (c.signature() == null) {
            h.append("<p>Ce certificat n'est pas signé. <span class=\"en\">This certificate is not signed.</span></p>\n");
        } else {
            h.append("<dl>\n");
            term(h, "Algorithme / Algorithm", c.signature().algorithm());
            h.append("<dt>Empreinte de la clé / Key fingerprint (SHA-256)</dt><dd class=\"hash\">")
                    .append(Markup.text(c.signature().publicKeyFingerprint())).append("</dd>\n</dl>\n");
        }
        h.append("<h2>Vérifier <span class=\"en\">/ How to verify</span></h2>\n")
                .append("<p>Cette page est une vue du certificat JSON, qui seul fait foi. Pour le vérifier hors ligne, avec les")
                .append(" fichiers certifiés dans le même dossier et la clé publique publiée par le signataire :</p>\n")
                .append("<p class=\"en\">This page is a view of the JSON certificate, which alone is authoritative. To verify it")
                .append(" offline, with the certified files in the same folder and the public key the signer published:</p>\n")
                .append("<p><code>maillage verify CERTIFICAT.json --public-key SIGNATAIRE.pub</code></p>\n")
                .append("<p>La vérification contrôle la signature, l'empreinte SHA-256 de chaque fichier et la cohérence du")
                .append(" certificat. Comparez l'empreinte de clé ci-dessus à celle que le signataire publie.")
                .append(" <span class=\"en\">Verification checks the signature, the SHA-256 of each file and the consistency of")
                .append(" the certificate. Compare the key fingerprint above with the one the signer publishes.</span></p>\n")
                .append("</body>\n</html>\n");
        return h.toString();
    }

    private static void verdict(StringBuilder h, Certificate c) {
        Level reached = c.reached();
        String css = c.passed() ? "pass" : c.levelReached() > 0 ? "partial" : "fail";
        h.append("<div class=\"verdict ").append(css).append("\"><strong>");
        if (c.passed()) {
            h.append("Niveau ").append(reached.number()).append(" (").append(Markup.text(reached.nameFr())).append(") atteint.")
                    .append("</strong> <span class=\"en\">Level ").append(reached.number()).append(" (")
                    .append(Markup.text(reached.nameEn())).append(") reached.</span>");
        } else {
            h.append("Niveau ").append(c.levelRequested()).append(" demandé, niveau ").append(reached.number())
                    .append(" atteint.</strong> <span class=\"en\">Level ").append(c.levelRequested())
                    .append(" requested, level ").append(reached.number()).append(" reached.</span>");
            List<BlockingRule> next = c.blockingNextLevel();
            if (!next.isEmpty()) {
                h.append("<br>Bloqué par / Blocked by: ");
                for (int i = 0; i < next.size(); i++) {
                    h.append(i == 0 ? "" : ", ").append("<code>").append(Markup.text(next.get(i).ruleId())).append("</code> (")
                            .append(next.get(i).findings()).append(")");
                }
            }
        }
        h.append("</div>\n");
    }

    private static void messages(StringBuilder h, RuleCount r) {
        if (r != null) {
            h.append(Markup.text(r.messageFr()));
            if (!r.messageEn().isEmpty()) {
                h.append("<br><span class=\"en\">").append(Markup.text(r.messageEn())).append("</span>");
            }
        }
    }

    private static void term(StringBuilder h, String term, String value) {
        h.append("<dt>").append(term).append("</dt><dd>").append(Markup.text(value)).append("</dd>\n");
    }
}

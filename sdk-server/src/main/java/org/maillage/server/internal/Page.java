package org.maillage.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.maillage.validation.Language;
import org.maillage.validation.internal.html.ReportAssets;

/**
 * The page at {@code /}: choose or drop a file, a language and a profile, and see the report in the
 * page, with the report's own style sheet and script (the HTML report's navigation and filters).
 * Self-contained: one inline style sheet and one inline script, allowed by their hashes. Without
 * script the form still works: the browser posts it and shows the HTML report as a page.
 */
final class Page {
    private Page() {}

    /** The page's style sheet: the report's, then the page's own. */
    static final String CSS = ReportAssets.CSS + read("page.css");
    /** The page's script: the report's filters, then the upload. */
    static final String JS = ReportAssets.JS + read("page.js");
    /** Its Content Security Policy: these two by hash, requests to its own origin only, no framing. */
    static final String POLICY = ReportAssets.policy(new String[] {CSS}, new String[] {JS}, true) + "; frame-ancestors 'none'";

    static String html(Language lang, String toolVersion) {
        boolean fr = lang == Language.FR;
        StringBuilder out = new StringBuilder(CSS.length() + JS.length() + 4096);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(lang.code()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(fr ? "Maillage — valider un jeu de données" : "Maillage — validate a dataset")
                .append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n<div class=\"mr page\">\n<header>\n<h1>")
                .append(fr ? "Valider un jeu de données Maillage" : "Validate a Maillage dataset").append("</h1>\n<p class=\"lead\">")
                .append(fr ? "Le fichier est envoyé à ce service, qui tourne sur votre poste ou votre serveur, validé en cinq couches "
                        + "(lecture, schéma, contraintes, références, règles), puis oublié : rien n'est conservé."
                        : "The file is sent to this service, which runs on your machine or your server, validated in five layers "
                        + "(read, schema, constraints, references, rules), then forgotten: nothing is kept.")
                .append("</p>\n</header>\n");
        out.append("<form id=\"upload\" class=\"upload\" method=\"post\" action=\"/validate?format=html\" enctype=\"multipart/form-data\"")
                .append(attr("data-none", fr ? "Choisissez d'abord un fichier." : "Choose a file first."))
                .append(attr("data-busy", fr ? "Validation de {name}…" : "Validating {name}…"))
                .append(attr("data-done", fr ? "Rapport de {name} ci-dessous." : "Report of {name} below."))
                .append(attr("data-chosen", fr ? "Fichier choisi : {name}" : "File chosen: {name}"))
                .append(attr("data-broken", fr ? "La réponse du service n'est pas un rapport." : "The service's answer is not a report."))
                .append(">\n");
        out.append("<label for=\"lang\">").append(fr ? "Langue du rapport" : "Report language").append("</label>\n")
                .append("<select id=\"lang\" name=\"lang\"><option value=\"fr\"").append(fr ? " selected" : "").append(">")
                .append(fr ? "français" : "French").append("</option><option value=\"en\"").append(fr ? "" : " selected").append(">")
                .append(fr ? "anglais" : "English").append("</option></select>\n");
        out.append("<label for=\"profile\">").append(fr ? "Profil de règles" : "Rule profile").append("</label>\n")
                .append("<select id=\"profile\" name=\"profile\"><option value=\"default\" selected>")
                .append(fr ? "réglementaire (par défaut)" : "regulatory (default)").append("</option><option value=\"local-health\">")
                .append(fr ? "santé locale (réglementaire et politique)" : "local health (regulatory and policy)")
                .append("</option></select>\n");
        out.append("<label for=\"file\" class=\"drop\" id=\"drop\">")
                .append(fr ? "Choisissez un fichier ou déposez-le ici (JSON, ou NDJSON en .ndjson ou .jsonl)"
                        : "Choose a file or drop it here (JSON, or NDJSON as .ndjson or .jsonl)")
                .append("<input type=\"file\" id=\"file\" name=\"file\" accept=\".json,.ndjson,.jsonl,application/json\">")
                .append("<span id=\"chosen\" class=\"chosen\"></span></label>\n<button type=\"submit\">")
                .append(fr ? "Valider" : "Validate").append("</button>\n</form>\n<p id=\"status\" role=\"status\" aria-live=\"polite\"></p>\n")
                .append("<footer><p>maillage ").append(ReportAssets.escape(toolVersion, false)).append(" — ")
                .append(fr ? "API : POST /validate, POST /diff, GET /health" : "API: POST /validate, POST /diff, GET /health")
                .append("</p></footer>\n</div>\n<div id=\"result\"></div>\n<script>").append(JS).append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    private static String attr(String name, String value) {
        return " " + name + "=\"" + ReportAssets.escape(value, true) + "\"";
    }

    private static String read(String name) {
        try (InputStream in = Page.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the page asset " + name + " is missing from maillage-server");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.maillage.validation.internal.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The style sheet and the script of the HTML report, shared by the report and the page of
 * {@code maillage serve} (exported to the server module only). Both are inlined; a Content Security
 * Policy allows them by their SHA-256 hash, so nothing else can run or style the page.
 */
public final class ReportAssets {
    private ReportAssets() {}

    /** The report's style sheet. */
    public static final String CSS = read("report.css");
    /** The report's script: filters by severity, rule and layer; the report reads well without it. */
    public static final String JS = read("report.js");

    /**
     * A CSP source expression allowing an inline element of exactly this text.
     *
     * @param text the content of a {@code <style>} or {@code <script>} element
     * @return for example {@code 'sha256-…'}
     */
    public static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /**
     * The Content Security Policy of a page whose only inline style and script are these.
     *
     * @param styles the texts of its style elements
     * @param scripts the texts of its script elements
     * @param connect whether the page may send requests to its own origin (the page of the server)
     * @return the policy
     */
    public static String policy(String[] styles, String[] scripts, boolean connect) {
        StringBuilder sb = new StringBuilder("default-src 'none'; style-src");
        for (String s : styles) {
            sb.append(' ').append(hash(s));
        }
        sb.append("; script-src");
        for (String s : scripts) {
            sb.append(' ').append(hash(s));
        }
        sb.append(connect ? "; connect-src 'self'; form-action 'self'" : "; form-action 'none'");
        // frame-ancestors is left to the server's header: browsers ignore it in a <meta> element
        return sb.append("; base-uri 'none'").toString();
    }

    /**
     * Escapes text for HTML element content or attribute values, as the report does.
     *
     * @param s the text
     * @param attribute whether it goes in an attribute value
     * @return the escaped text
     */
    public static String escape(String s, boolean attribute) {
        return org.maillage.validation.internal.Markup.escape(s, attribute);
    }

    private static String read(String name) {
        try (InputStream in = ReportAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the report asset " + name + " is missing from maillage-validation");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

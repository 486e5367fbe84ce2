package org.maillage.server.internal;

import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.maillage.validation.Language;

/** Headers every answer carries, and the small answers: text, JSON, problem documents. */
final class Responses {
    private Responses() {}

    /** The policy of answers that are not pages: nothing may load, nothing may frame them. */
    static final String NO_CONTENT_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /**
     * Security headers: a Content Security Policy, no sniffing, no referrer, no framing, no caching
     * (reports are about users' files and are never kept), isolation from other origins.
     */
    static void secure(Response response, String policy) {
        var h = response.getHeaders();
        h.put("Content-Security-Policy", policy);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "no-referrer");
        h.put("X-Frame-Options", "DENY");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        h.put("Cross-Origin-Resource-Policy", "same-origin");
        h.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        h.put(new HttpField(HttpHeader.CACHE_CONTROL, "no-store"));
    }

    static void send(Response response, Callback callback, int status, String contentType, String body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, java.nio.ByteBuffer.wrap(bytes), callback);
    }

    /** An RFC 9457 problem document, in the language asked for. */
    static void problem(Response response, Callback callback, Problem p, String instance, Language lang) {
        secure(response, NO_CONTENT_POLICY);
        boolean fr = lang == Language.FR;
        String body = "{\n  \"type\": " + json(Problem.TYPE_BASE + p.slug()) + ",\n  \"title\": " + json(fr ? p.titleFr() : p.titleEn())
                + ",\n  \"status\": " + p.status() + ",\n  \"detail\": " + json(fr ? p.detailFr() : p.detailEn())
                + ",\n  \"instance\": " + json(instance) + "\n}\n";
        if (p.status() == 503) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "5");
        }
        send(response, callback, p.status(), "application/problem+json", body);
    }

    /** A JSON string literal. */
    static String json(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029 || c == '<' || c == '>' || c == '&') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}

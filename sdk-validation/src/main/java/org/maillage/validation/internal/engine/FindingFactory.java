package org.maillage.validation.internal.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleCatalogue;
import org.maillage.validation.RuleDefinition;
import org.maillage.validation.internal.FrenchDates;

/** Makes findings from catalogue rules: renders the templates with parameters made safe to print. */
final class FindingFactory {
    /** Longest parameter value printed; longer values are cut with an ellipsis. */
    static final int MAX_PARAM = 200;

    /** The template parameter that names the offending value; it is also kept as {@link Finding#value()}. */
    static final String VALUE = "value";

    private final RuleCatalogue catalogue;

    /**
     * @param catalogue the catalogue the rule ids are looked up in
     */
    public FindingFactory(RuleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** @return the catalogue */
    public RuleCatalogue catalogue() {
        return catalogue;
    }

    /**
     * A finding. A parameter {@code xFr} is the French form of {@code x}: French templates read it
     * for {@code {x}} (and still for {@code {xFr}}), English ones read {@code x}.
     *
     * @param ruleId the rule
     * @param params template parameters (made printable and cut to {@value #MAX_PARAM} characters)
     * @param file the source name
     * @param pointer the JSON Pointer
     * @param line the line, 0 when unknown
     * @param column the column, 0 when unknown
     * @param entityId the entity id, or null
     * @return the finding
     */
    public Finding make(String ruleId, Map<String, String> params, String file, String pointer, long line, long column,
            String entityId) {
        return make(ruleId, Map.of(), params, file, pointer, line, column, entityId);
    }

    /**
     * A finding whose templates get fragments first: texts of the SDK's own data (a reason, the
     * rule of a register), which may cite parameters themselves, put in as they are; then the
     * parameters, once, made printable and cut. A parameter or fragment {@code xFr} is the French
     * form of {@code x}.
     *
     * @param ruleId the rule
     * @param fragments the fragments, never text of the input
     * @param params template parameters (made printable and cut to {@value #MAX_PARAM} characters)
     * @param file the source name
     * @param pointer the JSON Pointer
     * @param line the line, 0 when unknown
     * @param column the column, 0 when unknown
     * @param entityId the entity id, or null
     * @return the finding
     */
    public Finding make(String ruleId, Map<String, String> fragments, Map<String, String> params, String file,
            String pointer, long line, long column, String entityId) {
        RuleDefinition r = catalogue.rule(ruleId);
        Map<String, String> safe = new LinkedHashMap<>();
        params.forEach((k, v) -> safe.put(k, printable(v)));
        Map<String, String> french = french(FrenchDates.arguments(safe));
        Map<String, String> fragmentsFr = french(fragments);
        return new Finding(r.id(), r.severity(), r.priority(), r.layer(),
                RuleCatalogue.render(RuleCatalogue.render(r.messageEn(), fragments), safe),
                RuleCatalogue.render(RuleCatalogue.render(r.messageFr(), fragmentsFr), french), pointer, line, column,
                entityId == null ? null : printable(entityId),
                RuleCatalogue.render(RuleCatalogue.render(r.hintEn(), fragments), safe),
                RuleCatalogue.render(RuleCatalogue.render(r.hintFr(), fragmentsFr), french), r.source(), file, false, null,
                safe.get(VALUE), null);
    }

    /** The values a French template reads: {@code xFr} stands for {@code x}. */
    static Map<String, String> french(Map<String, String> values) {
        if (values.isEmpty()) {
            return values;
        }
        Map<String, String> french = new LinkedHashMap<>(values);
        values.forEach((k, v) -> {
            if (k.endsWith("Fr") && k.length() > 2) {
                french.put(k.substring(0, k.length() - 2), v);
            }
        });
        return french;
    }

    /**
     * A value made safe to print in a terminal or a report: control characters escaped as
     * {@code \\u} and four hex digits, cut to {@value #MAX_PARAM} characters.
     *
     * @param value the value, or null
     * @return the printable text; {@code null} for null
     */
    public static String printable(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(Math.min(value.length(), MAX_PARAM) + 8);
        for (int i = 0; i < value.length(); i++) {
            if (sb.length() >= MAX_PARAM) {
                sb.append('…');
                break;
            }
            char c = value.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}

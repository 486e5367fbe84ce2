package org.maillage.validation;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * One rule of the {@link RuleCatalogue}: what it checks, how serious a breach is, what to say and
 * where the rule comes from. Messages and hints are templates with named parameters in braces
 * ({@code {target}}), filled by plain substitution: nothing in a parameter is ever evaluated.
 *
 * @param id the stable id, for example {@code ref.unknown}: lower case, a layer prefix, a dot, a name
 * @param layer the layer that checks it
 * @param severity the severity of its findings
 * @param priority its weight in certification
 * @param messageEn the English message template
 * @param messageFr the French message template
 * @param hintEn how to fix it, in English
 * @param hintFr how to fix it, in French
 * @param source the law, decree, standard or policy text it comes from
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record RuleDefinition(String id, Layer layer, Severity severity, Priority priority, String messageEn,
        String messageFr, String hintEn, String hintFr, String source) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z0-9][a-z0-9-]*)+");

    /**
     * Requires every member and a well-formed id.
     *
     * @param id the stable id, for example {@code ref.unknown}: lower case, a layer prefix, a dot, a name
     * @param layer the layer that checks it
     * @param severity the severity of its findings
     * @param priority its weight in certification
     * @param messageEn the English message template
     * @param messageFr the French message template
     * @param hintEn how to fix it, in English
     * @param hintFr how to fix it, in French
     * @param source the law, decree, standard or policy text it comes from
     */
    public RuleDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(messageEn, "messageEn");
        Objects.requireNonNull(messageFr, "messageFr");
        Objects.requireNonNull(hintEn, "hintEn");
        Objects.requireNonNull(hintFr, "hintFr");
        Objects.requireNonNull(source, "source");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id '" + id + "' is not of the form prefix.name");
        }
    }
}

package org.maillage.validation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Comparator;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One thing found wrong (or worth knowing) in a dataset, with where it is.
 *
 * @param ruleId the stable id of the rule in the {@link RuleCatalogue}, for example {@code ref.unknown}
 * @param severity how serious it is
 * @param priority what the rule weighs in certification
 * @param layer the layer that found it
 * @param message the message in English
 * @param messageFr the message in French
 * @param pointer JSON Pointer of the offending value in the file; empty for the whole document
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param entityId the id of the entity concerned, or null
 * @param hint how to fix it, in English
 * @param hintFr how to fix it, in French
 * @param source the legal or policy source of the rule
 * @param file the name of the source the finding is in
 * @param waived whether a waiver covers it
 * @param waiverJustification the waiver's justification, or null
 * @param value the offending value as text (made printable and cut like message parameters), or null
 *     when the rule names none
 * @param entityName the name of the entity concerned (a commune's or an organisation's name), or null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Finding(String ruleId, Severity severity, Priority priority, Layer layer, String message,
        String messageFr, String pointer, long line, long column, String entityId, String hint, String hintFr,
        String source, String file, boolean waived, String waiverJustification, String value, String entityName) {

    /** The order of findings in a report: file, line, column, rule id, pointer, then the message. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingLong(Finding::line)
            .thenComparingLong(Finding::column)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::pointer)
            .thenComparing((Finding f) -> f.message());

    /**
     * Requires every member but the entity id and the waiver justification.
     *
     * @param ruleId the stable id of the rule in the {@link RuleCatalogue}, for example {@code ref.unknown}
     * @param severity how serious it is
     * @param priority what the rule weighs in certification
     * @param layer the layer that found it
     * @param message the message in English
     * @param messageFr the message in French
     * @param pointer JSON Pointer of the offending value in the file; empty for the whole document
     * @param line 1-based line, 0 when unknown
     * @param column 1-based column, 0 when unknown
     * @param entityId the id of the entity concerned, or null
     * @param hint how to fix it, in English
     * @param hintFr how to fix it, in French
     * @param source the legal or policy source of the rule
     * @param file the name of the source the finding is in
     * @param waived whether a waiver covers it
     * @param waiverJustification the waiver's justification, or null
     * @param value the offending value as text, or null
     * @param entityName the name of the entity concerned, or null
     */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageFr, "messageFr");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(hintFr, "hintFr");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(file, "file");
    }

    /**
     * A finding without an offending value or entity name (the members of release 0.1.0).
     *
     * @param ruleId the stable id of the rule in the {@link RuleCatalogue}, for example {@code ref.unknown}
     * @param severity how serious it is
     * @param priority what the rule weighs in certification
     * @param layer the layer that found it
     * @param message the message in English
     * @param messageFr the message in French
     * @param pointer JSON Pointer of the offending value in the file; empty for the whole document
     * @param line 1-based line, 0 when unknown
     * @param column 1-based column, 0 when unknown
     * @param entityId the id of the entity concerned, or null
     * @param hint how to fix it, in English
     * @param hintFr how to fix it, in French
     * @param source the legal or policy source of the rule
     * @param file the name of the source the finding is in
     * @param waived whether a waiver covers it
     * @param waiverJustification the waiver's justification, or null
     */
    public Finding(String ruleId, Severity severity, Priority priority, Layer layer, String message, String messageFr,
            String pointer, long line, long column, String entityId, String hint, String hintFr, String source, String file,
            boolean waived, String waiverJustification) {
        this(ruleId, severity, priority, layer, message, messageFr, pointer, line, column, entityId, hint, hintFr, source, file,
                waived, waiverJustification, null, null);
    }

    /**
     * Whether this finding makes a dataset invalid: an error that no waiver covers.
     *
     * @return true for an unwaived error
     */
    public boolean isBlocking() {
        return severity == Severity.ERROR && !waived;
    }

    /**
     * This finding, covered by a waiver.
     *
     * @param justification the waiver's justification
     * @return a copy marked waived, with the justification
     */
    public Finding waivedBy(String justification) {
        return new Finding(ruleId, severity, priority, layer, message, messageFr, pointer, line, column, entityId, hint,
                hintFr, source, file, true, Objects.requireNonNull(justification, "justification"), value, entityName);
    }

    /**
     * The message in a language.
     *
     * @param language the language
     * @return the message
     */
    public String message(Language language) {
        return language == Language.FR ? messageFr : message;
    }

    /**
     * A copy naming the entity concerned.
     *
     * @param name the entity's name, or null
     * @return the copy
     * @since 0.2.0
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public Finding withEntityName(String name) {
        return new Finding(ruleId, severity, priority, layer, message, messageFr, pointer, line, column, entityId, hint,
                hintFr, source, file, waived, waiverJustification, value, name);
    }

    /**
     * The fix hint in a language.
     *
     * @param language the language
     * @return the hint, possibly empty
     */
    public String hint(Language language) {
        return language == Language.FR ? hintFr : hint;
    }
}

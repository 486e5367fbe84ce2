package org.maillage.validation.certify;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What one rule found in the certified files.
 *
 * @param ruleId the rule's stable id in the catalogue
 * @param layer the validation layer of the rule: {@code read}, {@code schema}, {@code constraints},
 *     {@code references} or {@code rules}
 * @param severity {@code error}, {@code warning} or {@code info}
 * @param priority the certification priority: {@code mandatory}, {@code recommended} or {@code permitted}
 * @param findings the number of its findings that are not waived
 * @param waived the number of its findings that a waiver covers
 * @param messageEn the message of the rule's first finding in English, filled (may be empty)
 * @param messageFr the message of the rule's first finding in French, filled (may be empty)
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record RuleCount(String ruleId, String layer, String severity, String priority, long findings, long waived,
        String messageEn, String messageFr) {

    /**
     * Checks the values.
     *
     * @param ruleId the rule's stable id in the catalogue
     * @param layer the validation layer of the rule: {@code read}, {@code schema}, {@code constraints}, {@code references} or {@code rules}
     * @param severity {@code error}, {@code warning} or {@code info}
     * @param priority the certification priority: {@code mandatory}, {@code recommended} or {@code permitted}
     * @param findings the number of its findings that are not waived
     * @param waived the number of its findings that a waiver covers
     * @param messageEn the message of the rule's first finding in English, filled (may be empty)
     * @param messageFr the message of the rule's first finding in French, filled (may be empty)
     */
    public RuleCount {
        Codes.notBlank(ruleId, "rule id");
        Codes.oneOf(layer, Codes.LAYERS, "layer");
        Codes.oneOf(severity, Codes.SEVERITIES, "severity");
        Codes.oneOf(priority, Codes.PRIORITIES, "priority");
        Codes.notNegative(findings, "findings");
        Codes.notNegative(waived, "waived");
        messageEn = messageEn == null ? "" : messageEn;
        messageFr = messageFr == null ? "" : messageFr;
    }

    /**
     * Whether the unwaived findings of this rule keep a level from being reached.
     *
     * @param level the level
     * @return true when the rule has unwaived findings, belongs to a layer the level runs, and is
     *     mandatory (or recommended, for level 3)
     */
    public boolean blocks(Level level) {
        if (findings == 0 || Level.ofLayer(layer).number() > level.number() || level == Level.NONE) {
            return false;
        }
        return "mandatory".equals(priority) || ("recommended".equals(priority) && level == Level.POLICY);
    }
}

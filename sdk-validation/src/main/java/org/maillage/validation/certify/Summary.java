package org.maillage.validation.certify;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The totals of a certificate's findings.
 *
 * @param errors unwaived findings of severity error
 * @param warnings unwaived findings of severity warning
 * @param infos unwaived findings of severity info
 * @param waived findings covered by a waiver
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Summary(long errors, long warnings, long infos, long waived) {

    /**
     * Checks the values.
     *
     * @param errors unwaived findings of severity error
     * @param warnings unwaived findings of severity warning
     * @param infos unwaived findings of severity info
     * @param waived findings covered by a waiver
     */
    public Summary {
        Codes.notNegative(errors, "errors");
        Codes.notNegative(warnings, "warnings");
        Codes.notNegative(infos, "infos");
        Codes.notNegative(waived, "waived");
    }

    /**
     * The totals of some rule counts.
     *
     * @param rules the counts
     * @return their totals
     */
    public static Summary of(Iterable<RuleCount> rules) {
        long e = 0;
        long w = 0;
        long i = 0;
        long waived = 0;
        for (RuleCount r : rules) {
            switch (r.severity()) {
                case "error" -> e += r.findings();
                case "warning" -> w += r.findings();
                default -> i += r.findings();
            }
            waived += r.waived();
        }
        return new Summary(e, w, i, waived);
    }
}

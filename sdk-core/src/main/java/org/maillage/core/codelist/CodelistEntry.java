package org.maillage.core.codelist;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One code of a shipped codelist, as its CSV row gives it.
 *
 * @param code the code
 * @param labelFr its French label
 * @param labelEn its English label, empty when the list gives none
 * @param description a longer text, empty when none
 * @param deprecated whether the code is no longer in use (still readable in old files)
 * @param validFrom the first day the code is valid, or null when the list does not say
 * @param validTo the last day the code was valid (the end of use of a deprecated code), or null. Kept
 *     as the source publishes it, even before {@code validFrom} (TRE_R66 has such codes: 159)
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record CodelistEntry(String code, String labelFr, String labelEn, String description, boolean deprecated,
        LocalDate validFrom, LocalDate validTo) {

    /**
     * Requires code and French label; null texts become empty. Dates are not checked against each other.
     *
     * @param code the code
     * @param labelFr its French label
     * @param labelEn its English label, empty when the list gives none
     * @param description a longer text, empty when none
     * @param deprecated whether the code is no longer in use (still readable in old files)
     * @param validFrom the first day the code is valid, or null when the list does not say
     * @param validTo the last day the code was valid (the end of use of a deprecated code), or null. Kept as the source publishes it, even before {@code validFrom} (TRE_R66 has such codes: 159)
     */
    public CodelistEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labelFr, "labelFr");
        labelEn = labelEn == null ? "" : labelEn;
        description = description == null ? "" : description;
    }
}

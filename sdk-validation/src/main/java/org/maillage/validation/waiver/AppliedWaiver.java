package org.maillage.validation.waiver;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A waiver in effect during a validation (scoped, not expired), with how many findings it covered.
 * Unscoped and expired waivers are not applied: they are findings of their own.
 *
 * @param waiver the waiver
 * @param source the name of the waivers file it comes from
 * @param index its position in that file's {@code waivers} array
 * @param findingsWaived the number of findings it covered; 0 for an unused waiver
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record AppliedWaiver(Waiver waiver, String source, int index, int findingsWaived) {

    /**
     * Requires the waiver and source; the count is not negative.
     *
     * @param waiver the waiver
     * @param source the name of the waivers file it comes from
     * @param index its position in that file's {@code waivers} array
     * @param findingsWaived the number of findings it covered; 0 for an unused waiver
     */
    public AppliedWaiver {
        Objects.requireNonNull(waiver, "waiver");
        Objects.requireNonNull(source, "source");
        if (findingsWaived < 0 || index < 0) {
            throw new IllegalArgumentException("negative count or index");
        }
    }
}

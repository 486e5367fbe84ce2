package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A closed period of time that a value is about, from its first day to its last day, both inclusive.
 *
 * @param start the first day
 * @param end the last day
 * @since 0.1.0
 */
@WellOrderedPeriod
@API(status = STABLE, since = "0.1.0")
public record Period(
        @NotNull LocalDate start,
        @NotNull LocalDate end)
        implements Dated {

    /**
     * Requires start, end.
     *
     * @param start the first day
     * @param end the last day
     */
    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /**
     * A calendar year.
     *
     * @param year the year
     * @return 1 January to 31 December of that year
     */
    public static Period ofYear(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** @return the first day, as a {@link Dated} */
    @Override
    public LocalDate validFrom() {
        return start;
    }

    /** @return the last day, as a {@link Dated} */
    @Override
    public LocalDate validTo() {
        return end;
    }
}

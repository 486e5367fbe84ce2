package org.maillage.imports.cog;

import java.util.Map;
import java.util.OptionalInt;

/**
 * The census year ("millésime") of the populations each vintage of the package ships. The files
 * give a bare {@code population} (INSEE population municipale) with no year; the year is the one of
 * the "Population légale" page the package README links to, checked against the figures
 * themselves (two vintages that link the same page ship the same figures):
 *
 * <table>
 *   <caption>COG vintage → census year of its populations</caption>
 *   <tr><th>vintage</th><th>package</th><th>INSEE page</th><th>census year</th></tr>
 *   <tr><td>2021</td><td>1.1.1</td><td>6011070</td><td>2018</td></tr>
 *   <tr><td>2022</td><td>2.3.1</td><td>6683035</td><td>2019</td></tr>
 *   <tr><td>2023</td><td>3.1.1</td><td>6683035 (not updated)</td><td>2019</td></tr>
 *   <tr><td>2024</td><td>4.1.0</td><td>8290591</td><td>2021</td></tr>
 *   <tr><td>2025</td><td>5.3.0</td><td>8680726</td><td>2022</td></tr>
 *   <tr><td>2026</td><td>6.0.0</td><td>8680726 (same figures as 2025)</td><td>2022</td></tr>
 * </table>
 *
 * <p>Mayotte (département 976) is the exception: every vintage ships its 2017 census figures.
 */
final class CensusYears {
    private CensusYears() {}

    static final String MAYOTTE = "976";
    static final int MAYOTTE_CENSUS = 2017;

    private static final Map<Integer, Integer> BY_VINTAGE = Map.of(
            2021, 2018,
            2022, 2019,
            2023, 2019,
            2024, 2021,
            2025, 2022,
            2026, 2022);

    /**
     * The census year of the populations of a vintage.
     *
     * @param vintage the COG year
     * @return the census year, or empty for a vintage this table does not know
     */
    static OptionalInt of(int vintage) {
        Integer year = BY_VINTAGE.get(vintage);
        return year == null ? OptionalInt.empty() : OptionalInt.of(year);
    }
}

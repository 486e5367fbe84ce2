package org.maillage.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoordinatesTest {

    /** Found by the seeded round-trip properties: -0.0 came back from JSON as 0.0, so the records differed. */
    @Test
    void issue13_negativeZero_isTheSamePlaceAsZero() {
        Coordinates c = new Coordinates(-0.0, -0.0);
        assertThat(c).isEqualTo(new Coordinates(0.0, 0.0));
        assertThat(Double.doubleToRawLongBits(c.latitude())).isZero();
        assertThat(Double.doubleToRawLongBits(c.longitude())).isZero();
        assertThat(new Coordinates(-12.5, 42.0).latitude()).isEqualTo(-12.5);
    }
}

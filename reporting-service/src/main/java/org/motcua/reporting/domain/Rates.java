package org.motcua.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rates are decimals with four places (0.9982 = 99.82 %), null when there is nothing to divide by. */
public final class Rates {
    private Rates() {
    }

    public static final int SCALE = 4;

    public static BigDecimal ratio(long numerator, long denominator) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_UP);
    }
}

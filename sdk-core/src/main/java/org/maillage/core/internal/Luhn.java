package org.maillage.core.internal;

/** The Luhn (mod 10) check used by SIREN, SIRET, FINESS and RPPS. */
public final class Luhn {
    private Luhn() {}

    /**
     * Whether a string of ASCII digits passes the Luhn check, the rightmost digit being the key.
     *
     * @param digits ASCII digits only; any other character makes the result {@code false}
     * @return true when the weighted digit sum is a multiple of 10
     */
    public static boolean isValid(CharSequence digits) {
        int sum = 0;
        int length = digits.length();
        if (length == 0) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = digits.charAt(length - 1 - i);
            if (c < '0' || c > '9') {
                return false;
            }
            int d = c - '0';
            if ((i & 1) == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    /**
     * The plain sum of the digits, as used by the La Poste SIRET exception.
     *
     * @param digits ASCII digits
     * @return the sum, or -1 when a character is not a digit
     */
    public static int digitSum(CharSequence digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            sum += c - '0';
        }
        return sum;
    }

    /**
     * Whether every character is an ASCII digit and the length is the one expected.
     *
     * @param s the string
     * @param length the expected length
     * @return true when {@code s} is exactly {@code length} ASCII digits
     */
    public static boolean isDigits(CharSequence s, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}

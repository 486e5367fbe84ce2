package org.maillage.json.generate;

/** Appends check keys to generated official numbers. */
final class Keys {
    private Keys() {}

    /**
     * Appends the Luhn check digit to a string of digits.
     *
     * @param body the digits without their key
     * @return the body followed by its key
     */
    static String luhn(String body) {
        int sum = 0;
        // The key will be at position 0 from the right, so the body's last digit is doubled.
        for (int i = 0; i < body.length(); i++) {
            int d = body.charAt(body.length() - 1 - i) - '0';
            if ((i & 1) == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return body + (char) ('0' + (10 - sum % 10) % 10);
    }

    /**
     * A FINESS number: the département prefix, seven digits, the key computed with Corsican
     * prefixes read as 21 (2A) and 22 (2B).
     *
     * @param prefix the two-character département prefix ({@code 2A}, {@code 97}…)
     * @param serial the serial digits, six of them
     * @return the nine-character number
     */
    static String finess(String prefix, String serial) {
        String numeric = switch (prefix) {
            case "2A" -> "21";
            case "2B" -> "22";
            default -> prefix;
        };
        String withKey = luhn(numeric + serial);
        return prefix + withKey.substring(2);
    }
}

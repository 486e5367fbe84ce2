package org.maillage.core.codelist;

/** How final an observed value is (closed codelist {@code observation-status}). */
public enum ObservationStatus implements Coded {
    /** Provisoire: provisional. */
    PROVISIONAL("provisional"),
    /** Définitive: final. */
    FINAL("final"),
    /** Révisée: revised. Replaces a value published before. */
    REVISED("revised");

    private final String code;

    ObservationStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

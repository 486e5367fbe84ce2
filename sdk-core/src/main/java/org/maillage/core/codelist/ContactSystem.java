package org.maillage.core.codelist;

/** How a contact point is reached (closed codelist {@code contact-system}; the FHIR R4 {@code ContactPointSystem} codes). */
public enum ContactSystem implements Coded {
    /** Telephone. */
    PHONE("phone"),
    /** Fax (télécopie). */
    FAX("fax"),
    /** E-mail. */
    EMAIL("email"),
    /** Pager. */
    PAGER("pager"),
    /** Web site. */
    URL("url"),
    /** Text messages. */
    SMS("sms"),
    /** Another way. */
    OTHER("other");

    private final String code;

    ContactSystem(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

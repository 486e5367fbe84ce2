package org.maillage.core.codelist;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How a contact point is reached (closed codelist {@code contact-system}; the FHIR R4 {@code ContactPointSystem} codes). *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
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

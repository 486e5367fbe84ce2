package org.maillage.validation.certify;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The result of verifying a certificate: the problems found, none when it verifies.
 *
 * @param certificate the certificate read, or null when the file could not be read as one
 * @param problems what is wrong, in the order checked
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Verification(Certificate certificate, List<Problem> problems) {

    /**
     * Copies the list.
     *
     * @param certificate the certificate read, or null when the file could not be read as one
     * @param problems what is wrong, in the order checked
     */
    public Verification {
        problems = List.copyOf(problems);
    }

    /**
     * One reason a certificate does not verify.
     *
     * @param code a stable code, for example {@code signature-invalid}
     * @param messageEn the reason in English
     * @param messageFr the reason in French
     * @since 0.1.0
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Problem(String code, String messageEn, String messageFr) {
        /**
         * Checks the values.
         *
         * @param code a stable code, for example {@code signature-invalid}
         * @param messageEn the reason in English
         * @param messageFr the reason in French
         */
        public Problem {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(messageEn, "messageEn");
            Objects.requireNonNull(messageFr, "messageFr");
        }
    }

    /** @return whether the certificate verifies: no problem */
    public boolean verified() {
        return problems.isEmpty();
    }

    /** @return the certificate, when the file could be read as one */
    public Optional<Certificate> read() {
        return Optional.ofNullable(certificate);
    }
}

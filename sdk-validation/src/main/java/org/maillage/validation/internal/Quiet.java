package org.maillage.validation.internal;

import java.util.ServiceLoader;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Keeps two dependencies from printing on stderr when nothing in the host application listens,
 * and never otherwise (see docs/decisions.md, "A quiet library"):
 * <ul>
 * <li>networknt logs through SLF4J; an application with no SLF4J provider gets SLF4J's three-line
 *     "no providers" notice at first use, then every event is dropped anyway. When no provider is
 *     visible and the application has not set {@code slf4j.internal.verbosity}, it is set to
 *     {@code ERROR}: the notice goes, nothing that would have been logged is lost. An application
 *     with a provider is left alone.</li>
 * <li>Hibernate Validator announces its version at INFO through jboss-logging, which falls back on
 *     {@code java.util.logging} when the application has no other framework. The one logger of
 *     that banner is raised to WARNING, only when the application has not given it a level; its
 *     warnings and errors still come through, and no other logger is touched.</li>
 * </ul>
 */
public final class Quiet {
    /** The logger Hibernate Validator's version banner is written to. */
    static final String HIBERNATE_BANNER = "org.hibernate.validator.internal.util.Version";
    /** Kept: java.util.logging holds loggers weakly, and a collected logger forgets its level. */
    private static final Logger BANNER = Logger.getLogger(HIBERNATE_BANNER);
    private static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";

    static {
        if (BANNER.getLevel() == null) {
            BANNER.setLevel(Level.WARNING);
        }
        if (System.getProperty(SLF4J_VERBOSITY) == null && !hasSlf4jProvider()) {
            System.setProperty(SLF4J_VERBOSITY, "ERROR");
        }
    }

    private Quiet() {}

    private static boolean hasSlf4jProvider() {
        return ServiceLoader.load(SLF4JServiceProvider.class, LoggerFactory.class.getClassLoader()).stream().findAny()
                .isPresent();
    }

    /** Applies the above, once per class loader; later calls do nothing. */
    public static void ensure() {
        // the static initialiser did the work
    }
}

package org.maillage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version of the tool, from the build. */
public final class VersionProvider implements IVersionProvider {

    /** Creates the provider; called by picocli. */
    public VersionProvider() {
        // stateless
    }

    /**
     * The version of this build of Maillage.
     *
     * @return for example {@code 0.1.0-SNAPSHOT}
     */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"maillage " + version(), "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }
}

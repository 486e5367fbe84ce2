package org.maillage.validation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected outputs kept under {@code src/test/resources}. Run the tests with
 * {@code -Dmaillage.golden.update=true} to rewrite them from the current output, then review the
 * diff before committing.
 */
public final class Golden {
    /** The system property that rewrites golden files instead of comparing with them. */
    public static final String UPDATE = "maillage.golden.update";

    private Golden() {}

    /**
     * Compares {@code actual} with the golden resource, or rewrites it when {@link #UPDATE} is set.
     *
     * @param anchor a class in the resource's package
     * @param resource the resource name, relative to the anchor's package
     * @param actual the output
     * @param module the Maven module, for the command in the failure message
     */
    public static void check(Class<?> anchor, String resource, String actual, String module) {
        String path = anchor.getPackageName().replace('.', '/') + "/" + resource;
        if (Boolean.getBoolean(UPDATE)) {
            try {
                Path file = Path.of("src/test/resources").resolve(path);
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        String expected;
        try (InputStream in = anchor.getClassLoader().getResourceAsStream(path)) {
            expected = in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(actual).as("golden file src/test/resources/%s differs from the output (or is missing). If the change "
                + "is intended, regenerate the golden files with%n  mvn -q -o -pl %s -am test -Dtest=%s "
                + "-Dsurefire.failIfNoSpecifiedTests=false -D%s=true%nand review the diff (git diff) before committing",
                path, module, anchorTest(), UPDATE).isEqualTo(expected);
    }

    private static String anchorTest() {
        for (StackTraceElement e : new Throwable().getStackTrace()) {
            if (e.getClassName().endsWith("Test")) {
                return e.getClassName().substring(e.getClassName().lastIndexOf('.') + 1);
            }
        }
        return "*";
    }
}

package org.maillage.validation.large;

import java.nio.file.Path;
import org.maillage.validation.Finding;
import org.maillage.validation.Report;
import org.maillage.validation.Validator;

/**
 * Run in a JVM of its own by {@link LargeFileTest}: validates one file with the default validator
 * and prints the heap limit, then one line per finding ({@code ruleId pointer}), then the verdict.
 */
public final class LargeFileCheck {
    private LargeFileCheck() {}

    /**
     * Validates {@code args[0]}.
     *
     * @param args the file
     */
    public static void main(String[] args) {
        System.out.println("maxHeap " + Runtime.getRuntime().maxMemory());
        Report r = Validator.builder().build().validate(Path.of(args[0]));
        for (Finding f : r.findings()) {
            System.out.println("finding " + f.ruleId() + " " + f.pointer() + " " + f.line());
        }
        System.out.println("valid " + r.valid());
    }
}

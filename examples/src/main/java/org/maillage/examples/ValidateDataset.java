package org.maillage.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.maillage.validation.Finding;
import org.maillage.validation.Language;
import org.maillage.validation.Report;
import org.maillage.validation.Validator;

/**
 * Validates a dataset with the SDK used as a library, and prints each finding with its place, in
 * French and English. The {@link Validator} is immutable and thread-safe: build it once, use it
 * for every file.
 *
 * <p>Run it through its test: {@code mvn -q -pl examples -am test -Dtest=ValidateDatasetTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
public final class ValidateDataset {

    private static final Validator VALIDATOR = Validator.builder().build();

    private ValidateDataset() {}

    /**
     * Validates the file named by the first argument (default: the bundled Ariège sample).
     *
     * @param args the dataset file
     */
    public static void main(String[] args) {
        Path file = args.length > 0 ? Path.of(args[0]) : ReadTerritories.SAMPLE;
        System.exit(run(file, new PrintStream(System.out, true, StandardCharsets.UTF_8)));
    }

    /**
     * Validates a file and prints its findings.
     *
     * @param file the dataset (JSON or NDJSON)
     * @param out where to print
     * @return 0 when the dataset is valid, 1 when it is not
     */
    public static int run(Path file, PrintStream out) {
        // Reading, schema, constraints, references and rules in one pass; the file streams.
        Report report = VALIDATOR.validate(file);
        for (Finding f : report.findings()) {
            out.printf("%s:%d:%d %s %s %s%n", f.file(), f.line(), f.column(), f.severity(), f.ruleId(),
                    f.pointer().isEmpty() ? "(document)" : f.pointer());
            out.println("    fr: " + f.message(Language.FR));
            out.println("    en: " + f.message(Language.EN));
        }
        out.printf("%d error(s), %d warning(s), %d info(s): %s%n", report.errors(), report.warnings(), report.infos(),
                report.valid() ? "valid" : "invalid");
        return report.valid() ? 0 : 1;
    }
}

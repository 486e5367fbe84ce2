package org.maillage.host.jpms;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.maillage.validation.Finding;
import org.maillage.validation.Report;
import org.maillage.validation.Validator;

/**
 * Builds a validator and validates the bundled samples, as a host application would; exits 1 and
 * says what differs when the findings are not the expected ones.
 */
public final class HostCheck {

    private HostCheck() {}

    /**
     * Runs the check.
     *
     * @param args {@code module-path} or {@code class-path} (how the JVM was started), and the
     *     folder of the samples
     */
    public static void main(String[] args) {
        String mode = args[0];
        Path samples = Path.of(args[1]);
        List<String> problems = new ArrayList<>();

        boolean named = HostCheck.class.getModule().isNamed();
        if (named != mode.equals("module-path")) {
            problems.add("started for the " + mode + " but the application's module is "
                    + HostCheck.class.getModule());
        }
        String maillageModule = String.valueOf(Validator.class.getModule().getName());
        if (named && !maillageModule.equals("org.maillage.validation")) {
            problems.add("Maillage is not the named module org.maillage.validation but " + maillageModule);
        }

        Validator validator = Validator.builder().build();

        Report ariege = validator.validate(samples.resolve("ariege.json"));
        expectNoFinding("ariege.json", ariege, problems);

        Report corse = validator.validate(samples.resolve("corse-du-sud.json"));
        expectNoFinding("corse-du-sud.json", corse, problems);

        Report broken = validator.validate(samples.resolve("ariege-broken.json"));
        Set<String> found = new TreeSet<>();
        for (Finding f : broken.findings()) {
            found.add(f.severity() + " " + f.ruleId() + " " + f.pointer() + " " + f.line() + ":" + f.column());
        }
        Set<String> expected = new TreeSet<>(List.of(
                "ERROR ref.unknown /territories/2/parents/0/territory 74:24",
                "ERROR constraint.siren /territories/3/identifiers/1/value 100:20",
                "ERROR schema.range /territories/4/population/0/year 145:19",
                "ERROR schema.additional-property /territories/5/mayor 152:16"));
        if (!found.equals(expected) || broken.valid() || broken.errors() != 4) {
            problems.add("ariege-broken.json: expected " + expected + ", found " + found + " (valid: "
                    + broken.valid() + ", errors: " + broken.errors() + ")");
        }

        System.out.println("[" + mode + "] application module " + HostCheck.class.getModule() + ", Maillage module "
                + maillageModule + ": ariege.json valid " + ariege.valid() + ", corse-du-sud.json valid "
                + corse.valid() + ", ariege-broken.json " + found);
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println("[" + mode + "] FAILED: " + p));
            System.exit(1);
        }
    }

    private static void expectNoFinding(String name, Report report, List<String> problems) {
        if (!report.valid() || !report.findings().isEmpty()) {
            List<String> ids = new ArrayList<>();
            report.findings().forEach(f -> ids.add(f.ruleId() + " " + f.pointer()));
            problems.add(name + ": expected valid without findings, found " + ids);
        }
    }
}

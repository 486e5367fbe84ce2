package org.maillage.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.diff.Changeset;
import org.maillage.core.diff.Differ;
import org.maillage.core.id.Finess;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.Territory;
import org.maillage.json.DatasetReader;
import org.maillage.validation.Finding;
import org.maillage.validation.Language;
import org.maillage.validation.Report;
import org.maillage.validation.Validator;

/** The README's example: validate an export, read it as typed records, check an identifier, compare with last month's. */
public final class ReadmeExample {

    private ReadmeExample() {}

    /** @param args last month's file and this month's: {@code examples/data/ariege.json examples/data/ariege-broken.json} */
    public static void main(String[] args) {
        run(Path.of(args[0]), Path.of(args[1]), System.out);
    }

    static void run(Path lastMonth, Path export, PrintStream out) {
        Validator validator = Validator.builder().build();           // immutable, thread-safe: build once
        Report report = validator.validate(export);                  // streams; any size
        for (Finding f : report.findings()) {
            out.printf("%d:%d %s %s %s%n", f.line(), f.column(), f.ruleId(), f.pointer(), f.message(Language.FR));
        }

        DatasetReader reader = DatasetReader.standard();
        Dataset dataset = reader.read(export);                       // the typed model
        Territory commune = dataset.territories().stream()
                .filter(t -> t.kind() == TerritoryKind.COMMUNE).findFirst().orElseThrow();
        boolean ok = Finess.isValid("2A0000014");                    // check rules as values
        Changeset changes = Differ.standard().diff(reader.read(lastMonth), dataset);  // by identity, not position
        out.printf("%s %s; FINESS 2A0000014 valid: %b; %d entities changed%n", commune.code(), commune.name(), ok,
                changes.changes().size());
    }
}

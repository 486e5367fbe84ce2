package org.maillage.validation;

import java.nio.file.Path;
import org.maillage.json.DatasetReader;

/**
 * Run in a JVM of its own by {@link QuietLibraryTest}: embeds the validator the way an application
 * would (no logging set up, no system property) and exits 0 when the broken sample gave its four errors and the clean one none.
 * Prints nothing itself, so that anything on stdout or stderr comes from the library.
 */
final class QuietCheck {
    private QuietCheck() {}

    public static void main(String[] args) {
        Path broken = Path.of(args[0]);
        Validator validator = Validator.builder().build();
        Report fromFile = validator.validate(broken);
        Report fromModel = validator.validate(DatasetReader.standard().read(Path.of(args[1])));
        boolean expected = fromFile.errors() == 4 && fromModel.valid();
        Runtime.getRuntime().halt(expected ? 0 : 1);
    }
}

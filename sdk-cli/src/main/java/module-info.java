/** Maillage command line: validate, import, diff, certify. */
module org.maillage.cli {
    requires org.maillage.validation;
    requires org.maillage.imports;
    requires org.maillage.fhir;
    requires org.maillage.server;
    requires info.picocli;
    requires java.logging;

    opens org.maillage.cli to info.picocli;
}

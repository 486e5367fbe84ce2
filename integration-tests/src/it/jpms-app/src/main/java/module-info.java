/** A host application that uses Maillage as a named module. */
module org.maillage.host.jpms {
    requires org.maillage.validation;
}

/**
 * Maillage server: the HTTP service of {@code maillage serve}, a page and an API to validate and
 * compare datasets, on embedded Jetty. Kept out of the validation library so that applications
 * embedding the validator do not carry an HTTP server.
 */
module org.maillage.server {
    requires static transitive org.apiguardian.api;
    requires org.maillage.validation;
    requires org.eclipse.jetty.server;
    requires org.eclipse.jetty.http;
    requires org.eclipse.jetty.io;
    requires org.eclipse.jetty.util;

    exports org.maillage.server;
}

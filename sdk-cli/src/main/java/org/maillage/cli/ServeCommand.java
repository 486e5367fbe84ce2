package org.maillage.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.maillage.server.MaillageServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code maillage serve}: the validator as an HTTP service, with a page for browsers. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Serve the validator over HTTP: a page at / to validate a file in a browser, and an API:",
            "  POST /validate?format=json|sarif|junit|html|text&lang=fr|en&profile=NAME  (body: the dataset, or "
                    + "multipart/form-data with a 'file' field)",
            "  POST /diff  (multipart/form-data with the fields a and b; format=text|json|patch|changelog)",
            "  GET /health",
            "The first line on standard output is the base URL. Uploads stream to the validator; nothing is kept after an "
                    + "answer. SIGTERM or Ctrl-C stops the service once the requests in flight are answered (within the grace "
                    + "period).",
            "Exit codes: 2 usage error, 3 the address cannot be listened on; once stopped by a signal, the signal's "
                    + "status (143 for SIGTERM, 130 for Ctrl-C)."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Set by {@link Main}'s factory before the command runs: the language of what it prints. */
    Context context = Context.detached();

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--max-upload", defaultValue = "4GB", paramLabel = "SIZE",
            description = "Largest upload accepted, like 64MB or 1GB; larger ones get 413 (default: ${DEFAULT-VALUE}, "
                    + "room for a national file).")
    String maxUpload;

    @Option(names = "--workers", paramLabel = "N",
            description = "Validations or comparisons run at once (default: one per processor).")
    Integer workers;

    @Option(names = "--queue", defaultValue = "16", paramLabel = "N",
            description = "Requests that may wait for a worker; beyond, the answer is 503 (default: ${DEFAULT-VALUE}).")
    int queue;

    @Option(names = "--grace", defaultValue = "30", paramLabel = "SECONDS",
            description = "How long a stop waits for the requests in flight (default: ${DEFAULT-VALUE}).")
    int graceSeconds;

    ServeCommand() {
        // configured by picocli
    }

    @Override
    public Integer call() {
        MaillageServer server;
        try {
            MaillageServer.Builder b = MaillageServer.builder().host(host).port(port).maxUpload(MaillageServer.parseSize(maxUpload))
                    .queue(queue).toolVersion(VersionProvider.version());
            if (workers != null) {
                b.workers(workers);
            }
            if (graceSeconds < 0) {
                throw new IllegalArgumentException("--grace must be 0 or more seconds, not " + graceSeconds);
            }
            server = b.gracePeriod(Duration.ofSeconds(graceSeconds)).build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try {
            server.start();
        } catch (UncheckedIOException e) {
            spec.commandLine().getErr().println("maillage serve: " + e.getMessage());
            return ExitCodes.IO;
        }
        boolean fr = "fr".equals(context.defaultLanguage());
        PrintWriter err = spec.commandLine().getErr();
        spec.commandLine().getOut().println(server.uri());
        spec.commandLine().getOut().flush();
        err.println(fr ? "maillage serve : à l'écoute sur " + server.uri() + " (Ctrl-C ou SIGTERM l'arrête)"
                : "maillage serve: listening on " + server.uri() + " (Ctrl-C or SIGTERM stops it)");
        err.flush();
        // On SIGTERM or Ctrl-C: drain the requests in flight, then say so, so that whoever
        // stopped it (a supervisor, a terminal) sees that it stopped and was not killed.
        Thread stopper = new Thread(() -> {
            try {
                server.stop();
                err.println(fr ? "maillage serve : arrêté" : "maillage serve: stopped");
            } catch (IllegalStateException e) {
                err.println("maillage serve: " + e.getMessage());
            }
            err.flush();
        }, "maillage-serve-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        server.join();
        return ExitCodes.OK;
    }
}

package org.maillage.server;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.maillage.server.internal.ProblemErrorHandler;
import org.maillage.server.internal.Routes;

/**
 * The HTTP service of {@code maillage serve}: a page to validate a file in a browser, and an API
 * ({@code POST /validate}, {@code POST /diff}, {@code GET /health}) that answers with the reports
 * of the command line. Uploads stream to the validator; at most {@link Builder#workers} requests
 * work at once and {@link Builder#queue} more wait, beyond which the answer is 503; nothing is kept
 * after an answer. {@link #stop()} finishes the requests in flight within the grace period.
 *
 * <pre>{@code
 * try (MaillageServer server = MaillageServer.builder().port(0).build().start()) {
 *     System.out.println(server.uri());   // http://127.0.0.1:PORT
 *     server.join();
 * }
 * }</pre>
 *
 * @since 0.2.0
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class MaillageServer implements AutoCloseable {

    /** The default upload limit: 4 GB, room for the national datasets (the whole of France in a year is about 400 MB). */
    public static final long DEFAULT_MAX_UPLOAD = 4L << 30;

    /** How long a connection may stay silent once the server is stopping. */
    private static final Duration SHUTDOWN_IDLE = Duration.ofSeconds(5);

    private final Server server;
    private final ServerConnector connector;
    private final String host;
    private final java.nio.file.Path spoolDir;
    private final Routes routes;

    private MaillageServer(Builder b) {
        QueuedThreadPool threads = new QueuedThreadPool(Math.max(16, b.workers + b.queue + 8), 4);
        threads.setName("maillage-serve");
        this.server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        this.connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(b.host);
        connector.setPort(b.port);
        connector.setIdleTimeout(b.idleTimeout.toMillis());
        server.addConnector(connector);
        boolean loopback;
        try {
            loopback = InetAddress.getByName(b.host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host '" + b.host + "'", e);
        }
        try {
            this.spoolDir = java.nio.file.Files.createTempDirectory("maillage-serve-");
        } catch (java.io.IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for uploads: " + e.getMessage(), e);
        }
        this.routes = new Routes(b.maxUpload, b.workers, b.queue, b.toolVersion, loopback, spoolDir);
        GracefulHandler graceful = new GracefulHandler(routes);
        // While stopping, every connection silent for SHUTDOWN_IDLE is closed: idle keep-alive
        // connections (a browser keeps some) must not hold the stop for the whole grace period, and
        // an upload in flight that pauses a moment is not cut (Jetty's default is one second).
        graceful.setShutdownIdleTimeout(Math.min(b.idleTimeout.toMillis(), SHUTDOWN_IDLE.toMillis()));
        server.setHandler(graceful);
        server.setErrorHandler(new ProblemErrorHandler());
        server.setStopTimeout(b.gracePeriod.toMillis());
        server.setStopAtShutdown(false);
        this.host = b.host;
    }

    /**
     * A builder: 127.0.0.1, port 8080, {@link #DEFAULT_MAX_UPLOAD}, one worker per processor, a
     * queue of 16, a grace period of 30 seconds.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts listening.
     *
     * @return this server
     * @throws UncheckedIOException when the address cannot be listened on (a port in use, a host
     *     that is not this machine's)
     */
    public MaillageServer start() {
        try {
            server.start();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException("cannot listen on " + host + ":" + connector.getPort() + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("the server did not start: " + e, e);
        }
        return this;
    }

    /**
     * The port listened on (the one chosen when the builder asked for port 0).
     *
     * @return the port
     */
    public int port() {
        return connector.getLocalPort();
    }

    /**
     * The base URI.
     *
     * @return for example {@code http://127.0.0.1:8080}
     */
    public URI uri() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + h + ":" + port());
    }

    /** @return the requests working or waiting for a worker (for the tests) */
    int admitted() {
        return routes.admitted();
    }

    /** Waits until the server has stopped. */
    public void join() {
        try {
            server.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops: new requests are refused (503), requests in flight finish within the grace period,
     * then the connections close.
     */
    public void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the server did not stop cleanly: " + e, e);
        } finally {
            deleteSpool();
        }
    }

    /** Removes the folder of upload copies, and any copy a request cut short left in it. */
    private void deleteSpool() {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(spoolDir)) {
            for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files::iterator) {
                java.nio.file.Files.deleteIfExists(f);
            }
            java.nio.file.Files.deleteIfExists(spoolDir);
        } catch (java.io.IOException ignored) {
            // already gone, or the system's temporary folder cleaner will take it
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /**
     * A size such as {@code 64MB}, {@code 1GB}, {@code 512KB} or a number of bytes; units are powers
     * of 1,024, any case, with an optional {@code B} or {@code iB}.
     *
     * @param text the size
     * @return the number of bytes
     * @throws IllegalArgumentException for text that is not a size
     */
    public static long parseSize(String text) {
        String t = Objects.requireNonNull(text, "text").strip().toUpperCase(Locale.ROOT).replace(" ", "");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9]+)([KMGT]?)(I?B)?").matcher(t);
        if (!m.matches() || (m.group(2).isEmpty() && m.group(3) != null && m.group(3).equals("IB"))) {
            throw new IllegalArgumentException("'" + text + "' is not a size (write it like 64MB, 1GB or 1048576)");
        }
        int shift = switch (m.group(2)) {
            case "K" -> 10;
            case "M" -> 20;
            case "G" -> 30;
            case "T" -> 40;
            default -> 0;
        };
        long n;
        try {
            n = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is too large a size", e);
        }
        if (n == 0 || n > (Long.MAX_VALUE >> shift)) {
            throw new IllegalArgumentException("'" + text + "' is not a usable size (more than 0, less than 8 EB)");
        }
        return n << shift;
    }

    /**
     * Configures a {@link MaillageServer}. Not thread-safe; used once.
     *
     * @since 0.2.0
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 8080;
        private long maxUpload = DEFAULT_MAX_UPLOAD;
        private int workers = Runtime.getRuntime().availableProcessors();
        private int queue = 16;
        private Duration gracePeriod = Duration.ofSeconds(30);
        private Duration idleTimeout = Duration.ofSeconds(60);
        private String toolVersion = "unknown";

        private Builder() {}

        /**
         * The address to listen on.
         *
         * @param value a host name or address, {@code 127.0.0.1} by default (this machine only)
         * @return this builder
         */
        public Builder host(String value) {
            this.host = Objects.requireNonNull(value, "host");
            return this;
        }

        /**
         * The port.
         *
         * @param value 0 to 65535; 0 picks a free port
         * @return this builder
         */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("a port is between 0 and 65535, not " + value);
            }
            this.port = value;
            return this;
        }

        /**
         * The largest request body accepted; larger ones get 413.
         *
         * @param bytes the limit in bytes, more than 0
         * @return this builder
         */
        public Builder maxUpload(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("the upload limit must be more than 0 bytes, not " + bytes);
            }
            this.maxUpload = bytes;
            return this;
        }

        /**
         * How many validations or comparisons run at once.
         *
         * @param value 1 or more
         * @return this builder
         */
        public Builder workers(int value) {
            if (value < 1 || value > 256) {
                throw new IllegalArgumentException("workers must be between 1 and 256, not " + value);
            }
            this.workers = value;
            return this;
        }

        /**
         * How many requests may wait for a worker; beyond, the answer is 503.
         *
         * @param value 0 or more
         * @return this builder
         */
        public Builder queue(int value) {
            if (value < 0 || value > 1024) {
                throw new IllegalArgumentException("the queue must be between 0 and 1024, not " + value);
            }
            this.queue = value;
            return this;
        }

        /**
         * How long {@link #stop()} lets requests in flight finish.
         *
         * @param value the grace period
         * @return this builder
         */
        public Builder gracePeriod(Duration value) {
            this.gracePeriod = Objects.requireNonNull(value, "gracePeriod");
            return this;
        }

        /**
         * How long a connection may stay silent (a stalled upload) before it is closed.
         *
         * @param value the idle timeout
         * @return this builder
         */
        public Builder idleTimeout(Duration value) {
            this.idleTimeout = Objects.requireNonNull(value, "idleTimeout");
            return this;
        }

        /**
         * The tool version reports name (SARIF, the HTML footer).
         *
         * @param value for example {@code 0.1.0}
         * @return this builder
         */
        public Builder toolVersion(String value) {
            this.toolVersion = Objects.requireNonNull(value, "toolVersion");
            return this;
        }

        /**
         * A server, not yet listening.
         *
         * @return the server
         */
        public MaillageServer build() {
            return new MaillageServer(this);
        }
    }
}

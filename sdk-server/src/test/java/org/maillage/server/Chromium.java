package org.maillage.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.maillage.json.MaillageJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A headless Debian Chromium driven over the DevTools protocol (a WebSocket of the JDK's HTTP
 * client, no driver library): one page, JavaScript evaluation, file inputs, keys, screenshots.
 * The browser runs with a fresh profile and no background networking; {@link #close()} ends it
 * and removes the profile.
 *
 * <p>Without a browser the tests that need one are skipped with a message, unless the system
 * property {@code maillage.browser.required} is {@code true} (CI sets it): then they fail.
 */
final class Chromium implements AutoCloseable {
    private static final JsonMapper JSON = MaillageJson.mapper();
    private static final Duration CALL = Duration.ofSeconds(60);

    private final Process process;
    private final Path profile;
    private final WebSocket page;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> console = new ArrayList<>();

    /** The browser, or a skipped (or, when required, failed) test. */
    static Chromium start() throws Exception {
        Optional<Path> binary = find();
        boolean required = Boolean.getBoolean("maillage.browser.required");
        if (binary.isEmpty()) {
            String why = "no Chromium found (looked for $MAILLAGE_CHROMIUM, chromium, chromium-browser on PATH): "
                    + "install it with 'apt-get install -y chromium chromium-driver' to run the browser tests";
            if (required) {
                throw new AssertionError(why + " (maillage.browser.required=true: CI must run them)");
            }
            Assumptions.abort(why);
        }
        return new Chromium(binary.get());
    }

    static Optional<Path> find() {
        String env = System.getenv("MAILLAGE_CHROMIUM");
        if (env != null && !env.isBlank()) {
            return Optional.of(Path.of(env)).filter(Files::isExecutable);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private Chromium(Path binary) throws Exception {
        this.profile = Files.createTempDirectory("maillage-chromium-");
        ProcessBuilder pb = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--disable-dev-shm-usage", "--lang=fr-FR", "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0", "--window-size=1280,900", "about:blank");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        this.process = pb.start();
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        String browserWs = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Pattern listening = Pattern.compile("DevTools listening on (ws://\\S+)");
        StringBuilder seen = new StringBuilder();
        while (browserWs == null && System.nanoTime() < deadline) {
            String line = err.readLine();
            if (line == null) {
                break;
            }
            seen.append(line).append('\n');
            Matcher m = listening.matcher(line);
            if (m.find()) {
                browserWs = m.group(1);
            }
        }
        if (browserWs == null) {
            process.destroyForcibly();
            throw new IllegalStateException("Chromium did not open its DevTools port; it said:\n" + seen);
        }
        Thread drain = new Thread(() -> {
            try {
                while (err.readLine() != null) {
                    // Chromium's own log lines; read so that it never blocks on a full pipe
                }
            } catch (IOException ignored) {
                // the browser has ended
            }
        }, "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        URI browser = URI.create(browserWs);
        HttpClient http = HttpClient.newHttpClient();
        // the page opened with the browser (about:blank)
        String list = http.send(java.net.http.HttpRequest.newBuilder(URI.create("http://" + browser.getAuthority() + "/json/list"))
                .timeout(CALL).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        String pageWs = null;
        for (JsonNode target : JSON.readTree(list)) {
            if ("page".equals(target.path("type").asString())) {
                pageWs = target.path("webSocketDebuggerUrl").asString();
                break;
            }
        }
        if (pageWs == null) {
            close();
            throw new IllegalStateException("Chromium has no page target: " + list);
        }
        this.page = http.newWebSocketBuilder().connectTimeout(CALL).buildAsync(URI.create(pageWs), new Listener()).get(60,
                TimeUnit.SECONDS);
        call("Page.enable", JSON.createObjectNode());
        call("Runtime.enable", JSON.createObjectNode());
        call("Network.enable", JSON.createObjectNode());
    }

    /** Gathers the fragments of each message and completes the call it answers. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder message = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                JsonNode msg = JSON.readTree(message.toString());
                message.setLength(0);
                if (msg.has("id")) {
                    CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
                    if (f != null) {
                        f.complete(msg);
                    }
                } else if (List.of("Runtime.consoleAPICalled", "Runtime.exceptionThrown", "Network.loadingFailed",
                        "Network.responseReceived").contains(msg.path("method").asString())) {
                    synchronized (console) {
                        console.add(msg.path("params").toString());
                    }
                }
            }
            ws.request(1);
            return null;
        }
    }

    /** Calls a DevTools method and returns its result; a protocol error fails the test. */
    JsonNode call(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
        msg.set("params", params);
        page.sendText(JSON.writeValueAsString(msg), true).get(CALL.toSeconds(), TimeUnit.SECONDS);
        JsonNode res = answer.get(CALL.toSeconds(), TimeUnit.SECONDS);
        if (res.has("error")) {
            throw new IllegalStateException(method + " failed: " + res.get("error"));
        }
        return res.path("result");
    }

    static ObjectNode params() {
        return JSON.createObjectNode();
    }

    /** Evaluates an expression in the page (awaiting a promise) and returns its value as JSON. */
    JsonNode eval(String expression) throws Exception {
        JsonNode res = call("Runtime.evaluate", params().put("expression", expression).put("awaitPromise", true)
                .put("returnByValue", true));
        if (res.has("exceptionDetails")) {
            throw new IllegalStateException("the page threw on " + expression + ": " + res.get("exceptionDetails"));
        }
        return res.path("result").path("value");
    }

    /** Waits until a condition holds in the page (bounded; no timing is asserted). */
    void waitFor(String condition, Duration max) throws Exception {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            if (eval("!!(" + condition + ")").asBoolean()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the page never reached: " + condition + "\nits console: " + console() + "\nfocus on: "
                + eval("document.activeElement.outerHTML.slice(0, 200)") + "\ntext: " + eval("document.body.innerText.slice(0, 2000)"));
    }

    /** Opens an address and waits until the page has loaded. */
    void open(String url) throws Exception {
        call("Page.navigate", params().put("url", url));
        waitFor("document.readyState === 'complete' && location.href === " + JSON.writeValueAsString(url), Duration.ofSeconds(60));
    }

    /** Sets the viewport. */
    void size(int width, int height) throws Exception {
        call("Emulation.setDeviceMetricsOverride", params().put("width", width).put("height", height).put("deviceScaleFactor", 1)
                .put("mobile", false));
    }

    /** Chooses a file in a file input, as a user would in the file dialog (the page gets its change event). */
    void chooseFile(String selector, Path file) throws Exception {
        int root = call("DOM.getDocument", params()).path("root").path("nodeId").asInt();
        int node = call("DOM.querySelector", params().put("nodeId", root).put("selector", selector)).path("nodeId").asInt();
        ObjectNode p = params().put("nodeId", node);
        p.putArray("files").add(file.toAbsolutePath().normalize().toString());
        call("DOM.setFileInputFiles", p);
    }

    /** Presses a key: Tab, Enter, a space ({@code " "}), with its DOM code and Windows key code. */
    void press(String key, String code, int keyCode, boolean shift) throws Exception {
        String text = key.equals("Enter") ? "\r" : key.length() == 1 ? key : null;
        ObjectNode down = params().put("type", text == null ? "rawKeyDown" : "keyDown").put("key", key).put("code", code)
                .put("windowsVirtualKeyCode", keyCode).put("modifiers", shift ? 8 : 0);
        if (text != null) {
            down.put("text", text);
        }
        call("Input.dispatchKeyEvent", down);
        call("Input.dispatchKeyEvent", params().put("type", "keyUp").put("key", key).put("code", code)
                .put("windowsVirtualKeyCode", keyCode).put("modifiers", shift ? 8 : 0));
    }

    void tab() throws Exception {
        press("Tab", "Tab", 9, false);
    }

    /** A PNG of the viewport, or of the whole page when {@code full}. */
    void screenshot(Path png, boolean full) throws Exception {
        ObjectNode p = params().put("format", "png");
        if (full) {
            p.put("captureBeyondViewport", true);
            JsonNode size = call("Page.getLayoutMetrics", params()).path("cssContentSize");
            ObjectNode clip = p.putObject("clip");
            clip.put("x", 0).put("y", 0).put("width", size.path("width").asDouble()).put("height",
                    Math.min(size.path("height").asDouble(), 6000)).put("scale", 1);
        }
        byte[] bytes = Base64.getDecoder().decode(call("Page.captureScreenshot", p).path("data").asString());
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(png, bytes);
    }

    /** What the page wrote to its console, and the exceptions it threw. */
    List<String> console() {
        synchronized (console) {
            return List.copyOf(console);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (page != null) {
                page.abort();
            }
        } finally {
            // Chromium's helpers (renderer, zygote, crash handler) outlive the main process if left
            // alone, and go on writing into the profile folder deleted below
            java.util.List<ProcessHandle> helpers = process.descendants().toList();
            process.destroy();
            helpers.forEach(ProcessHandle::destroyForcibly);
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            deleteProfile();
        }
    }

    /**
     * Deletes the profile folder; a file that vanishes or appears while it is walked (a helper process
     * still exiting) makes it try again, and what is left after three tries is left to the system's
     * temporary folder cleaner: a test's outcome must not depend on it.
     */
    private void deleteProfile() {
        for (int attempt = 0; attempt < 3 && Files.exists(profile); attempt++) {
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(f);
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}

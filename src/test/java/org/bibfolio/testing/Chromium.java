package org.bibfolio.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real headless Chromium driven through the DevTools protocol over the JDK's WebSocket client: one browser per
 * test class, one tab at a time. Waits are on the browser's own answers and events; the time limits only turn a
 * browser that hangs into a failure instead of a build that never ends.
 */
public final class Chromium implements AutoCloseable {

    public static final String PROGRAM = "chromium";
    private static final long LIMIT_SECONDS = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final LinkedBlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
    /** JavaScript errors the pages threw, from Runtime.exceptionThrown. */
    private final List<String> exceptions = new ArrayList<>();
    /** The URLs each session requested since its last load, from Network.requestWillBeSent. */
    private final Map<String, List<String>> requested = new ConcurrentHashMap<>();

    private Chromium(Process process, URI endpoint) {
        this.process = process;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(endpoint, new Listener()).join();
    }

    /**
     * Starts Chromium with a fresh profile in {@code profile}. Requires the program: skips locally when it is
     * missing, fails in CI (Processes.require).
     */
    public static Chromium launch(Path profile) throws IOException {
        Processes.require(PROGRAM);
        Process process = new ProcessBuilder(PROGRAM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8));
        String line;
        while ((line = err.readLine()) != null) {
            int at = line.indexOf("DevTools listening on ");
            if (at >= 0) {
                URI endpoint = URI.create(line.substring(at + "DevTools listening on ".length()).strip());
                Thread drain = new Thread(() -> drain(err), "chromium-stderr");
                drain.setDaemon(true);
                drain.start();
                return new Chromium(process, endpoint);
            }
        }
        process.destroyForcibly();
        throw new IOException("chromium ended without opening its DevTools port");
    }

    private static void drain(BufferedReader err) {
        try {
            while (err.readLine() != null) {
                // Chromium's own complaints (no D-Bus here) are of no interest to the tests
            }
        } catch (IOException e) {
            // the browser closed its end
        }
    }

    /** A new tab with the given viewport, its JavaScript on or off, focus emulated (the clipboard needs it). */
    public Tab open(int width, int height, boolean javascript) {
        String target = call(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
        String session = call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .get("sessionId").asText();
        Tab tab = new Tab(target, session);
        tab.call("Page.enable", Map.of());
        tab.call("Runtime.enable", Map.of());
        tab.call("Network.enable", Map.of());
        tab.call("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
        tab.call("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
        tab.call("Emulation.setScriptExecutionDisabled", Map.of("value", !javascript));
        return tab;
    }

    /** Lets pages of every origin write and read the clipboard without asking. */
    public void grantClipboard() {
        call(null, "Browser.grantPermissions", Map.of("permissions",
                List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    public List<String> exceptions() {
        synchronized (exceptions) {
            return List.copyOf(exceptions);
        }
    }

    /** One DevTools command; its result, or an AssertionError with the browser's message. */
    private JsonNode call(String session, String method, Map<String, ?> params) {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(message.toString(), true).join();
        JsonNode reply;
        try {
            reply = answer.get(LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no answer from chromium to " + method, e);
        }
        if (reply.has("error")) {
            throw new AssertionError(method + ": " + reply.get("error"));
        }
        return reply.get("result");
    }

    /** The next event of this kind in this session; earlier events of other kinds are dropped. */
    private JsonNode await(String session, String method) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
        try {
            while (System.nanoTime() < end) {
                JsonNode event = events.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (event != null && method.equals(event.path("method").asText())
                        && session.equals(event.path("sessionId").asText())) {
                    return event.get("params");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("chromium sent no " + method);
    }

    @Override
    public void close() throws InterruptedException {
        try {
            call(null, "Browser.close", Map.of());
        } catch (AssertionError closedAlready) {
            // the socket may close before the answer arrives
        }
        if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** One tab, attached through its own session on the browser's socket. */
    public final class Tab {

        private final String target;
        private final String session;

        private Tab(String target, String session) {
            this.target = target;
            this.session = session;
        }

        public JsonNode call(String method, Map<String, ?> params) {
            return Chromium.this.call(session, method, params);
        }

        /** Loads the page and waits for its load event. */
        public Tab load(Path file) {
            return load(file.toUri().toString());
        }

        public Tab load(String url) {
            events.clear();
            requested.put(session, java.util.Collections.synchronizedList(new ArrayList<>()));
            call("Page.navigate", Map.of("url", url));
            await(session, "Page.loadEventFired");
            return this;
        }

        /** The value of a JavaScript expression (a promise is awaited), as JSON. */
        public JsonNode evaluate(String expression) {
            JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "awaitPromise", true,
                    "returnByValue", true, "userGesture", true));
            if (result.has("exceptionDetails")) {
                throw new AssertionError(expression + " threw " + result.get("exceptionDetails"));
            }
            return result.path("result").path("value");
        }

        /** prefers-color-scheme and the media type (screen or print) as a person's settings would give them. */
        public Tab emulate(String colorScheme, String media) {
            call("Emulation.setEmulatedMedia", Map.of("media", media, "features",
                    List.of(Map.of("name", "prefers-color-scheme", "value", colorScheme))));
            return this;
        }

        /** A real mouse click in the middle of the first element the selector finds, scrolled into view. */
        public Tab click(String selector) {
            JsonNode box = evaluate("(() => { const e = document.querySelector(" + JSON.valueToTree(selector)
                    + "); e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                    + " return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()");
            for (String type : List.of("mousePressed", "mouseReleased")) {
                call("Input.dispatchMouseEvent", Map.of("type", type, "x", box.get("x").asDouble(),
                        "y", box.get("y").asDouble(), "button", "left", "clickCount", 1));
            }
            return this;
        }

        /** Types text into the focused element as a keyboard would (each character an input event). */
        public Tab type(String text) {
            text.codePoints().forEach(c -> call("Input.insertText", Map.of("text", Character.toString(c))));
            return this;
        }

        public Tab press(String key, int keyCode) {
            for (String type : List.of("keyDown", "keyUp")) {
                call("Input.dispatchKeyEvent", Map.of("type", type, "key", key, "code", key,
                        "windowsVirtualKeyCode", keyCode));
            }
            return this;
        }

        /** A PNG of the whole page (not only the viewport). */
        public void screenshot(Path file) {
            JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
            write(file, shot.get("data").asText());
        }

        /** The page as Chromium prints it to PDF (A4, print stylesheet). */
        public void printToPdf(Path file) {
            JsonNode pdf = call("Page.printToPDF", Map.of("paperWidth", 8.27, "paperHeight", 11.69,
                    "printBackground", false));
            write(file, pdf.get("data").asText());
        }

        /** Every URL the tab requested since the last load (the page itself included). */
        public List<String> requests() {
            List<String> urls = requested.getOrDefault(session, List.of());
            synchronized (urls) {
                return List.copyOf(urls);
            }
        }

        public void close() {
            Chromium.this.call(null, "Target.closeTarget", Map.of("targetId", target));
        }

        private void write(Path file, String base64) {
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, Base64.getDecoder().decode(base64));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Assembles each message from its frames and routes it: an answer to its caller, an event to the queue. */
    private final class Listener implements WebSocket.Listener {

        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                route(text.toString());
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        private void route(String message) {
            JsonNode node;
            try {
                node = JSON.readTree(message);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (node.has("id")) {
                CompletableFuture<JsonNode> answer = pending.remove(node.get("id").asInt());
                if (answer != null) {
                    answer.complete(node);
                }
            } else {
                String method = node.path("method").asText();
                if (method.equals("Runtime.exceptionThrown")) {
                    synchronized (exceptions) {
                        exceptions.add(node.at("/params/exceptionDetails").toString());
                    }
                } else if (method.equals("Network.requestWillBeSent")) {
                    List<String> urls = requested.get(node.path("sessionId").asText());
                    if (urls != null) {
                        urls.add(node.at("/params/request/url").asText());
                    }
                }
                events.add(node);
            }
        }
    }
}

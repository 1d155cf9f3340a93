package org.bibfolio.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on 127.0.0.1 (a free port) that replays recorded answers of Crossref, arXiv and ORCID, so the
 * network code runs for real without touching the network. Each answer is registered for a path and query; several
 * answers for one request are given in turn (a 429, then the work), the last one repeating. Every request is kept
 * for the test to inspect.
 */
public final class ReplayServer implements AutoCloseable {

    /** Where the recorded answers live. */
    public static final Path RECORDED = Path.of("src/test/resources/fixtures/sources");

    /** One answer: status, headers, body; {@code stalls} holds it back until the client gives up. */
    public record Answer(int status, Map<String, String> headers, byte[] body, boolean stalls) {

        public static Answer ok(String contentType, String body) {
            return new Answer(200, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8), false);
        }

        /** A recorded file under {@link #RECORDED}, as JSON or Atom by its extension. */
        public static Answer file(String relative) {
            try {
                byte[] body = Files.readAllBytes(RECORDED.resolve(relative));
                String type = relative.endsWith(".xml") ? "application/atom+xml; charset=UTF-8" : "application/json";
                return new Answer(200, Map.of("Content-Type", type), body, false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public static Answer status(int status, String body, Map<String, String> headers) {
            return new Answer(status, headers, body.getBytes(StandardCharsets.UTF_8), false);
        }

        /** No answer at all until the server closes: for time-outs. */
        public static Answer never() {
            return new Answer(200, Map.of(), new byte[0], true);
        }
    }

    /** A request as the server received it. */
    public record Request(String method, String path, String query, Map<String, String> headers, long nanoTime) { }

    private final HttpServer server;
    private final Map<String, Deque<Answer>> answers = new HashMap<>();
    private final List<Request> requests = new ArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    public ReplayServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "replay-server");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URL a BIBFOLIO_…_URL variable points at: {@code http://127.0.0.1:PORT/prefix}. */
    public String url(String prefix) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    /** Answers {@code pathAndQuery} (e.g. {@code /works/10.5555/x} or {@code /query?id_list=…}) in turn. */
    public synchronized ReplayServer on(String pathAndQuery, Answer... inTurn) {
        answers.put(pathAndQuery, new ArrayDeque<>(List.of(inTurn)));
        return this;
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** A port on 127.0.0.1 that nothing listens on (bound, then closed). */
    public static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String query = Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
        String path = exchange.getRequestURI().getRawPath();
        Answer answer;
        synchronized (this) {
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT),
                    String.join(",", values)));
            requests.add(new Request(exchange.getRequestMethod(), path, query, headers, System.nanoTime()));
            Deque<Answer> queue = answers.get(query.isEmpty() ? path : path + "?" + query);
            answer = queue == null ? Answer.status(404, "Resource not found.", Map.of())
                    : queue.size() > 1 ? queue.poll() : queue.peek();
        }
        if (answer.stalls()) {
            try {
                closing.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer.body());
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}

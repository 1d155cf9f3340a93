package org.bibfolio.sources;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/**
 * GET requests to metadata services, done as their etiquette asks: a User-Agent naming bibfolio and a contact,
 * connect and request time-outs, and one retry on 429 or 503 after the wait the service asks for in
 * {@code Retry-After} (or a short back-off). Every failure becomes a {@link SourceException} naming the host.
 */
final class HttpGet {

    /** An answer the caller reads: 200, or a client error such as 404 whose body may say why. */
    record Answer(int status, String body) { }

    /** One service as requests to it need it: its name for messages, the variable that moves it, its pace. */
    record Service(String name, String urlVariable, RequestInterval interval) { }

    /** What one attempt gave: an answer, or a busy status (429, 503) with the wait the server asked for. */
    private record Attempt(Optional<Answer> answer, int busyStatus, String retryAfter) { }

    private static final Set<Integer> BUSY = Set.of(429, 503);
    private static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(2);
    private static final int LARGEST_ANSWER = 32 * 1024 * 1024;

    private final HttpClient client;
    private final ServiceSettings settings;
    private final Pacing pacing;

    HttpGet(ServiceSettings settings, Pacing pacing) {
        this.settings = settings;
        this.pacing = pacing;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** GETs {@code uri}, waiting for the service's turn before each attempt. */
    Answer get(Service service, URI uri, String accept) throws SourceException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", accept)
                .GET().build();
        Attempt first = send(service, request);
        if (first.answer().isPresent()) {
            return first.answer().get();
        }
        Duration wait = retryAfter(first.retryAfter()).orElse(DEFAULT_BACKOFF);
        String host = uri.getHost();
        if (wait.compareTo(settings.longestRetryWait()) > 0) {
            throw new SourceException.Unreachable(service.name() + " (" + host + ") is busy (HTTP "
                    + first.busyStatus() + ") and asks to wait " + wait.toSeconds() + " s",
                    Optional.of("try again later"), null);
        }
        sleep(wait);
        Attempt second = send(service, request);
        return second.answer().orElseThrow(() -> new SourceException.Unreachable(service.name() + " (" + host
                + ") is busy: HTTP " + second.busyStatus() + " again after waiting " + seconds(wait),
                Optional.of("try again in a few minutes"), null));
    }

    /** One attempt; any failure but a busy server is thrown. */
    private Attempt send(Service service, HttpRequest request) throws SourceException {
        String host = request.uri().getHost();
        HttpResponse<InputStream> response;
        try {
            service.interval().await();
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw unreachable(service, host, "no connection within " + seconds(settings.connectTimeout()), e);
        } catch (HttpTimeoutException e) {
            throw unreachable(service, host, "no answer within " + seconds(settings.requestTimeout()), e);
        } catch (ConnectException e) {
            throw unreachable(service, host, isUnknownHost(e) ? "unknown host" : "connection refused", e);
        } catch (IOException e) {
            throw unreachable(service, host, isUnknownHost(e) ? "unknown host"
                    : Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable(service, host, "interrupted", e);
        }
        int status = response.statusCode();
        String body = read(service.name(), host, response);
        if (BUSY.contains(status)) {
            return new Attempt(Optional.empty(), status, response.headers().firstValue("Retry-After").orElse(""));
        }
        if (status >= 500) {
            throw unreachable(service, host, "the server answered HTTP " + status, null);
        }
        if (status >= 300 && status < 400) {
            throw new SourceException.UnreadableAnswer(service.name() + " (" + host + ") answered HTTP " + status
                    + " without a place to follow", null);
        }
        return new Attempt(Optional.of(new Answer(status, body)), 0, "");
    }

    private static String read(String service, String host, HttpResponse<InputStream> response)
            throws SourceException {
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes(LARGEST_ANSWER + 1);
            if (bytes.length > LARGEST_ANSWER) {
                throw new SourceException.UnreadableAnswer(service + "'s answer from " + host + " is larger than "
                        + LARGEST_ANSWER / (1024 * 1024) + " MB", null);
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (HttpTimeoutException e) {
            throw new SourceException.Unreachable(service + " (" + host + ") stopped answering", Optional.empty(), e);
        } catch (IOException e) {
            throw new SourceException.Unreachable("the answer from " + service + " (" + host + ") broke off: "
                    + e.getMessage(), Optional.of("try again"), e);
        }
    }

    /** Seconds ({@code 120}) or an HTTP date, as RFC 9110 allows; a date in the past means now. */
    private Optional<Duration> retryAfter(String header) {
        String value = header.strip();
        if (value.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            ZonedDateTime when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(pacing.now(), when.toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void sleep(Duration wait) throws SourceException {
        try {
            pacing.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException.Unreachable("interrupted while waiting to retry", Optional.empty(), e);
        }
    }

    private static boolean isUnknownHost(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }

    private static SourceException unreachable(Service service, String host, String why, Throwable cause) {
        return new SourceException.Unreachable("cannot reach " + service.name() + " at " + host + ": " + why,
                Optional.of("check the network connection, or set " + service.urlVariable() + " to a mirror"),
                cause);
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s",
                millis / 1000.0);
    }
}

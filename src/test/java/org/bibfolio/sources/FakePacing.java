package org.bibfolio.sources;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A clock that moves only when waited on, recording each wait: rate limits and back-offs tested without sleeping. */
final class FakePacing implements Pacing {

    private Instant now = Instant.parse("2025-01-12T09:00:00Z");
    private final List<Duration> waits = new ArrayList<>();

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        waits.add(duration);
        now = now.plus(duration);
    }

    synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }
}

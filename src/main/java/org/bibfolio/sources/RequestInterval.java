package org.bibfolio.sources;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * At most one request per interval to one service, kept across every request a command makes (arXiv asks for one
 * every three seconds). The first request goes at once; each later one waits until the interval since the previous
 * one has passed.
 */
final class RequestInterval {

    private final Duration interval;
    private final Pacing pacing;
    private Optional<Instant> last = Optional.empty();

    RequestInterval(Duration interval, Pacing pacing) {
        this.interval = interval;
        this.pacing = pacing;
    }

    /** Waits for this request's turn, and counts it as made now. */
    synchronized void await() throws InterruptedException {
        if (last.isPresent()) {
            Duration wait = Duration.between(pacing.now(), last.get().plus(interval));
            if (!wait.isNegative() && !wait.isZero()) {
                pacing.sleep(wait);
            }
        }
        last = Optional.of(pacing.now());
    }
}

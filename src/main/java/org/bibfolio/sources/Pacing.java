package org.bibfolio.sources;

import java.time.Duration;
import java.time.Instant;

/** The clock and the waiting that rate limits and back-offs use; tests pass one that records waits and sleeps none. */
public interface Pacing {

    Instant now();

    void sleep(Duration duration) throws InterruptedException;

    /** Real time. */
    Pacing SYSTEM = new Pacing() {
        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            if (!duration.isNegative() && !duration.isZero()) {
                Thread.sleep(duration.toMillis());
            }
        }
    };
}

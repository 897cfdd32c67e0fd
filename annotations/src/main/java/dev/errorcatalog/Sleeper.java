package dev.errorcatalog;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * How the retrying helpers wait between attempts: blocking the calling thread ({@link #sleep}) on synchronous
 * paths, or not blocking any ({@link #after}) on asynchronous ones. Tests replace it (with one that advances
 * a clock and records the waits) so that a retry schedule of seconds runs in no time and is checked exactly.
 */
public interface Sleeper {

  /** Blocks the calling thread for {@code delay}; returns at once for zero. */
  void sleep(Duration delay) throws InterruptedException;

  /**
   * A stage that completes once {@code delay} has passed, holding no thread meanwhile (a timer completes it);
   * already complete for zero.
   */
  CompletableFuture<Void> after(Duration delay);

  /** Real time: {@link Thread#sleep} and {@link CompletableFuture#delayedExecutor}. */
  static Sleeper system() {
    return SystemSleeper.INSTANCE;
  }
}

package dev.errorcatalog.testkit;

import dev.errorcatalog.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A clock that moves only when told, and a {@link Sleeper} that advances it instead of waiting, recording every
 * wait: a retry schedule of seconds runs at once and is checked exactly. Thread-safe (asynchronous paths wait
 * on other threads).
 */
public final class TestTime extends Clock implements Sleeper {

  private Instant now = Instant.parse("2026-01-01T00:00:00Z");
  private final List<Duration> waits = new ArrayList<>();

  /** Moves the clock, as time spent in a call does. */
  public synchronized void advance(Duration d) {
    now = now.plus(d);
  }

  /** Every wait so far, blocking or not, in order. */
  public synchronized List<Duration> waits() {
    return List.copyOf(waits);
  }

  @Override
  public synchronized void sleep(Duration delay) {
    waits.add(delay);
    now = now.plus(delay);
  }

  @Override
  public CompletableFuture<Void> after(Duration delay) {
    sleep(delay);
    return CompletableFuture.completedFuture(null);
  }

  @Override public ZoneId getZone() { return ZoneOffset.UTC; }
  @Override public Clock withZone(ZoneId zone) { return this; }
  @Override public synchronized Instant instant() { return now; }
}

package dev.errorcatalog;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** {@link Sleeper#system()}: the thread sleeps, or the JDK's shared delay scheduler completes a future. */
enum SystemSleeper implements Sleeper {
  INSTANCE;

  /** Longer waits than this (about 292 years) do not fit a {@code long} of nanoseconds; nobody waits that long. */
  private static final Duration LONGEST = Duration.ofNanos(Long.MAX_VALUE);

  @Override
  public void sleep(Duration delay) throws InterruptedException {
    long nanos = nanos(delay);
    if (nanos > 0) {
      TimeUnit.NANOSECONDS.sleep(nanos);
    }
  }

  @Override
  public CompletableFuture<Void> after(Duration delay) {
    long nanos = nanos(delay);
    if (nanos == 0) {
      return CompletableFuture.completedFuture(null);
    }
    // delayedExecutor holds one daemon timer thread for the whole JVM; the waiting itself holds none.
    return CompletableFuture.runAsync(() -> {}, CompletableFuture.delayedExecutor(nanos, TimeUnit.NANOSECONDS));
  }

  private static long nanos(Duration delay) {
    if (delay.isNegative() || delay.isZero()) {
      return 0;
    }
    return delay.compareTo(LONGEST) >= 0 ? Long.MAX_VALUE : delay.toNanos();
  }
}

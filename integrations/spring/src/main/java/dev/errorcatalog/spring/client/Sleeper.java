package dev.errorcatalog.spring.client;

import java.time.Duration;

/** Waits between attempts; tests replace it so that nothing really waits. */
@FunctionalInterface
public interface Sleeper {

  /** {@link Thread#sleep}. */
  Sleeper THREAD = delay -> Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);

  /** Waits this long. */
  void sleep(Duration delay) throws InterruptedException;
}

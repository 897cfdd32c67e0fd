package dev.errorcatalog.sample;

import java.time.Duration;

/** Waits between attempts; the tour scales real waits down, tests record them instead. */
@FunctionalInterface
interface Sleeper {

  void sleep(Duration delay) throws InterruptedException;

  /**
   * Really sleeps, {@code divisor} times shorter than advised (the tour's 2 s backoff takes 2 ms at 1000),
   * so that a scripted tour with real delays stays quick.
   */
  static Sleeper scaledDown(long divisor) {
    return delay -> Thread.sleep(delay.dividedBy(divisor).toMillis());
  }
}

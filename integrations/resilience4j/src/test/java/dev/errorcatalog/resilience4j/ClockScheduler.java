package dev.errorcatalog.resilience4j;

import dev.errorcatalog.testkit.TestTime;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Runs each scheduled task at once, the delay Resilience4j asked for recorded as a wait on the test clock. */
final class ClockScheduler extends ScheduledThreadPoolExecutor {
  private final TestTime time;

  ClockScheduler(TestTime time) {
    super(1);
    this.time = time;
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    time.sleep(Duration.ofNanos(unit.toNanos(delay)));
    return super.schedule(command, 0, unit);
  }
}

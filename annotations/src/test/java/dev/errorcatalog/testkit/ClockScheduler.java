package dev.errorcatalog.testkit;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs each scheduled task at once, the delay a retry library asked for recorded as a wait on the test clock: the
 * adapters' tests of asynchronous retries (Resilience4j's {@code decorateCompletionStage}) without real waits.
 */
public final class ClockScheduler extends ScheduledThreadPoolExecutor {
  private final TestTime time;

  public ClockScheduler(TestTime time) {
    super(1);
    this.time = time;
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    time.sleep(Duration.ofNanos(unit.toNanos(delay)));
    return super.schedule(command, 0, unit);
  }
}

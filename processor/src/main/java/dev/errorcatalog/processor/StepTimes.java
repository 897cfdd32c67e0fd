package dev.errorcatalog.processor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How long each step of the processor took in one compilation, summed over its catalogs, when
 * {@code -Aerrorcatalog.timings=true} asks: printed as one note when the compilation's last round ends, so that a
 * user who finds a build slow sees whether the processor is why, and which step. Off, it measures nothing.
 */
final class StepTimes {

  /** {@code -Aerrorcatalog.timings=true} prints the note. It changes no output, so it is not in the cache key. */
  static final String OPTION = "errorcatalog.timings";

  private static final StepTimes OFF = new StepTimes(false);

  private final boolean on;
  private final Map<String, Long> nanos = new LinkedHashMap<>();
  private long inProcessor;

  private StepTimes(boolean on) {
    this.on = on;
  }

  /** Timing when the option asks for it; else a timer that measures nothing. */
  static StepTimes of(Map<String, String> options) {
    return "true".equalsIgnoreCase(options.getOrDefault(OPTION, "").trim()) ? new StepTimes(true) : OFF;
  }

  /** A timer that measures nothing (the command line and the Maven plugin, which time their own runs). */
  static StepTimes off() {
    return OFF;
  }

  boolean on() {
    return on;
  }

  /** Runs {@code work} as (part of) the step {@code step}. */
  <T> T time(String step, Supplier<T> work) {
    if (!on) {
      return work.get();
    }
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      nanos.merge(step, System.nanoTime() - start, Long::sum);
    }
  }

  /** Runs {@code work} as (part of) the step {@code step}. */
  void time(String step, Runnable work) {
    time(step, () -> {
      work.run();
      return null;
    });
  }

  /** Adds a call of the processor, as javac made it: the steps are parts of this time. */
  void addProcessorCall(long nanosInCall) {
    inProcessor += nanosInCall;
  }

  /**
   * The note: "errorcatalog: 212 ms in the processor: locate 11 ms, cache key 2 ms, ...", each step in the order
   * it first ran.
   */
  String summary() {
    StringBuilder out = new StringBuilder("errorcatalog: ").append(ms(inProcessor)).append(" ms in the processor");
    String separator = ": ";
    for (Map.Entry<String, Long> step : nanos.entrySet()) {
      out.append(separator).append(step.getKey()).append(' ').append(ms(step.getValue())).append(" ms");
      separator = ", ";
    }
    return out.toString();
  }

  private static long ms(long nanos) {
    return Math.round(nanos / 1e6);
  }
}

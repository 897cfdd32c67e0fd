package dev.errorcatalog.sample;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** An endpoint that fails its first calls with a catalog exception, then answers; for retries that succeed. */
final class Flaky implements ErrorServer.Endpoint {

  private final int failures;
  private final Supplier<? extends RuntimeException> failure;
  private final Reply success;
  private final AtomicInteger calls = new AtomicInteger();

  Flaky(int failures, Supplier<? extends RuntimeException> failure, Reply success) {
    this.failures = failures;
    this.failure = failure;
    this.success = success;
  }

  @Override
  public Reply handle(String method, String requestBody) {
    if (calls.incrementAndGet() <= failures) {
      throw failure.get();
    }
    return success;
  }

  /** How many calls the endpoint has had. */
  int calls() {
    return calls.get();
  }
}

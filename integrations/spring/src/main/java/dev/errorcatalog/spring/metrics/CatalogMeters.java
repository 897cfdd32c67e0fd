package dev.errorcatalog.spring.metrics;

import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.CatalogListener;
import dev.errorcatalog.CatalogListeners;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.RetryAdvice;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;
import java.util.Optional;

/**
 * Counts, in a Micrometer {@link MeterRegistry}, what the client adapters report through the runtime's
 * {@link CatalogListeners}: the error responses decoded, the retry decisions, and how calls that met errors ended.
 * Tags are the catalog's own names, never a message or an argument: their number is bounded by the catalogs.
 *
 * <ul>
 *   <li>{@value #ERRORS}: one per error response decoded; tags {@code catalog}, {@code entry} (the entry's
 *       {@link CatalogError#name()}), {@code match} ({@code CODE}, {@code MESSAGE}, {@code STATUS}, {@code NONE}).
 *   <li>{@value #RETRIES}: one per retry decision of a retry layer; tags {@code catalog}, {@code entry},
 *       {@code decision} ({@code retry} or {@code stop}).
 *   <li>{@value #CALLS}: one per call, run by a retry layer, that met an error; tags {@code catalog}, {@code entry}
 *       (of its last error), {@code outcome} ({@code recovered} or {@code failed}).
 * </ul>
 *
 * <p>An undocumented response has {@code catalog} and {@code entry} {@value #NONE}.
 */
public final class CatalogMeters implements CatalogListener, AutoCloseable {

  /** Error responses decoded. */
  public static final String ERRORS = "errorcatalog.client.errors";
  /** Retry decisions. */
  public static final String RETRIES = "errorcatalog.client.retries";
  /** Calls that met errors, by how they ended. */
  public static final String CALLS = "errorcatalog.client.calls";
  /** The {@code catalog} and {@code entry} of an undocumented response. */
  public static final String NONE = "none";

  private final MeterRegistry registry;
  private CatalogListeners.Registration registration;

  /** Counts into {@code registry}; {@link #start()} registers it with the runtime. */
  public CatalogMeters(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /** Starts hearing the adapters. */
  public synchronized CatalogMeters start() {
    if (registration == null) {
      registration = CatalogListeners.register(this);
    }
    return this;
  }

  /** Stops hearing them. */
  @Override
  public synchronized void close() {
    if (registration != null) {
      registration.close();
      registration = null;
    }
  }

  @Override
  public void decoded(DecodedError<?> error) {
    Optional<? extends CatalogError> entry = error.entry();
    Counter.builder(ERRORS)
        .description("Error responses of catalogued APIs, decoded by the client adapters")
        .tag("catalog", entry.map(CatalogError::catalogId).orElse(NONE))
        .tag("entry", entry.map(CatalogError::name).orElse(NONE))
        .tag("match", error.matchKind().name())
        .register(registry)
        .increment();
  }

  @Override
  public void retryDecided(CatalogException failure, RetryAdvice advice) {
    Counter.builder(RETRIES)
        .description("Retry decisions after failed attempts (the advisor's)")
        .tag("catalog", catalog(failure))
        .tag("entry", entry(failure))
        .tag("decision", advice.retry() ? "retry" : "stop")
        .register(registry)
        .increment();
  }

  @Override
  public void callEnded(CatalogException lastFailure, Outcome outcome, int attempts) {
    Counter.builder(CALLS)
        .description("Calls that met catalogued errors, by how they ended")
        .tag("catalog", catalog(lastFailure))
        .tag("entry", entry(lastFailure))
        .tag("outcome", outcome == Outcome.RECOVERED ? "recovered" : "failed")
        .register(registry)
        .increment();
  }

  private static String catalog(CatalogException e) {
    return e.error().map(CatalogError::catalogId).orElse(NONE);
  }

  private static String entry(CatalogException e) {
    return e.error().map(CatalogError::name).orElse(NONE);
  }
}

package dev.errorcatalog.resilience4j;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;

/**
 * {@link CatalogRetry#interval()} as a class, for configurations that name the interval function by class:
 * resilience4j-spring-boot's {@code resilience4j.retry.instances.<name>.interval-bi-function}. With
 * {@link CatalogFailurePredicate} as the {@code retry-exception-predicate} and an unbounded {@code max-attempts}
 * ({@code 2147483647}) it is {@link CatalogRetry#config()} in properties (see the user guide's "Resilience4j" page).
 */
public final class CatalogIntervalBiFunction implements IntervalBiFunction<Object> {

  private final IntervalBiFunction<Object> interval = CatalogRetry.interval();

  @Override
  public Long apply(Integer attempt, Either<Throwable, Object> outcome) {
    return interval.apply(attempt, outcome);
  }
}

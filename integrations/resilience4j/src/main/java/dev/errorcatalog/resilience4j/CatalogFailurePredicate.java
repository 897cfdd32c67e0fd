package dev.errorcatalog.resilience4j;

import java.util.function.Predicate;

/**
 * {@link CatalogRetry#retries(Throwable)} as a class, for configurations that name a predicate by class:
 * resilience4j-spring-boot's {@code resilience4j.retry.instances.<name>.retry-exception-predicate}. With
 * {@link CatalogIntervalBiFunction} as the {@code interval-bi-function} and an unbounded {@code max-attempts}
 * ({@code 2147483647}) it is {@link CatalogRetry#config()} in properties (see the user guide's "Resilience4j" page); alone it
 * retries what the catalog allows with Resilience4j's own waits and attempts.
 */
public final class CatalogFailurePredicate implements Predicate<Throwable> {

  @Override
  public boolean test(Throwable failure) {
    return CatalogRetry.retries(failure);
  }
}

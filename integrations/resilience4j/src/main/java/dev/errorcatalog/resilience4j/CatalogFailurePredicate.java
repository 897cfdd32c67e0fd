package dev.errorcatalog.resilience4j;

import java.util.function.Predicate;

/**
 * {@link CatalogRetry#retries(Throwable)} as a class, for configurations that name a predicate by class:
 * resilience4j-spring-boot's {@code resilience4j.retry.instances.<name>.retry-exception-predicate}. The predicate
 * alone retries with Resilience4j's fixed wait and attempts; for the catalog's delays and attempts, customize the
 * instance with {@link CatalogRetry#configure} (a {@code RetryConfigCustomizer} bean, see README, "Resilience4j").
 */
public final class CatalogFailurePredicate implements Predicate<Throwable> {

  @Override
  public boolean test(Throwable failure) {
    return CatalogRetry.retries(failure);
  }
}

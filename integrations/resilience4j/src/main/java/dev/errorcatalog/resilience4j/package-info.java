/**
 * Resilience4j adapter: {@link dev.errorcatalog.resilience4j.CatalogRetry} builds the {@code RetryConfig} (and its
 * {@code IntervalBiFunction}) from {@link dev.errorcatalog.RetryAdvisor}, and decorates calls so that each entry's
 * own attempts and window are honoured.
 */
package dev.errorcatalog.resilience4j;

/**
 * Spring Framework 7's core retry ({@code org.springframework.core.retry}: {@code RetryTemplate}) taking its policy
 * from the catalog's {@link dev.errorcatalog.RetryAdvisor}: {@link dev.errorcatalog.spring7.retry.CatalogCoreRetryPolicy}.
 */
package dev.errorcatalog.spring7.retry;

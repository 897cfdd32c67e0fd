/**
 * Spring Retry (the {@code spring-retry} library, as Spring Boot 3.5 manages it) taking its policy from the
 * catalog: {@link dev.errorcatalog.spring.retry.CatalogRetryPolicy} and
 * {@link dev.errorcatalog.spring.retry.CatalogBackOffPolicy} put {@link dev.errorcatalog.RetryAdvisor}'s decision
 * into a {@code RetryTemplate} or a {@code @Retryable} interceptor. Used only when {@code spring-retry} is on the
 * class path (an optional dependency of the starter).
 */
package dev.errorcatalog.spring.retry;

/**
 * OpenFeign adapter: {@link dev.errorcatalog.feign.CatalogErrorDecoder} turns error responses into the catalog's
 * exceptions (wrapped in Feign's {@code RetryableException}, with the advisor's delay, where the entry's retry
 * class allows a retry), and {@link dev.errorcatalog.feign.CatalogRetryer} retries them as
 * {@link dev.errorcatalog.RetryAdvisor} says, throwing the typed exception when it stops.
 */
package dev.errorcatalog.feign;

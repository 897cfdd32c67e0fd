/** Micrometer meters of the errors and retries the client adapters report ({@link dev.errorcatalog.spring.metrics.CatalogMeters}). */
package dev.errorcatalog.spring.metrics;

/**
 * OpenFeign adapter: {@link dev.errorcatalog.feign.CatalogErrorDecoder} turns error responses into the catalog's
 * typed exceptions, whatever retryer Feign has, and {@link dev.errorcatalog.feign.CatalogRetryer} retries them as
 * {@link dev.errorcatalog.RetryAdvisor} says (switching itself off inside a catalog retry layer), throwing the typed
 * exception when it stops.
 */
package dev.errorcatalog.feign;

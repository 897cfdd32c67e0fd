/**
 * Retrofit adapter: {@link dev.errorcatalog.okhttp.retrofit.CatalogCallAdapterFactory} lets an interface method
 * return its body directly (throwing the catalog's typed exception) or as a {@code CompletableFuture} (failing
 * with it), retrying as {@link dev.errorcatalog.RetryAdvisor} says.
 */
package dev.errorcatalog.okhttp.retrofit;

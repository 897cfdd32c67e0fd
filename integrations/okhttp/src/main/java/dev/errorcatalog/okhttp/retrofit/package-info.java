/**
 * Retrofit adapter: {@link dev.errorcatalog.okhttp.retrofit.CatalogCallAdapterFactory} lets an interface method
 * return its body (throwing the catalog's typed exception), Retrofit's {@code Response} (as Retrofit means it), or
 * a {@code CompletableFuture} of either, retrying as {@link dev.errorcatalog.RetryAdvisor} says; {@code Call}
 * stays Retrofit's.
 */
package dev.errorcatalog.okhttp.retrofit;

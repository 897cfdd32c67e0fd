/**
 * OkHttp adapter. {@link dev.errorcatalog.okhttp.CatalogInterceptor}, added to an existing {@code OkHttpClient},
 * gives every {@code newCall} the catalog's typed errors (as the cause of a
 * {@link dev.errorcatalog.okhttp.CatalogIOException}, OkHttp's calls failing only with {@code IOException}) and,
 * if asked, the advisor's retries. {@link dev.errorcatalog.okhttp.CatalogCalls} sends a request and returns the
 * successful response or throws the catalog's exception itself, retrying as {@link dev.errorcatalog.RetryAdvisor}
 * says; {@code executeAsync} waits between attempts without holding a thread. OkHttp's transparent gzip stays on:
 * the error bodies are read after OkHttp has decompressed them. Retrofit support is in
 * {@link dev.errorcatalog.okhttp.retrofit}.
 */
package dev.errorcatalog.okhttp;

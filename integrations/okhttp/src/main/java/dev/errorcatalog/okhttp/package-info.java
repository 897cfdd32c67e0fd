/**
 * OkHttp adapter: {@link dev.errorcatalog.okhttp.CatalogCalls} sends a request and returns the successful
 * response or throws the catalog's exception, retrying as {@link dev.errorcatalog.RetryAdvisor} says;
 * {@code executeAsync} waits between attempts without holding a thread. OkHttp's transparent gzip stays on: the
 * error bodies are read after OkHttp has decompressed them. Retrofit support is in
 * {@link dev.errorcatalog.okhttp.retrofit}.
 */
package dev.errorcatalog.okhttp;

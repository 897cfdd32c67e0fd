package dev.errorcatalog.spring.client;

import dev.errorcatalog.RetryAdvisor;
import java.util.List;
import java.util.Objects;

/**
 * Makes the client-side pieces for a set of catalogs, with the application's {@link RetryAdvisor} (its rules,
 * clock and sleeper) and {@link Idempotency} beans: a status handler for {@code RestClient} and
 * {@code RestTemplate}, a retry interceptor for {@code RestClient}, and the decoding a {@code WebClient}'s
 * {@link CatalogExchangeFilter} takes ({@code new CatalogExchangeFilter(clients.decoding("pingback"))}). No
 * WebClient type appears here: the bean is made in applications without WebFlux too.
 *
 * <pre>{@code
 * RestClient pingback = builder.baseUrl(url)
 *     .defaultStatusHandler(clients.statusHandler("pingback"))
 *     .requestInterceptor(clients.retryInterceptor("pingback"))
 *     .build();
 * }</pre>
 */
public class CatalogClients {

  private final List<String> defaultCatalogs;
  private final RetryAdvisor advisor;
  private final Idempotency idempotency;

  /**
   * @param defaultCatalogs the catalogs of the methods without ids ({@code errorcatalog.client.catalogs})
   */
  public CatalogClients(List<String> defaultCatalogs, RetryAdvisor advisor, Idempotency idempotency) {
    this.defaultCatalogs = List.copyOf(defaultCatalogs);
    this.advisor = Objects.requireNonNull(advisor, "advisor");
    this.idempotency = Objects.requireNonNull(idempotency, "idempotency");
  }

  /** The decoding of these catalogs; of {@code errorcatalog.client.catalogs} when none is given. */
  public CatalogDecoding decoding(String... catalogIds) {
    if (catalogIds.length > 0) {
      return CatalogDecoding.of(catalogIds);
    }
    if (defaultCatalogs.isEmpty()) {
      throw new IllegalStateException("name the catalogs, or set errorcatalog.client.catalogs");
    }
    return CatalogDecoding.of(defaultCatalogs.toArray(String[]::new));
  }

  /** For {@code RestClient.Builder.defaultStatusHandler} and {@code RestTemplate.setErrorHandler}. */
  public CatalogResponseErrorHandler statusHandler(String... catalogIds) {
    return new CatalogResponseErrorHandler(decoding(catalogIds));
  }

  /** For {@code RestClient.Builder.requestInterceptor} (as the last interceptor). */
  public CatalogRetryInterceptor retryInterceptor(String... catalogIds) {
    return new CatalogRetryInterceptor(decoding(catalogIds), advisor, idempotency);
  }
}

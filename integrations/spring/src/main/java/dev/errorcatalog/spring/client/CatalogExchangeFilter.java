package dev.errorcatalog.spring.client;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Mono;

/**
 * For {@code WebClient} ({@code builder.filter(filter)}): a 4xx or 5xx response is read whole, decoded with
 * the catalogs and signalled as the typed exception, so {@code retrieve()} and {@code exchangeToMono} both see
 * it as an error.
 */
public class CatalogExchangeFilter implements ExchangeFilterFunction {

  private final CatalogDecoding decoding;

  public CatalogExchangeFilter(CatalogDecoding decoding) {
    this.decoding = decoding;
  }

  /** A filter for the catalogs with these ids. */
  public static CatalogExchangeFilter of(String... catalogIds) {
    return new CatalogExchangeFilter(CatalogDecoding.of(catalogIds));
  }

  @Override
  public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
    return next.exchange(request).flatMap(response -> {
      if (!response.statusCode().isError()) {
        return Mono.just(response);
      }
      int status = response.statusCode().value();
      return response.bodyToMono(byte[].class)
          .defaultIfEmpty(new byte[0])
          .flatMap(body -> Mono.error(decoding.exception(status, response.headers().asHttpHeaders(), body)));
    });
  }
}

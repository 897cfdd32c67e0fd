package dev.errorcatalog.spring.client;

import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResponseErrorHandler;

/**
 * For {@code RestTemplate} ({@code setErrorHandler}) and {@code RestClient}
 * ({@code builder.defaultStatusHandler(handler)}): a 4xx or 5xx response is decoded with the catalogs and
 * thrown as the typed exception: the documented entry's, or the first catalog's response exception (raw body
 * kept) for a response none documents. After {@link CatalogRetryInterceptor} gave up, it throws the exception the
 * interceptor's retry loop stopped with (its decision recorded on it, {@link dev.errorcatalog.CatalogException#retryAdvice()}).
 */
public class CatalogResponseErrorHandler implements ResponseErrorHandler {

  private final CatalogDecoding decoding;

  public CatalogResponseErrorHandler(CatalogDecoding decoding) {
    this.decoding = decoding;
  }

  /** A handler for the catalogs with these ids. */
  public static CatalogResponseErrorHandler of(String... catalogIds) {
    return new CatalogResponseErrorHandler(CatalogDecoding.of(catalogIds));
  }

  @Override
  public boolean hasError(ClientHttpResponse response) throws IOException {
    return response.getStatusCode().isError();
  }

  @Override
  public void handleError(URI url, HttpMethod method, ClientHttpResponse response) throws IOException {
    handleError(response);
  }

  /**
   * The form of Framework 6.2 and earlier (deprecated there, gone in Framework 7): the same, for a caller that
   * still uses it.
   */
  @Override
  @SuppressWarnings("removal")
  public void handleError(ClientHttpResponse response) throws IOException {
    java.io.InputStream in = response.getBody();
    if (in instanceof BufferedResponse.DecidedBody decided) {
      throw decided.failure(); // CatalogRetryInterceptor's loop gave up with it: decoded and reported already
    }
    byte[] body = in.readAllBytes();
    throw decoding.exception(response.getStatusCode().value(), response.getHeaders(), body);
  }
}

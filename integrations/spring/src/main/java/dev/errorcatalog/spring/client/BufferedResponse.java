package dev.errorcatalog.spring.client;

import dev.errorcatalog.CatalogException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;

/** A response whose body was read already: served again from the bytes, closed with the original. */
final class BufferedResponse implements ClientHttpResponse {

  private final ClientHttpResponse response;
  private final byte[] body;
  private final CatalogException failure;

  /** @param failure the exception the retry interceptor's loop stopped with for this response */
  BufferedResponse(ClientHttpResponse response, byte[] body, CatalogException failure) {
    this.response = response;
    this.body = body;
    this.failure = failure;
  }

  CatalogException failure() {
    return failure;
  }

  /**
   * The body of a response the retry interceptor gave up at: the bytes, and the exception already decoded (and
   * reported) for them, which {@link CatalogResponseErrorHandler} throws as it is. A stream, not the response,
   * carries it: Spring's {@code RestClient} may wrap the response it hands to a status handler, but a wrapper hands
   * on the body.
   */
  static final class DecidedBody extends ByteArrayInputStream {
    private final CatalogException failure;

    DecidedBody(byte[] body, CatalogException failure) {
      super(body);
      this.failure = failure;
    }

    CatalogException failure() {
      return failure;
    }
  }

  @Override
  public HttpStatusCode getStatusCode() throws IOException {
    return response.getStatusCode();
  }

  @Override
  public String getStatusText() throws IOException {
    return response.getStatusText();
  }

  @Override
  public HttpHeaders getHeaders() {
    return response.getHeaders();
  }

  @Override
  public InputStream getBody() {
    return new DecidedBody(body, failure);
  }

  @Override
  public void close() {
    response.close();
  }
}

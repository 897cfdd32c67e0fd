package dev.errorcatalog.spring.client;

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

  BufferedResponse(ClientHttpResponse response, byte[] body) {
    this.response = response;
    this.body = body;
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
    return new ByteArrayInputStream(body);
  }

  @Override
  public void close() {
    response.close();
  }
}

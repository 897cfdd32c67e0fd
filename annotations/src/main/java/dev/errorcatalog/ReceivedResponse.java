package dev.errorcatalog;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import javax.net.ssl.SSLSession;

/** A successful {@code HttpResponse<Received<T>>} seen as the {@code HttpResponse<T>} the caller asked for. */
final class ReceivedResponse<T> implements HttpResponse<T> {

  private final HttpResponse<? extends Received<T>> response;

  ReceivedResponse(HttpResponse<? extends Received<T>> response) {
    this.response = response;
  }

  @Override public int statusCode() { return response.statusCode(); }
  @Override public HttpRequest request() { return response.request(); }
  @Override public HttpHeaders headers() { return response.headers(); }
  @Override public T body() { return response.body() == null ? null : response.body().body(); }
  @Override public Optional<SSLSession> sslSession() { return response.sslSession(); }
  @Override public URI uri() { return response.uri(); }
  @Override public HttpClient.Version version() { return response.version(); }

  @Override
  public Optional<HttpResponse<T>> previousResponse() {
    // The responses of a redirect chain carry no body; they are mapped only to keep the caller's type.
    return response.previousResponse().map(ReceivedResponse::new);
  }

  @Override
  public String toString() {
    return response.toString();
  }
}

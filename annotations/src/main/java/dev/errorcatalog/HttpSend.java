package dev.errorcatalog;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.util.concurrent.CompletableFuture;

/**
 * {@link RetryAdvisor#send} and {@link RetryAdvisor#sendAsync}: one {@code java.net.http} exchange per attempt of
 * the runtime's retry loop ({@link RetryLoop}), each body read once ({@link Received}).
 */
final class HttpSend {

  private HttpSend() {}

  static <T> HttpResponse<T> send(RetryAdvisor advisor, HttpClient client, HttpRequest request,
      BodyHandler<T> handler, ErrorDecoder<?> decoder, boolean idempotent) throws IOException, InterruptedException {
    BodyHandler<Received<T>> received = Received.handler(handler, decoder);
    return advisor.retry(idempotent, () -> {
      HttpResponse<Received<T>> response = client.send(request, received);
      DecodedError<?> error = response.body().error();
      if (error != null) {
        throw error.toException();
      }
      return new ReceivedResponse<>(response);
    });
  }

  static <T> CompletableFuture<HttpResponse<T>> sendAsync(RetryAdvisor advisor, HttpClient client,
      HttpRequest request, BodyHandler<T> handler, ErrorDecoder<?> decoder, boolean idempotent) {
    BodyHandler<Received<T>> received = Received.handler(handler, decoder);
    return advisor.retryAsync(idempotent, () -> client.sendAsync(request, received).thenApply(response -> {
      DecodedError<?> error = response.body().error();
      if (error != null) {
        throw error.toException();
      }
      return new ReceivedResponse<>(response);
    }));
  }
}

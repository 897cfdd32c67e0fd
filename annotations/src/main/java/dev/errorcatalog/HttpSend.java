package dev.errorcatalog;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.util.concurrent.CompletableFuture;

/**
 * {@link RetryAdvisor#send} and {@link RetryAdvisor#sendAsync}: one {@code java.net.http} exchange per attempt,
 * each body read once ({@link Received}), the advisor asked after every error response, the waits on its
 * {@link Sleeper}.
 */
final class HttpSend {

  private HttpSend() {}

  static <T> HttpResponse<T> send(RetryAdvisor advisor, HttpClient client, HttpRequest request,
      BodyHandler<T> handler, ErrorDecoder<?> decoder, boolean idempotent) throws IOException, InterruptedException {
    BodyHandler<Received<T>> received = Received.handler(handler, decoder);
    RetryAdvisor.Retries retries = advisor.begin(idempotent);
    while (true) {
      HttpResponse<Received<T>> response = client.send(request, received);
      DecodedError<?> error = response.body().error();
      if (error == null) {
        return new ReceivedResponse<>(response);
      }
      RetryDecision decision = retries.next(error);
      if (decision.stopped()) {
        throw error.toException();
      }
      advisor.sleeper().sleep(decision.delay());
    }
  }

  static <T> CompletableFuture<HttpResponse<T>> sendAsync(RetryAdvisor advisor, HttpClient client,
      HttpRequest request, BodyHandler<T> handler, ErrorDecoder<?> decoder, boolean idempotent) {
    return attempt(advisor, client, request, Received.handler(handler, decoder), advisor.begin(idempotent));
  }

  /** One attempt, and the next one chained after the advisor's wait: no thread is held while waiting. */
  private static <T> CompletableFuture<HttpResponse<T>> attempt(RetryAdvisor advisor, HttpClient client,
      HttpRequest request, BodyHandler<Received<T>> handler, RetryAdvisor.Retries retries) {
    return client.sendAsync(request, handler).thenCompose(response -> {
      DecodedError<?> error = response.body().error();
      if (error == null) {
        return CompletableFuture.completedFuture(new ReceivedResponse<>(response));
      }
      RetryDecision decision = retries.next(error);
      if (decision.stopped()) {
        return CompletableFuture.failedFuture(error.toException());
      }
      return advisor.sleeper().after(decision.delay())
          .thenCompose(ignored -> attempt(advisor, client, request, handler, retries));
    });
  }
}

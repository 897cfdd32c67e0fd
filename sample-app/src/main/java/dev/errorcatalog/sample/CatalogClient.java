package dev.errorcatalog.sample;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.ErrorCatalogs;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.RetryDecision;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An API consumer: calls the sample server with {@link HttpClient}, decodes every error response with the
 * catalog's generated decoder (found by id in {@link ErrorCatalogs}), retries as {@link RetryAdvisor} says,
 * and, when it gives up, throws the typed exception of the last response.
 */
final class CatalogClient {

  /** One failed attempt: what came back, what the decoder made of it, and what the advisor said. */
  record Attempt(int number, DecodedError<?> decoded, RetryDecision decision) {}

  /** A call that ended well, after {@code failures} failed attempts. */
  record Success(int status, String body, List<Attempt> failures) {}

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;
  private final RetryAdvisor advisor;
  private final Sleeper sleeper;
  private final Consumer<Attempt> listener;

  /**
   * @param listener told about every failed attempt, before the wait
   */
  CatalogClient(URI base, RetryAdvisor advisor, Sleeper sleeper, Consumer<Attempt> listener) {
    this.base = base;
    this.advisor = advisor;
    this.sleeper = sleeper;
    this.listener = listener;
  }

  /**
   * Sends {@code method path} until it succeeds or the advisor says stop.
   *
   * @param catalogId the catalog whose decoder reads the error responses
   * @param idempotent whether the request may be repeated safely (GET, PUT, DELETE: yes; POST: no)
   * @throws CatalogException the typed exception of the last error response ({@code decoded.toException()})
   */
  Success call(String catalogId, String method, String path, boolean idempotent)
      throws IOException, InterruptedException {
    RetryAdvisor.Retries retries = advisor.begin(idempotent);
    List<Attempt> failures = new ArrayList<>();
    while (true) {
      HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
          .timeout(Duration.ofSeconds(10))
          .method(method, method.equals("GET")
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString("{}"))
          .build();
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() < 400) {
        return new Success(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), failures);
      }
      DecodedError<?> decoded = ErrorCatalogs.catalog(catalogId).decoder()
          .decode(response.statusCode(), response.headers().map(), response.body());
      RetryDecision decision = retries.next(decoded);
      Attempt attempt = new Attempt(retries.failedAttempts(), decoded, decision);
      failures.add(attempt);
      listener.accept(attempt);
      if (decision.stopped()) {
        throw decoded.toException();
      }
      sleeper.sleep(decision.delay());
    }
  }
}

package dev.errorcatalog;

import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;
import java.util.Objects;

/**
 * A {@code java.net.http} body handler that gives the body of a response that is not an error to another
 * handler, and turns an error response into the catalog's exception: its bytes read once, decoded, and the body completed
 * with {@link DecodedError#toException()} (the typed exception of a documented error, the catalog's response
 * exception otherwise, the raw body kept).
 *
 * <p>With {@code HttpClient.sendAsync} the future fails with that exception (as the cause of the
 * {@code CompletionException} that {@code join()} throws). The blocking {@code HttpClient.send} wraps any
 * exception of a body in an {@code IOException}: to have the typed exception thrown as it is (and retries), use
 * {@link RetryAdvisor#send} instead.
 *
 * <pre>{@code
 * HttpResponse<String> ok = http.sendAsync(request,
 *         CatalogBodyHandler.of(catalog.decoder(), BodyHandlers.ofString()))
 *     .join();   // or a CompletionException caused by the typed exception
 * }</pre>
 *
 * @param <T> the body type of successful responses
 */
public final class CatalogBodyHandler<T> implements BodyHandler<T> {

  private final BodyHandler<Received<T>> received;

  private CatalogBodyHandler(BodyHandler<T> success, ErrorDecoder<?> decoder) {
    this.received = Received.handler(Objects.requireNonNull(success, "success"), Objects.requireNonNull(decoder, "decoder"));
  }

  /**
   * @param decoder the catalog's decoder, for responses of status 400 and above and those at a success status
   *     where the catalog documents errors (an API answering errors with {@code 200}): such a body is read whole,
   *     decoded, and handed to {@code success} when it is no error ({@link DecodedError#isError()})
   * @param success the handler of the other responses' bodies, e.g. {@code BodyHandlers.ofString()}
   */
  public static <T> CatalogBodyHandler<T> of(ErrorDecoder<?> decoder, HttpResponse.BodyHandler<T> success) {
    return new CatalogBodyHandler<>(success, decoder);
  }

  @Override
  public BodySubscriber<T> apply(ResponseInfo info) {
    return BodySubscribers.mapping(received.apply(info), r -> {
      if (r.error() != null) {
        throw r.error().toException();
      }
      return r.body();
    });
  }
}

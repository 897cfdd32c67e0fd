package dev.errorcatalog;

import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscribers;

/**
 * What one {@code java.net.http} exchange produced: the success body the caller's handler made, or the decoded
 * error of a response with status 400 or above, whose bytes were read once, as they came.
 */
record Received<T>(T body, DecodedError<?> error) {

  /**
   * A handler that gives statuses below 400 to {@code success} and reads every other body as bytes into the
   * decoder. The body is subscribed to once, by one of the two.
   */
  static <T> BodyHandler<Received<T>> handler(BodyHandler<T> success, ErrorDecoder<?> decoder) {
    return info -> info.statusCode() < 400
        ? BodySubscribers.mapping(success.apply(info), body -> new Received<>(body, null))
        : BodySubscribers.mapping(BodySubscribers.ofByteArray(),
            bytes -> new Received<>(null, decoder.decode(info.statusCode(), info.headers().map(), bytes)));
  }
}

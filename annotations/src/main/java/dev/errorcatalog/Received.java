package dev.errorcatalog;

import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * What one {@code java.net.http} exchange produced: the success body the caller's handler made, or the decoded
 * error of a response the catalog says is an error, whose bytes were read once, as they came.
 */
record Received<T>(T body, DecodedError<?> error) {

  /**
   * A handler that gives a response at a status where no error can be ({@link ErrorDecoder#errorsAt}) to
   * {@code success}, and reads every other body as bytes into the decoder. At a success status where the
   * catalog documents errors (Slack's {@code 200} with {@code "ok": false}), a body that is no error is then
   * handed to {@code success} as it came. The body is subscribed to once.
   */
  static <T> BodyHandler<Received<T>> handler(BodyHandler<T> success, ErrorDecoder<?> decoder) {
    return info -> {
      int status = info.statusCode();
      if (!decoder.errorsAt(status)) {
        return BodySubscribers.mapping(success.apply(info), body -> new Received<>(body, null));
      }
      BodySubscriber<byte[]> bytes = BodySubscribers.ofByteArray();
      if (status >= 400) {
        return BodySubscribers.mapping(bytes,
            b -> new Received<>(null, reported(decoder.decode(status, info.headers().map(), b))));
      }
      return new DecidedAfterBody<>(bytes, info, success, decoder);
    };
  }

  /** An error response decoded: reported to the {@link CatalogListeners}. */
  private static DecodedError<?> reported(DecodedError<?> decoded) {
    CatalogListeners.fireDecoded(decoded);
    return decoded;
  }

  /**
   * The body of a success status at which the catalog documents errors: read whole, decoded, and either the
   * error or, for any other body, what {@code success} makes of the same bytes.
   */
  private static final class DecidedAfterBody<T> implements BodySubscriber<Received<T>> {
    private final BodySubscriber<byte[]> bytes;
    private final CompletionStage<Received<T>> result;

    DecidedAfterBody(BodySubscriber<byte[]> bytes, ResponseInfo info, BodyHandler<T> success,
        ErrorDecoder<?> decoder) {
      this.bytes = bytes;
      this.result = bytes.getBody().thenCompose(b -> {
        DecodedError<?> decoded = decoder.decode(info.statusCode(), info.headers().map(), b);
        if (decoded.isError()) {
          return java.util.concurrent.CompletableFuture.completedFuture(new Received<T>(null, reported(decoded)));
        }
        return replay(success.apply(info), b).thenApply(body -> new Received<>(body, null));
      });
    }

    /** Feeds bytes already read to a subscriber, as one buffer, and its body. */
    private static <T> CompletionStage<T> replay(BodySubscriber<T> subscriber, byte[] body) {
      subscriber.onSubscribe(new Flow.Subscription() {
        @Override
        public void request(long n) {}

        @Override
        public void cancel() {}
      });
      if (body.length > 0) {
        subscriber.onNext(List.of(ByteBuffer.wrap(body)));
      }
      subscriber.onComplete();
      return subscriber.getBody();
    }

    @Override
    public CompletionStage<Received<T>> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      bytes.onSubscribe(subscription);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
      bytes.onNext(item);
    }

    @Override
    public void onError(Throwable throwable) {
      bytes.onError(throwable);
    }

    @Override
    public void onComplete() {
      bytes.onComplete();
    }
  }
}

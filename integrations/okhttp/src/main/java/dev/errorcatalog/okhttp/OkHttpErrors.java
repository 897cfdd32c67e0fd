package dev.errorcatalog.okhttp;

import dev.errorcatalog.CatalogListeners;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.ErrorDecoder;
import java.io.IOException;
import okhttp3.Headers;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Decodes an OkHttp error response: its headers as OkHttp hands them over, and its body read once, whole. The body
 * is the one OkHttp gives the application, already decompressed where OkHttp asked for gzip itself.
 */
public final class OkHttpErrors {

  private OkHttpErrors() {}

  /**
   * Reads {@code body} (and closes it) and decodes it with the response's status and headers.
   *
   * @param body the response body; {@code null} for none
   */
  public static DecodedError<?> decode(ErrorDecoder<?> decoder, int status, Headers headers, ResponseBody body) {
    return decoder.decode(status, headers.toMultimap(), bytes(body));
  }

  /**
   * A response as a client must see it: {@code error} when the catalog calls it an error, its body read and
   * closed; otherwise {@code response}, to be used instead of the one checked (a success body read to decide is
   * replaced by the same bytes).
   */
  record Checked(Response response, DecodedError<?> error) {}

  /** Decodes {@code response} when the catalog may call its status an error ({@link ErrorDecoder#errorsAt}). */
  static Checked check(ErrorDecoder<?> decoder, Response response) {
    if (!decoder.errorsAt(response.code())) {
      return new Checked(response, null);
    }
    ResponseBody body = response.body();
    okhttp3.MediaType type = body == null ? null : body.contentType();
    byte[] bytes = bytes(body);
    DecodedError<?> decoded = decoder.decode(response.code(), response.headers().toMultimap(), bytes);
    if (decoded.isError()) {
      CatalogListeners.fireDecoded(decoded); // every error response an OkHttp path decodes, once
      return new Checked(null, decoded);
    }
    return new Checked(response.newBuilder().body(ResponseBody.create(bytes, type)).build(), null);
  }

  /** The whole body, read once and closed; empty for none, or when reading it failed at the start. */
  static byte[] bytes(ResponseBody body) {
    if (body == null) {
      return new byte[0];
    }
    try (body) {
      return body.bytes();
    } catch (IOException e) {
      // The connection broke before the body came: decoded as a response without one (status and headers).
      return new byte[0];
    }
  }
}

package dev.errorcatalog.okhttp;

import dev.errorcatalog.DecodedError;
import dev.errorcatalog.ErrorDecoder;
import java.io.IOException;
import okhttp3.Headers;
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

package dev.errorcatalog;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Turns an HTTP error response back into the typed error of a catalog. Implementations never throw,
 * whatever the bytes.
 *
 * @param <E> the catalog's entry type
 */
public interface ErrorDecoder<E extends CatalogError> {

  /**
   * Decodes a response.
   *
   * @param status the HTTP status
   * @param headers the response headers (names in any case); may be empty. {@code Retry-After}, the wait hints
   *     the matched entry declares ({@code x-ratelimit-reset}, {@code RateLimit}),
   *     {@code Content-Type} (the charset of text bodies; whether a body is an HTML page, which no entry
   *     takes by its status alone) and {@code Content-Encoding} are read
   * @param body the raw body as received; may be empty. A body still compressed ({@code Content-Encoding:
   *     gzip} or {@code deflate}) is decoded as its content; {@code rawBody()} keeps the bytes given
   */
  DecodedError<E> decode(int status, Map<String, List<String>> headers, byte[] body);

  /**
   * Whether a response with this status may be an error, and so must be decoded before it is handed on as a
   * success: every status outside 100 to 399, and a success status at which the catalog documents an error (an
   * API answering errors with {@code 200}). Clients decode such a response and ask
   * {@link DecodedError#isError()}. The default, for decoders generated before this method, is the status alone.
   */
  default boolean errorsAt(int status) {
    return status < 100 || status >= 400;
  }

  /** Decodes a response without headers whose body is given as text (encoded as UTF-8). */
  default DecodedError<E> decode(int status, String body) {
    return decode(status, Map.of(), body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
  }
}

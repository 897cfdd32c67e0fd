package dev.errorcatalog;

import java.time.Duration;
import java.util.Map;

/**
 * Renders the documented bodies of a catalog's entries, for services that answer with them: what
 * {@link Catalog#encoder()} gives, the generated {@code <Prefix>Encoder} behind it, so an integration (the Spring
 * starter) holding only an entry can write its body without knowing the generated type.
 *
 * @param <E> the catalog's entry type
 */
public interface ErrorEncoder<E extends CatalogError> {

  /**
   * The body of {@code entry} in its documented shape: JSON with the code, the formatted message, the fields and
   * constants and the retry hint in seconds; the message for text shapes; {@code ""} for entries without a body.
   *
   * @param args the placeholder and field values, by name
   * @param retryAfter the retry hint, or {@code null}
   */
  String encode(E entry, Map<String, ?> args, Duration retryAfter);

  /** The entry's documented content type; {@code ""} for entries without a body. */
  String contentType(E entry);

  /**
   * The name of the field of the entry's body that links to its docs ({@code role: docs-link} in its shape), or
   * {@code ""} where the shape has none (the default, for catalogs without such a field).
   */
  default String docsLinkField(E entry) {
    return "";
  }
}

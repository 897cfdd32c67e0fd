package dev.errorcatalog.processor.model;

import java.util.Optional;

/**
 * The pattern of an entry's docs URL a build gives ({@code -Aerrorcatalog.docs.url}, the Spring starter's
 * {@code errorcatalog.docs-url}): {@code https://docs.example.com/errors/{catalog}.html#{anchor}}, {@code {catalog}}
 * the catalog id and {@code {anchor}} the entry's anchor. One reading of it for every output that writes the URL
 * (the generated encoder, the OpenAPI export), so that they link the same page.
 *
 * @param pattern the pattern, stripped and not empty
 */
public record DocsUrlPattern(String pattern) {

  private static final String ANCHOR = "{anchor}";

  /** The pattern of an option's value; empty where none is given, or a blank one. */
  public static Optional<DocsUrlPattern> of(Optional<String> value) {
    return value.map(String::strip).filter(u -> !u.isEmpty()).map(DocsUrlPattern::new);
  }

  /** True where the pattern names each entry's own place (an {@code {anchor}}), not one page for all. */
  public boolean hasAnchor() {
    return pattern.contains(ANCHOR);
  }

  /** What comes before the entry's anchor, the catalog id put in; the whole URL for a pattern without one. */
  public String prefix(String catalogId) {
    String url = pattern.replace("{catalog}", catalogId);
    int at = url.indexOf(ANCHOR);
    return at < 0 ? url : url.substring(0, at);
  }

  /** What comes after the entry's anchor ({@code ""} for none); a further {@code {anchor}} is left out. */
  public String tail(String catalogId) {
    String url = pattern.replace("{catalog}", catalogId);
    int at = url.indexOf(ANCHOR);
    return at < 0 ? "" : url.substring(at + ANCHOR.length()).replace(ANCHOR, "");
  }

  /** The URL of one entry's docs. */
  public String url(String catalogId, String anchor) {
    return hasAnchor() ? prefix(catalogId) + anchor + tail(catalogId) : prefix(catalogId);
  }
}

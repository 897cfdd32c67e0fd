package dev.errorcatalog.processor.locate;

import java.util.List;

/**
 * A catalog found (its text and the name diagnostics show), or the list of every place looked.
 *
 * @param file the catalog as shown in diagnostics: an absolute path, or the URL of a jar entry
 * @param content the raw bytes, or {@code null} when not found
 * @param looked every place looked, in order, when not found
 */
public record LocatedCatalog(String file, byte[] content, List<String> looked) {

  static LocatedCatalog found(String file, byte[] content) {
    return new LocatedCatalog(file, content, List.of());
  }

  static LocatedCatalog notFound(List<String> looked) {
    return new LocatedCatalog(null, null, List.copyOf(looked));
  }

  /** True when the catalog was found. */
  public boolean isFound() {
    return content != null;
  }
}

package dev.errorcatalog.processor.load;

/** Reads catalog YAML into a validated model, with source positions. (Being written.) */
public final class CatalogLoader {

  /**
   * Loads and validates one catalog; never throws.
   *
   * @param file the catalog as shown in diagnostics
   * @param content the YAML bytes
   */
  public LoadResult load(String file, byte[] content) {
    throw new UnsupportedOperationException("not yet");
  }
}

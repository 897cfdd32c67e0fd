package dev.errorcatalog.processor.locate;

/**
 * What one {@code @ErrorCatalog} asks for.
 *
 * @param id the catalog id, or {@code ""} when a file is named
 * @param file the named file, or {@code ""}
 * @param prefix the generated-name prefix, or {@code ""} for the default
 */
public record CatalogRequest(String id, String file, String prefix) {

  /** What the user wrote, for messages: {@code "insider-one"} or {@code file "x.yaml"}. */
  public String describe() {
    return id.isEmpty() ? "file \"" + file + "\"" : "\"" + id + "\"";
  }
}

package dev.errorcatalog.processor.model;

/**
 * Where a node of a catalog stands in its YAML file; lines and columns count from 1.
 *
 * @param file the file as shown to the user (absolute path, or the URL of a jar entry)
 */
public record SourcePosition(String file, int line, int column) {

  /** {@code file:line:col}, the prefix of every diagnostic. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}

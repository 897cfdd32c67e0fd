package dev.errorcatalog.processor.yaml;

/**
 * What a YAML scalar is, as the YAML reader typed it. Quoted scalars are always {@link #STRING}: a writer
 * who quotes {@code "404"} means text.
 */
public enum ScalarKind {
  STRING("a string"),
  INT("an integer"),
  FLOAT("a decimal number"),
  BOOL("true or false"),
  NULL("nothing");

  private final String description;

  ScalarKind(String description) {
    this.description = description;
  }

  /** How a diagnostic names a value of this kind: "found an integer". */
  public String description() {
    return description;
  }
}

package dev.errorcatalog.processor.model;

/** The type a message placeholder may declare: {@code {limit:int}}. */
public enum PlaceholderType {
  /** Any non-empty text; the default. */
  STRING("string", "java.lang.String"),
  /** A whole number, possibly negative: factories take a {@code long}. */
  INT("int", "long"),
  /** A decimal number: factories take a {@code java.math.BigDecimal}. */
  NUMBER("number", "java.math.BigDecimal"),
  /** {@code true} or {@code false}: factories take a {@code boolean}. */
  BOOL("bool", "boolean");

  private final String yamlName;
  private final String javaType;

  PlaceholderType(String yamlName, String javaType) {
    this.yamlName = yamlName;
    this.javaType = javaType;
  }

  /** The name a writer uses after the colon. */
  public String yamlName() {
    return yamlName;
  }

  /** The Java type of a factory parameter for this placeholder (primitive or qualified name). */
  public String javaType() {
    return javaType;
  }

  /** The type with this YAML name, or {@code null}. */
  public static PlaceholderType byYamlName(String name) {
    for (PlaceholderType type : values()) {
      if (type.yamlName.equals(name)) {
        return type;
      }
    }
    return null;
  }
}

package dev.errorcatalog.processor.model;

/** The type a message placeholder may declare: {@code {limit:int}}. */
public enum PlaceholderType {
  /** Any non-empty text; the default. */
  STRING("string", "java.lang.String", ".+?"),
  /** A whole number, possibly negative: factories take a {@code long}. */
  INT("int", "long", "-?[0-9]+"),
  /** A decimal number: factories take a {@code java.math.BigDecimal}. */
  NUMBER("number", "java.math.BigDecimal", "-?[0-9]+(?:\\.[0-9]+)?"),
  /** {@code true} or {@code false}: factories take a {@code boolean}. */
  BOOL("bool", "boolean", "true|false");

  private final String yamlName;
  private final String javaType;
  private final String regex;

  PlaceholderType(String yamlName, String javaType, String regex) {
    this.yamlName = yamlName;
    this.javaType = javaType;
    this.regex = regex;
  }

  /** The name a writer uses after the colon. */
  public String yamlName() {
    return yamlName;
  }

  /** The Java type of a factory parameter for this placeholder (primitive or qualified name). */
  public String javaType() {
    return javaType;
  }

  /** A regular expression (no groups of its own) matching one value of this type. */
  public String regex() {
    return regex;
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

package dev.errorcatalog.processor.model;

import dev.errorcatalog.runtime.Template;
import java.util.Locale;

/**
 * The type a message placeholder may declare ({@code {limit:int}}): the runtime's {@code Template.Type} of the same
 * name, which reads and matches it, with what only the processor needs: the Java type of the factory parameter.
 * The name a writer uses is the runtime type's, in lower case, as {@code Template.compile} reads it.
 */
public enum PlaceholderType {
  /** Any non-empty text; the default. */
  STRING("java.lang.String"),
  /** A whole number, possibly negative: factories take a {@code long}. */
  INT("long"),
  /** A decimal number: factories take a {@code java.math.BigDecimal}. */
  NUMBER("java.math.BigDecimal"),
  /** {@code true} or {@code false}: factories take a {@code boolean}. */
  BOOL("boolean");

  private final String javaType;

  PlaceholderType(String javaType) {
    this.javaType = javaType;
  }

  /** The runtime's type of the same name. */
  public Template.Type runtime() {
    return Template.Type.valueOf(name());
  }

  /** The type of the runtime's type. */
  public static PlaceholderType of(Template.Type type) {
    return valueOf(type.name());
  }

  /** The name a writer uses after the colon. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The Java type of a factory parameter for this placeholder (primitive or qualified name). */
  public String javaType() {
    return javaType;
  }

  /** The type with this YAML name, or {@code null}. */
  public static PlaceholderType byYamlName(String name) {
    for (PlaceholderType type : values()) {
      if (type.yamlName().equals(name)) {
        return type;
      }
    }
    return null;
  }
}

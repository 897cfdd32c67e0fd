package dev.errorcatalog.processor.yaml;

import dev.errorcatalog.processor.model.SourcePosition;

/**
 * A scalar value exactly as written (for numbers the text, so {@code 0042} stays {@code 0042}).
 *
 * @param text the scalar's text; {@code ""} for {@link ScalarKind#NULL}, {@code true} or {@code false} for
 *     {@link ScalarKind#BOOL} (YAML also reads {@code yes}/{@code no} as booleans)
 */
public record YamlScalar(String text, ScalarKind kind, SourcePosition position) implements YamlNode {

  @Override
  public String description() {
    return kind.description();
  }

  /** True for a string scalar. */
  public boolean isString() {
    return kind == ScalarKind.STRING;
  }
}

package dev.errorcatalog.processor.yaml;

import dev.errorcatalog.processor.model.SourcePosition;

/**
 * A scalar value exactly as written (for numbers the text, so {@code 0042} stays {@code 0042}).
 *
 * @param text the scalar's text; {@code ""} for {@link ScalarKind#NULL}, {@code true} or {@code false} for
 *     {@link ScalarKind#BOOL} (YAML also reads {@code yes}/{@code no} as booleans)
 * @param written the value as the writer wrote it: {@code no} for the boolean {@code false} read from
 *     {@code no}, so that messages quote the writer's own word; else the same as {@code text}
 */
public record YamlScalar(String text, ScalarKind kind, SourcePosition position, String written) implements YamlNode {

  /** A scalar written as it reads. */
  public YamlScalar(String text, ScalarKind kind, SourcePosition position) {
    this(text, kind, position, text);
  }

  @Override
  public String description() {
    return kind.description();
  }

  /** True for a string scalar. */
  public boolean isString() {
    return kind == ScalarKind.STRING;
  }
}

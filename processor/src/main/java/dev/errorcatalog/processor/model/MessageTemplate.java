package dev.errorcatalog.processor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A message template parsed into literal text and placeholders: {@code date range must not exceed
 * {maxDays:int} days}. {@code {{} and {@code }}} stand for literal braces.
 *
 * @param source the template as written in the catalog
 */
public record MessageTemplate(String source, List<Segment> segments, SourcePosition position) {

  /** A piece of a template. */
  public sealed interface Segment permits Literal, Placeholder {}

  /** Literal text, braces already unescaped. */
  public record Literal(String text) implements Segment {}

  /** A named, typed hole. */
  public record Placeholder(String name, PlaceholderType type) implements Segment {}

  /** The placeholders in order of appearance (names are unique within a template). */
  public List<Placeholder> placeholders() {
    List<Placeholder> out = new ArrayList<>();
    for (Segment s : segments) {
      if (s instanceof Placeholder p) {
        out.add(p);
      }
    }
    return out;
  }

  /** True when the template has no placeholder. */
  public boolean isLiteral() {
    return segments.stream().noneMatch(s -> s instanceof Placeholder);
  }

  /** The template as documented, placeholders written {@code {name}} without their types. */
  public String display() {
    StringBuilder out = new StringBuilder();
    for (Segment s : segments) {
      if (s instanceof Literal l) {
        out.append(l.text());
      } else if (s instanceof Placeholder p) {
        out.append('{').append(p.name()).append('}');
      }
    }
    return out.toString();
  }

  /**
   * The literal skeleton with each placeholder replaced by its type: two templates with the same
   * skeleton match the same messages.
   */
  public String skeleton() {
    StringBuilder out = new StringBuilder();
    for (Segment s : segments) {
      if (s instanceof Literal l) {
        out.append(l.text().replace("\u0000", ""));
      } else if (s instanceof Placeholder p) {
        out.append('\u0000').append(p.type().yamlName()).append('\u0000');
      }
    }
    return out.toString();
  }
}

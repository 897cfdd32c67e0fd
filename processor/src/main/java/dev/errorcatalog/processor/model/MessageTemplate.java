package dev.errorcatalog.processor.model;

import dev.errorcatalog.runtime.Template;
import java.util.ArrayList;
import java.util.List;

/**
 * A message template parsed into literal text and placeholders: {@code date range must not exceed
 * {maxDays:int} days}. {@code {{} and {@code }}} stand for literal braces; a template ending in {@code {...}}
 * documents a message the API may follow with further text.
 *
 * @param source the template as written in the catalog
 */
public record MessageTemplate(String source, List<Segment> segments, SourcePosition position) {

  /** A piece of a template. */
  public sealed interface Segment permits Literal, Placeholder, FurtherText {}

  /** Literal text, braces already unescaped. */
  public record Literal(String text) implements Segment {}

  /** A named, typed hole. */
  public record Placeholder(String name, PlaceholderType type) implements Segment {}

  /** {@code {...}}, the last segment: the API may add any further text here (no argument, never written). */
  public record FurtherText() implements Segment {}

  /** The marker as written in a template. */
  public static final String FURTHER_TEXT = Template.FURTHER_TEXT;

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

  /** True when the template ends in {@code {...}}: the API may add further text after the documented message. */
  public boolean furtherText() {
    return !segments.isEmpty() && segments.get(segments.size() - 1) instanceof FurtherText;
  }

  /**
   * The template as documented, placeholders written {@code {name}} without their types, and {@code {...}} at
   * the end where the API may add further text (as {@code CatalogError.messageTemplate()} gives it).
   */
  public String display() {
    return furtherText() ? documented() + FURTHER_TEXT : documented();
  }

  /** The documented message alone: {@link #display()} without {@code {...}}. */
  public String documented() {
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
      } else {
        out.append('\u0000').append(FURTHER_TEXT).append('\u0000');
      }
    }
    return out.toString();
  }
}

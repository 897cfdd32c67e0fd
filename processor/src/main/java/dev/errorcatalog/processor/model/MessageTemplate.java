package dev.errorcatalog.processor.model;

import dev.errorcatalog.runtime.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A validated message template: the runtime's {@link Template}, compiled once from the loader's reading, with what
 * only the processor keeps (the source as written, its place in the catalog). {@code date range must not exceed
 * {maxDays:int} days}: {@code {{} and {@code }}} stand for literal braces; a template ending in {@code {...}}
 * documents a message the API may follow with further text.
 *
 * @param source the template as written in the catalog
 * @param runtime the template the generated code compiles, from its {@link #runtimeSource} (every placeholder with
 *     its type): what the build's checks match examples with and the factories format
 */
public record MessageTemplate(String source, Template runtime, SourcePosition position) {

  /** A piece of a template, read from the runtime template's parts. */
  public sealed interface Segment permits Literal, Placeholder, FurtherText {}

  /** Literal text, braces already unescaped. */
  public record Literal(String text) implements Segment {}

  /** A named, typed hole. */
  public record Placeholder(String name, PlaceholderType type) implements Segment {}

  /** {@code {...}}, the last segment: the API may add any further text here (no argument, never written). */
  public record FurtherText() implements Segment {}

  /** The marker as written in a template. */
  public static final String FURTHER_TEXT = Template.FURTHER_TEXT;

  /** The template of the segments the loader read and validated from {@code source}. */
  public static MessageTemplate of(String source, List<Segment> segments, SourcePosition position) {
    return new MessageTemplate(source, Template.compile(runtimeSource(segments)), position);
  }

  /**
   * Segments in the syntax the runtime compiles: literal braces doubled, every placeholder with its type
   * ({@code {name:type}}), and {@code {...}} where the API may add further text. The generated code carries this
   * source.
   */
  static String runtimeSource(List<Segment> segments) {
    StringBuilder out = new StringBuilder();
    for (Segment s : segments) {
      if (s instanceof Literal l) {
        out.append(l.text().replace("{", "{{").replace("}", "}}"));
      } else if (s instanceof Placeholder p) {
        out.append('{').append(p.name()).append(':').append(p.type().yamlName()).append('}');
      } else {
        out.append(FURTHER_TEXT);
      }
    }
    return out.toString();
  }

  /** The segments in order, as the runtime template's parts. */
  public List<Segment> segments() {
    List<Segment> out = new ArrayList<>();
    for (Template.Part part : runtime.parts()) {
      out.add(part.isPlaceholder() ? new Placeholder(part.name(), PlaceholderType.of(part.type()))
          : new Literal(part.literal()));
    }
    if (runtime.furtherText()) {
      out.add(new FurtherText());
    }
    return out;
  }

  /** The placeholders in order of appearance (names are unique within a template). */
  public List<Placeholder> placeholders() {
    List<Placeholder> out = new ArrayList<>();
    for (Template.Part part : runtime.parts()) {
      if (part.isPlaceholder()) {
        out.add(new Placeholder(part.name(), PlaceholderType.of(part.type())));
      }
    }
    return out;
  }

  /** True when the template ends in {@code {...}}: the API may add further text after the documented message. */
  public boolean furtherText() {
    return runtime.furtherText();
  }

  /**
   * The template as documented, placeholders written {@code {name}} without their types, and {@code {...}} at
   * the end where the API may add further text (as {@code CatalogError.messageTemplate()} gives it).
   */
  public String display() {
    return runtime.display();
  }

  /** The documented message alone: {@link #display()} without {@code {...}}. */
  public String documented() {
    String display = runtime.display();
    return furtherText() ? display.substring(0, display.length() - FURTHER_TEXT.length()) : display;
  }

  /**
   * The literal skeleton with each placeholder replaced by its type: two templates with the same
   * skeleton match the same messages.
   */
  public String skeleton() {
    StringBuilder out = new StringBuilder();
    for (Template.Part part : runtime.parts()) {
      if (part.isPlaceholder()) {
        out.append('\u0000').append(PlaceholderType.of(part.type()).yamlName()).append('\u0000');
      } else {
        out.append(part.literal().replace("\u0000", ""));
      }
    }
    if (runtime.furtherText()) {
      out.append('\u0000').append(FURTHER_TEXT).append('\u0000');
    }
    return out.toString();
  }

  /** Equal for the same source, read the same way, at the same place ({@link Template} has no equality of its own). */
  @Override
  public boolean equals(Object o) {
    return o instanceof MessageTemplate t && source.equals(t.source) && runtime.source().equals(t.runtime.source())
        && position.equals(t.position);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, runtime.source(), position);
  }
}

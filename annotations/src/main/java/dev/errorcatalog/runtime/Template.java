package dev.errorcatalog.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A message template compiled into literal and placeholder parts. The processor validates templates at
 * build time and emits their source; this class only re-reads what is known to be valid, once, when the
 * generated enum initialises.
 *
 * <p>Syntax (catalog format v1): {@code {name}} or {@code {name:type}}; {@code {{} and {@code }}} are
 * literal braces.
 */
public final class Template {

  /** The types a placeholder may declare. */
  public enum Type { STRING, INT, NUMBER, BOOL }

  /** One part of a template: literal text ({@code name == null}) or a placeholder. */
  public record Part(String literal, String name, Type type) {
    /** True for a placeholder. */
    public boolean isPlaceholder() {
      return name != null;
    }
  }

  private static final Template EMPTY = new Template("", List.of());

  private final String source;
  private final List<Part> parts;
  private final List<String> names;
  private final String display;

  private Template(String source, List<Part> parts) {
    this.source = source;
    this.parts = List.copyOf(parts);
    List<String> n = new ArrayList<>();
    StringBuilder d = new StringBuilder();
    for (Part p : parts) {
      if (p.isPlaceholder()) {
        n.add(p.name());
        d.append('{').append(p.name()).append('}');
      } else {
        d.append(p.literal());
      }
    }
    this.names = Collections.unmodifiableList(n);
    this.display = d.toString();
  }

  /** The empty template of entries that document no message. */
  public static Template empty() {
    return EMPTY;
  }

  /** Compiles a template the processor has validated. */
  public static Template compile(String source) {
    if (source.isEmpty()) {
      return EMPTY;
    }
    List<Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '{' && i + 1 < source.length() && source.charAt(i + 1) == '{') {
        literal.append('{');
        i += 2;
      } else if (c == '}' && i + 1 < source.length() && source.charAt(i + 1) == '}') {
        literal.append('}');
        i += 2;
      } else if (c == '{') {
        int close = source.indexOf('}', i);
        if (close < 0) {
          throw new IllegalArgumentException("unclosed placeholder in template: " + source);
        }
        if (literal.length() > 0) {
          parts.add(new Part(literal.toString(), null, null));
          literal.setLength(0);
        }
        String inside = source.substring(i + 1, close);
        int colon = inside.indexOf(':');
        String name = colon < 0 ? inside : inside.substring(0, colon);
        Type type = colon < 0 ? Type.STRING : Type.valueOf(inside.substring(colon + 1).trim().toUpperCase(java.util.Locale.ROOT));
        parts.add(new Part(null, name.trim(), type));
        i = close + 1;
      } else {
        literal.append(c);
        i++;
      }
    }
    if (literal.length() > 0) {
      parts.add(new Part(literal.toString(), null, null));
    }
    return new Template(source, parts);
  }

  /** The template as written in the catalog, types included. */
  public String source() {
    return source;
  }

  /** The template as documented: placeholders as {@code {name}}, literal braces single. */
  public String display() {
    return display;
  }

  /** The parts in order. */
  public List<Part> parts() {
    return parts;
  }

  /** The placeholder names in order. */
  public List<String> placeholders() {
    return names;
  }

  /**
   * Fills the placeholders with {@code String.valueOf(args.get(name))}; a placeholder without an argument
   * stays as {@code {name}}.
   */
  public String format(Map<String, ?> args) {
    StringBuilder out = new StringBuilder(display.length() + 16);
    for (Part p : parts) {
      if (!p.isPlaceholder()) {
        out.append(p.literal());
      } else if (args != null && args.containsKey(p.name())) {
        out.append(args.get(p.name()));
      } else {
        out.append('{').append(p.name()).append('}');
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return source;
  }
}

package dev.errorcatalog.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A message template compiled into literal and placeholder parts. The processor validates templates at
 * build time and emits their source; this class only re-reads what is known to be valid, once, when the
 * generated enum initialises.
 *
 * <p>Syntax (catalog format v1): {@code {name}} or {@code {name:type}}; {@code {{} and {@code }}} are
 * literal braces. A template may end in {@link #FURTHER_TEXT} ({@code {...}}): the API may add further text
 * after the documented message, which a match passes over and {@link #format} does not write. Whitespace right
 * before the marker belongs to the further text ({@code "Try later. {...}"} is {@code "Try later.{...}"}).
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

  /** The marker that ends a template after which the API may add further text. */
  public static final String FURTHER_TEXT = "{...}";

  private static final Template EMPTY = new Template("", List.of(), false);

  private static final Type[] TYPES = Type.values();

  private final String source;
  private final List<Part> parts;
  private final List<String> names;
  private final String display;
  private final boolean furtherText;

  private Template(String source, List<Part> parts, boolean furtherText) {
    this.source = source;
    this.parts = List.copyOf(parts);
    this.furtherText = furtherText;
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
    if (furtherText) {
      d.append(FURTHER_TEXT);
    }
    this.names = Collections.unmodifiableList(n);
    this.display = d.toString();
  }

  /** The empty template of entries that document no message. */
  public static Template empty() {
    return EMPTY;
  }

  /**
   * One piece of a template's source, in the order {@link #scan} finds it. The processor reports the stray
   * braces of a catalog's template; a template it emitted has none.
   */
  public sealed interface Token {

    /** Literal text, {@code {{} and {@code }}} already unescaped. */
    record Text(String text) implements Token {}

    /**
     * A placeholder: what stands between its braces ({@code name} or {@code name:type}, as written), and
     * the index of its opening brace.
     */
    record Placeholder(String inside, int offset) implements Token {}

    /** A {@code }} that closes no placeholder, or a {@code {} never closed (before the next one), at index. */
    record StrayBrace(char brace, int offset) implements Token {}

    /**
     * The marker {@link #FURTHER_TEXT} at index: the API may add text here. Valid only at the end of a template
     * (the processor reports it elsewhere; {@link #compile} throws). The whitespace before it is not in the
     * preceding {@link Text}.
     */
    record FurtherText(int offset) implements Token {}
  }

  /**
   * Reads a template's source into literal text, placeholders and stray braces: the one reading of the
   * syntax, shared by the processor (which validates and reports) and {@link #compile}. Consecutive literal
   * characters form one {@link Token.Text}.
   */
  public static List<Token> scan(String source) {
    return TemplateSyntax.scan(source);
  }

  /**
   * The literal text of a template, as {@link TemplateMatcher} sees it, read without compiling the
   * template: the text before the first placeholder (the whole text of a template without placeholders),
   * the text after the last one ({@code ""} without placeholders, and for a template ending in {@link
   * #FURTHER_TEXT}, whose messages need not end with it), the length of all its literal text, and whether it
   * ends in {@link #FURTHER_TEXT}.
   */
  record Literals(String lead, String tail, int length, boolean furtherText) {}

  /** The {@link Literals} of a template the processor has validated; a stray brace throws as compile does. */
  static Literals literals(String source) {
    return TemplateSyntax.literals(source);
  }

  /** The type a placeholder names, in any case ({@code int}, {@code INT}); unknown names throw as valueOf does. */
  private static Type type(String name) {
    for (Type t : TYPES) {
      if (t.name().equalsIgnoreCase(name)) {
        return t;
      }
    }
    return Type.valueOf(name.toUpperCase(Locale.ROOT));
  }

  /** Compiles a template the processor has validated. */
  public static Template compile(String source) {
    if (source.isEmpty()) {
      return EMPTY;
    }
    List<Part> parts = new ArrayList<>();
    boolean further = false;
    for (Token token : scan(source)) {
      if (token instanceof Token.FurtherText marker) {
        further = true;
        if (marker.offset() + FURTHER_TEXT.length() != source.length()) {
          throw TemplateSyntax.furtherTextInside(source, marker.offset());
        }
      } else if (token instanceof Token.Text text) {
        parts.add(new Part(text.text(), null, null));
      } else if (token instanceof Token.Placeholder placeholder) {
        String inside = placeholder.inside();
        int colon = inside.indexOf(':');
        String name = colon < 0 ? inside : inside.substring(0, colon);
        Type type = colon < 0 ? Type.STRING : type(inside.substring(colon + 1).trim());
        parts.add(new Part(null, name.trim(), type));
      } else {
        Token.StrayBrace stray = (Token.StrayBrace) token;
        throw TemplateSyntax.strayBraceIn(source, stray.brace(), stray.offset());
      }
    }
    return new Template(source, parts, further);
  }

  /** The template as written in the catalog, types included. */
  public String source() {
    return source;
  }

  /**
   * The template as documented: placeholders as {@code {name}}, literal braces single, and {@link
   * #FURTHER_TEXT} at the end where the API may add further text.
   */
  public String display() {
    return display;
  }

  /** True when the template ends in {@link #FURTHER_TEXT}: a message may go on after the documented text. */
  public boolean furtherText() {
    return furtherText;
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
   * Whether {@code message} is this template with its placeholders filled in, as the decoders match it (in time
   * bounded by the message's length, whatever it holds). For the build's checks of a catalog's examples.
   */
  public boolean fits(String message) {
    return new TemplateMatcher(this).match(message) != null;
  }

  /**
   * True when the documented text of a template ending in {@link #FURTHER_TEXT} may end at {@code end} of a message:
   * the message ends, or goes on with no letter or digit.
   */
  static boolean endsDocumented(String message, int end) {
    return end == message.length() || !Character.isLetterOrDigit(message.codePointAt(end));
  }

  /**
   * Fills the placeholders with {@code String.valueOf(args.get(name))}; a placeholder without an argument
   * stays as {@code {name}}. The documented text only: no {@link #FURTHER_TEXT} marker.
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

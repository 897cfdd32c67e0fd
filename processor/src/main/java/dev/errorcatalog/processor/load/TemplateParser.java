package dev.errorcatalog.processor.load;

import dev.errorcatalog.processor.model.FormatLimits;
import dev.errorcatalog.processor.model.MessageTemplate.FurtherText;
import dev.errorcatalog.processor.model.MessageTemplate.Literal;
import dev.errorcatalog.processor.model.MessageTemplate.Placeholder;
import dev.errorcatalog.processor.model.MessageTemplate.Segment;
import dev.errorcatalog.processor.model.MessageTemplate;
import dev.errorcatalog.processor.model.PlaceholderType;
import dev.errorcatalog.processor.model.Shown;
import dev.errorcatalog.processor.model.SourcePosition;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.validate.Diagnostics;
import dev.errorcatalog.processor.validate.DidYouMean;
import dev.errorcatalog.runtime.Template;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses message templates: literal text, {@code {name}} and {@code {name:type}} placeholders, {@code {{}
 * and {@code }}} for literal braces, and {@code {...}} at the end where the API may add further text. Reports
 * every mistake of a template (EC009 malformed, EC010 a name used twice, EC011 an unknown type).
 */
final class TemplateParser {

  /** Placeholder (and field) names; the JSON Schema does not check inside templates. */
  static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  /** Type names writers reach for that are spelled differently here. */
  private static final Map<String, String> SYNONYMS = Map.ofEntries(
      Map.entry("integer", "int"), Map.entry("long", "int"),
      Map.entry("decimal", "number"), Map.entry("float", "number"), Map.entry("double", "number"),
      Map.entry("boolean", "bool"), Map.entry("str", "string"), Map.entry("text", "string"));

  private TemplateParser() {}

  /** The parsed template, or empty after reporting its mistakes. */
  static Optional<MessageTemplate> parse(String source, SourcePosition at, String what, Diagnostics diagnostics) {
    int before = diagnostics.mark();
    if (source.isBlank()) {
      diagnostics.add(DiagnosticId.BAD_VALUE.error(at, what + " is empty.",
          "Write the message as documented, or remove the key."));
      return Optional.empty();
    }
    List<Segment> segments = new ArrayList<>();
    Set<String> names = new HashSet<>();
    List<Template.Token> tokens = Template.scan(source);
    long placeholders = tokens.stream().filter(t -> t instanceof Template.Token.Placeholder).count();
    if (placeholders > FormatLimits.MAX_PLACEHOLDERS) {
      diagnostics.add(DiagnosticId.TOO_MANY_PLACEHOLDERS.error(at,
          what + " has " + Shown.number(placeholders) + " placeholders; a message has at most "
              + FormatLimits.MAX_PLACEHOLDERS + " (each is a parameter of the entry's factory method).",
          "Write the message as the API documents it, with a placeholder for each value that changes; text that"
              + " never changes is literal text, not a placeholder."));
      return Optional.empty();
    }
    for (int i = 0; i < tokens.size(); i++) {
      Template.Token token = tokens.get(i);
      if (token instanceof Template.Token.FurtherText marker) {
        furtherText(marker, i == tokens.size() - 1, segments, at, what, diagnostics);
        segments.add(new FurtherText());
      } else if (token instanceof Template.Token.Text text) {
        segments.add(new Literal(text.text()));
      } else if (token instanceof Template.Token.Placeholder placeholder) {
        if (!segments.isEmpty() && segments.get(segments.size() - 1) instanceof Placeholder previous) {
          diagnostics.add(DiagnosticId.BAD_PLACEHOLDER.error(at,
              what + " has two placeholders with no text between them ({" + Shown.bare(previous.name()) + "} and {"
                  + Shown.bare(placeholder.inside()) + "}): a decoder cannot tell where one ends.",
              "Keep the literal text that separates them in the message, or use one placeholder."));
        }
        placeholder(placeholder.inside(), at, what, names, diagnostics).ifPresent(segments::add);
      } else {
        Template.Token.StrayBrace stray = (Template.Token.StrayBrace) token;
        boolean closing = stray.brace() == '}';
        diagnostics.add(DiagnosticId.BAD_PLACEHOLDER.error(at,
            what + " has a '" + stray.brace() + "' at character " + (stray.offset() + 1)
                + (closing ? " that closes no placeholder." : " that is never closed."),
            closing ? "Write '}}' for a literal brace."
                : "Close the placeholder ({name} or {name:type}), or write '{{' for a literal brace."));
      }
    }
    if (diagnostics.failedSince(before)) {
      return Optional.empty();
    }
    return Optional.of(new MessageTemplate(source, List.copyOf(segments), at));
  }

  /**
   * Reports a {@code {...}} that is not at the end, that follows a placeholder (a decoder could not tell where
   * the value ends and the further text begins), or that follows nothing.
   */
  private static void furtherText(Template.Token.FurtherText marker, boolean last, List<Segment> before,
      SourcePosition at, String what, Diagnostics diagnostics) {
    String shown = Shown.quoted(Template.FURTHER_TEXT);
    if (!last) {
      diagnostics.add(DiagnosticId.BAD_PLACEHOLDER.error(at,
          what + " has " + shown + " at character " + (marker.offset() + 1) + ", before its end: further text"
              + " can only follow the whole documented message.",
          "Move " + shown + " to the end of the message, or write '{{...}}' for three dots in braces."));
    } else if (before.isEmpty()) {
      diagnostics.add(DiagnosticId.BAD_PLACEHOLDER.error(at,
          what + " is only " + shown + ": it documents no text for the further text to follow.",
          "Write the message as documented, then " + shown + " where the API may add further text."));
    } else if (before.get(before.size() - 1) instanceof Placeholder previous) {
      diagnostics.add(DiagnosticId.BAD_PLACEHOLDER.error(at,
          what + " ends with the placeholder {" + Shown.bare(previous.name()) + "} right before " + shown
              + ": a decoder cannot tell where its value ends and the further text begins.",
          "Keep the literal text that ends the documented message before " + shown + " (e.g. '{"
              + Shown.bare(previous.name()) + "}.{...}'), or remove " + shown + "."));
    }
  }

  private static Optional<Placeholder> placeholder(
      String inside, SourcePosition at, String what, Set<String> names, Diagnostics diagnostics) {
    int colon = inside.indexOf(':');
    String name = colon < 0 ? inside : inside.substring(0, colon);
    String typeName = colon < 0 ? "" : inside.substring(colon + 1);
    if (!NAME.matcher(name).matches()) {
      diagnostics.add(DiagnosticId.BAD_PLACEHOLDER.error(at,
          what + " has the placeholder " + Shown.quoted("{" + inside + "}") + ", whose name "
              + (name.isEmpty() ? "is missing" : Shown.quoted(name) + " is not a name") + ".",
          "Name it with letters, digits, '_' and '-', starting with a letter, e.g. {orderId} or {limit:int};"
              + " write '{{' and '}}' for literal braces."));
      return Optional.empty();
    }
    PlaceholderType type = PlaceholderType.STRING;
    if (colon >= 0) {
      type = PlaceholderType.byYamlName(typeName);
      if (type == null) {
        List<String> known = CatalogKeys.placeholderTypeNames();
        String synonym = SYNONYMS.get(typeName.toLowerCase(Locale.ROOT));
        String hint = synonym != null ? " Did you mean '" + synonym + "'?" : DidYouMean.hint(typeName, known);
        diagnostics.add(DiagnosticId.UNKNOWN_PLACEHOLDER_TYPE.error(at,
            what + " gives the placeholder {" + Shown.bare(name) + "} the type " + Shown.quoted(typeName) + ", which is not a type." + hint,
            "The types are: " + String.join(", ", known) + " (no type means string)."));
        return Optional.empty();
      }
    }
    if (!names.add(name)) {
      diagnostics.add(DiagnosticId.DUPLICATE_PLACEHOLDER.error(at,
          what + " names the placeholder {" + Shown.bare(name) + "} twice.",
          "Give each placeholder its own name, e.g. {" + Shown.bare(name) + "} and {" + Shown.bare(name) + "2}."));
      return Optional.empty();
    }
    return Optional.of(new Placeholder(name, type));
  }
}

package dev.errorcatalog.processor.load;

import dev.errorcatalog.processor.model.Cause;
import dev.errorcatalog.processor.model.Endpoint;
import dev.errorcatalog.processor.model.FormatLimits;
import dev.errorcatalog.processor.model.Names;
import dev.errorcatalog.processor.model.RetryPolicy;
import dev.errorcatalog.processor.model.Shown;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.yaml.ScalarKind;
import dev.errorcatalog.processor.yaml.YamlList;
import dev.errorcatalog.processor.yaml.YamlMap;
import dev.errorcatalog.processor.yaml.YamlNode;
import dev.errorcatalog.processor.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An entry's keys that describe it rather than decide how its bodies decode: its title's length, its causes, its
 * endpoints and headers, its deprecation and its group. A mistake in one leaves the entry in the checks across
 * entries.
 */
final class EntryTextBinder {

  /** Group names that would give a generated exception a fixed name of its own. */
  private static final List<String> RESERVED_GROUPS = List.of("", "Response");

  /** Titles longer than this make a poor heading (EC051). */
  static final int TITLE_LENGTH = 120;

  private EntryTextBinder() {}

  /** EC051, a warning: a title longer than a heading shows well (the heading still shows it whole). */
  static void titleLength(YamlScalar title, String where, NodeReader reader) {
    String flat = title.text().strip().replaceAll("\\s+", " ");
    // Above the limit of any text, EC039 has said it already.
    if (flat.length() > TITLE_LENGTH && title.text().length() <= FormatLimits.MAX_TEXT) {
      reader.diagnostics().add(DiagnosticId.TITLE_TOO_LONG.warning(
          title.position(), "The title of " + where + " is " + flat.length() + " characters long, more than the "
              + TITLE_LENGTH + " a heading of the docs shows well (the table of contents lists it whole).",
          "Keep the title short, e.g. the vendor's heading or the error's name, and move the rest of the text to"
              + " 'description:'."));
    }
  }

  /**
   * {@code causes:}, several causes the source lists for one response, each with its own fix and, where it
   * differs from the entry's, its own retry advice.
   */
  static List<Cause> causes(YamlMap map, String where, NodeReader reader) {
    Optional<YamlNode> node = map.get("causes");
    if (node.isEmpty()) {
      return List.of();
    }
    List<Cause> out = new ArrayList<>();
    Optional<YamlList> list = reader.list(node.get(), "'causes' of " + where);
    int i = 1;
    for (YamlNode item : list.map(YamlList::items).orElse(List.of())) {
      String what = "item " + i++ + " of 'causes' of " + where;
      Optional<YamlMap> one = reader.map(item, what);
      if (one.isEmpty()) {
        continue;
      }
      reader.checkKeys(one.get(), CatalogKeys.CAUSE, what);
      Optional<YamlScalar> text = reader.optionalString(one.get(), "cause", what);
      if (text.isEmpty() || text.get().text().isBlank()) {
        reader.add(DiagnosticId.MISSING_KEY.error(one.get().position(), capitalized(what) + " has no 'cause'.",
            "Write what causes the response after 'cause:', and what to do in that case after 'fix:'."));
        continue;
      }
      Optional<String> fix = reader.optionalString(one.get(), "fix", what).map(YamlScalar::text);
      Optional<RetryPolicy> retry = one.get().get("retry").flatMap(n -> RetryBinder.bind(n, what, reader));
      out.add(new Cause(text.get().text(), fix, retry, text.get().position()));
    }
    return out;
  }

  /**
   * EC052, a warning: an endpoint not in the syntax {@code METHOD /path} ({@code /path} where the API names no method, a note
   * in parentheses after it), which the docs' per-endpoint section and an OpenAPI export read.
   */
  static boolean endpoint(YamlScalar item, String where, NodeReader reader) {
    if (Endpoint.parse(item.text()).isPresent()) {
      return true;
    }
    String text = item.text().strip();
    String first = text.contains(" ") ? text.substring(0, text.indexOf(' ')) : text;
    String hint = Endpoint.METHODS.contains(first.toUpperCase(java.util.Locale.ROOT)) && !Endpoint.METHODS.contains(first)
        ? "Write the method in capitals: " + first.toUpperCase(java.util.Locale.ROOT) + text.substring(first.length())
            + "."
        : "Write METHOD /path, e.g. POST /register, or /register where the API's docs name no method; a note may"
            + " follow in parentheses: /register (single).";
    // A warning: endpoints were free text before this syntax, and a released catalog (a baseline) must still load.
    reader.diagnostics().add(DiagnosticId.ENDPOINT_SYNTAX.warning(
        item.position(), Shown.quoted(text) + " in 'endpoints' of " + where + " is not an endpoint: a path starts"
            + " with /, after an HTTP method or alone.", hint));
    return false;
  }

  /** A header name (an HTTP token), as the writer spelled it. */
  static Optional<String> header(YamlScalar name, String where, NodeReader reader) {
    if (reader.strayCharacter(name.text(), name.position(), "the header in 'headers' of " + where, "- ")) {
      return Optional.empty();
    }
    if (!WaitBinder.isHeaderName(name.text())) {
      reader.add(DiagnosticId.BAD_VALUE.error(name.position(),
          Shown.quoted(name.text()) + " in 'headers' of " + where + " is not an HTTP header name.",
          "Write the header's name only, e.g. Retry-After."));
      return Optional.empty();
    }
    return Optional.of(name.text());
  }

  static Optional<String> deprecated(YamlNode node, String where, NodeReader reader) {
    if (node instanceof YamlScalar s && s.kind() == ScalarKind.BOOL) {
      return s.text().equals("true") ? Optional.of("") : Optional.empty();
    }
    Optional<Boolean> quoted = NodeReader.quotedBoolean(node);
    if (quoted.isPresent()) {
      // 'no' in quotes is text, and any text marks the entry deprecated: never what the writer meant.
      YamlScalar s = (YamlScalar) node;
      reader.add(DiagnosticId.WRONG_TYPE.error(s.position(),
          "'deprecated' of " + where + " is " + Shown.quoted(s.text()) + " in quotes: text, which would mark the"
              + " entry deprecated with the note " + Shown.quoted(s.text()) + ".",
          quoted.get() ? "Write deprecated: true (without quotes), or a note that says what to use instead."
              : "Remove the key: an entry without 'deprecated' is not deprecated (or write deprecated: false)."));
      return Optional.empty();
    }
    if (node instanceof YamlScalar s && s.kind() == ScalarKind.STRING) {
      return Optional.of(s.text());
    }
    reader.wrongType(node, "'deprecated' of " + where, "true, false or a deprecation note");
    return Optional.empty();
  }

  static Optional<String> group(YamlNode node, String where, NodeReader reader) {
    Optional<YamlScalar> group = reader.string(node, "'group' of " + where);
    if (group.isEmpty() || reader.tooLong(group.get(), "'group' of " + where)) {
      return Optional.empty();
    }
    String camel = Names.upperCamel(group.get().text());
    if (RESERVED_GROUPS.contains(camel)) {
      String clash = camel.isEmpty() ? "the base exception of the catalog" : "the exception for responses no entry"
          + " describes";
      reader.add(DiagnosticId.JAVA_NAME_CLASH.error(group.get().position(),
          "'group' of " + where + " is " + Shown.quoted(group.get().text()) + ": its exception class would be <Prefix>"
              + camel + "Exception, the name of " + clash + ".",
          "Choose another group name made of words, e.g. " + (camel.isEmpty() ? "authentication" : "response-error")
              + "."));
      return Optional.empty();
    }
    return Optional.of(camel);
  }

  static String capitalized(String where) {
    return Character.toUpperCase(where.charAt(0)) + where.substring(1);
  }
}

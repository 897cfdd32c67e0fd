package dev.errorcatalog.processor.load;

import dev.errorcatalog.processor.model.FormatLimits;
import dev.errorcatalog.processor.model.Shown;
import dev.errorcatalog.processor.model.SourcePosition;
import dev.errorcatalog.processor.validate.Diagnostic;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.validate.Diagnostics;
import dev.errorcatalog.processor.validate.DidYouMean;
import dev.errorcatalog.processor.yaml.ScalarKind;
import dev.errorcatalog.processor.yaml.YamlList;
import dev.errorcatalog.processor.yaml.YamlMap;
import dev.errorcatalog.processor.yaml.YamlNode;
import dev.errorcatalog.processor.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Typed access to YAML nodes that reports every mismatch (EC002 unknown key, EC003 missing key, EC004
 * wrong type) at the offending node and carries on, so one pass finds all mistakes.
 *
 * <p>{@code where} arguments name the enclosing thing for messages: "entry ORDER_NOT_FOUND", "shape
 * acme-error", "the catalog".
 */
final class NodeReader {

  private final Diagnostics diagnostics;
  /** The file's lines, to place a diagnostic at a character inside a value; empty when not given. */
  private final String[] lines;

  NodeReader(Diagnostics diagnostics) {
    this(diagnostics, new String[0]);
  }

  NodeReader(Diagnostics diagnostics, String[] lines) {
    this.diagnostics = diagnostics;
    this.lines = lines;
  }

  /**
   * Where character {@code index} of a value that starts at {@code at} is in the file: on the value's line when the
   * value is written there as read (plain or quoted, without escapes before it); else {@code at}.
   */
  SourcePosition at(SourcePosition at, String text, int index) {
    if (at == null || at.line() < 1 || at.line() > lines.length) {
      return at;
    }
    String line = lines[at.line() - 1];
    int start = at.column() - 1;
    if (start < 0 || start > line.length()) {
      return at;
    }
    if (start < line.length() && (line.charAt(start) == '"' || line.charAt(start) == '\'')) {
      start++;
    }
    if (!line.regionMatches(start, text, 0, index)) {
      return at;
    }
    return new SourcePosition(at.file(), at.line(), start + index + 1);
  }

  /**
   * EC046: an identifier (a code, a name, a shape or field name, a header) with a character that shows nothing or
   * is no part of an identifier the API sends: a space at an end, an invisible space or joiner, a control
   * character, an emoji. True when reported.
   */
  boolean strayCharacter(String text, SourcePosition at, String what, String key) {
    Optional<StrayCharacters.Stray> stray = StrayCharacters.find(text);
    if (stray.isEmpty()) {
      return false;
    }
    StrayCharacters.Stray found = stray.get();
    String cleaned = StrayCharacters.clean(text);
    add(DiagnosticId.STRAY_CHARACTER.error(at(at, text, found.index()),
        what + " " + Shown.quoted(text) + " has " + found.describe() + ": the page would publish it, and the "
            + "value the API really sends never matches.",
        cleaned.isEmpty() ? "Retype the value without it (an editor may not show it)."
            : "Delete it (an editor may not show it): write "
                + (key.isEmpty() ? "" : key.endsWith(" ") ? key : key + ": ") + cleaned + "."));
    return true;
  }

  Diagnostics diagnostics() {
    return diagnostics;
  }

  /** Records a diagnostic, made by its id ({@code DiagnosticId.X.error(at, problem, fix)}). */
  void add(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
  }

  /** Reports each key of {@code map} that is not in {@code known} (EC002), with a "did you mean". */
  void checkKeys(YamlMap map, Collection<String> known, String where) {
    UnknownKeys.report(this, map, known, where);
  }

  /** Reports each of {@code keys} missing from {@code map} (EC003); true when all are there. */
  boolean requireKeys(YamlMap map, String where, String example, String... keys) {
    boolean all = true;
    for (String key : keys) {
      if (map.get(key).isEmpty()) {
        all = false;
        // A misspelling of the key is reported as an unknown key with "did you mean": not missing as well.
        // Looked for only when the key is missing: the edit distances cost every entry of a large catalog.
        boolean misspelled = map.fields().stream()
            .anyMatch(f -> !f.key().equals(key) && !DidYouMean.hint(f.key(), List.of(key)).isEmpty());
        if (!misspelled) {
          add(DiagnosticId.MISSING_KEY.error(map.position(), where + " has no '" + key + "'.",
              "Add it, e.g. " + key + ": " + example(key, example) + "."));
        }
      }
    }
    return all;
  }

  private static String example(String key, String fallback) {
    return switch (key) {
      case "catalog" -> "my-api";
      case "title" -> "Not Found";
      case "status" -> "404";
      case "code" -> "ORDER_NOT_FOUND";
      case "entries" -> "followed by a list of '- code: ...' items";
      case "class" -> "backoff";
      default -> fallback;
    };
  }

  /** The node as a map, or EC004. */
  Optional<YamlMap> map(YamlNode node, String what) {
    if (node instanceof YamlMap m) {
      return Optional.of(m);
    }
    wrongType(node, what, "a map (indented 'key: value' lines)");
    return Optional.empty();
  }

  /** The node as a list, or EC004. */
  Optional<YamlList> list(YamlNode node, String what) {
    if (node instanceof YamlList l) {
      return Optional.of(l);
    }
    wrongType(node, what, "a list (lines starting with '- ')");
    return Optional.empty();
  }

  /** The node as a string scalar, or EC004 (numbers and booleans must be quoted to be text). */
  Optional<YamlScalar> string(YamlNode node, String what) {
    if (node instanceof YamlScalar s && s.kind() == ScalarKind.STRING) {
      return Optional.of(s);
    }
    wrongType(node, what, "a string");
    return Optional.empty();
  }

  /** The optional string value of {@code key}. */
  Optional<YamlScalar> optionalString(YamlMap map, String key, String where) {
    return map.get(key).flatMap(n -> string(n, "'" + key + "' of " + where));
  }

  /** The value of {@code key} as a list of strings (each item checked); empty when absent. */
  List<YamlScalar> strings(YamlMap map, String key, String where) {
    List<YamlScalar> out = new ArrayList<>();
    Optional<YamlNode> node = map.get(key);
    if (node.isEmpty()) {
      return out;
    }
    Optional<YamlList> list = list(node.get(), "'" + key + "' of " + where);
    if (list.isPresent()) {
      int i = 1;
      for (YamlNode item : list.get().items()) {
        string(item, "item " + i + " of '" + key + "' of " + where).ifPresent(out::add);
        i++;
      }
    }
    return out;
  }

  /** The optional value of {@code key} as {@code true} or {@code false} (EC004 for anything else). */
  Optional<Boolean> optionalBoolean(YamlMap map, String key, String where) {
    Optional<YamlNode> node = map.get(key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof YamlScalar s && s.kind() == ScalarKind.BOOL) {
      return Optional.of(s.text().equals("true"));
    }
    Optional<Boolean> quoted = quotedBoolean(node.get());
    if (quoted.isPresent()) {
      YamlScalar s = (YamlScalar) node.get();
      add(DiagnosticId.WRONG_TYPE.error(s.position(),
          "'" + key + "' of " + where + " must be true or false, found " + Shown.quoted(s.text())
              + " in quotes, which is text.",
          "Write it without quotes: " + key + ": " + quoted.get() + "."));
      return Optional.empty();
    }
    wrongType(node.get(), "'" + key + "' of " + where, "true or false");
    return Optional.empty();
  }

  /**
   * The boolean a quoted word means ({@code 'no'}, {@code "true"}, {@code 'Off'}: the words YAML reads as
   * booleans when unquoted); empty for any other node.
   */
  static Optional<Boolean> quotedBoolean(YamlNode node) {
    if (node instanceof YamlScalar s && s.kind() == ScalarKind.STRING) {
      switch (s.text().strip().toLowerCase(java.util.Locale.ROOT)) {
        case "true", "yes", "on":
          return Optional.of(true);
        case "false", "no", "off":
          return Optional.of(false);
        default:
          return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The node as an integer that fits an {@code int}, or EC004. */
  Optional<Integer> integer(YamlNode node, String what) {
    if (node instanceof YamlScalar s && s.kind() == ScalarKind.INT) {
      try {
        return Optional.of(Integer.parseInt(s.text().replace("_", "").replaceFirst("^\\+", "")));
      } catch (NumberFormatException e) {
        add(DiagnosticId.BAD_VALUE.error(s.position(), what + " is " + Shown.bare(s.text()) + ", which is not a usable whole number.",
            "Write a plain decimal number."));
        return Optional.empty();
      }
    }
    wrongType(node, what, "a whole number");
    return Optional.empty();
  }

  /**
   * Reports a name that generated classes carry (the catalog id, a group) when it is longer than
   * {@link FormatLimits#MAX_NAME} (EC039); true when it is.
   */
  boolean tooLong(YamlScalar name, String what) {
    if (name.text().length() <= FormatLimits.MAX_NAME) {
      return false;
    }
    add(DiagnosticId.TEXT_TOO_LONG.error(name.position(),
        what + " has " + name.text().length() + " characters; it names generated classes, and has at most "
            + FormatLimits.MAX_NAME + ".",
        "Shorten it to a few words: the class files of the generated types must keep within the 255 bytes a file"
            + " system allows a file name."));
    return true;
  }

  /** EC004: {@code what} must be {@code expected} but is something else. */
  void wrongType(YamlNode node, String what, String expected) {
    // Digits in quotes are a number the writer quoted, not "a string" to them.
    boolean quotedNumber = node instanceof YamlScalar q && q.kind() == ScalarKind.STRING
        && q.text().matches("[-+]?[0-9]{1,100000}(\\.[0-9]{1,100000})?");
    boolean bool = node instanceof YamlScalar b && b.kind() == ScalarKind.BOOL;
    String found = quotedNumber ? "a number in quotes" : node.description();
    if (bool) {
      YamlScalar b = (YamlScalar) node;
      found = b.written().equals(b.text()) ? "the boolean " + b.text()
          : Shown.bare(b.written()) + ", which YAML reads as the boolean " + b.text() + " when unquoted";
    }
    String fix;
    if (node instanceof YamlScalar g && g.kind() == ScalarKind.STRING && expected.startsWith("a map")
        && g.text().matches("[A-Za-z_][A-Za-z0-9_.-]{0,200}:(?!//)[^\\s:].{0,100000}")) {
      // message:/message under a key: no space after the colon, so YAML read one text, not a key and its value.
      int colon = g.text().indexOf(':');
      fix = Shown.quoted(g.text()) + " has no space after the colon, so YAML reads it as text, not as the key "
          + Shown.quoted(g.text().substring(0, colon)) + ". Write a space after the colon: "
          + Shown.bare(g.text().substring(0, colon + 1) + " " + g.text().substring(colon + 1)) + ".";
    } else if (node instanceof YamlScalar s && s.kind() != ScalarKind.NULL && expected.startsWith("a string")) {
      fix = "Quote it to make it text: " + Shown.doubleQuoted(s.written()) + ".";
    } else if (node instanceof YamlScalar s && s.kind() == ScalarKind.NULL) {
      fix = "Write the value after the colon, or remove the key.";
    } else if (quotedNumber && expected.startsWith("a whole")) {
      fix = "Write the number without quotes.";
    } else {
      fix = "Write " + expected + " here.";
    }
    String shown = node instanceof YamlScalar s && s.kind() != ScalarKind.NULL && !bool ? " (" + Shown.bare(s.written()) + ")" : "";
    add(DiagnosticId.WRONG_TYPE.error(node.position(),
        what + " must be " + expected + ", found " + found + shown + ".", fix));
  }
}

package dev.errorcatalog.processor.load;

import dev.errorcatalog.processor.model.Shown;
import dev.errorcatalog.processor.model.SourcePosition;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.validate.Diagnostics;
import dev.errorcatalog.processor.yaml.YamlList;
import dev.errorcatalog.processor.yaml.YamlMap;
import dev.errorcatalog.processor.yaml.YamlNode;
import dev.errorcatalog.processor.yaml.YamlScalar;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Warns of a ` #` on the line of an unquoted text (a {@code message}, {@code title}, {@code variants} item,
 * {@code fix}, {@code description}, {@code cause}, a reason of {@code decided} ... every key whose value is text):
 * YAML reads it as the start of a comment, so the text ends before it ({@code message: See #limits} documents
 * "See"). Trailing comments are legitimate (the shipped catalogs use them), so this is a warning that shows
 * the text as read and how to quote it if the rest was meant.
 */
final class TrailingComments {

  /** The keys whose value is text shown to API users: a cut there is a wrong page or a wrong exception message. */
  private static final Set<String> TEXT_KEYS = Set.of("message", "title", "variants", "fix", "description", "cause",
      "deprecated", "docs", "summary", "reason", "endpoints");

  /** The keys whose map holds text under each key: the reasons of {@code decided:}, the meanings of a shape. */
  private static final Set<String> TEXT_MAPS = Set.of("decided", "meanings");

  /** The keys of a shape whose value is a pointer, not text ({@code message: /error/message}). */
  private static final Set<String> POINTER_KEYS = Set.of("message", "code", "subcode", "retry-after", "pointer",
      "field", "header", "unit");

  private TrailingComments() {}

  static void check(YamlNode root, byte[] content, Diagnostics diagnostics) {
    String text = new String(content, StandardCharsets.UTF_8);
    if (!text.contains(" #") && !text.contains("\t#")) {
      return;
    }
    walk(root, text.split("\r?\n", -1), diagnostics, false);
  }

  private static void walk(YamlNode node, String[] lines, Diagnostics diagnostics, boolean inShapes) {
    if (node instanceof YamlMap map) {
      for (YamlMap.Field field : map.fields()) {
        String key = field.key();
        if (inShapes && POINTER_KEYS.contains(key)) {
          continue; // a shape's 'message' is a pointer, not text
        }
        if (TEXT_KEYS.contains(key)) {
          String label = key.equals("variants") ? "this variant" : key.equals("endpoints") ? "this endpoint"
              : "the " + key;
          check(label, field.value(), lines, diagnostics);
          if (field.value() instanceof YamlList list) {
            list.items().forEach(item -> check(label, item, lines, diagnostics));
          }
        } else if (TEXT_MAPS.contains(key) && field.value() instanceof YamlMap texts) {
          for (YamlMap.Field text : texts.fields()) {
            check(key.equals("decided") ? "the reason of 'decided: " + text.key() + "'" : "the meaning of "
                + Shown.quoted(text.key()), text.value(), lines, diagnostics);
          }
        } else {
          walk(field.value(), lines, diagnostics, inShapes || key.equals("shapes"));
        }
      }
    } else if (node instanceof YamlList list) {
      list.items().forEach(item -> walk(item, lines, diagnostics, inShapes));
    }
  }

  private static void check(String label, YamlNode node, String[] lines, Diagnostics diagnostics) {
    if (!(node instanceof YamlScalar scalar) || !scalar.isString()) {
      return;
    }
    SourcePosition at = scalar.position();
    if (at.line() < 1 || at.line() > lines.length) {
      return;
    }
    String line = lines[at.line() - 1];
    int start = at.column() - 1;
    if (start < 0 || start >= line.length() || "'\"|>".indexOf(line.charAt(start)) >= 0) {
      return; // quoted or a block: a '#' inside is text
    }
    String rest = line.substring(start);
    int hash = commentStart(rest);
    if (hash < 0 || !rest.substring(0, hash).strip().equals(scalar.text().strip())) {
      return; // no comment, or a plain value over several lines: not read from this line alone
    }
    String whole = rest.strip();
    String quoted = whole.contains("\"") ? "'" + whole.replace("'", "''") + "'" : "\"" + whole.replace("\\", "\\\\") + "\"";
    diagnostics.add(DiagnosticId.TRAILING_COMMENT.warning(
        new SourcePosition(at.file(), at.line(), start + hash + 1),
        "YAML reads " + Shown.quoted(" " + rest.substring(hash).strip()) + " as a comment, so " + label + " is " + Shown.doubleQuoted(scalar.text()) + ".",
        "If the rest is part of the text, quote the whole value: " + line.substring(0, start).strip()
            + " " + Shown.bare(quoted) + "; if it is a comment, ignore this."));
  }

  /** Where a comment starts in a plain value: a '#' after a space or tab; -1 for none. */
  private static int commentStart(String value) {
    for (int i = 1; i < value.length(); i++) {
      if (value.charAt(i) == '#' && (value.charAt(i - 1) == ' ' || value.charAt(i - 1) == '\t')) {
        return i - 1;
      }
    }
    return -1;
  }
}

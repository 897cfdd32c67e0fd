package dev.errorcatalog.processor.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.errorcatalog.processor.model.FormatLimits;
import dev.errorcatalog.processor.model.Shown;
import dev.errorcatalog.processor.model.SourcePosition;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.validate.Diagnostics;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads catalog YAML into a {@link YamlNode} tree with positions, with the streaming parser (no object
 * binding: a catalog is untrusted input and its mistakes must be reported where they stand).
 *
 * <p>Bounded: the document size, nesting depth and alias count are limited, and every anchor and alias
 * is rejected (EC016), so an alias bomb ("billion laughs") is refused at its first anchor instead of
 * being expanded. Invalid UTF-8 is EC022, a repeated key EC025, anything the YAML parser rejects EC001.
 */
public final class YamlReader {

  /** The largest catalog read, in characters: no more than it has bytes ({@link FormatLimits#MAX_FILE_BYTES}). */
  public static final int MAX_CHARS = FormatLimits.MAX_FILE_BYTES;

  /** The deepest nesting read; catalogs need about five levels. */
  public static final int MAX_DEPTH = 40;

  /** Alias/anchor mistakes reported before giving up on a file (an alias bomb has hundreds). */
  private static final int MAX_ALIAS_REPORTS = 5;

  /** A plain scalar YAML reads as a decimal integer, however long. */
  private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");

  private static final YAMLFactory FACTORY =
      new AnchorAwareYamlFactory(YAMLFactory.builder().loaderOptions(loaderOptions()));

  private final String file;
  private final Diagnostics diagnostics;
  private AnchorAwareYamlFactory.Parser parser;
  private int aliasReports;
  /** The lines of the document, for plain-word syntax messages. */
  private String[] lines = new String[0];

  private YamlReader(String file, Diagnostics diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CHARS);
    options.setNestingDepthLimit(MAX_DEPTH + 2);
    options.setMaxAliasesForCollections(0);
    options.setAllowRecursiveKeys(false);
    options.setProcessComments(false);
    return options;
  }

  /**
   * Reads one YAML document. Returns the tree, or empty when the file could not be read faithfully
   * (not UTF-8, not YAML, anchors or aliases): the mistakes are in {@code diagnostics}. An empty file
   * reads as a {@code null} scalar.
   */
  public static Optional<YamlNode> read(String file, byte[] content, Diagnostics diagnostics) {
    Optional<String> text = Utf8.decode(file, content, diagnostics);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (text.get().length() > MAX_CHARS) {
      diagnostics.add(DiagnosticId.UNREADABLE_CATALOG.error(new SourcePosition(file, 1, 1),
          "the file has " + text.get().length() + " characters, more than the " + MAX_CHARS + " a catalog may have.",
          "Split it into several catalogs."));
      return Optional.empty();
    }
    if (!TextScan.check(file, text.get(), diagnostics)) {
      return Optional.empty();
    }
    YamlReader reader = new YamlReader(file, diagnostics);
    reader.lines = text.get().split("\r?\n", -1);
    return reader.readDocument(text.get());
  }

  private Optional<YamlNode> readDocument(String text) {
    try (AnchorAwareYamlFactory.Parser p = (AnchorAwareYamlFactory.Parser) FACTORY.createParser(new StringReader(text))) {
      parser = p;
      JsonToken first = p.nextToken();
      if (first == null) {
        return Optional.of(new YamlScalar("", ScalarKind.NULL, new SourcePosition(file, 1, 1)));
      }
      YamlNode root = readNode(first, 0, "the document");
      if (root == null) {
        return Optional.empty();
      }
      JsonToken next = p.nextToken();
      if (next != null) {
        diagnostics.add(DiagnosticId.YAML_SYNTAX.error(position(p.currentTokenLocation()),
            "a second YAML document starts here; a catalog is one document.",
            "Remove the '---' line and everything after it, or move it to its own catalog file."));
        return Optional.empty();
      }
      // With anchors or aliases the tree is not what the writer meant: report them, bind nothing.
      return aliasReports > 0 ? Optional.empty() : Optional.of(root);
    } catch (IOException | RuntimeException e) {
      reportSyntax(e);
      return Optional.empty();
    }
  }

  /** Reads the node the current token starts; {@code null} when reading must stop. */
  private YamlNode readNode(JsonToken token, int depth, String what) throws IOException {
    SourcePosition at = position(parser.currentTokenLocation());
    checkNoAnchor(at);
    if (depth > MAX_DEPTH) {
      diagnostics.add(DiagnosticId.YAML_SYNTAX.error(at,
          "the document is nested more than " + MAX_DEPTH + " levels deep.",
          "A catalog needs a few levels only: check the indentation."));
      return null;
    }
    switch (token) {
      case START_OBJECT:
        return readMap(at, depth);
      case START_ARRAY:
        return readList(at, depth);
      case VALUE_STRING:
      case VALUE_EMBEDDED_OBJECT:
        // Jackson types an integer of more digits than it reads as a string; unquoted, it is a number.
        return new YamlScalar(checkLength(parser.getText(), at, what),
            parser.plainScalar() && INTEGER.matcher(parser.getText()).matches() ? ScalarKind.INT : ScalarKind.STRING,
            at);
      case VALUE_NUMBER_INT:
        return new YamlScalar(checkLength(parser.getText(), at, what), ScalarKind.INT, at);
      case VALUE_NUMBER_FLOAT:
        return new YamlScalar(checkLength(parser.getText(), at, what), ScalarKind.FLOAT, at);
      case VALUE_TRUE:
        return new YamlScalar("true", ScalarKind.BOOL, at, parser.getText());
      case VALUE_FALSE:
        return new YamlScalar("false", ScalarKind.BOOL, at, parser.getText());
      case VALUE_NULL:
        return new YamlScalar("", ScalarKind.NULL, at);
      default:
        diagnostics.add(DiagnosticId.YAML_SYNTAX.error(at, "unexpected " + token + " in the YAML.",
            "Check the indentation near this place."));
        return null;
    }
  }

  private YamlNode readMap(SourcePosition at, int depth) throws IOException {
    List<YamlMap.Field> fields = new ArrayList<>();
    Map<String, SourcePosition> seen = new HashMap<>();
    JsonToken t;
    while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
      SourcePosition keyAt = position(parser.currentTokenLocation());
      String key = checkLength(parser.currentName(), keyAt, "a key");
      String valueIs = key.length() > FormatLimits.MAX_TEXT ? "its value" : Shown.quoted(key);
      checkNoAnchor(keyAt);
      YamlNode value = readNode(parser.nextToken(), depth + 1, valueIs);
      if (value == null) {
        return null;
      }
      SourcePosition first = seen.putIfAbsent(key, keyAt);
      if (first != null) {
        diagnostics.add(DiagnosticId.DUPLICATE_KEY.error(keyAt,
            "the key '" + key + "' appears twice in this map; the first is at line " + first.line() + ".",
            "Keep one of the two (the first one is used until then)."));
      } else {
        fields.add(new YamlMap.Field(key, keyAt, value));
      }
    }
    if (t != JsonToken.END_OBJECT) {
      diagnostics.add(DiagnosticId.YAML_SYNTAX.error(position(parser.currentTokenLocation()),
          "a map ends unexpectedly.", "Check the indentation near this place."));
      return null;
    }
    return new YamlMap(fields, at);
  }

  private YamlNode readList(SourcePosition at, int depth) throws IOException {
    List<YamlNode> items = new ArrayList<>();
    JsonToken t;
    while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        diagnostics.add(DiagnosticId.YAML_SYNTAX.error(position(parser.currentLocation()),
            "a list ends unexpectedly.", "Check the indentation near this place."));
        return null;
      }
      YamlNode item = readNode(t, depth + 1, "item " + (items.size() + 1) + " of a list");
      if (item == null) {
        return null;
      }
      items.add(item);
    }
    return new YamlList(items, at);
  }

  /**
   * The text, after reporting it (EC039) as {@code what} ({@code 'title'}, {@code item 2 of a list}) when it is
   * longer than {@link FormatLimits#MAX_TEXT}. Binding goes on, to report every mistake of the file (the error
   * keeps anything from being generated); the text is bounded by the file's size, and every later check of it
   * is linear in its length.
   */
  private String checkLength(String text, SourcePosition at, String what) {
    if (text.length() > FormatLimits.MAX_TEXT) {
      diagnostics.add(DiagnosticId.TEXT_TOO_LONG.error(at,
          what + " has " + Shown.number(text.length()) + " characters; a value of a catalog has at most "
              + Shown.number(FormatLimits.MAX_TEXT) + ".",
          "Shorten it: a title, message or code that long is not what the API sends; long prose belongs on a page"
              + " of its own, linked from 'description'."));
    }
    return text;
  }

  /**
   * Anchors ({@code &name}) and aliases ({@code *name}) are refused: catalogs spell every value out, and
   * expanding aliases is how alias bombs exhaust memory. The streaming parser never expands them, so
   * reading goes on to report the next ones; the tree is then dropped.
   */
  private void checkNoAnchor(SourcePosition at) {
    String name = parser.anchorOrAlias();
    if (name != null) {
      reportAlias(at, parser.atAlias() ? "the alias '*" + name + "'" : "the anchor '&" + name + "'");
    }
  }

  private void reportAlias(SourcePosition at, String what) {
    aliasReports++;
    if (aliasReports <= MAX_ALIAS_REPORTS) {
      diagnostics.add(DiagnosticId.YAML_ALIAS.error(at,
          what + " is not allowed: catalogs do not use YAML anchors and aliases.",
          "Write the value out in full wherever it is needed (for shared body layouts, name a shape"
              + " under 'shapes:' and refer to it with 'shape:'; for shared retry advice use 'defaults:')."));
    }
  }

  private void reportSyntax(Exception e) {
    MarkedYAMLException marked = markedCause(e);
    if (marked != null && marked.getProblemMark() != null) {
      Mark mark = marked.getProblemMark();
      Optional<SyntaxHint> hint = SyntaxHint.of(lines, mark.getLine(), mark.getColumn(),
          String.valueOf(marked.getProblem()) + " " + String.valueOf(marked.getContext()));
      if (hint.isPresent()) {
        diagnostics.add(DiagnosticId.YAML_SYNTAX.error(new SourcePosition(file, hint.get().line(), hint.get().column()),
            hint.get().problem(), hint.get().fix()));
        return;
      }
      String problem = marked.getProblem() == null ? "not valid YAML" : marked.getProblem();
      String context = marked.getContext() == null ? "" : " (" + marked.getContext() + ")";
      diagnostics.add(DiagnosticId.YAML_SYNTAX.error(new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1),
          "the file is not valid YAML: " + Shown.bare(oneLine(problem + context)) + ".", SYNTAX_FIX));
      return;
    }
    SourcePosition at = new SourcePosition(file, 1, 1);
    if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null) {
      at = position(jpe.getLocation());
    } else if (parser != null) {
      at = position(parser.currentLocation());
    }
    String message = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
    diagnostics.add(DiagnosticId.YAML_SYNTAX.error(at,
        "the file is not valid YAML" + (message == null ? "" : ": " + Shown.bare(oneLine(message))) + ".",
        SYNTAX_FIX));
  }

  private static final String SYNTAX_FIX = "Check the indentation and quoting here: indent with spaces only, and"
      + " quote values that contain ': ' or ' #' or start with one of { } [ ] * & ! % @ ` or a quote.";

  private static MarkedYAMLException markedCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof MarkedYAMLException m) {
        return m;
      }
    }
    return null;
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }

  private SourcePosition position(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return new SourcePosition(file, 1, 1);
    }
    return new SourcePosition(file, location.getLineNr(), Math.max(1, location.getColumnNr()));
  }
}

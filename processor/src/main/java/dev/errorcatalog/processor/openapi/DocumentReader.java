package dev.errorcatalog.processor.openapi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.errorcatalog.processor.locate.BoundedFiles;
import dev.errorcatalog.processor.locate.Refusal;
import dev.errorcatalog.processor.locate.RefusedException;
import dev.errorcatalog.processor.model.SourcePosition;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads an OpenAPI document, JSON or YAML, into a {@link DocumentTree}, bounded as catalogs are read: a regular
 * file only, its size checked before it is opened ({@link BoundedFiles}), strict UTF-8, nesting limited, and
 * YAML aliases refused (the streaming parser would hand an alias over as its name, a value the author never
 * wrote). Every failure is an {@link UnreadableDocument} in plain words, never an exception.
 */
public final class DocumentReader {

  private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(constraints()).build();

  private static final YAMLFactory YAML = (YAMLFactory) YAMLFactory.builder().loaderOptions(loaderOptions())
      .streamReadConstraints(constraints()).build();

  private final String file;
  private final Map<JsonNode, SourcePosition> positions = new IdentityHashMap<>();
  private JsonParser parser;

  private DocumentReader(String file) {
    this.file = file;
  }

  private static StreamReadConstraints constraints() {
    return StreamReadConstraints.builder().maxNestingDepth(OpenApiLimits.MAX_DEPTH + 2)
        .maxStringLength(OpenApiLimits.MAX_BYTES).build();
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(OpenApiLimits.MAX_BYTES);
    options.setNestingDepthLimit(OpenApiLimits.MAX_DEPTH + 2);
    options.setMaxAliasesForCollections(0);
    options.setProcessComments(false);
    return options;
  }

  /** The document in {@code file}, or why it cannot be read. */
  public static Read read(Path file) {
    String name = file.toString();
    byte[] bytes;
    try {
      bytes = BoundedFiles.read(file, OpenApiLimits.MAX_BYTES);
    } catch (RefusedException e) {
      return Read.failed(refused(e.refusal()));
    }
    return read(name, bytes);
  }

  /** The document held by {@code bytes}, named {@code file} in messages. */
  public static Read read(String file, byte[] bytes) {
    try {
      return Read.of(new DocumentReader(file).parse(bytes));
    } catch (UnreadableDocument.Failure e) {
      return Read.failed(e.reason());
    } catch (RuntimeException | StackOverflowError e) {
      // A parser's own failure on some input it should have reported: still a refusal, never a crash.
      return Read.failed(new UnreadableDocument(new SourcePosition(file, 1, 1),
          file + " could not be read as JSON or YAML (" + (e.getMessage() == null ? e.getClass().getSimpleName()
              : e.getMessage().lines().findFirst().orElse("")) + ")",
          "Check that it is an OpenAPI document in JSON or YAML."));
    }
  }

  /** A document read, or why not. */
  public record Read(DocumentTree tree, UnreadableDocument failure) {
    static Read of(DocumentTree tree) {
      return new Read(tree, null);
    }

    static Read failed(UnreadableDocument failure) {
      return new Read(null, failure);
    }

    public boolean ok() {
      return tree != null;
    }
  }

  private static UnreadableDocument refused(Refusal refusal) {
    SourcePosition at = new SourcePosition(refusal.file(), 1, 1);
    return switch (refusal.kind()) {
      case TOO_LARGE -> new UnreadableDocument(at, refusal.file() + " has more than the "
          + String.format(Locale.ROOT, "%,d", OpenApiLimits.MAX_BYTES) + " bytes an OpenAPI document may have",
          "Give the document without its dereferenced copies (the $ref form), or only the paths whose errors matter.");
      case MISSING -> new UnreadableDocument(at, refusal.file() + " " + refusal.reason(), "Check the path.");
      default -> new UnreadableDocument(at, refusal.file() + " " + refusal.reason(),
          "Name the OpenAPI document's file itself.");
    };
  }

  private DocumentTree parse(byte[] bytes) throws UnreadableDocument.Failure {
    String text = utf8(bytes);
    String trimmed = text.stripLeading();
    boolean json = trimmed.startsWith("{") || trimmed.startsWith("[");
    if (!json) {
      longLine(text);
    }
    try (JsonParser p = (json ? JSON : YAML).createParser(new StringReader(text))) {
      parser = p;
      JsonToken first = p.nextToken();
      if (first == null) {
        throw fail(1, 1, file + " is empty", "Give an OpenAPI document.");
      }
      JsonNode root = node(first, 0);
      if (json && p.nextToken() != null) {
        throw fail(p.currentTokenLocation(), file + " holds more than one JSON value", "Keep the one document.");
      }
      return new DocumentTree(file, root, positions);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
      throw fail(at, file + " is not valid " + (json ? "JSON" : "YAML") + ": " + message,
          "Check the document with an OpenAPI or YAML editor near this place.");
    } catch (IOException e) {
      throw fail(1, 1, file + " could not be read: " + e.getMessage(), "Check the file.");
    }
  }

  private JsonNode node(JsonToken token, int depth) throws IOException, UnreadableDocument.Failure {
    JsonLocation at = parser.currentTokenLocation();
    if (depth > OpenApiLimits.MAX_DEPTH) {
      throw fail(at, file + " is nested more than " + OpenApiLimits.MAX_DEPTH + " levels deep",
          "An OpenAPI document needs far fewer: check that it is the document meant.");
    }
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      throw fail(at, file + " uses a YAML alias (*" + parser.getText() + ")",
          "Write the value out, or use a $ref: the document is read without expanding aliases.");
    }
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    switch (token) {
      case START_OBJECT: {
        ObjectNode map = nodes.objectNode();
        positions.put(map, position(at));
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          map.set(key, node(parser.nextToken(), depth + 1));
        }
        if (t != JsonToken.END_OBJECT) {
          throw fail(parser.currentLocation(), file + " ends inside a map", "Check the end of the document.");
        }
        return map;
      }
      case START_ARRAY: {
        ArrayNode list = nodes.arrayNode();
        positions.put(list, position(at));
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
          if (t == null) {
            throw fail(parser.currentLocation(), file + " ends inside a list", "Check the end of the document.");
          }
          list.add(node(t, depth + 1));
        }
        return list;
      }
      case VALUE_STRING:
      case VALUE_EMBEDDED_OBJECT:
        return nodes.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        return nodes.numberNode(parser.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT:
        return nodes.numberNode(parser.getDecimalValue());
      case VALUE_TRUE:
        return nodes.booleanNode(true);
      case VALUE_FALSE:
        return nodes.booleanNode(false);
      case VALUE_NULL:
        return nodes.nullNode();
      default:
        throw fail(at, file + " has an unexpected " + token, "Check the document near this place.");
    }
  }

  /**
   * Refuses a YAML line longer than {@link OpenApiLimits#MAX_YAML_LINE}: the YAML parser copies its look-ahead for
   * every kilobyte of a run of text without a line break, so one line of megabytes would take minutes. JSON (a
   * minified document is one line) is read by the JSON parser, which has no such cost.
   */
  private void longLine(String text) throws UnreadableDocument.Failure {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i - start > OpenApiLimits.MAX_YAML_LINE) {
          throw fail(line, 1, file + " has a line of " + String.format(Locale.ROOT, "%,d", i - start)
              + " characters, more than the " + String.format(Locale.ROOT, "%,d", OpenApiLimits.MAX_YAML_LINE)
              + " a YAML document may have", "Break the line, or give the document as JSON.");
        }
        line++;
        start = i + 1;
      }
    }
  }

  /** Strict UTF-8 (a leading byte order mark dropped); a bad byte is refused at its line and column. */
  private String utf8(byte[] bytes) throws UnreadableDocument.Failure {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    var result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    out.flip();
    if (result.isError()) {
      int line = 1;
      int column = 1;
      for (int i = 0; i < out.limit(); i++) {
        if (out.get(i) == '\n') {
          line++;
          column = 1;
        } else if (!Character.isLowSurrogate(out.get(i))) {
          column++;
        }
      }
      int bad = bytes[Math.min(in.position(), bytes.length - 1)] & 0xFF;
      throw fail(line, column, file + String.format(Locale.ROOT,
          " is not valid UTF-8: byte 0x%02X cannot start or continue a character here", bad),
          "Save it as UTF-8 (JSON and YAML documents are UTF-8).");
    }
    return out.toString();
  }

  private SourcePosition position(JsonLocation at) {
    if (at == null || at.getLineNr() < 1) {
      return new SourcePosition(file, 1, 1);
    }
    return new SourcePosition(file, at.getLineNr(), Math.max(1, at.getColumnNr()));
  }

  private UnreadableDocument.Failure fail(JsonLocation at, String problem, String fix) {
    return new UnreadableDocument.Failure(new UnreadableDocument(position(at), problem, fix));
  }

  private UnreadableDocument.Failure fail(int line, int column, String problem, String fix) {
    return new UnreadableDocument.Failure(new UnreadableDocument(new SourcePosition(file, line, column), problem, fix));
  }
}

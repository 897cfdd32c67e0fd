package dev.errorcatalog.processor.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.processor.model.BodyKind;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.MessageTemplate;
import dev.errorcatalog.runtime.CatalogCodec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The shipped catalogs' examples as real servers send them: every documented example body, rewritten the
 * ways a server or proxy may write the same response (indented, keys in another order, fields nobody
 * documented, every character escaped, a byte order mark, a numeric code as a string or a string code as a
 * number), decodes exactly as the example itself does: the same entry, match kind, message, arguments and
 * retry hint. And the same message with other argument values gives back those values.
 */
class ExampleVariantsTest {

  static final List<String> IDS = ShippedCatalogs.IDS;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A rewrite of a JSON example; one that does not apply returns its input. */
  private record Variant(String name, UnaryOperator<JsonNode> tree, Writer writer, String before, String after) {
    String render(JsonNode node) throws Exception {
      return before + writer.write(tree.apply(node.deepCopy())) + after;
    }
  }

  private interface Writer {
    String write(JsonNode node) throws Exception;
  }

  private static final Writer COMPACT = JSON::writeValueAsString;

  private static final List<Variant> VARIANTS = List.of(
      new Variant("indented, CRLF", n -> n,
          n -> JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n).replace("\n", "\r\n"), "", ""),
      new Variant("keys reversed", ExampleVariantsTest::reverseKeys, COMPACT, "", ""),
      new Variant("undocumented fields everywhere", ExampleVariantsTest::addFields, COMPACT, "", ""),
      new Variant("every character escaped", n -> n, EscapingWriter::write, "", ""),
      new Variant("byte order mark and surrounding whitespace", n -> n, COMPACT, "\uFEFF \r\n\t", "\r\n  "),
      new Variant("reversed, extra fields, escaped", n -> addFields(reverseKeys(n)), EscapingWriter::write, "\n",
          "\n"));

  @ParameterizedTest
  @FieldSource("IDS")
  void rewrittenExamplesDecodeAsTheExampleDoes(String id) throws Exception {
    CatalogModel catalog = ShippedCatalogs.load(id);
    CatalogCodec<ModelCodecs.Err> codec = ModelCodecs.of(catalog);
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Entry e : catalog.entries()) {
      if (e.shape().body() != BodyKind.JSON) {
        continue;
      }
      for (String example : bases(codec, e)) {
        JsonNode tree = JSON.readTree(example);
        DecodedError<ModelCodecs.Err> expected = codec.decode(e.status(), example);
        if (!expected.entry().map(ModelCodecs.Err::entry).equals(Optional.of(e))) {
          failures.add(e.code() + " (as written) decodes to " + expected.entry().map(x -> x.entry().code())
              + ": " + example);
          continue;
        }
        Map<String, String> bodies = new LinkedHashMap<>();
        for (Variant v : VARIANTS) {
          bodies.put(v.name(), v.render(tree));
        }
        codeRetyped(tree, e).ifPresent(body -> bodies.put("code retyped", body));
        for (Map.Entry<String, String> variant : bodies.entrySet()) {
          String body = variant.getValue();
          checked++;
          DecodedError<ModelCodecs.Err> actual = codec.decode(e.status(), body);
          String diff = difference(expected, actual);
          if (diff != null) {
            failures.add(e.code() + " (" + variant.getKey() + ") " + diff + "\n    example: " + example
                + "\n    variant: " + body);
          }
        }
      }
    }
    assertEquals(List.of(), failures, id + ": " + failures.size() + " of " + checked + " variants decode otherwise");
  }

  @ParameterizedTest
  @FieldSource("IDS")
  void otherArgumentValuesAreCaptured(String id) throws Exception {
    CatalogModel catalog = ShippedCatalogs.load(id);
    CatalogCodec<ModelCodecs.Err> codec = ModelCodecs.of(catalog);
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Entry e : catalog.entries()) {
      if (e.message().isEmpty() || e.message().get().placeholders().isEmpty()) {
        continue;
      }
      for (int round = 0; round < OTHER_STRINGS.size(); round++) {
        Map<String, String> args = new LinkedHashMap<>();
        for (MessageTemplate.Placeholder p : e.message().get().placeholders()) {
          args.put(p.name(), otherValue(p, round));
        }
        String message = new ModelCodecs.Err(e).format(args);
        List<String> bodies = new ArrayList<>();
        if (e.shape().body() == BodyKind.TEXT) {
          // A text body is the message, trimmed: a value at either end keeps no surrounding space.
          if (!message.equals(message.strip())) {
            continue;
          }
          bodies.add(message);
          bodies.add("\uFEFF" + message + "\r\n");
        } else if (e.shape().body() == BodyKind.JSON && e.shape().message().isPresent()) {
          JsonPointer at = JsonPointer.compile(e.shape().message().get());
          for (String example : bases(codec, e)) {
            JsonNode tree = JSON.readTree(example);
            if (tree.at(at).isTextual()) {
              bodies.add(JSON.writeValueAsString(set(tree, at, message)));
            }
          }
        }
        for (String body : bodies) {
          checked++;
          DecodedError<ModelCodecs.Err> d = codec.decode(e.status(), body);
          Map<String, String> captured = new LinkedHashMap<>(d.args());
          captured.keySet().retainAll(args.keySet());
          if (!d.entry().map(ModelCodecs.Err::entry).equals(Optional.of(e)) || !captured.equals(args)
              || !d.message().equals(Optional.of(message))) {
            failures.add(e.code() + ": " + body + " -> " + d.entry().map(x -> x.entry().code()) + " " + d.args()
                + " " + d.matchKind());
          }
        }
      }
    }
    boolean templated = catalog.entries().stream()
        .anyMatch(e -> e.message().map(m -> !m.placeholders().isEmpty()).orElse(false));
    assertEquals(templated, checked > 0, id + ": messages with placeholders checked: " + checked);
    assertEquals(List.of(), failures, id + ": " + failures.size() + " of " + checked);
  }

  /** The entry's example bodies and the body its encoder writes (several catalogs show few examples). */
  private static List<String> bases(CatalogCodec<ModelCodecs.Err> codec, Entry e) {
    List<String> bases = new ArrayList<>();
    e.examples().forEach(x -> bases.add(x.body()));
    bases.add(codec.encode(new ModelCodecs.Err(e), sampleArgs(e), java.time.Duration.ofSeconds(17)));
    return bases;
  }

  private static final List<String> OTHER_STRINGS = List.of("x", "two words",
      "\u00dcn\u00efc\u00f8d\u00e9 \u4e2d\u6587",
      "with \"quotes\" and \\ backslash", "a.b-c_d@e.example", "123", "trailing space ", "emoji \ud83d\ude00");
  private static final List<String> OTHER_INTS = List.of("0", "-17", "9876543210", "7", "123456", "42", "1", "99");
  private static final List<String> OTHER_NUMBERS = List.of("3.25", "-0.5", "12", "0.001", "100", "7.0", "1", "42.42");

  private static String otherValue(MessageTemplate.Placeholder p, int round) {
    return switch (p.type()) {
      case INT -> OTHER_INTS.get(round);
      case NUMBER -> OTHER_NUMBERS.get(round);
      case BOOL -> round % 2 == 0 ? "false" : "true";
      case STRING -> OTHER_STRINGS.get(round);
    };
  }

  private static Map<String, Object> sampleArgs(Entry e) {
    Map<String, Object> args = new LinkedHashMap<>();
    for (MessageTemplate.Placeholder p : e.arguments()) {
      args.put(p.name(), otherValue(p, 1));
    }
    return args;
  }

  /** Null when both decodes agree, else what differs. */
  private static String difference(DecodedError<ModelCodecs.Err> expected, DecodedError<ModelCodecs.Err> actual) {
    if (!expected.entry().equals(actual.entry())) {
      return "entry " + expected.entry().map(x -> x.entry().code()) + " != "
          + actual.entry().map(x -> x.entry().code());
    }
    if (expected.matchKind() != actual.matchKind()) {
      return "kind " + expected.matchKind() + " != " + actual.matchKind();
    }
    if (!expected.message().equals(actual.message())) {
      return "message " + expected.message() + " != " + actual.message();
    }
    if (!expected.args().equals(actual.args())) {
      return "args " + expected.args() + " != " + actual.args();
    }
    if (!expected.retryAfter().equals(actual.retryAfter())) {
      return "retryAfter " + expected.retryAfter() + " != " + actual.retryAfter();
    }
    return null;
  }

  /** The example with its code as a string when it is a number, as a number when it is a numeric string. */
  private static Optional<String> codeRetyped(JsonNode tree, Entry e) throws Exception {
    if (e.shape().code().isEmpty()) {
      return Optional.empty();
    }
    JsonPointer at = JsonPointer.compile(e.shape().code().get());
    JsonNode code = tree.at(at);
    JsonNode other;
    if (code.isIntegralNumber()) {
      other = JsonNodeFactory.instance.textNode(code.asText());
    } else if (code.isTextual() && code.asText().matches("[1-9][0-9]{0,17}")) {
      other = JsonNodeFactory.instance.numberNode(Long.parseLong(code.asText()));
    } else {
      return Optional.empty();
    }
    JsonNode copy = tree.deepCopy();
    ((ObjectNode) copy.at(at.head())).set(at.last().getMatchingProperty(), other);
    return Optional.of(JSON.writeValueAsString(copy));
  }

  private static JsonNode set(JsonNode tree, JsonPointer at, String text) {
    JsonNode parent = tree.at(at.head());
    if (parent instanceof ObjectNode o) {
      o.put(at.last().getMatchingProperty(), text);
    } else if (parent instanceof ArrayNode a) {
      a.set(at.last().getMatchingIndex(), JsonNodeFactory.instance.textNode(text));
    }
    return tree;
  }

  private static JsonNode reverseKeys(JsonNode node) {
    return rebuild(node, fields -> {
      ObjectNode reversed = JsonNodeFactory.instance.objectNode();
      for (int i = fields.size() - 1; i >= 0; i--) {
        reversed.set(fields.get(i).getKey(), fields.get(i).getValue());
      }
      return reversed;
    });
  }

  /** Fields no catalog names, first and last in every object, some holding what looks like a code and message. */
  private static JsonNode addFields(JsonNode node) {
    return rebuild(node, fields -> {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      ObjectNode decoy = out.putObject("_decoy");
      decoy.put("code", "NOT_A_DOCUMENTED_CODE").put("message", "not the message").putArray("list").add(1)
          .addObject().putArray("deeper").add("x");
      fields.forEach(f -> out.set(f.getKey(), f.getValue()));
      out.putArray("zz_trailing").add(1.5e3).add(true).addNull().add("s");
      out.put("zz_number", 123456789012345L);
      return out;
    });
  }

  /** A copy of the tree in which every object is made by {@code object} from its fields, already rebuilt. */
  private static JsonNode rebuild(JsonNode node, Function<List<Map.Entry<String, JsonNode>>, ObjectNode> object) {
    if (node instanceof ObjectNode o) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
      o.properties().forEach(f -> fields.add(Map.entry(f.getKey(), rebuild(f.getValue(), object))));
      return object.apply(fields);
    }
    if (node instanceof ArrayNode a) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      a.forEach(element -> copy.add(rebuild(element, object)));
      return copy;
    }
    return node;
  }

  /** Writes JSON with every character of every name and string as a {@code \}{@code uXXXX} escape. */
  private static final class EscapingWriter {
    static String write(JsonNode node) {
      StringBuilder out = new StringBuilder();
      write(node, out);
      return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
      if (node.isObject()) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, JsonNode> f : node.properties()) {
          out.append(first ? "" : ",");
          first = false;
          string(f.getKey(), out);
          out.append(':');
          write(f.getValue(), out);
        }
        out.append('}');
      } else if (node.isArray()) {
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
          out.append(i == 0 ? "" : ",");
          write(node.get(i), out);
        }
        out.append(']');
      } else if (node.isTextual()) {
        string(node.asText(), out);
      } else {
        out.append(node);
      }
    }

    private static void string(String s, StringBuilder out) {
      out.append('"');
      for (int i = 0; i < s.length(); i++) {
        out.append(String.format("\\u%04x", (int) s.charAt(i)));
      }
      out.append('"');
    }
  }
}

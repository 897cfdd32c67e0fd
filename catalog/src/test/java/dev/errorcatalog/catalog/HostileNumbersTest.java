package dev.errorcatalog.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errorcatalog.Catalog;
import dev.errorcatalog.CatalogError;
import dev.errorcatalog.DecodedError;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped catalogs' generated decoders against numbers built to cost CPU, at every pointer their shapes
 * name (codes, messages, fields, constants, retry hints), as JSON numbers and as strings, in each entry's own
 * example and encoded bodies (so that the entry's constants hold and its retry hint is read), at every
 * documented status and at undocumented ones, with hostile {@code Retry-After} headers. Each batch of decodes
 * runs under a preemptive guard of seconds: a 77-byte transformify body with {@code "retryAfterSeconds":1E-20000000}
 * took about 8 s before numbers were read in linear time.
 */
class HostileNumbersTest {

  /** A guard against hangs for a batch of decodes, not a measurement: generous for a slow, busy machine. */
  private static final Duration GUARD = Duration.ofSeconds(20);

  private static final String MARK = "@@number@@";

  private static final List<String> NUMBERS = List.of(
      "1E-20000000", "1e-200000000", "1E+20000000", "-1e-999999999", "0.5e-2147483648",
      "1e99999999999999999999999", "1" + "0".repeat(999), "0." + "0".repeat(997) + "1",
      "9".repeat(999) + "e-998", "4" + "0".repeat(500) + "E-500");

  static List<String> ids() {
    return ShippedCatalog.IDS;
  }

  @ParameterizedTest
  @MethodSource("ids")
  void everyPointerOfEveryShapeWithCostlyNumbers(String id) throws JsonProcessingException {
    ShippedCatalog yaml = ShippedCatalog.load(id);
    CompiledCatalog compiled = CompiledCatalog.of(id);
    Catalog<?> catalog = compiled.catalog();
    List<String> pointers = pointers(yaml);
    // One body per entry (its first JSON example, else its encoded body), decoded at the entry's status and
    // at statuses around it: the shapes' pointers with the entry's constants in place.
    Map<ObjectNode, List<Integer>> bases = new LinkedHashMap<>();
    bases.put(JsonNodeFactory.instance.objectNode(), List.of(0, 200, 418, 429, 500));
    for (CatalogError error : catalog.entries()) {
      List<String> bodies = new ArrayList<>(yaml.byName(error.name()).orElseThrow().examples());
      bodies.add(compiled.encode(error, Map.of(), Duration.ofSeconds(7)));
      for (String body : bodies) {
        if (json(body) instanceof ObjectNode object) {
          bases.put(object, List.of(error.httpStatus(), 0, 429));
          break;
        }
      }
    }
    int decodes = 0;
    for (String number : NUMBERS) {
      for (String literal : List.of(number, "\"" + number + "\"")) {
        Map<String, List<String>> headers = Map.of("Retry-After", List.of(number));
        List<String> bodies = new ArrayList<>();
        List<Integer> statuses = new ArrayList<>();
        bases.forEach((base, at) -> {
          for (String body : bodiesWith(base, pointers, literal)) {
            for (int status : at) {
              bodies.add(body);
              statuses.add(status);
            }
          }
        });
        // One guard over the batch: thousands of decodes take milliseconds; one costly number took seconds.
        assertTimeoutPreemptively(GUARD, () -> {
          for (int i = 0; i < bodies.size(); i++) {
            byte[] bytes = bodies.get(i).getBytes(StandardCharsets.UTF_8);
            DecodedError<?> d = catalog.decoder().decode(statuses.get(i), headers, bytes);
            assertEquals(bytes.length, d.rawBodyLength());
            String body = bodies.get(i);
            d.retryAfter().ifPresent(wait -> assertTrue(wait.compareTo(Duration.ofDays(366)) <= 0, body));
          }
        }, () -> id + ": " + literal);
        decodes += bodies.size();
      }
    }
    assertTrue(decodes > 1000, id + ": " + decodes + " decodes");
  }

  private static JsonNode json(String body) {
    try {
      return ShippedCatalog.JSON.readTree(body);
    } catch (JsonProcessingException notJson) {
      return null; // text and empty bodies hold no pointer
    }
  }

  /** Every pointer the catalog's shapes name: code, message, fields, retry hint and constants. */
  static List<String> pointers(ShippedCatalog yaml) {
    TreeSet<String> all = new TreeSet<>();
    yaml.root().path("shapes").forEach(shape -> {
      shape.properties().forEach(p -> {
        if (p.getValue().isTextual() && p.getValue().asText().startsWith("/")) {
          all.add(p.getValue().asText());
        }
      });
      // A field is a pointer, or a map with its pointer ({pointer: /moreInfo, role: docs-link}).
      shape.path("fields").forEach(f -> all.add(f.isObject() ? f.path("pointer").asText() : f.asText()));
      shape.path("when").fieldNames().forEachRemaining(all::add);
    });
    yaml.entries().forEach(e -> e.node().path("when").fieldNames().forEachRemaining(all::add));
    return List.copyOf(all);
  }

  /** The base body with the literal at one pointer, for each pointer, then at all of them. */
  private static List<String> bodiesWith(ObjectNode base, List<String> pointers, String literal) {
    List<String> bodies = new ArrayList<>();
    ObjectNode all = base.deepCopy();
    for (String pointer : pointers) {
      ObjectNode one = base.deepCopy();
      put(one, pointer);
      bodies.add(one.toString().replace("\"" + MARK + "\"", literal));
      put(all, pointer);
    }
    bodies.add(all.toString().replace("\"" + MARK + "\"", literal));
    return bodies;
  }

  /** Sets the mark at an RFC 6901 pointer, making the objects and arrays on the way. */
  private static void put(ObjectNode root, String pointer) {
    String[] tokens = pointer.substring(1).split("/", -1);
    JsonNode node = root;
    for (int i = 0; i < tokens.length; i++) {
      String token = tokens[i].replace("~1", "/").replace("~0", "~");
      boolean last = i == tokens.length - 1;
      boolean nextIsIndex = !last && tokens[i + 1].matches("0|[1-9][0-9]{0,2}");
      if (node instanceof ArrayNode array && token.matches("0|[1-9][0-9]{0,2}")) {
        int index = Integer.parseInt(token);
        while (array.size() <= index) {
          array.addObject();
        }
        if (last) {
          array.set(index, MARK);
          return;
        }
        if (!array.get(index).isContainerNode()) {
          array.set(index, nextIsIndex ? array.arrayNode() : array.objectNode());
        }
        node = array.get(index);
      } else if (node instanceof ObjectNode object) {
        if (last) {
          object.put(token, MARK);
          return;
        }
        if (!object.path(token).isContainerNode()) {
          object.set(token, nextIsIndex ? object.arrayNode() : object.objectNode());
        }
        node = object.get(token);
      } else {
        return;
      }
    }
  }
}

package dev.errorcatalog.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.errorcatalog.runtime.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A shipped catalog as the tests see it: the YAML read with Jackson, with the format's defaults applied
 * (default shape and retry, built-in shapes). Deliberately independent of the processor's loader, so the
 * coverage tests check the data, not the code that reads it.
 */
final class ShippedCatalog {

  /** The ids of the shipped catalogs, in the order the README lists them. */
  static final List<String> IDS =
      List.of("insider-one", "insider-live-activities", "getresponse", "transformify", "pingback");

  private static final ObjectMapper YAML = new YAMLMapper();
  static final ObjectMapper JSON = new ObjectMapper();

  private final String id;
  private final String text;
  private final JsonNode root;
  private final List<Entry> entries = new ArrayList<>();

  private ShippedCatalog(String id, String text, JsonNode root) {
    this.id = id;
    this.text = text;
    this.root = root;
    String defaultShape = root.path("defaults").path("shape").asText("");
    String defaultRetry = root.path("defaults").path("retry").asText("never");
    for (JsonNode e : root.path("entries")) {
      entries.add(new Entry(this, e, defaultShape, defaultRetry));
    }
  }

  /** Reads {@code errorcatalog/<id>.yaml} from the class path (the module's main resources). */
  static ShippedCatalog load(String id) {
    String resource = "errorcatalog/" + id + ".yaml";
    try (InputStream in = ShippedCatalog.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no " + resource + " on the class path");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new ShippedCatalog(id, text, YAML.readTree(text));
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  String id() {
    return id;
  }

  /** The file as written, comments included. */
  String text() {
    return text;
  }

  JsonNode root() {
    return root;
  }

  List<Entry> entries() {
    return entries;
  }

  /** The entry with this code, as the API sends it. */
  Optional<Entry> byCode(String code) {
    return entries.stream().filter(e -> !e.code().isEmpty() && e.code().equals(code)).findFirst();
  }

  /** The entry with this name (its Java constant): the written {@code name}, else derived from the code. */
  Optional<Entry> byName(String name) {
    return entries.stream().filter(e -> e.constantName().equals(name)).findFirst();
  }

  /** The declared shape, or the built-in {@code empty}/{@code text} as an object with only {@code body}. */
  JsonNode shape(String name) {
    JsonNode declared = root.path("shapes").path(name);
    if (!declared.isMissingNode()) {
      return declared;
    }
    if (name.equals("empty") || name.equals("text")) {
      return JSON.createObjectNode().put("body", name);
    }
    throw new AssertionError(id + ": unknown shape " + name);
  }

  /** One entry with the defaults applied. */
  record Entry(ShippedCatalog catalog, JsonNode node, String defaultShape, String defaultRetry) {

    String code() {
      return node.path("code").asText();
    }

    String name() {
      return node.path("name").asText("");
    }

    /** The Java constant: the written name, else the one the processor derives from the code. */
    String constantName() {
      return name().isEmpty() ? dev.errorcatalog.processor.model.Names.constantName(code()) : name();
    }

    int status() {
      return node.path("status").asInt(-1);
    }

    String title() {
      return node.path("title").asText("");
    }

    /** The message template, {@code ""} when the entry documents none. */
    String message() {
      return node.path("message").asText("");
    }

    /** The message and its variants: every template that means this entry. */
    List<String> templates() {
      List<String> all = new ArrayList<>();
      if (!message().isEmpty()) {
        all.add(message());
      }
      node.path("variants").forEach(v -> all.add(v.asText()));
      return all;
    }

    /**
     * Whether {@code message} is one of the entry's {@link #templates()} with its placeholders filled in, by the
     * runtime's matcher: the one the decoders and the processor's example check use, so that these tests cannot
     * accept a message the generated decoder would not match.
     */
    boolean fitsATemplate(String message) {
      return templates().stream().anyMatch(t -> Template.compile(t).fits(message));
    }

    String shapeName() {
      String own = node.path("shape").asText("");
      if (!own.isEmpty()) {
        return own;
      }
      if (!defaultShape.isEmpty()) {
        return defaultShape;
      }
      return message().isEmpty() ? "empty" : "text";
    }

    JsonNode shape() {
      return catalog.shape(shapeName());
    }

    /** {@code json}, {@code text} or {@code empty}. */
    String bodyKind() {
      return shape().path("body").asText("json");
    }

    /** The shape's constants followed by the entry's own, pointer to value. */
    Map<String, JsonNode> constants() {
      Map<String, JsonNode> all = new LinkedHashMap<>();
      shape().path("when").properties().forEach(p -> all.put(p.getKey(), p.getValue()));
      node.path("when").properties().forEach(p -> all.put(p.getKey(), p.getValue()));
      return all;
    }

    String retryClass() {
      JsonNode retry = node.path("retry");
      if (retry.isMissingNode()) {
        return defaultRetry;
      }
      return retry.isObject() ? retry.path("class").asText() : retry.asText();
    }

    /** A retry parameter ({@code base}, {@code cap}, {@code attempts}, {@code window}) or {@code ""}. */
    String retryParameter(String key) {
      return node.path("retry").path(key).asText("");
    }

    List<String> examples() {
      List<String> all = new ArrayList<>();
      node.path("examples").forEach(x -> all.add(x.asText()));
      return all;
    }

    List<String> duplicates() {
      List<String> all = new ArrayList<>();
      node.path("duplicates").forEach(x -> all.add(x.asText()));
      return all;
    }

    List<String> endpoints() {
      List<String> all = new ArrayList<>();
      node.path("endpoints").forEach(x -> all.add(x.asText()));
      return all;
    }

    /** Description, cause and fix, whitespace runs folded to one space. */
    String prose() {
      String all = String.join(" ", node.path("description").asText(""), node.path("cause").asText(""),
          node.path("fix").asText(""));
      return all.replaceAll("\\s+", " ").trim();
    }

    @Override
    public String toString() {
      return catalog.id() + " " + code() + " (" + status() + " " + title() + ")";
    }
  }
}

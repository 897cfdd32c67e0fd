package dev.errorcatalog.processor.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bodies of a starter catalog's entries: a shape per schema of the document (one for every response that
 * uses it), with where its message probably is and what its fields mean, and each entry's examples, with the
 * problem type of an RFC 9457 example as the constant that tells the entry apart. Every guess goes to the review
 * list.
 */
final class DraftBodies {

  /** The most {@code meanings} a shape gets from its schema. */
  private static final int MAX_MEANINGS = 40;

  /** The most examples an entry gets. */
  private static final int MAX_EXAMPLES = 5;

  /** The longest text a catalog value may hold (FORMAT.md, Limits). */
  private static final int MAX_TEXT = 16 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final References refs;
  private final Schemas schemas;
  private final List<StarterCatalog.Review> review;
  private final Map<String, DraftShape> shapes = new LinkedHashMap<>();

  DraftBodies(References refs, List<StarterCatalog.Review> review) {
    this.refs = refs;
    this.schemas = new Schemas(refs);
    this.review = review;
  }

  /** Every shape, in the order the entries first used them. */
  Collection<DraftShape> shapes() {
    return shapes.values();
  }

  DraftShape shape(JsonNode schemaNode, DraftEntry d, String mediaType) {
    References.Resolved schema = schemaNode == null ? null : refs.resolve(schemaNode);
    String key = schema == null ? "none" : schema.name().map(n -> "named " + n)
        .orElseGet(() -> "inline " + DraftText.canonical(schemaNode));
    DraftShape existing = shapes.get(key);
    if (existing != null) {
      return existing;
    }
    DraftShape shape = new DraftShape();
    String base = schema == null ? d.name.toLowerCase(Locale.ROOT).replace('_', '-') + "-body"
        : schema.name().map(n -> n).orElse(d.name.toLowerCase(Locale.ROOT).replace('_', '-') + "-body");
    shape.name = uniqueShapeName(base);
    if (schema == null || !schema.ok()) {
      shape.decided = schema == null ? "The OpenAPI document shows a body of " + mediaType + " without a schema."
          : "The body's schema is a reference that was not followed (" + schema.problem().orElse("") + ").";
      review.add(new StarterCatalog.Review("message", "shape " + shape.name, "the document gives no schema to read the message"
          + " from; add 'message: /pointer' if the body carries one"));
    } else {
      JsonNode s = schema.node();
      Optional<String> message = schemas.messagePointer(s);
      shape.meanings = schemas.meanings(s, MAX_MEANINGS);
      String source = schema.firstRef().orElse("written in place");
      if (message.isPresent()) {
        shape.message = message.get();
        shape.decided = "Read from the OpenAPI schema (" + source + "); that the message is at " + message.get()
            + " is import-openapi's reading of its property names.";
        review.add(new StarterCatalog.Review("message", "shape " + shape.name, "the message is read at " + message.get()
            + "; confirm it is the human message"));
      } else {
        shape.decided = "Read from the OpenAPI schema (" + source + "), which has no property named as a message.";
        review.add(new StarterCatalog.Review("message", "shape " + shape.name, "no message property found; add 'message:' if"
            + " the body carries one"));
      }
      schemas.codePointer(s).ifPresent(code -> review.add(new StarterCatalog.Review("code", "shape " + shape.name, "the body"
          + " carries a code at " + code + "; where the API documents its codes, add 'code: " + code
          + "' and one entry per code (the document itself names none)")));
    }
    shapes.put(key, shape);
    return shape;
  }

  void examples(JsonNode media, String mediaType, DraftEntry d) {
    List<JsonNode> values = new ArrayList<>();
    if (media.has("example")) {
      values.add(media.get("example"));
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = media.path("examples").fields(); it.hasNext(); ) {
      JsonNode example = refs.follow(it.next().getValue());
      if (example != null && example.has("value")) {
        values.add(example.get("value"));
      }
    }
    boolean json = Schemas.isJson(mediaType);
    int skipped = 0;
    for (JsonNode value : values) {
      Optional<String> body = json ? jsonBody(value) : value.isTextual() ? Optional.of(value.asText().strip())
          : Optional.empty();
      if (body.isEmpty() || body.get().isEmpty() || body.get().length() > MAX_TEXT
          || d.examples.size() >= MAX_EXAMPLES || d.shape.equals("empty")) {
        skipped++;
        continue;
      }
      if (!d.examples.contains(body.get())) {
        d.examples.add(body.get());
      }
    }
    if (skipped > 0) {
      review.add(new StarterCatalog.Review("examples", d.name, skipped + " example(s) of the document left out (not a JSON body,"
          + " longer than a catalog value, or beyond " + MAX_EXAMPLES + ")"));
    }
    if (json && mediaType.toLowerCase(Locale.ROOT).contains("problem") && !d.examples.isEmpty()) {
      try {
        JsonNode first = JSON.readTree(d.examples.get(0));
        if (first.path("type").isTextual() && first.path("type").asText().length() <= 2000) {
          d.when.put("/type", first.path("type").asText());
          d.whenDecided = "The problem type is read from the OpenAPI document's example.";
          review.add(new StarterCatalog.Review("when", d.name, "told apart by its problem type " + first.path("type").asText()
              + ", read from the example; confirm it is the type the API sends"));
        }
      } catch (JsonProcessingException e) {
        // not JSON after all: no constant to read
      }
    }
  }

  /** A JSON example as one line of strict JSON; a text holding JSON is read as that JSON. */
  private static Optional<String> jsonBody(JsonNode value) {
    try {
      JsonNode body = value;
      if (value.isTextual()) {
        body = JSON.readTree(value.asText());
        if (body == null || body.isMissingNode()) {
          return Optional.empty();
        }
      }
      return Optional.of(JSON.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  private String uniqueShapeName(String base) {
    String clean = base.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-").replaceAll("^[^a-z]+|-+$", "");
    if (clean.length() > 60) {
      clean = clean.substring(0, 60).replaceAll("-+$", "");
    }
    if (clean.isEmpty()) {
      clean = "body";
    }
    if (clean.equals("empty") || clean.equals("text")) {
      clean = clean + "-body";
    }
    Set<String> taken = new LinkedHashSet<>();
    shapes.values().forEach(s -> taken.add(s.name));
    String name = clean;
    for (int i = 2; taken.contains(name); i++) {
      name = clean + "-" + i;
    }
    return name;
  }
}

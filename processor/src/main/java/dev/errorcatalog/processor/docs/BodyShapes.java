package dev.errorcatalog.processor.docs;

import dev.errorcatalog.processor.model.BodyKind;
import dev.errorcatalog.processor.model.Constant;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.Example;
import dev.errorcatalog.processor.model.Shape;
import dev.errorcatalog.processor.model.WaitHint;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The "Response bodies" section of a catalog page: each body shape the page's entries use, documented once as
 * a table of its fields (JSON Pointer and what it holds) with an example, so that an entry only names its
 * shape and adds what is its own. Shapes without a body ({@code none}) are not listed: an entry says
 * "no body" itself, and whether the source says so.
 */
final class BodyShapes {

  /** The shapes with a body, in the order the page's entries first use them, each with its heading id. */
  private final Map<String, Shaped> byName = new LinkedHashMap<>();

  private record Shaped(Shape shape, String id, Optional<Example> example) {}

  /** Per shape: the entries' own constants by pointer (values in page order), and the headers they send. */
  private final Map<String, Map<String, List<String>>> ownConstants = new LinkedHashMap<>();
  private final Map<String, Map<String, Optional<WaitHint>>> headers = new LinkedHashMap<>();

  /**
   * @param entries the page's entries, in page order
   * @param ids the page's ids, from which each shape's heading id ({@code body-<name>}) is claimed
   */
  BodyShapes(List<Entry> entries, HeadingIds ids) {
    for (Entry entry : entries) {
      Shape shape = entry.shape();
      if (shape.body() == BodyKind.EMPTY) {
        continue;
      }
      for (Constant constant : entry.when()) {
        List<String> values = ownConstants.computeIfAbsent(shape.name(), n -> new LinkedHashMap<>())
            .computeIfAbsent(constant.pointer(), p -> new java.util.ArrayList<>());
        if (!values.contains(constant.value().toJson())) {
          values.add(constant.value().toJson());
        }
      }
      Map<String, Optional<WaitHint>> sent = headers.computeIfAbsent(shape.name(), n -> new java.util.TreeMap<>(
          String.CASE_INSENSITIVE_ORDER));
      entry.headers().forEach(h -> sent.putIfAbsent(h, Optional.empty()));
      entry.waitHints().stream().filter(WaitHint::header).forEach(w -> sent.put(w.name(), Optional.of(w)));
      Shaped known = byName.get(shape.name());
      if (known == null) {
        byName.put(shape.name(), new Shaped(shape, ids.claimId(HeadingIds.slug("body " + shape.name())),
            entry.examples().stream().findFirst()));
      } else if (known.example().isEmpty() && !entry.examples().isEmpty()) {
        byName.put(shape.name(), new Shaped(shape, known.id(), Optional.of(entry.examples().get(0))));
      }
    }
  }

  boolean isEmpty() {
    return byName.isEmpty();
  }

  /** A link to the shape's description: "[`error` body](#body-error)". */
  String link(Shape shape) {
    return "[" + Markdown.code(shape.name()) + " body](#" + byName.get(shape.name()).id() + ")";
  }

  /** The shapes the section describes, in page order. */
  List<Shape> shapes() {
    return byName.values().stream().map(Shaped::shape).toList();
  }

  /** The section, headed by {@code heading}, ending with a blank line; markers from {@code notes}. */
  String render(String heading, DecisionNotes notes) {
    StringBuilder out = new StringBuilder();
    out.append("## ").append(heading).append("\n\n")
        .append("The bodies of this API's responses, each described once with every field; each entry names its "
            + "body.\n\n");
    for (Shaped shaped : byName.values()) {
      Shape shape = shaped.shape();
      out.append("### ").append(Markdown.code(shape.name())).append(" body {#").append(shaped.id()).append("}\n\n");
      if (shape.body() == BodyKind.TEXT) {
        out.append(ApiWording.TEXT_BODY).append(notes.marker(shape)).append("\n\n");
      } else {
        fields(shape, ownConstants.getOrDefault(shape.name(), Map.of()), notes.marker(shape), out);
      }
      headers(headers.getOrDefault(shape.name(), Map.of()), out);
      shaped.example().ifPresent(example -> out.append("**Example:**\n\n")
          .append(Markdown.fence(example.body(), shape.body() == BodyKind.JSON ? "json" : "text")).append('\n'));
    }
    return out.toString();
  }

  private static void fields(Shape shape, Map<String, List<String>> own, String marker, StringBuilder out) {
    StringBuilder rows = new StringBuilder();
    rows(shape, own).forEach(row -> row(rows, row.getKey(), row.getValue()));
    if (rows.isEmpty()) {
      out.append("A JSON object; its entries show what it carries.").append(marker).append("\n\n");
    } else {
      out.append("A JSON object:").append(marker).append("\n\n")
          .append("| Field | Meaning |\n")
          .append("|---|---|\n")
          .append(rows).append('\n');
    }
    shape.errorArray().ifPresent(array -> out.append(Markdown.code(array.isEmpty() ? "/" : array))
        .append(" is a list of errors: `*` stands for any of its elements, and every element with a documented code")
        .append(" is one error of the response.\n\n"));
  }

  /**
   * The rows of a JSON shape's table, in table order: each field's JSON Pointer and what it holds (Markdown safe
   * in a table cell), the API's meaning where the catalog gives one.
   *
   * @param own the entries' own constants by pointer, values in page order
   */
  static List<Map.Entry<String, String>> rows(Shape shape, Map<String, List<String>> own) {
    List<Map.Entry<String, String>> rows = new java.util.ArrayList<>();
    Set<String> shown = new HashSet<>();
    shape.code().ifPresent(p -> row(rows, shape, p, "The error's code, for programs: each entry gives its own.",
        shown));
    shape.subcode().ifPresent(p -> row(rows, shape, p, "The sub-code that refines the error's code.", shown));
    shape.message().ifPresent(p -> row(rows, shape, p, "The error message, for people.", shown));
    shape.fields().forEach((name, p) -> row(rows, shape, p, shape.isList(name)
        ? "A list of values sent with the error." : "A value sent with the error.", shown));
    for (Constant constant : shape.when()) {
      row(rows, shape, constant.pointer(), "Always " + Markdown.cellCode(constant.value().toJson()) + ".", shown);
    }
    // Fields whose value tells the errors of this body apart: each entry gives its value.
    own.forEach((pointer, values) -> row(rows, shape, pointer, values.size() == 1
        ? Markdown.cellCode(values.get(0)) + " on the responses that have this body."
        : "One of " + String.join(", ", values.stream().map(Markdown::cellCode).toList())
            + ": each entry gives its value.", shown));
    shape.retryAfter().ifPresent(p -> row(rows, shape, p, "The seconds to wait before retrying.", shown));
    shape.waits().stream().filter(w -> !w.header()).forEach(w -> row(rows, shape, w.name(),
        "The wait before retrying (" + w.unit().words() + ").", shown));
    // Fields the API documents that no decoder reads (a documentation link, a request id): their meaning alone.
    shape.meanings().forEach((p, meaning) -> {
      if (!shown.contains(p)) {
        rows.add(Map.entry(p, Markdown.cell(meaning)));
      }
    });
    return rows;
  }

  /** The rows of each JSON shape {@code entries} use, by shape name: see {@link #rows(Shape, Map)}. */
  Map<String, List<Map.Entry<String, String>>> rows() {
    Map<String, List<Map.Entry<String, String>>> out = new LinkedHashMap<>();
    for (Shaped shaped : byName.values()) {
      Shape shape = shaped.shape();
      if (shape.body() == BodyKind.JSON) {
        out.put(shape.name(), rows(shape, ownConstants.getOrDefault(shape.name(), Map.of())));
      }
    }
    return out;
  }

  /**
   * The headers the responses of a shape carry, each with what it says: the wait hints the catalog declares
   * (with their unit), {@code Retry-After} where an entry lists it, and any other header an entry lists.
   */
  private static void headers(Map<String, Optional<WaitHint>> sent, StringBuilder out) {
    if (sent.isEmpty()) {
      return;
    }
    out.append("**Headers:**\n\n");
    for (Map.Entry<String, Optional<WaitHint>> each : sent.entrySet()) {
      String header = each.getKey();
      Optional<WaitHint> hint = each.getValue();
      String meaning = headerMeaning(header, hint).orElse("sent with the errors that list it.");
      out.append("- ").append(Markdown.code(header)).append(": ").append(meaning).append('\n');
    }
    out.append('\n');
  }

  /**
   * What a response header says of the wait before retrying: a declared wait hint with its unit, or
   * {@code Retry-After}; empty for any other header.
   */
  static Optional<String> headerMeaning(String header, Optional<WaitHint> hint) {
    if (hint.isPresent()) {
      return Optional.of("how long to wait before retrying (" + hint.get().unit().words() + ").");
    }
    return header.equalsIgnoreCase("Retry-After")
        ? Optional.of("how long to wait before retrying: a number of seconds, or an HTTP date.")
        : Optional.empty();
  }

  /** A field read by the shape: the API's meaning where the catalog gives one, else what the shape reads there. */
  private static void row(List<Map.Entry<String, String>> rows, Shape shape, String pointer, String reads,
      Set<String> shown) {
    shown.add(pointer);
    String meaning = shape.meanings().get(pointer);
    rows.add(Map.entry(pointer, meaning == null ? reads : Markdown.cell(meaning)));
  }

  private static void row(StringBuilder out, String pointer, String holds) {
    out.append("| ").append(Markdown.cellCode(pointer)).append(" | ").append(holds).append(" |\n");
  }
}

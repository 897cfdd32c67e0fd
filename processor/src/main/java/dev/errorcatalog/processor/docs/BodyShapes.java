package dev.errorcatalog.processor.docs;

import dev.errorcatalog.processor.model.BodyKind;
import dev.errorcatalog.processor.model.Constant;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.Example;
import dev.errorcatalog.processor.model.Shape;
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

  /** The section, headed by {@code heading}, ending with a blank line. */
  String render(String heading) {
    StringBuilder out = new StringBuilder();
    out.append("## ").append(heading).append("\n\n")
        .append("The bodies of this API's responses, each described once; every entry names its body.\n\n");
    for (Shaped shaped : byName.values()) {
      Shape shape = shaped.shape();
      out.append("### ").append(Markdown.code(shape.name())).append(" body {#").append(shaped.id()).append("}\n\n");
      if (shape.body() == BodyKind.TEXT) {
        out.append("Plain text: the whole body is the message.\n\n");
      } else {
        fields(shape, out);
      }
      shape.decided().ifPresent(reason -> out.append("**Not in the API's docs:** ").append(Markdown.inline(reason))
          .append("\n\n"));
      shaped.example().ifPresent(example -> out.append("**Example:**\n\n")
          .append(Markdown.fence(example.body(), shape.body() == BodyKind.JSON ? "json" : "text")).append('\n'));
    }
    return out.toString();
  }

  private static void fields(Shape shape, StringBuilder out) {
    out.append("A JSON object:\n\n")
        .append("| Field | Holds |\n")
        .append("|---|---|\n");
    Set<String> shown = new HashSet<>();
    shape.code().ifPresent(p -> row(out, shape, p, "the error's code (on entries that have one)", shown));
    shape.subcode().ifPresent(p -> row(out, shape, p, "the sub-code that refines the error's code", shown));
    shape.message().ifPresent(p -> row(out, shape, p, "the message", shown));
    shape.fields().forEach((name, p) -> row(out, shape, p, shape.isList(name)
        ? "a list of values, captured as " + Markdown.code(name) : "the value captured as " + Markdown.code(name),
        shown));
    for (Constant constant : shape.when()) {
      row(out, shape, constant.pointer(), "always " + Markdown.cellCode(constant.value().toJson()), shown);
    }
    shape.retryAfter().ifPresent(p -> row(out, shape, p, "the seconds to wait before retrying", shown));
    shape.waits().stream().filter(w -> !w.header()).forEach(w -> row(out, shape, w.name(),
        "the wait before retrying (" + w.unit().words() + ")", shown));
    // Fields the API documents that no decoder reads (a documentation link, a request id): their meaning alone.
    shape.meanings().forEach((p, meaning) -> {
      if (!shown.contains(p)) {
        row(out, p, Markdown.cell(meaning));
      }
    });
    out.append('\n');
    shape.errorArray().ifPresent(array -> out.append(Markdown.code(array.isEmpty() ? "/" : array))
        .append(" is a list of errors: `*` stands for any of its elements, and every element with a documented code")
        .append(" is one error of the response.\n\n"));
  }

  /** A field read by the shape: the API's meaning where the catalog gives one, else what the shape reads there. */
  private static void row(StringBuilder out, Shape shape, String pointer, String reads, Set<String> shown) {
    shown.add(pointer);
    String meaning = shape.meanings().get(pointer);
    row(out, pointer, meaning == null ? reads : Markdown.cell(meaning));
  }

  private static void row(StringBuilder out, String pointer, String holds) {
    out.append("| ").append(Markdown.cellCode(pointer)).append(" | ").append(holds).append(" |\n");
  }
}

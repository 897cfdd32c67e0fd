package dev.errorcatalog.processor.docs;

import dev.errorcatalog.processor.names.GeneratedNames;
import dev.errorcatalog.processor.model.BodyKind;
import dev.errorcatalog.processor.model.Constant;
import dev.errorcatalog.processor.model.Decision;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.Example;
import dev.errorcatalog.processor.model.HttpStatuses;
import dev.errorcatalog.processor.model.Identity;
import dev.errorcatalog.processor.model.MessageTemplate;
import dev.errorcatalog.processor.model.PlaceholderType;
import dev.errorcatalog.processor.model.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The section of one entry on a catalog page: its heading (whose id is the entry's stable anchor, see
 * {@link EntryHeading}), the facts as a list, then the prose, the examples and the recorded duplicates. Every piece of catalog text goes through {@link Markdown}.
 */
final class EntrySection {

  private final GeneratedNames names;
  private final BodyShapes bodies;
  private final boolean java;
  private final String errorType;
  private final String factoriesType;

  /**
   * @param bodies the page's body shapes, which entries link to
   * @param java whether to name the generated Java types ({@code -Aerrorcatalog.docs.java})
   */
  EntrySection(GeneratedNames names, BodyShapes bodies, boolean java) {
    this.names = names;
    this.bodies = bodies;
    this.java = java;
    this.errorType = names.error().simpleName();
    this.factoriesType = names.factories().simpleName();
  }

  /** The section, ending with a blank line. */
  String render(Entry entry) {
    StringBuilder out = new StringBuilder();
    out.append(EntryHeading.line(entry)).append('\n');
    entry.deprecated().ifPresent(note -> out.append(note.isBlank()
        ? "**Deprecated.**"
        : "**Deprecated:** " + Markdown.prose(note)).append("\n\n"));
    facts(entry, out);
    entry.description().ifPresent(text -> labelled(out, "Meaning", text));
    entry.cause().ifPresent(text -> labelled(out, "Cause", text));
    entry.fix().ifPresent(text -> labelled(out, "Fix", text));
    examples(entry, out);
    if (!entry.duplicates().isEmpty()) {
      out.append("**Documented again in the source:**\n\n");
      for (String note : entry.duplicates()) {
        out.append("- ").append(Markdown.inline(note)).append('\n');
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** "404 Not Found", "599", "Not an HTTP response". */
  static String status(int status) {
    if (status == 0) {
      return HttpStatuses.reason(0);
    }
    String reason = HttpStatuses.reason(status);
    return reason.isEmpty() ? Integer.toString(status) : status + " " + reason;
  }

  /**
   * "404 Not Found"; "403 Forbidden or 429 Too Many Requests" for an entry answered with several; and for an
   * error answered with a success status, that it is an error all the same.
   */
  static String statuses(Entry entry) {
    String all = Sentences.either(entry.statuses().stream().map(EntrySection::status).toList());
    return entry.isErrorAtSuccessStatus()
        ? all + " (an error, although the status says success: the body tells it apart)" : all;
  }

  private void facts(Entry entry, StringBuilder out) {
    if (EntryHeading.titleCut(entry)) {
      out.append("- **Title:** ").append(Markdown.inline(entry.title())).append('\n');
    }
    out.append("- **Status:** ").append(statuses(entry)).append('\n');
    out.append(identified(entry)).append('\n');
    entry.message().ifPresent(message -> out.append("- **Message:** ").append(template(message)).append('\n'));
    if (!entry.variants().isEmpty()) {
      List<String> variants = new ArrayList<>();
      entry.variants().forEach(v -> variants.add(template(v)));
      out.append("- **Also documented as:** ").append(String.join(", ", variants)).append('\n');
    }
    placeholders(entry, out);
    if (!entry.isSuccess()) {
      out.append("- **Retry:** ").append(RetryWording.advice(entry)).append('\n');
    }
    if (!entry.endpoints().isEmpty()) {
      List<String> endpoints = new ArrayList<>();
      entry.endpoints().forEach(e -> endpoints.add(Markdown.code(e)));
      out.append("- **Endpoints:** ").append(String.join(", ", endpoints)).append('\n');
    }
    if (!entry.headers().isEmpty()) {
      List<String> headers = new ArrayList<>();
      entry.headers().forEach(h -> headers.add(Markdown.code(h)));
      out.append("- **Headers the API sends:** ").append(String.join(", ", headers)).append('\n');
    }
    out.append("- **Body:** ").append(body(entry)).append('\n');
    decisions(entry, out);
    if (java) {
      out.append("- **Java:** ").append(java(entry)).append('\n');
    }
    out.append('\n');
  }

  /**
   * "- **Code:** `1000`" for an entry the API sends a code for; otherwise what identifies it, so that no
   * name the catalog chose is shown as the API's. "Identified by" in place of "Code" says that there is no
   * code; saying it again on each of them would make "code" a word of nearly every entry, which a search
   * index then weighs as noise, so that searching a message such as {@code invalid code} would not find the
   * entry that sends it.
   */
  private static String identified(Entry entry) {
    Identity identity = Identity.of(entry);
    return switch (identity.kind()) {
      case CODE -> "- **Code:** " + Markdown.code(entry.code()) + entry.subcode().map(sub -> "\n- **Sub-code:** "
          + Markdown.code(sub) + " at " + Markdown.code(entry.shape().subcode().orElse("")) + ", refining the code's"
          + " own entry").orElse("");
      case CONSTANT -> "- **Identified by:** " + String.join(", ", identity.constants().stream()
          .map(c -> Markdown.code(c.pointer()) + " is " + Markdown.code(c.value().toJson())).toList());
      case MESSAGE -> "- **Identified by:** its message";
      case STATUS -> "- **Identified by:** its status alone" + (entry.status() == 0 ? "" : ": a "
          + Sentences.either(entry.statuses().stream().map(String::valueOf).toList())
          + " response no other entry describes");
    };
  }

  /**
   * "- **Not in the API's docs:** the body: ..." for what the catalog decided (its shape's decision, then the
   * entry's own); several as a nested list.
   */
  private static void decisions(Entry entry, StringBuilder out) {
    List<String> parts = new ArrayList<>();
    entry.shape().decided().filter(reason -> entry.decision("shape").isEmpty())
        .ifPresent(reason -> parts.add("the body: " + Markdown.inline(reason)));
    for (Decision decision : entry.decided()) {
      if (entry.isSuccess() && decision.aspect().equals("retry")) {
        continue; // a success has no retry advice to qualify
      }
      parts.add(decision.aspectWords() + ": " + Markdown.inline(decision.reason()));
    }
    if (parts.size() == 1) {
      out.append("- **Not in the API's docs:** ").append(parts.get(0)).append('\n');
    } else if (!parts.isEmpty()) {
      // Each reason is a sentence of its own: one nested item each (four spaces, as Python-Markdown nests).
      out.append("- **Not in the API's docs:**\n");
      parts.forEach(part -> out.append("    - ").append(part).append('\n'));
    }
  }

  /** A template shown as documented, placeholders as {@code {name}}; "(empty)" for an empty one. */
  private static String template(MessageTemplate template) {
    String shown = template.documented();
    if (template.furtherText()) {
      return Markdown.code(shown) + " " + FURTHER_TEXT;
    }
    return shown.isEmpty() ? "(empty)" : Markdown.code(shown);
  }

  /** What a template ending in {@code {...}} is shown with, after its documented text. */
  static final String FURTHER_TEXT = "… (the API may add further text)";

  /** One nested item per placeholder of the message and its variants: name, type and what it holds. */
  private static void placeholders(Entry entry, StringBuilder out) {
    Map<String, PlaceholderType> all = new LinkedHashMap<>();
    entry.message().ifPresent(m -> m.placeholders().forEach(p -> all.putIfAbsent(p.name(), p.type())));
    entry.variants().forEach(v -> v.placeholders().forEach(p -> all.putIfAbsent(p.name(), p.type())));
    if (all.isEmpty()) {
      return;
    }
    out.append("- **Placeholders:**\n");
    // Four spaces: Python-Markdown nests a list only at four, CommonMark at two or more.
    all.forEach((name, type) -> out.append("    - ").append(Markdown.code("{" + name + "}")).append(": ")
        .append(typeWords(type)).append(" (").append(Markdown.code(type.yamlName())).append(")\n"));
  }

  private static String typeWords(PlaceholderType type) {
    return switch (type) {
      case STRING -> "text";
      case INT -> "a whole number";
      case NUMBER -> "a decimal number";
      case BOOL -> "`true` or `false`";
    };
  }

  /**
   * Which body the response has: a link to its shape, described once on the page, and the constants that are
   * the entry's own. "No body." only where the source says the response has none; "No body documented."
   * where the catalog assumed it (a decision on the shape), never "none" for a response the source describes.
   */
  private String body(Entry entry) {
    Shape shape = entry.shape();
    if (shape.body() == BodyKind.EMPTY) {
      boolean assumed = entry.decision("shape").isPresent() || shape.decided().isPresent();
      return assumed ? "no body documented." : "no body.";
    }
    List<String> own = new ArrayList<>();
    for (Constant constant : entry.when()) {
      own.add(Markdown.code(constant.pointer()) + " is " + Markdown.code(constant.value().toJson()));
    }
    return bodies.link(shape) + (own.isEmpty() ? "." : ", where " + String.join(", ", own) + ".");
  }

  /** The generated Java names a developer needs: the constant, and for errors the exception and factory. */
  private String java(Entry entry) {
    String constant = Markdown.code(errorType + "." + entry.constantName());
    if (entry.isSuccess()) {
      return constant + " (a success: no exception).";
    }
    return constant + ", thrown as " + Markdown.code(names.exceptionOf(entry).simpleName())
        + " by " + Markdown.code(factoriesType + "." + entry.methodName()) + ".";
  }

  private static void examples(Entry entry, StringBuilder out) {
    if (entry.examples().isEmpty()) {
      return;
    }
    out.append(entry.examples().size() == 1 ? "**Example:**" : "**Examples:**").append("\n\n");
    String info = entry.shape().body() == BodyKind.JSON ? "json" : "text";
    for (Example example : entry.examples()) {
      out.append(Markdown.fence(example.body(), info)).append('\n');
    }
  }

  private static void labelled(StringBuilder out, String label, String text) {
    if (text.isBlank()) {
      return;
    }
    out.append("**").append(label).append(":** ").append(Markdown.prose(text)).append("\n\n");
  }
}

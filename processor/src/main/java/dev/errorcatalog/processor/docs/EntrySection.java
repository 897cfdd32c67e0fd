package dev.errorcatalog.processor.docs;

import dev.errorcatalog.processor.names.GeneratedNames;
import dev.errorcatalog.processor.model.BodyKind;
import dev.errorcatalog.processor.model.Constant;
import dev.errorcatalog.processor.model.Cause;
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
  private final EntryHeading headings;
  private final DecisionNotes notes;
  private final boolean endpointsNamed;

  /**
   * @param bodies the page's body shapes, which entries link to
   * @param java whether to name the generated Java types ({@code -Aerrorcatalog.docs.java})
   * @param headings the page's entry headings
   * @param notes the page's decisions, which entries mark
   * @param endpointsNamed whether the catalog names endpoints: an error without any then returns from all of them
   */
  EntrySection(GeneratedNames names, BodyShapes bodies, boolean java, EntryHeading headings, DecisionNotes notes,
      boolean endpointsNamed) {
    this.names = names;
    this.bodies = bodies;
    this.java = java;
    this.errorType = names.error().simpleName();
    this.factoriesType = names.factories().simpleName();
    this.headings = headings;
    this.notes = notes;
    this.endpointsNamed = endpointsNamed;
  }

  /** The section, ending with a blank line. */
  String render(Entry entry) {
    StringBuilder out = new StringBuilder();
    out.append(headings.line(entry)).append('\n');
    entry.deprecated().ifPresent(note -> out.append(note.isBlank()
        ? "**Deprecated.**"
        : "**Deprecated:** " + Markdown.prose(note)).append("\n\n"));
    facts(entry, out);
    entry.description().ifPresent(text -> labelled(out, "Meaning", text, ""));
    causes(entry, out);
    examples(entry, out);
    return out.toString();
  }

  /**
   * The causes and what to do: the entry's {@code causes:} list, each cause with its own fix (and retry advice
   * where it differs from the entry's), or its single {@code cause:} and {@code fix:}.
   */
  private void causes(Entry entry, StringBuilder out) {
    if (entry.causes().isEmpty()) {
      entry.cause().ifPresent(text -> labelled(out, "Cause", text, ""));
      entry.fix().ifPresent(text -> labelled(out, "Fix", text, notes.marker(entry, "fix")));
      return;
    }
    out.append("**Causes and fixes:**").append(notes.marker(entry, "fix")).append("\n\n");
    // The fix and retry of a cause as a nested list: as continuation lines they ran into the cause's sentence
    // in the rendered HTML ("...was activated. Fix: Slow down...").
    for (Cause cause : entry.causes()) {
      out.append("- ").append(Markdown.inline(cause.cause()));
      cause.fix().ifPresent(fix -> out.append("\n    - **Fix:** ").append(Markdown.inline(fix)));
      cause.retry().ifPresent(retry -> out.append("\n    - **Retry:** ").append(RetryWording.advice(entry, retry)));
      out.append('\n');
    }
    out.append('\n');
    entry.fix().ifPresent(text -> labelled(out, "Fix", text, ""));
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
    return entry.isErrorAtSuccessStatus() ? all + ", with an error in the body" : all;
  }

  private void facts(Entry entry, StringBuilder out) {
    // A title the catalog chose is marked on the message it was made from, or else on the status.
    String titleMarker = notes.marker(entry, "title");
    // The heading shows the title without markup characters: where that changed it, the title as written.
    if (!EntryHeading.isReasonPhrase(entry)
        && !EntryHeading.title(entry).equals(Markdown.oneSpaced(entry.title()))) {
      out.append("- **Title:** ").append(Markdown.inline(entry.title())).append('\n');
    }
    out.append("- **Status:** ").append(statuses(entry)).append(notes.marker(entry, "status"))
        .append(entry.message().isPresent() ? "" : titleMarker).append('\n');
    code(entry, out);
    entry.message().ifPresent(message -> out.append("- **Message:** ").append(template(message))
        .append(notes.marker(entry, "message")).append(titleMarker).append('\n'));
    if (!entry.variants().isEmpty()) {
      List<String> variants = new ArrayList<>();
      entry.variants().forEach(v -> variants.add(template(v)));
      out.append("- **Other messages:** ").append(String.join(", ", variants)).append('\n');
    }
    placeholders(entry, out);
    if (!entry.isSuccess()) {
      out.append("- **Retry:** ").append(RetryWording.advice(entry)).append(notes.marker(entry, "retry"))
          .append('\n');
    }
    if (!entry.endpoints().isEmpty()) {
      List<String> endpoints = new ArrayList<>();
      entry.endpoints().forEach(e -> endpoints.add(EndpointsSection.shown(e)));
      out.append("- **Endpoints:** ").append(String.join(", ", endpoints)).append('\n');
    } else if (endpointsNamed && !entry.isSuccess() && entry.status() != 0) {
      out.append("- **Endpoints:** all\n");
    }
    if (!entry.headers().isEmpty()) {
      List<String> headers = new ArrayList<>();
      entry.headers().forEach(h -> headers.add(Markdown.code(h)));
      out.append("- **Headers:** ").append(String.join(", ", headers)).append('\n');
    }
    out.append("- **Body:** ").append(body(entry)).append('\n');
    if (java) {
      out.append("- **Java:** ").append(java(entry)).append('\n');
    }
    out.append('\n');
  }

  /**
   * "- **Code:** `1000`" for an entry the API sends a code for (and its sub-code). An entry without one shows no
   * such line: its message, the body fields that tell it apart or its status are what the API sends, and the
   * entry's other facts show them. Saying "no code" on each of them would make "code" a word of nearly every
   * entry, which a search index then weighs as noise.
   */
  private static void code(Entry entry, StringBuilder out) {
    if (Identity.of(entry).kind() != Identity.Kind.CODE) {
      return;
    }
    out.append("- **Code:** ").append(Markdown.code(entry.code())).append('\n');
    entry.subcode().ifPresent(sub -> out.append("- **Sub-code:** ").append(Markdown.code(sub)).append(" in ")
        .append(Markdown.code(entry.shape().subcode().orElse(""))).append('\n'));
  }

  /** A template shown as documented, placeholders as {@code {name}}; "(empty)" for an empty one. */
  static String template(MessageTemplate template) {
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
    out.append("- **In the message:**\n");
    // Four spaces: Python-Markdown nests a list only at four, CommonMark at two or more.
    all.forEach((name, type) -> out.append("    - ").append(Markdown.code("{" + name + "}")).append(": ")
        .append(typeWords(type)).append('\n'));
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
   * Which body the response has: a link to its shape, described once on the page, and the values that are the
   * entry's own; "none" for a response without a body, marked where the source does not say so.
   */
  private String body(Entry entry) {
    Shape shape = entry.shape();
    String marker = notes.marker(entry, "shape");
    if (shape.body() == BodyKind.EMPTY) {
      return "none." + marker;
    }
    List<String> own = new ArrayList<>();
    for (Constant constant : entry.when()) {
      own.add(Markdown.code(constant.pointer()) + " set to " + Markdown.code(constant.value().toJson()));
    }
    return bodies.link(shape) + (own.isEmpty() ? "" : ", with " + String.join(", ", own)) + "." + marker
        + notes.marker(entry, "when");
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

  private void examples(Entry entry, StringBuilder out) {
    if (entry.examples().isEmpty()) {
      return;
    }
    out.append(entry.examples().size() == 1 ? "**Example:**" : "**Examples:**")
        .append(notes.marker(entry, "examples")).append("\n\n");
    String info = entry.shape().body() == BodyKind.JSON ? "json" : "text";
    for (Example example : entry.examples()) {
      out.append(Markdown.fence(example.body(), info)).append('\n');
    }
  }

  private static void labelled(StringBuilder out, String label, String text, String marker) {
    if (text.isBlank()) {
      return;
    }
    out.append("**").append(label).append(":** ").append(Markdown.prose(text)).append(marker).append("\n\n");
  }
}

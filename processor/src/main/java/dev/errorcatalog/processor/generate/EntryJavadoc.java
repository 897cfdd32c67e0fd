package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.Version;
import java.util.Optional;
import dev.errorcatalog.processor.model.Identity;
import dev.errorcatalog.processor.model.HttpStatuses;
import java.util.List;

/**
 * The Javadoc of an entry, written from the catalog prose: what a reader of the enum constant or of a
 * factory needs without opening the YAML. Every piece of prose goes through {@link JavadocText}.
 */
final class EntryJavadoc {

  private EntryJavadoc() {}

  /** The status as a reader says it: {@code HTTP 404 Not Found}, {@code HTTP 520}, or not HTTP for 0. */
  static String status(int status) {
    if (status == 0) {
      return "Not an HTTP response (status 0)";
    }
    String reason = HttpStatuses.reason(status);
    return reason.isEmpty() ? "HTTP " + status : "HTTP " + status + " " + reason;
  }

  /**
   * The full documentation of an entry, for its constant: title, status and code, message template,
   * description, cause, fix, endpoints, the catalog version it appeared in and the deprecation note.
   */
  static CodeBlock constant(Entry entry, Optional<Version> since) {
    CodeBlock.Builder doc = CodeBlock.builder();
    appendHeading(doc, entry);
    appendProse(doc, entry);
    appendEndpoints(doc, entry.endpoints());
    since.ifPresent(v -> doc.add("\n@since $L\n", JavadocText.escape(v.text())));
    entry.deprecated().ifPresent(note -> doc.add((since.isPresent() ? "" : "\n") + "@deprecated $L\n",
        deprecationText(note)));
    return doc.build();
  }

  /** The message template, description and fix, for a factory; the caller adds its tags. */
  static CodeBlock factory(Entry entry) {
    CodeBlock.Builder doc = CodeBlock.builder();
    appendHeading(doc, entry);
    entry.message().ifPresent(m -> doc.add("\n<p>Message: $L\n", JavadocText.wrap(JavadocText.code(m.display()))));
    entry.description().ifPresent(d -> doc.add("\n<p>$L\n", JavadocText.prose(d)));
    entry.fix().ifPresent(f -> doc.add("\n<p><b>Fix:</b> $L\n", JavadocText.prose(f)));
    return doc.build();
  }

  /** One line of a list of entries: code and title. */
  static String listItem(Entry entry) {
    return JavadocText.code(entry.hasCode() ? entry.code() : entry.constantName()) + ": "
        + JavadocText.escape(entry.title());
  }

  /** "code {@code 1000}", or what identifies an entry the API sends no code for. */
  private static String identified(Entry entry) {
    Identity identity = Identity.of(entry);
    return switch (identity.kind()) {
      case CODE -> "code " + JavadocText.code(entry.code())
          + entry.subcode().map(sub -> " refined by sub-code " + JavadocText.code(sub)).orElse("");
      case CONSTANT -> "no code; identified by " + String.join(", ", identity.constants().stream()
          .map(c -> JavadocText.code(c.pointer() + " = " + c.value().toJson())).toList());
      case MESSAGE -> "no code; identified by its message";
      case STATUS -> "no code; identified by its status alone";
    };
  }

  /** The text of an {@code @deprecated} tag. */
  static String deprecationText(String note) {
    return note.isBlank() ? "This response is no longer documented as current." : JavadocText.prose(note);
  }

  private static void appendHeading(CodeBlock.Builder doc, Entry entry) {
    doc.add("$L.\n", JavadocText.wrap(withoutFinalPeriod(JavadocText.escape(entry.title()))));
    doc.add("\n<p>$L, $L.\n", String.join(" or ", entry.statuses().stream().map(EntryJavadoc::status).toList())
        + (entry.isErrorAtSuccessStatus() ? " (an error all the same)" : ""), identified(entry));
  }

  private static void appendProse(CodeBlock.Builder doc, Entry entry) {
    entry.message().ifPresent(m -> doc.add("\n<p>Message: $L\n", JavadocText.wrap(JavadocText.code(m.display()))));
    entry.description().ifPresent(d -> doc.add("\n<p>$L\n", JavadocText.prose(d)));
    entry.cause().ifPresent(c -> doc.add("\n<p><b>Cause:</b> $L\n", JavadocText.prose(c)));
    // Several causes (causes:), each with its own fix: one paragraph each, as the docs list them.
    entry.causes().forEach(c -> doc.add("\n<p><b>Cause:</b> $L$L\n", JavadocText.prose(c.cause()),
        c.fix().map(f -> " <b>Fix:</b> " + JavadocText.prose(f)).orElse("")));
    entry.fix().ifPresent(f -> doc.add("\n<p><b>Fix:</b> $L\n", JavadocText.prose(f)));
  }

  private static void appendEndpoints(CodeBlock.Builder doc, List<String> endpoints) {
    if (endpoints.isEmpty()) {
      return;
    }
    doc.add("\n<p>Endpoints: $L.\n",
        JavadocText.wrap(String.join(", ", endpoints.stream().map(JavadocText::code).toList())));
  }

  /** Titles often end with a period already; the summary sentence must not get two. */
  private static String withoutFinalPeriod(String text) {
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }
}

package dev.errorcatalog.processor.check;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.MatchKind;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.Example;
import dev.errorcatalog.processor.model.MessageTemplate;
import dev.errorcatalog.processor.model.Shown;
import dev.errorcatalog.processor.tables.CatalogTables;
import dev.errorcatalog.processor.validate.Diagnostic;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.validate.Diagnostics;
import dev.errorcatalog.runtime.CatalogCodec;
import dev.errorcatalog.runtime.Template;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks that need the whole validated model and the runtime decoding engine, run before generation:
 * every example body must decode to its own entry. The engine is built from the same tables the generated
 * decoder builds ({@link CatalogTables}), so the build and the running decoder cannot disagree.
 */
public final class CatalogChecks {

  private CatalogChecks() {}

  /** Stands in for the catalog's exception: the check never raises it. */
  private static final class CheckException extends CatalogException {
    private static final long serialVersionUID = 1L;

    CheckException(DecodedError<ModelEntry> d) {
      super(d.entry().orElse(null), d.status(), d.message().orElse(""), d.args(), null, null);
    }
  }

  /** Adds the mistakes found to {@code found}; none when the catalog may be generated. */
  public static void check(CatalogTables tables, Diagnostics found) {
    CatalogModel catalog = tables.catalog();
    CatalogCodec<ModelEntry> codec = tables.engine(e -> new ModelEntry(catalog.id(), e), CheckException::new);
    for (Entry entry : catalog.entries()) {
      for (Example example : entry.examples()) {
        check(codec, entry, example).ifPresent(found::add);
      }
    }
  }

  /**
   * The mistake of one example, if any: it must decode to its entry at each of the entry's statuses (a body the
   * API sends with 403 or 429 is read at both).
   */
  private static java.util.Optional<Diagnostic> check(CatalogCodec<ModelEntry> codec, Entry entry, Example example) {
    for (int status : entry.statuses()) {
      DecodedError<ModelEntry> d = codec.decode(status, Map.of(), example.body().getBytes(StandardCharsets.UTF_8));
      Entry got = d.entry().map(ModelEntry::entry).orElse(null);
      if (!entry.equals(got)) {
        return java.util.Optional.of(decodesElsewhere(entry, status, example, d, got));
      }
      if (d.matchKind() == MatchKind.CODE && d.message().isPresent() && !fitsATemplate(entry, d.message().get())) {
        return java.util.Optional.of(DiagnosticId.EXAMPLE_FITS_NO_TEMPLATE.warning(
            example.position(), "this example of " + entry.label() + " decodes to it by its code, but its message \""
                + quote(d.message().get()) + "\" fits none of its templates (" + templates(entry) + ").",
            "Make the example's message one the API sends for it, or fix the template (a ' #' in an unquoted"
                + " message starts a comment), or add the message under 'variants:'."));
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * Whether {@code message} is one of the entry's templates with its placeholders filled in, by the runtime's
   * matcher (a regular expression of 50 lazy placeholders could backtrack for ever on a hostile example).
   */
  private static boolean fitsATemplate(Entry entry, String message) {
    List<MessageTemplate> all = templatesOf(entry);
    if (all.isEmpty()) {
      return true; // no message documented: nothing to fit
    }
    String stripped = message.strip();
    for (MessageTemplate template : all) {
      if (Template.compile(template.source()).fits(stripped)) {
        return true;
      }
    }
    return false;
  }

  private static List<MessageTemplate> templatesOf(Entry entry) {
    List<MessageTemplate> all = new ArrayList<>();
    entry.message().ifPresent(all::add);
    all.addAll(entry.variants());
    return all;
  }

  /** The entry's templates as read from the YAML, for a message: {@code "Order {id} not found."}. */
  private static String templates(Entry entry) {
    List<MessageTemplate> all = templatesOf(entry);
    if (all.isEmpty()) {
      return "it documents no message";
    }
    StringBuilder out = new StringBuilder(all.size() == 1 ? "the template read is " : "the templates read are ");
    for (int i = 0; i < all.size(); i++) {
      out.append(i == 0 ? "" : ", ").append('"').append(quote(all.get(i).source())).append('"');
    }
    return out.toString();
  }

  private static Diagnostic decodesElsewhere(Entry entry, int status, Example example, DecodedError<ModelEntry> d,
      Entry got) {
    String read = d.message().map(m -> " (the message read is \"" + quote(m) + "\")").orElse("");
    if (got == null) {
      return DiagnosticId.EXAMPLE_DECODES_ELSEWHERE.error(example.position(),
          "this example of " + entry.label() + " decodes to no entry at status " + status + read + "; "
              + templates(entry) + ".",
          "Adjust the message template (or add a variant) of " + entry.label() + " so that it matches,"
              + " make the example carry what shape " + entry.shape().name() + " and the entry's when constants"
              + " expect, or fix the example.");
    }
    String how = switch (d.matchKind()) {
      case CODE -> "by its code";
      case MESSAGE -> "by its message or constants";
      case STATUS -> "by the status alone";
      case NONE -> "";
    };
    String fix = d.matchKind() == MatchKind.CODE
        ? "Fix the code in the example, or the code of one of the two entries."
        : "Adjust the template of " + entry.label() + " or " + got.label() + " so they tell the bodies apart, add"
            + " a when constant that only " + entry.label() + "'s bodies carry, or fix the example.";
    return DiagnosticId.EXAMPLE_DECODES_ELSEWHERE.error(example.position(),
        "this example of " + entry.label() + " decodes to " + got.label() + " (line " + got.position().line()
            + ") " + how + read + ", not to " + entry.label() + " (" + templates(entry) + ").",
        fix);
  }

  private static String quote(String message) {
    return Shown.bare(message);
  }
}

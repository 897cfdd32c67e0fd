package dev.errorcatalog.processor.check;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.MatchKind;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.Example;
import dev.errorcatalog.processor.tables.CatalogTables;
import dev.errorcatalog.processor.validate.Diagnostic;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.validate.Diagnostics;
import dev.errorcatalog.runtime.CatalogCodec;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Checks that need the whole validated model and the runtime decoding engine, run before generation:
 * every example body must decode to its own entry. The engine is built from the same tables the generated
 * decoder builds ({@link CatalogTables}), so the build and the running decoder cannot disagree.
 */
public final class CatalogChecks {

  /** The longest message quoted back in a diagnostic. */
  private static final int QUOTE_LIMIT = 120;

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
        DecodedError<ModelEntry> d = codec.decode(entry.status(), Map.of(),
            example.body().getBytes(StandardCharsets.UTF_8));
        Entry got = d.entry().map(ModelEntry::entry).orElse(null);
        if (!entry.equals(got)) {
          found.add(decodesElsewhere(entry, example, d, got));
        }
      }
    }
  }

  private static Diagnostic decodesElsewhere(Entry entry, Example example, DecodedError<ModelEntry> d, Entry got) {
    String read = d.message().map(m -> " (the message read is \"" + quote(m) + "\")").orElse("");
    if (got == null) {
      return new Diagnostic(DiagnosticId.EXAMPLE_DECODES_ELSEWHERE, example.position(),
          "this example of " + entry.label() + " decodes to no entry (NONE) at status " + entry.status() + read + ".",
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
    return new Diagnostic(DiagnosticId.EXAMPLE_DECODES_ELSEWHERE, example.position(),
        "this example of " + entry.label() + " decodes to " + got.label() + " (line " + got.position().line()
            + ") " + how + read + ", not to " + entry.label() + ".",
        fix);
  }

  private static String quote(String message) {
    String m = message.length() > QUOTE_LIMIT ? message.substring(0, QUOTE_LIMIT) + "..." : message;
    return m.replace("\n", "\\n").replace("\r", "\\r");
  }
}

package dev.errorcatalog.processor;

import dev.errorcatalog.processor.locate.Refusal;
import dev.errorcatalog.processor.model.SourcePosition;
import dev.errorcatalog.processor.validate.Diagnostic;
import dev.errorcatalog.processor.validate.DiagnosticId;

/**
 * A catalog file that was not read, as the diagnostic the writer sees: one line, in plain words, at the file.
 * A file that is not there is EC015 (catalog-not-found); anything else that stops the read (a pipe, a device, a
 * folder, a file too large, no permission) is EC022 (unreadable-catalog) at its first line, where editors
 * link to it.
 */
final class RefusalDiagnostics {

  private RefusalDiagnostics() {}

  static Diagnostic of(Refusal refusal) {
    if (refusal.kind() == Refusal.Kind.MISSING) {
      return DiagnosticId.CATALOG_NOT_FOUND.error(refusal.message() + ".", refusal.fix());
    }
    return DiagnosticId.UNREADABLE_CATALOG.error(new SourcePosition(refusal.file(), 1, 1),
        refusal.problem() + ".", refusal.fix());
  }
}

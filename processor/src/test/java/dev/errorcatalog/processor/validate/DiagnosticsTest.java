package dev.errorcatalog.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A stage's "failed" signal counts errors only: a warning recorded while it reads never drops what it read. */
class DiagnosticsTest {

  @Test
  void aWarningOrANoteSinceTheMarkIsNotAFailure() {
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.add(DiagnosticId.BAD_VALUE.error("an earlier mistake", "fix it"));
    int mark = diagnostics.mark();
    diagnostics.add(DiagnosticId.TITLE_TOO_LONG.warning("a long title", "shorten it"));
    diagnostics.add(DiagnosticId.TITLE_TOO_LONG.note(null, "a note"));

    assertFalse(diagnostics.failedSince(mark));
    assertEquals(3, diagnostics.count(), "count() still counts every diagnostic");
  }

  @Test
  void anErrorSinceTheMarkIsAFailure() {
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.add(DiagnosticId.TITLE_TOO_LONG.warning("a long title", "shorten it"));
    int mark = diagnostics.mark();
    assertFalse(diagnostics.failedSince(mark), "nothing recorded since the mark");
    diagnostics.add(DiagnosticId.BAD_VALUE.error(null, "a mistake", "fix it"));

    assertTrue(diagnostics.failedSince(mark));
  }
}

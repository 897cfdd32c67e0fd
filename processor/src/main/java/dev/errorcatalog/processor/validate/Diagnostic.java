package dev.errorcatalog.processor.validate;

import dev.errorcatalog.processor.model.SourcePosition;

/**
 * One catalog mistake: where, what is wrong, and how to fix it.
 *
 * @param problem what is wrong, one sentence, naming the offending value
 * @param fix how to fix it, including a "did you mean" where one helps
 */
public record Diagnostic(DiagnosticId id, SourcePosition position, String problem, String fix) {

  /** {@code file:line:col: error[EC006 duplicate-code]: problem. fix} — the text javac shows. */
  public String render() {
    return position + ": error[" + id.code() + " " + id.slug() + "]: " + problem
        + (fix.isEmpty() ? "" : " " + fix);
  }

  @Override
  public String toString() {
    return render();
  }
}

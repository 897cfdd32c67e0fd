package dev.errorcatalog.processor.validate;

import dev.errorcatalog.processor.model.SourcePosition;
import java.util.Objects;

/**
 * One thing the build reports about a catalog: how serious it is, where, what is wrong, and how to fix it.
 * Every error, warning and note of a catalog is one of these, and reaches javac through one reporter.
 *
 * <p>Made one way: by its id, {@code DiagnosticId.DUPLICATE_CODE.error(position, problem, fix)} (or
 * {@code .warning}, {@code .note}). The canonical constructor is public because a record's is; only
 * {@link DiagnosticId} calls it (a test scans the sources for any other {@code new Diagnostic}).
 *
 * @param position the place in the YAML file; {@code null} for what has no place there (the annotation, a
 *     catalog not found, the module)
 * @param problem what is wrong, one sentence, naming the offending value
 * @param fix how to fix it, including a "did you mean" where one helps; {@code ""} for none
 */
public record Diagnostic(Severity severity, DiagnosticId id, SourcePosition position, String problem, String fix) {

  /**
   * How serious a diagnostic is: an error generates nothing from the catalog, a warning generates it, a note
   * only informs.
   */
  public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    /** Something the writer may want to know, not to change (a change since the baseline). */
    NOTE("note");

    private final String label;

    Severity(String label) {
      this.label = label;
    }

    /** {@code error}, {@code warning}: as the rendered text shows it. */
    public String label() {
      return label;
    }
  }

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(fix, "fix");
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * {@code file:line:col: error[EC006 duplicate-code]: problem. fix} — the text javac shows (without the
   * place when there is none; a fix that starts a new line follows the problem directly).
   */
  public String render() {
    return (position == null ? "" : position + ": ") + severity.label() + "[" + id.code() + " " + id.slug() + "]: "
        + problem + (fix.isEmpty() ? "" : fix.startsWith("\n") ? fix : " " + fix);
  }

  @Override
  public String toString() {
    return render();
  }
}

package dev.errorcatalog.processor.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every diagnostic of a catalog, so that one build reports them all: each stage (locate, load,
 * check) adds to it, and the processor hands its content to the reporter.
 */
public final class Diagnostics {

  private final List<Diagnostic> all = new ArrayList<>();

  /** Records a diagnostic, made by its id ({@code DiagnosticId.X.error(...)}). */
  public void add(Diagnostic diagnostic) {
    all.add(diagnostic);
  }

  /** Records diagnostics in their order. */
  public void addAll(List<Diagnostic> diagnostics) {
    all.addAll(diagnostics);
  }

  /** Everything recorded, in the order recorded. */
  public List<Diagnostic> all() {
    return List.copyOf(all);
  }

  /** How many diagnostics were recorded so far: errors, warnings and notes. */
  public int count() {
    return all.size();
  }

  /**
   * A point to ask {@link #failedSince} about. A stage that drops what it reads when it finds a mistake asks
   * whether an <em>error</em> was recorded since: a warning (a title too long for a heading, say) never makes
   * a shape, a retry policy or a template be left out.
   */
  public int mark() {
    return errorCount();
  }

  /** Whether an error (not a warning or a note) was recorded after {@code mark} ({@link #mark()}). */
  public boolean failedSince(int mark) {
    return errorCount() > mark;
  }

  /** How many errors were recorded so far (warnings and notes not counted). */
  public int errorCount() {
    return (int) all.stream().filter(Diagnostic::isError).count();
  }

  /** True if any error was recorded. */
  public boolean hasErrors() {
    return all.stream().anyMatch(Diagnostic::isError);
  }

  /** The mistakes in file order (line, then column), then in the order found. */
  public List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(all);
    copy.sort(Comparator.comparing((Diagnostic d) -> d.position().file())
        .thenComparingInt(d -> d.position().line())
        .thenComparingInt(d -> d.position().column()));
    return List.copyOf(copy);
  }
}

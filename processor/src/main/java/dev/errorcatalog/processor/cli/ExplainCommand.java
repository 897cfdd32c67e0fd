package dev.errorcatalog.processor.cli;

import dev.errorcatalog.processor.validate.DidYouMean;
import java.util.List;

/**
 * {@code explain [ID...]}: the long explanation of a diagnostic, as {@code rustc --explain} gives one (what it
 * means, a wrong and a right example, how to fix it), from the diagnostics reference {@code DIAGNOSTICS.md};
 * without an id, every id with its slug and meaning. An id is written {@code EC021}, {@code ec21}, {@code 21} or
 * as its slug, {@code example-decodes-elsewhere}.
 */
final class ExplainCommand implements Command {

  @Override
  public String name() {
    return "explain";
  }

  @Override
  public String arguments() {
    return "[ID]";
  }

  @Override
  public String summary() {
    return "explain a diagnostic (EC021, 21 or its slug), with examples; no ID lists them all";
  }

  @Override
  public int minimumPaths() {
    return 0;
  }

  @Override
  public int run(Invocation invocation) throws Invocation.UsageException {
    if (!invocation.options().isEmpty()) {
      throw new Invocation.UsageException("explain takes no -A options.");
    }
    DiagnosticsReference reference = DiagnosticsReference.packaged();
    List<String> ids = invocation.paths().stream().map(Object::toString).toList();
    if (ids.isEmpty()) {
      invocation.out().print(list(reference));
      return Main.OK;
    }
    StringBuilder text = new StringBuilder();
    for (String id : ids) {
      DiagnosticsReference.Section section = reference.find(id).orElseThrow(() -> unknown(id, reference));
      text.append(text.length() == 0 ? "" : "\n").append(TerminalText.of(section.markdown()));
    }
    invocation.out().print(text);
    return Main.OK;
  }

  /** Every id, slug and meaning, one a line. */
  static String list(DiagnosticsReference reference) {
    StringBuilder text = new StringBuilder("The diagnostics (explain ID shows one: EC021, 21 or its slug):\n\n");
    int width = reference.slugs().stream().mapToInt(String::length).max().orElse(0);
    for (DiagnosticsReference.Section s : reference.sections()) {
      text.append(String.format("%s %-" + width + "s  %s%n", s.code(), s.slug(), s.summary()));
    }
    return text.toString();
  }

  private static Invocation.UsageException unknown(String id, DiagnosticsReference reference) {
    List<DiagnosticsReference.Section> all = reference.sections();
    return new Invocation.UsageException("no diagnostic " + id + "; the ids are " + all.get(0).code() + " to "
        + all.get(all.size() - 1).code() + "." + DidYouMean.hint(id.strip(), reference.slugs())
        + " explain without an ID lists them all.");
  }
}

package dev.errorcatalog.processor;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.processor.validate.Diagnostic;
import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * The one way the steps report: every error, warning and note reaches a {@link ReportChannel} here (javac's
 * {@link Messager} in a build, see {@link #javac}), and the reporter counts the errors and warnings (a
 * catalog that failed has no docs page, and that page is then missing without being stale).
 *
 * <p>A catalog's diagnostic comes as a {@link Diagnostic}, made by its id ({@link #report}). The processor's own
 * messages (an option it does not take, a file it could not write, its own bug, a removed page) have no id on
 * purpose: no catalog causes them, and an id is one a catalog can be fixed for, with its section and wrong
 * catalog in DIAGNOSTICS.md. They print as {@code errorcatalog: ...} through {@link #tool}.
 */
final class Reporter {

  private final ReportChannel channel;
  private int errors;
  private int warnings;

  Reporter(ReportChannel channel) {
    this.channel = channel;
  }

  /** Reports to javac: on the {@code @ErrorCatalog} where there is one (javac then points at its line). */
  static Reporter javac(Messager messager) {
    return new Reporter((kind, text, element) -> {
      AnnotationMirror mirror = element == null ? null : mirrorOf(element);
      if (element == null) {
        messager.printMessage(kind, text);
      } else if (mirror == null) {
        messager.printMessage(kind, text, element);
      } else {
        messager.printMessage(kind, text, element, mirror);
      }
    });
  }

  /**
   * A diagnostic of the catalog that {@code element}'s {@code @ErrorCatalog} asked for ({@code null} outside
   * javac).
   */
  void report(Diagnostic diagnostic, Element element) {
    Kind kind = switch (diagnostic.severity()) {
      case ERROR -> Kind.ERROR;
      case WARNING -> Kind.WARNING;
      case NOTE -> Kind.NOTE;
    };
    count(kind);
    channel.print(kind, diagnostic.render(), element);
  }

  /** A file the processor could not write: not the catalog's mistake, so it has no id. */
  void writeFailed(String what, String reason) {
    tool(Kind.ERROR, "could not write " + what + ": " + reason);
  }

  /** A processor option with a value it does not take: not a catalog's mistake, so it has no id. */
  void badOption(String message) {
    tool(Kind.ERROR, message);
  }

  /** A bug of the processor's: reported as an error that asks for a bug report, never thrown at javac. */
  void internalError(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    tool(Kind.ERROR, "internal error, please report it with this trace: " + trace);
  }

  /** Something the build did that the writer may want to know (a removed docs page). */
  void note(String text) {
    tool(Kind.NOTE, text);
  }

  /** A message of the processor's own, not of a catalog: no id, no place, counted as its kind. */
  private void tool(Kind kind, String text) {
    count(kind);
    channel.print(kind, "errorcatalog: " + text, null);
  }

  private void count(Kind kind) {
    if (kind == Kind.ERROR) {
      errors++;
    } else if (kind == Kind.WARNING) {
      warnings++;
    }
  }

  /** Whether any error was reported in this compilation. */
  boolean anyError() {
    return errors > 0;
  }

  /** How many errors were reported. */
  int errors() {
    return errors;
  }

  /** How many warnings were reported. */
  int warnings() {
    return warnings;
  }

  /** The {@code @ErrorCatalog} (or its container) on {@code element}, or {@code null}. */
  static AnnotationMirror mirrorOf(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String type = mirror.getAnnotationType().toString();
      if (type.equals(ErrorCatalog.class.getCanonicalName())
          || type.equals(ErrorCatalog.List.class.getCanonicalName())) {
        return mirror;
      }
    }
    return null;
  }
}

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
    if (kind == Kind.ERROR) {
      errors++;
    } else if (kind == Kind.WARNING) {
      warnings++;
    }
    channel.print(kind, diagnostic.render(), element);
  }

  /** A file the processor could not write: not the catalog's mistake, so it has no id. */
  void writeFailed(String what, String reason) {
    errors++;
    channel.print(Kind.ERROR, "errorcatalog: could not write " + what + ": " + reason, null);
  }

  /** A processor option with a value it does not take: not a catalog's mistake, so it has no id. */
  void badOption(String message) {
    errors++;
    channel.print(Kind.ERROR, "errorcatalog: " + message, null);
  }

  /** A bug of the processor's: reported as an error that asks for a bug report, never thrown at javac. */
  void internalError(Throwable e) {
    errors++;
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    channel.print(Kind.ERROR, "errorcatalog: internal error, please report it with this trace: " + trace, null);
  }

  /** Something the build did that the writer may want to know (a removed docs page). */
  void note(String text) {
    channel.print(Kind.NOTE, "errorcatalog: " + text, null);
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

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
 * The one way the processor talks to javac: every error, warning and note reaches {@link Messager} here,
 * and the reporter remembers whether any error was reported (a catalog that failed has no docs page, and
 * that page is then missing without being stale).
 */
final class Reporter {

  private final Messager messager;
  private boolean anyError;

  Reporter(Messager messager) {
    this.messager = messager;
  }

  /** A diagnostic of the catalog that {@code element}'s {@code @ErrorCatalog} asked for. */
  void report(Diagnostic diagnostic, Element element) {
    Kind kind = diagnostic.isError() ? Kind.ERROR : Kind.WARNING;
    anyError |= diagnostic.isError();
    AnnotationMirror mirror = mirrorOf(element);
    // On the annotation where there is one (javac then points at its line), else on the element.
    if (mirror == null) {
      messager.printMessage(kind, diagnostic.render(), element);
    } else {
      messager.printMessage(kind, diagnostic.render(), element, mirror);
    }
  }

  /** A file the processor could not write: not the catalog's mistake, so it has no id. */
  void writeFailed(String what, String reason) {
    anyError = true;
    messager.printMessage(Kind.ERROR, "errorcatalog: could not write " + what + ": " + reason);
  }

  /** A processor option with a value it does not take: not a catalog's mistake, so it has no id. */
  void badOption(String message) {
    anyError = true;
    messager.printMessage(Kind.ERROR, "errorcatalog: " + message);
  }

  /** A bug of the processor's: reported as an error that asks for a bug report, never thrown at javac. */
  void internalError(Throwable e) {
    anyError = true;
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    messager.printMessage(Kind.ERROR, "errorcatalog: internal error, please report it with this trace: " + trace);
  }

  /** Something the build did that the writer may want to know (a removed docs page). */
  void note(String text) {
    messager.printMessage(Kind.NOTE, "errorcatalog: " + text);
  }

  /** Whether any error was reported in this compilation. */
  boolean anyError() {
    return anyError;
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

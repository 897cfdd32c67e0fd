package dev.errorcatalog.processor.cli;

import dev.errorcatalog.processor.ReportChannel;
import java.io.PrintStream;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * Prints the reporter's messages to a terminal as they are: {@code file:line:col: error[EC006 duplicate-code]:
 * ...}, the form compilers and editors link to the file. Notes lose the processor's {@code errorcatalog: }
 * prefix: on this command line every line is errorcatalog's.
 */
final class TerminalChannel implements ReportChannel {

  private static final String PREFIX = "errorcatalog: ";

  private final PrintStream out;

  TerminalChannel(PrintStream out) {
    this.out = out;
  }

  @Override
  public void print(Kind kind, String text, Element element) {
    out.println(kind == Kind.NOTE && text.startsWith(PREFIX) ? text.substring(PREFIX.length()) : text);
  }
}

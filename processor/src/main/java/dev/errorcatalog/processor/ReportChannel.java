package dev.errorcatalog.processor;

import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * Where the {@link Reporter}'s messages go: javac's {@code Messager} in a build, a terminal for the writers'
 * command line, Maven's log in the plugin. The diagnostics are the same everywhere; only this changes.
 */
public interface ReportChannel {

  /**
   * Prints one message.
   *
   * @param element the annotated element the message is about in a javac build, else {@code null}
   */
  void print(Kind kind, String text, Element element);
}

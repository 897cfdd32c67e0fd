package dev.errorcatalog.processor.openapi;

import dev.errorcatalog.processor.model.SourcePosition;

/**
 * An OpenAPI document that was not read, and why, in plain words: never an exception's class name.
 *
 * @param position where the document goes wrong (its first line when nothing more precise is known)
 * @param problem what is wrong, one sentence without its period, whose subject is the file
 * @param fix how to fix it, one sentence
 */
public record UnreadableDocument(SourcePosition position, String problem, String fix) {

  /** {@code api.yaml:1:1: api.yaml is not valid YAML: ... Fix.}: as the command line prints it. */
  public String render() {
    return position + ": " + problem + ". " + fix;
  }

  /** The refusal thrown while reading, carried out to {@link DocumentReader#read}. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient UnreadableDocument reason;

    Failure(UnreadableDocument reason) {
      super(reason.problem(), null, false, false);
      this.reason = reason;
    }

    UnreadableDocument reason() {
      return reason;
    }
  }
}

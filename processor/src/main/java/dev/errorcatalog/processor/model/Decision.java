package dev.errorcatalog.processor.model;

/**
 * Something the catalog decided that its source does not state: a body shape assumed, an example
 * constructed, a retry class or its numbers chosen, a title derived from the message. The docs list each
 * reason once per page ("About this page") and mark the field it affects with a footnote number, so that a reader
 * can tell the API's facts from the catalog's guesses.
 *
 * @param aspect what was decided: one of {@code DecisionAspect}'s YAML names ({@code shape},
 *     {@code examples}, {@code retry}, ...)
 * @param reason why, in the writer's words
 */
public record Decision(String aspect, String reason, SourcePosition position) {

  /** The aspects a catalog can mark, as written under {@code decided:}, in the order the docs list them. */
  public static final java.util.List<String> ASPECTS =
      java.util.List.of("title", "message", "status", "when", "shape", "examples", "retry", "fix");

  /** The aspect in words, for the docs: "the body shape", "the examples". */
  public String aspectWords() {
    return switch (aspect) {
      case "title" -> "the title";
      case "message" -> "the message";
      case "status" -> "the status";
      case "when" -> "the constants that tell it apart";
      case "shape" -> "the body";
      case "examples" -> "the examples";
      case "retry" -> "the retry advice";
      case "fix" -> "the fix";
      default -> aspect;
    };
  }
}

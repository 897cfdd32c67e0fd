package dev.errorcatalog.runtime;

/**
 * One way an entry can be recognised by its message or constants: the entry, one of its templates (none for
 * entries recognised by constants alone), and every constant its bodies carry (the shape's, then the
 * entry's own), resolved to body-value slots. The template is indexed by its literal text, read without
 * compiling it; it is compiled when a search first reaches it ({@link #matcher()}): a status of a large
 * catalog has a thousand templates, and a decode that matches none of them compiles only those it tries.
 */
final class Candidate<E> {

  final CodecEntry<E> entry;
  /** Which of the entry's templates; -1 for an entry recognised by constants alone. */
  private final int template;
  final Template.Literals literals;
  final Constant[] constants;
  final int[] constantSlots;

  /** The candidate of the entry's {@code template}th template, or of its constants alone (-1). */
  Candidate(CodecEntry<E> entry, int template) {
    this.entry = entry;
    this.template = template;
    this.literals = template < 0 ? null : Template.literals(entry.templateSource(template));
    this.constants = entry.constants;
    this.constantSlots = entry.constantSlots;
  }

  /** The compiled template; {@code null} for an entry recognised by constants alone. */
  TemplateMatcher matcher() {
    return template < 0 ? null : entry.templates()[template];
  }

  /** True when the body carries every constant. */
  boolean constantsHold(BodyValues values) {
    for (int i = 0; i < constants.length; i++) {
      int slot = constantSlots[i];
      if (!constants[i].matches(values.kinds[slot], values.texts[slot])) {
        return false;
      }
    }
    return true;
  }

  int literalLength() {
    return literals == null ? 0 : literals.length();
  }

  /** True for a template after which the API may add further text ({@link Template#FURTHER_TEXT}). */
  boolean furtherText() {
    return literals != null && literals.furtherText();
  }

  /**
   * More constants first, then more literal text, then a template the message must end with before one it may
   * go on after ({@link Template#FURTHER_TEXT}: the exact match wins), then catalog order.
   */
  boolean moreSpecificThan(Candidate<E> other) {
    if (other == null) {
      return true;
    }
    if (constants.length != other.constants.length) {
      return constants.length > other.constants.length;
    }
    if (literalLength() != other.literalLength()) {
      return literalLength() > other.literalLength();
    }
    if (furtherText() != other.furtherText()) {
      return other.furtherText();
    }
    return entry.order < other.entry.order;
  }
}

package dev.errorcatalog.runtime;

/**
 * One way an entry can be recognised by its message or constants: the entry, one of its templates (none for
 * entries recognised by constants alone), and every constant its bodies carry (the shape's, then the
 * entry's own), resolved to body-value slots.
 */
final class Candidate<E> {

  final CodecEntry<E> entry;
  final TemplateMatcher matcher;
  final Constant[] constants;
  final int[] constantSlots;

  Candidate(CodecEntry<E> entry, TemplateMatcher matcher) {
    this.entry = entry;
    this.matcher = matcher;
    this.constants = entry.constants;
    this.constantSlots = entry.constantSlots;
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
    return matcher == null ? 0 : matcher.literalLength();
  }

  /** More constants first, then more literal text, then catalog order. */
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
    return entry.order < other.entry.order;
  }
}

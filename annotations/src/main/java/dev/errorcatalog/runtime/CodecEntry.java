package dev.errorcatalog.runtime;

import java.util.HashMap;
import java.util.Map;

/** The tables of one entry: status, code, shape, constants and compiled templates. */
final class CodecEntry<E> {

  final E entry;
  final int order;
  final int status;
  final String code;
  final CodecShape shape;
  /** The shape's constants followed by the entry's own. */
  final Constant[] constants;
  final int[] constantSlots;
  /** The primary template first, then the variants; empty when the entry documents no message. */
  final TemplateMatcher[] templates;
  /** The declared type of each placeholder of the primary template (fields of the same name take it). */
  final Map<String, Template.Type> types = new HashMap<>();

  CodecEntry(E entry, int order, int status, String code, CodecShape shape, Constant[] constants,
      int[] constantSlots, TemplateMatcher[] templates) {
    this.entry = entry;
    this.order = order;
    this.status = status;
    this.code = code;
    this.shape = shape;
    this.constants = constants;
    this.constantSlots = constantSlots;
    this.templates = templates;
    if (templates.length > 0) {
      for (Template.Part p : templates[0].template().parts()) {
        if (p.isPlaceholder()) {
          types.put(p.name(), p.type());
        }
      }
    }
  }

  /** Recognised by the status alone: no body, or nothing in the body that could tell it apart. */
  boolean statusOnly() {
    return shape.body == CatalogCodec.Body.EMPTY
        || (constants.length == 0 && (shape.codeSlot < 0 || code.isEmpty())
            && (templates.length == 0 || !shape.carriesMessage()));
  }

  /** Recognised by message: it has templates and its shape carries a message. */
  boolean byMessage() {
    return templates.length > 0 && shape.carriesMessage();
  }
}

package dev.errorcatalog.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables of one entry: status, code, shape, constants and compiled templates. The template matchers
 * (and the placeholder types) are made on first use, from the row's templates: at class initialisation a
 * catalog of thousands of entries then compiles none of them.
 */
final class CodecEntry<E> {

  final E entry;
  final int order;
  final int status;
  /** The further statuses it is answered with (rarely any). */
  final int[] alsoAt;
  final String code;
  /** The sub-code that refines the code, {@code ""} for none. */
  final String subcode;
  /**
   * The entries refining this one by sub-code, by sub-code; {@code null} for none (most entries). Set once, by
   * the {@link CatalogIndex} constructor, before the index (whose final fields reach every entry) is published.
   */
  Map<String, CodecEntry<E>> refinements;
  /** A documented success response: never an error, whatever the body. */
  final boolean success;
  final CodecShape shape;
  /** The shape's constants followed by the entry's own. */
  final Constant[] constants;
  final int[] constantSlots;
  private final EntryRow row;
  private final int templateCount;
  /** {@link #templates()}, once made (racing threads make equal arrays; one wins). */
  private volatile TemplateMatcher[] templates;
  private volatile Map<String, Template.Type> types;

  /** No wait hints: most entries'. */
  static final WaitSource[] NO_WAITS = new WaitSource[0];
  private static final int[] NO_SLOTS = new int[0];

  /**
   * The wait hints read for this entry (its own, else its shape's) and, for body fields, their body-value slots
   * (-1 for a header, or a field of a body that is not JSON). Set by {@link IndexBuilder} before the index is
   * published.
   */
  WaitSource[] waits = NO_WAITS;
  int[] waitSlots = NO_SLOTS;

  CodecEntry(E entry, int order, EntryRow row, CodecShape shape, Constant[] constants, int[] constantSlots) {
    this.entry = entry;
    this.order = order;
    this.status = row.status();
    this.alsoAt = row.alsoAt();
    this.code = row.code();
    this.subcode = row.subcode();
    this.success = row.isSuccess();
    this.shape = shape;
    this.constants = constants;
    this.constantSlots = constantSlots;
    this.row = row;
    this.templateCount = row.templateCount();
  }

  /** The primary template first, then the variants; empty when the entry documents no message. */
  TemplateMatcher[] templates() {
    TemplateMatcher[] t = templates;
    if (t == null) {
      List<TemplateMatcher> matchers = new ArrayList<>(templateCount);
      // In templateSource order: a Candidate names its template by that index.
      if (!row.template().source().isEmpty()) {
        matchers.add(new TemplateMatcher(row.template()));
      }
      for (Template v : row.variants()) {
        if (!v.source().isEmpty()) {
          matchers.add(new TemplateMatcher(v));
        }
      }
      t = matchers.toArray(new TemplateMatcher[0]);
      templates = t;
    }
    return t;
  }

  /**
   * The declared type of each placeholder of the first template (the primary one where the entry has it):
   * fields of the same name take it.
   */
  Map<String, Template.Type> types() {
    Map<String, Template.Type> m = types;
    if (m == null) {
      m = new HashMap<>();
      TemplateMatcher[] t = templates();
      if (t.length > 0) {
        for (Template.Part p : t[0].template().parts()) {
          if (p.isPlaceholder()) {
            m.put(p.name(), p.type());
          }
        }
      }
      types = m;
    }
    return m;
  }

  /** How many templates {@link #templates()} holds, known without compiling them. */
  int templateCount() {
    return templateCount;
  }

  /** The source of {@code templates()[k]}, read without compiling it. */
  String templateSource(int k) {
    return row.templateSource(k);
  }

  /** Whether the entry is answered with this status, its first or a further one. */
  boolean answeredWith(int status) {
    if (this.status == status) {
      return true;
    }
    for (int s : alsoAt) {
      if (s == status) {
        return true;
      }
    }
    return false;
  }

  /** Recognised by the status alone: no body, or nothing in the body that could tell it apart. */
  boolean statusOnly() {
    return shape.body == CatalogCodec.Body.EMPTY
        || (constants.length == 0 && (shape.codeSlot < 0 || code.isEmpty())
            && (templateCount == 0 || !shape.carriesMessage()));
  }

  /**
   * The refinement of this entry for the body's sub-code, or this entry itself. A sub-code read through an array
   * of its own (Google's {@code /error/details/*}{@code /reason}) is the first element naming a refinement.
   */
  CodecEntry<E> refinedBy(BodyValues values) {
    int slot = shape.subcodeSlot;
    if (refinements == null || slot < 0) {
      return this;
    }
    if (values.perElement(slot)) {
      for (int el = 0, count = values.elementCount(slot); el < count; el++) {
        CodecEntry<E> refinement = refinement(values.elementKind(slot, el), values.elementText(slot, el));
        if (refinement != null) {
          return refinement;
        }
      }
      return this;
    }
    CodecEntry<E> refinement = refinement(values.kinds[slot], values.texts[slot]);
    return refinement == null ? this : refinement;
  }

  private CodecEntry<E> refinement(byte kind, String text) {
    return kind == BodyValues.STRING || kind == BodyValues.NUMBER ? refinements.get(text) : null;
  }

  /** Recognised by its code: it has one, and its shape reads the body's code (rule 1; never by its constants). */
  boolean identifiedByCode() {
    return !code.isEmpty() && shape.codeSlot >= 0;
  }

  /** Recognised by message: it has templates and its shape carries a message. */
  boolean byMessage() {
    return templateCount > 0 && shape.carriesMessage();
  }
}

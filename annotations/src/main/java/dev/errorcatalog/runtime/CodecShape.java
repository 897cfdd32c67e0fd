package dev.errorcatalog.runtime;

/** The tables of one shape: what the body is and the body-value slots of its pointers (-1 for none). */
final class CodecShape {

  final String name;
  final CatalogCodec.Body body;
  final String codePointer;
  final String subcodePointer;
  final String messagePointer;
  final String retryAfterPointer;
  final String[] fieldNames;
  final String[] fieldPointers;
  final Constant[] when;
  /** The body-value slots of {@link #when}'s pointers. */
  final int[] whenSlots;
  final int codeSlot;
  /** The slot of the sub-code, -1 for none. */
  final int subcodeSlot;
  final int messageSlot;
  final int retryAfterSlot;
  final int[] fieldSlots;
  /** Bodies carrying the shape's constants are errors at any status ({@link ShapeRow#error()}). */
  final boolean error;

  CodecShape(String name, CatalogCodec.Body body, String codePointer, String subcodePointer, String messagePointer,
      String retryAfterPointer, String[] fieldNames, String[] fieldPointers, Constant[] when, boolean error,
      PointerTrie trie) {
    this.name = name;
    this.error = error;
    this.body = body;
    boolean json = body == CatalogCodec.Body.JSON;
    this.codePointer = json ? codePointer : null;
    this.subcodePointer = json && codePointer != null ? subcodePointer : null;
    this.messagePointer = json ? messagePointer : null;
    this.retryAfterPointer = json ? retryAfterPointer : null;
    this.fieldNames = json ? fieldNames : new String[0];
    this.fieldPointers = json ? fieldPointers : new String[0];
    this.when = json ? when : new Constant[0];
    this.codeSlot = this.codePointer == null ? -1 : trie.slotOf(this.codePointer);
    this.subcodeSlot = this.subcodePointer == null ? -1 : trie.slotOf(this.subcodePointer);
    this.messageSlot = this.messagePointer == null ? -1 : trie.slotOf(this.messagePointer);
    this.retryAfterSlot = this.retryAfterPointer == null ? -1 : trie.slotOf(this.retryAfterPointer);
    this.whenSlots = new int[this.when.length];
    for (int i = 0; i < whenSlots.length; i++) {
      whenSlots[i] = trie.slotOf(this.when[i].pointer());
    }
    this.fieldSlots = new int[this.fieldPointers.length];
    for (int i = 0; i < fieldSlots.length; i++) {
      fieldSlots[i] = trie.slotOf(this.fieldPointers[i]);
    }
  }

  /** True when bodies of this shape carry a message: a JSON message pointer, or a text body. */
  boolean carriesMessage() {
    return body == CatalogCodec.Body.TEXT || messageSlot >= 0;
  }

  /** Where the message comes from: a body-value slot, or {@link MessageIndex#TEXT_BODY} for text bodies. */
  int messageSource() {
    return body == CatalogCodec.Body.TEXT ? MessageIndex.TEXT_BODY : messageSlot;
  }
}

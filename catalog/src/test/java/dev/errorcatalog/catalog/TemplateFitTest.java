package dev.errorcatalog.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * The coverage tests ask whether a documented message fits an entry's template with the runtime's matcher
 * ({@link ShippedCatalog.Entry#fitsATemplate}), the one the generated decoders and the processor's example
 * check use. These tests had a regular expression of their own, which disagreed with the runtime where the
 * cases below show; the runtime's answer is the one that stands, since it is what a decoder does with the
 * message.
 */
class TemplateFitTest {

  private static ShippedCatalog.Entry entry(String message, String... variants) {
    ObjectNode node = JsonNodeFactory.instance.objectNode().put("message", message);
    ArrayNode all = node.putArray("variants");
    for (String variant : variants) {
      all.add(variant);
    }
    return new ShippedCatalog.Entry(null, node, "", "");
  }

  @Test
  void aNumberHasNoExponent() {
    ShippedCatalog.Entry e = entry("Amount {amount:number} is too large");
    assertTrue(e.fitsATemplate("Amount 12.50 is too large"));
    assertTrue(e.fitsATemplate("Amount -3 is too large"));
    // The regular expression took "(?:[eE][+-]?\d+)?" after the digits; the format's number has no exponent.
    assertFalse(e.fitsATemplate("Amount 1e5 is too large"));
    assertFalse(e.fitsATemplate("Amount 2.5E-3 is too large"));
  }

  @Test
  void furtherTextMayBeNothingAndEndsTheDocumentedTextAtAWordsEnd() {
    ShippedCatalog.Entry e = entry("Try later. {...}");
    assertTrue(e.fitsATemplate("Try later. Retry in 5 s."));
    // The regular expression read "{...}" as a string placeholder named "...": one character or more after
    // the space before it. The marker takes that space and may stand for no text at all.
    assertTrue(e.fitsATemplate("Try later."));
    assertTrue(e.fitsATemplate("Try later.\n(request 42)"));
    assertFalse(e.fitsATemplate("Try later.Now"));
    ShippedCatalog.Entry counted = entry("Limit of {n:int} reached {...}");
    assertTrue(counted.fitsATemplate("Limit of 5 reached"));
    assertTrue(counted.fitsATemplate("Limit of 5 reached, see the docs"));
    // Without a space before the marker, the documented text must still end where a word does ("(.+)" took
    // any character after it).
    ShippedCatalog.Entry glued = entry("Limit of {n:int} reached{...}");
    assertTrue(glued.fitsATemplate("Limit of 5 reached; see the docs"));
    assertFalse(glued.fitsATemplate("Limit of 5 reachedX"));
    assertFalse(glued.fitsATemplate("Limit of 5 reached2"));
  }

  @Test
  void aTypedValueBesideAnotherPlaceholderIsBounded() {
    // Two placeholders side by side: the matcher looks at most 1,000 characters into the first typed value
    // (the regular expression had no bound, and matched).
    ShippedCatalog.Entry e = entry("{a:int}{b:bool}");
    assertTrue(e.fitsATemplate("12true"));
    assertTrue(e.fitsATemplate("1".repeat(999) + "true"));
    assertFalse(e.fitsATemplate("1".repeat(1001) + "true"));
  }

  @Test
  void aTemplateTheFormatForbidsIsAnError() {
    // The regular expression read a lone '}' as text and "{a {b}" as a placeholder named "a {b"; the runtime
    // compiles only templates the processor accepts (it reports these), and throws on the others.
    assertThrows(IllegalArgumentException.class, () -> entry("a } b").fitsATemplate("a } b"));
    assertThrows(IllegalArgumentException.class, () -> entry("{a {b}").fitsATemplate("x"));
    // A type in capitals failed the regular expression (an AssertionError); the runtime reads type names in any
    // case. (The processor accepts only the lower-case names, so no shipped catalog has one.)
    assertTrue(entry("{n:INT} left").fitsATemplate("5 left"));
  }

  @Test
  void anyTemplateOfTheEntryMayFit() {
    ShippedCatalog.Entry e = entry("Order {id:int} not found", "No order {id}");
    assertTrue(e.fitsATemplate("Order 7 not found"));
    assertTrue(e.fitsATemplate("No order A-7"));
    assertFalse(e.fitsATemplate("Order A-7 not found"));
  }
}

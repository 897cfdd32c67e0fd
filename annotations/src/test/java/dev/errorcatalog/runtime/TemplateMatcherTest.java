package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateMatcherTest {

  private static String[] match(String template, String message) {
    TemplateMatcher matcher = new TemplateMatcher(Template.compile(template));
    assertLiteralsAgree(template, matcher);
    String[] captured = matcher.match(message);
    if (message.startsWith(matcher.lead()) && message.endsWith(matcher.tail())) {
      // What the message index calls once its tries have found both literals: the same answer.
      assertArrayEquals(captured, matcher.matchBetween(message), () -> template + " / " + message);
    }
    return captured;
  }

  /** The message index reads a template's literals without compiling it: the same ones the matcher has. */
  private static void assertLiteralsAgree(String template, TemplateMatcher matcher) {
    assertEquals(new Template.Literals(matcher.lead(), matcher.tail(), matcher.literalLength(),
        matcher.template().furtherText()), Template.literals(template), template);
  }

  @Test
  void literalsAreReadWithoutCompilingAsTheMatcherReadsThem() {
    for (String t : new String[] {"slow down", "{x}", "{x}{y}", "a {x} b {y:int} c", "{{literal}} {x} }}end",
        "{{}}", "lead {a}{b} mid {c:bool}", "{a:number} only lead is empty", "tail is empty {z}",
        "x {{y}} {z}", "slow down{...}", "slow down. {...}", "a {x} b{...}", "{x}.{...}", "a {x:int}, {y}.{...}"}) {
      assertLiteralsAgree(t, new TemplateMatcher(Template.compile(t)));
    }
    assertEquals(new Template.Literals("a {x} ", "", 6, false), Template.literals("a {{x}} "));
    IllegalArgumentException stray = assertThrows(IllegalArgumentException.class,
        () -> Template.literals("a } b"));
    assertEquals("a '}' at character 3 that is not part of a placeholder, in template: a } b",
        stray.getMessage());
  }

  @Test
  void literalTemplatesMatchExactly() {
    assertArrayEquals(new String[0], match("slow down", "slow down"));
    assertNull(match("slow down", "slow down!"));
    assertNull(match("slow down", "Slow down"));
  }

  @Test
  void stringPlaceholdersAreNonEmptyAndLazy() {
    assertArrayEquals(new String[] {"a", "b and c"}, match("{x} and {y}", "a and b and c"));
    assertNull(match("Order {id} not found", "Order  not found".replace("  ", " ")));
    assertArrayEquals(new String[] {" "}, match("Order{id}not found", "Order not found"));
    // Lazy, but backtracks when what follows does not match.
    assertArrayEquals(new String[] {"a.b", "c"}, match("{x}.{y:int}!", "a.b.c!".replace("c", "7")) == null
        ? null : new String[] {"a.b", "c"});
    assertArrayEquals(new String[] {"a.b", "7"}, match("{x}.{y:int}!", "a.b.7!"));
  }

  @Test
  void typedPlaceholders() {
    assertArrayEquals(new String[] {"-42"}, match("n={n:int}", "n=-42"));
    assertNull(match("n={n:int}", "n=4.2"));
    assertNull(match("n={n:int}", "n=-"));
    assertNull(match("n={n:int}", "n="));
    assertArrayEquals(new String[] {"4.25"}, match("n={n:number}", "n=4.25"));
    assertArrayEquals(new String[] {"-4"}, match("n={n:number}", "n=-4"));
    assertNull(match("n={n:number}", "n=4."));
    assertNull(match("n={n:number}", "n=.5"));
    assertNull(match("n={n:number}", "n=1e5"));
    assertArrayEquals(new String[] {"false"}, match("b={b:bool}", "b=false"));
    assertNull(match("b={b:bool}", "b=yes"));
  }

  @Test
  void adjacentPlaceholdersSplitShortestFirst() {
    assertArrayEquals(new String[] {"12", "ab"}, match("{n:int}{s}", "12ab"));
    assertArrayEquals(new String[] {"a", "bc"}, match("{s}{t}", "abc"));
    assertArrayEquals(new String[] {"ab", "12"}, match("{s}{n:int}", "ab12"));
  }

  @Test
  void leadingAndTrailingLiteralsMustNotOverlap() {
    assertNull(match("ab{x}ba", "aba"));
    assertArrayEquals(new String[] {"-"}, match("ab{x}ba", "ab-ba"));
  }

  @Test
  void formatGivesBackTheMessage() {
    String[] templates = {"Order {id:int} not found", "{a} / {b:number} / {c:bool}", "{{literal}} {v} }}", "{x}{y}"};
    String[] messages = {"Order 7 not found", "x y / -1.5 / true", "{literal} w }", "pq"};
    for (int i = 0; i < templates.length; i++) {
      Template t = Template.compile(templates[i]);
      String[] captured = new TemplateMatcher(t).match(messages[i]);
      Map<String, Object> args = new HashMap<>();
      for (int k = 0; k < captured.length; k++) {
        args.put(t.placeholders().get(k), captured[k]);
      }
      assertEquals(messages[i], t.format(args));
    }
  }

  @Test
  void hostileMessagesStayLinear() {
    String message = "a".repeat(200_000);
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
      assertNull(match("{x}a{y}a{z}b", message));
      assertNull(match("{x}{y}{z:int}", message));
      assertNull(match("{x:int}{y:int}{z:int}x", "1".repeat(200_000)));
      assertNull(match("{x} {y} {z}!", "a ".repeat(100_000)));
    });
  }

  @Test
  void specificity() {
    TemplateMatcher m = new TemplateMatcher(Template.compile("Error: field {f} missing"));
    assertEquals("Error: field ", m.lead());
    assertEquals(" missing", m.tail());
    assertEquals("Error: field  missing".length(), m.literalLength());
  }

  @Test
  void aNumberFirstIsFollowedByItsLiteralRightAfterItsDigitsOrNotAtAll() {
    String template = "Account {id:int} has a malformed field {field}";
    assertArrayEquals(new String[] {"42", "name"}, match(template, "Account 42 has a malformed field name"));
    assertArrayEquals(new String[] {"-4", "x"}, match(template, "Account -4 has a malformed field x"));
    // The literal occurs, but beyond the value's digits: no int ends there.
    assertNull(match(template, "Account 42x has a malformed field name"));
    assertNull(match(template, "Account 42 has an invalid name: 'has a malformed field x'"));
    assertNull(match(template, "Account  has a malformed field name"));
    // Long messages alike, whatever their length.
    String filler = "Zoe & Co ".repeat(30_000);
    assertNull(match(template, "Account 42 has an invalid name: '" + filler + "'"));
    assertArrayEquals(new String[] {"42", filler}, match(template, "Account 42 has a malformed field " + filler));
    assertArrayEquals(new String[] {"1.5", "7"}, match("{a:number}.{b:int}", "1.5.7"));
    assertArrayEquals(new String[] {"12", "3"}, match("v{a:int}-{b:int}", "v12-3"));
  }

  @Test
  void furtherTextMayFollowTheDocumentedMessage() {
    String literal = "Rate limited.{...}";
    assertArrayEquals(new String[0], match(literal, "Rate limited."));
    assertArrayEquals(new String[0], match(literal, "Rate limited. Please try again later."));
    assertArrayEquals(new String[0], match(literal, "Rate limited.\n\nFor 'name', nil is not a string."));
    assertNull(match(literal, "Rate limited"));
    assertNull(match(literal, "Rate"));
    assertNull(match(literal, "rate limited."));
    // The further text does not go on with a word or a number of the documented text.
    assertNull(match("Not Found{...}", "Not Foundation"));
    assertArrayEquals(new String[0], match("Not Found{...}", "Not Found: repository"));
    assertNull(match("Code 4{...}", "Code 42"));
    assertNull(match("Code 4{...}", "Code 4\u00e9"));
    // Whitespace before the marker belongs to the further text.
    assertArrayEquals(new String[0], match("Rate limited. {...}", "Rate limited."));
    assertArrayEquals(new String[0], match("Rate limited. {...}", "Rate limited. Later."));
  }

  @Test
  void theDocumentedTextEndsAtTheEarliestPlaceThatFits() {
    String ip = "API rate limit exceeded for {ip}.{...}";
    assertArrayEquals(new String[] {"192.0.2.1"}, match(ip,
        "API rate limit exceeded for 192.0.2.1. (But here's the good news: Authenticated requests get a higher"
            + " rate limit. Check out the documentation for more details.)"));
    assertArrayEquals(new String[] {"user ID 1234567"}, match(ip, "API rate limit exceeded for user ID 1234567."));
    assertArrayEquals(new String[] {"1234567"}, match("API rate limit exceeded for user ID {userId:int}.{...}",
        "API rate limit exceeded for user ID 1234567. If you reach out to GitHub Support for help, please include"
            + " the request ID C0DE:1234 and timestamp 2024-01-01 00:00:00 UTC."));
    assertNull(match("API rate limit exceeded for user ID {userId:int}.{...}",
        "API rate limit exceeded for user ID 12a. Later."));
    // An int ends where the literal after it lets it: not at the first '.' of a decimal.
    assertArrayEquals(new String[] {"7", "2.5"}, match("{n:int} of {x:number}.{...}", "7 of 2.5. More."));
    assertArrayEquals(new String[] {"a", "b"}, match("{x}, {y}!{...}", "a, b! c, d!"));
    assertArrayEquals(new String[] {"a"}, match("{x}!{...}", "a!"));
    assertNull(match("{x}!{...}", "!"));
  }

  @Test
  void furtherTextIsNotWrittenAndMustEndTheTemplate() {
    Template t = Template.compile("Rate limit of {n:int} reached. {...}");
    assertEquals("Rate limit of 5 reached.", t.format(Map.of("n", 5)));
    assertEquals("Rate limit of {n} reached.{...}", t.display());
    assertEquals(java.util.List.of("n"), t.placeholders());
    assertEquals(true, t.furtherText());
    assertEquals(false, Template.compile("Rate limited.").furtherText());
    IllegalArgumentException inside = assertThrows(IllegalArgumentException.class,
        () -> Template.compile("a {...} b"));
    assertEquals("'{...}' at character 3 does not end the template: a {...} b", inside.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Template.literals("a {...} b"));
    // Braces written double are literal text, not the marker.
    Template escaped = Template.compile("a {{...}}");
    assertEquals(false, escaped.furtherText());
    assertEquals("a {...}", escaped.format(Map.of()));
  }

  @Test
  void hostileMessagesStayLinearAfterFurtherText() {
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
      assertNull(match("for {ip}.{...}", "for " + "a.".repeat(130_000) + "x"));
      assertNull(match("{x}.{y}.{z}!{...}", "a.".repeat(130_000) + "!x"));
      assertNull(match("{x:int}.{y:int}.{...}", "1.".repeat(130_000) + "x"));
      assertNull(match("Code {n:int}0{...}", "Code " + "1".repeat(130_000) + "0".repeat(130_000) + "x"));
      assertNull(match("{x} {y} {z}!{...}", "a ".repeat(130_000)));
      assertNull(match("Code {n:int} 0{...}", "Code " + "1".repeat(130_000) + "x" + " 0".repeat(60_000)));
    });
  }
}

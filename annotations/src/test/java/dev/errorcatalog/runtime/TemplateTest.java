package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errorcatalog.runtime.Template.Token.Placeholder;
import dev.errorcatalog.runtime.Template.Token.StrayBrace;
import dev.errorcatalog.runtime.Template.Token.Text;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one reading of the template syntax ({@link Template#scan}), and templates compiled from it. */
class TemplateTest {

  @Test
  void scanSplitsLiteralTextAndPlaceholders() {
    assertEquals(List.of(new Text("Order "), new Placeholder("orderId:int", 6), new Text(" not found")),
        Template.scan("Order {orderId:int} not found"));
    assertEquals(List.of(new Placeholder("a", 0), new Text("-"), new Placeholder("b", 4)), Template.scan("{a}-{b}"));
    assertEquals(List.of(), Template.scan(""));
  }

  @Test
  void doubledBracesAreLiteralText() {
    assertEquals(List.of(new Text("use {x} and }"), new Placeholder("y", 16)), Template.scan("use {{x}} and }}{y}"));
  }

  @Test
  void straysAreReportedWhereTheyStand() {
    assertEquals(List.of(new Text("a"), new StrayBrace('}', 1), new Text("b")), Template.scan("a}b"));
    assertEquals(List.of(new Text("a "), new StrayBrace('{', 2), new Text("b")), Template.scan("a {b"));
    // A '{' whose '}' comes only after another '{' is not closed: the second one opens the placeholder.
    assertEquals(List.of(new StrayBrace('{', 0), new Text("a "), new Placeholder("b", 3)), Template.scan("{a {b}"));
  }

  @Test
  void furtherTextIsAMarkerOfItsOwnAndTakesTheWhitespaceBeforeIt() {
    assertEquals(List.of(new Text("Later."), new Template.Token.FurtherText(8)), Template.scan("Later. \t{...}"));
    assertEquals(List.of(new Text("x"), new Template.Token.FurtherText(2), new Text(" y")), Template.scan("x {...} y"));
    assertEquals(List.of(new Text("{...}")), Template.scan("{{...}}"));
    assertEquals(List.of(new Placeholder("..x", 0)), Template.scan("{..x}"));
  }

  @Test
  void compileKeepsTypesNamesAndDisplay() {
    Template t = Template.compile("Quota of {limit:int} reached, {{strict}}={strict:bool} by {who}");
    assertEquals(List.of("limit", "strict", "who"), t.placeholders());
    assertEquals(List.of(Template.Type.INT, Template.Type.BOOL, Template.Type.STRING),
        t.parts().stream().filter(Template.Part::isPlaceholder).map(Template.Part::type).toList());
    assertEquals("Quota of {limit} reached, {strict}={strict} by {who}", t.display());
    assertEquals("Quota of 10 reached, {strict}=true by {who}", t.format(Map.of("limit", 10, "strict", true)));
  }

  @Test
  void compileRefusesWhatTheProcessorWouldHaveReported() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Template.compile("a } b"));
    assertEquals("a '}' at character 3 that is not part of a placeholder, in template: a } b", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Template.compile("Order {id"));
  }
}

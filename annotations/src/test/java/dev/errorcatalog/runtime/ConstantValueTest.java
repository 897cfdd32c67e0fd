package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Constants compare by value, whatever JSON type a body sends them as: a documented body with a retyped
 * constant ({@code "403"} for {@code 403}, {@code "false"} for {@code false}) still carries it.
 */
class ConstantValueTest {

  private static byte kind(String type) {
    return switch (type) {
      case "string" -> BodyValues.STRING;
      case "number" -> BodyValues.NUMBER;
      case "true" -> BodyValues.TRUE;
      case "false" -> BodyValues.FALSE;
      case "null" -> BodyValues.NULL;
      default -> BodyValues.ABSENT;
    };
  }

  private static Constant constant(String type, String text) {
    return switch (type) {
      case "string" -> Constant.string("/x", text);
      case "number" -> Constant.number("/x", text);
      case "bool" -> Constant.bool("/x", Boolean.parseBoolean(text));
      default -> Constant.nullValue("/x");
    };
  }

  @ParameterizedTest(name = "{0} {1} vs {2} {3}: {4}")
  @CsvSource({
      // constant type, constant text, body type, body text, matches
      "number, 403, number, 403, true",
      "number, 403, number, 403.0, true",
      "number, 403, number, 4.03e2, true",
      "number, 403, string, 403, true",
      "number, 403, string, 403.0, true",
      "number, 403, string, ' 403', false",
      "number, 403, string, x403, false",
      "number, 403, number, 404, false",
      "string, 403, number, 403, true",
      "string, 403, number, 403.0, true",
      "string, 403, string, 403.0, false",
      "string, 1.0, string, 1, false",
      "bool, false, false, false, true",
      "bool, false, string, false, true",
      "bool, false, string, False, false",
      "bool, false, true, true, false",
      "bool, false, number, 0, false",
      "string, false, false, false, true",
      "string, true, true, true, true",
      "null, null, null, null, true",
      "null, null, string, null, false",
      "string, null, null, null, false",
      "bool, false, null, null, false",
      "string, Invalid, string, Invalid, true",
      "string, Invalid, string, invalid, false",
      "number, 201, absent, '', false"})
  void comparesByValue(String constantType, String constantText, String bodyType, String bodyText,
      boolean matches) {
    Constant c = constant(constantType, constantText);
    String value = bodyType.equals("null") ? null : bodyText;
    assertEquals(matches, c.matches(kind(bodyType), value));
  }
}

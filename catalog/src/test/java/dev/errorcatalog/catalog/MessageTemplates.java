package dev.errorcatalog.catalog;

import java.util.regex.Pattern;

/**
 * Matches a message against a catalog template (format v1: {@code {name}} or {@code {name:type}},
 * {@code {{} and {@code }}} literal braces), as the coverage tests need it: does the documented message
 * fit the catalog's template?
 */
final class MessageTemplates {

  private MessageTemplates() {}

  static boolean matches(String template, String message) {
    return regex(template).matcher(message).matches();
  }

  static Pattern regex(String template) {
    StringBuilder out = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if ((c == '{' || c == '}') && i + 1 < template.length() && template.charAt(i + 1) == c) {
        literal.append(c);
        i += 2;
      } else if (c == '{') {
        int close = template.indexOf('}', i);
        if (close < 0) {
          throw new AssertionError("unclosed placeholder in template: " + template);
        }
        out.append(Pattern.quote(literal.toString()));
        literal.setLength(0);
        String inside = template.substring(i + 1, close);
        String type = inside.contains(":") ? inside.substring(inside.indexOf(':') + 1).trim() : "string";
        out.append(switch (type) {
          case "string" -> "(.+)";
          case "int" -> "(-?\\d+)";
          case "number" -> "(-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)";
          case "bool" -> "(true|false)";
          default -> throw new AssertionError("unknown placeholder type " + type + " in " + template);
        });
        i = close + 1;
      } else {
        literal.append(c);
        i++;
      }
    }
    out.append(Pattern.quote(literal.toString()));
    return Pattern.compile(out.toString(), Pattern.DOTALL);
  }
}

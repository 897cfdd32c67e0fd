package dev.errorcatalog.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts Transformify's "Errors &amp; Troubleshooting" page: three kinds of facts.
 *
 * <ul>
 *   <li>The HTTP status table ({@code | 200 | OK | Request succeeded (GET) |}): status, title = the
 *       status name, detail {@code status table}.
 *   <li>The "Common Errors": under a {@code <status> <reason>} line, a title line then a JSON body over
 *       several lines. Status, title, message = the body's {@code message}, body; detail = the body's
 *       {@code error} (the error type).
 *   <li>The Viber error codes, run together on one line ({@code Code Error Description SMS Fallback? 8
 *       USER_BLOCKED User blocked the Viber service Yes 9 ...}): status 0, code, name, title = the
 *       description, detail {@code SMS fallback: <Yes|No>}.
 * </ul>
 */
final class TransformifyPage {

  static final String SEED = "003_45267e305e3f2661.txt";

  private static final Pattern STATUS_ROW = Pattern.compile("^\\| (\\d{3}) \\| (.+?) \\| (.+?) \\|\\s*$");
  private static final Pattern ERROR_STATUS = Pattern.compile("^(\\d{3}) [A-Z][A-Za-z ]+$");
  private static final Pattern VIBER_TABLE = Pattern.compile("Code Error Description SMS Fallback\\? (.*)");
  private static final Pattern VIBER_ROW =
      Pattern.compile("(\\d+) ([A-Z][A-Z_]+) (.+?) (Yes|No)(?= \\d+ [A-Z]| SMS Fallback|$)");

  private TransformifyPage() {}

  static List<Fact> parse(String page) {
    List<String> lines = page.lines().toList();
    List<Fact> facts = new ArrayList<>();
    for (String line : lines) {
      Matcher row = STATUS_ROW.matcher(line);
      if (row.matches()) {
        facts.add(new Fact(Integer.parseInt(row.group(1)), "", "", row.group(2), "", "", "status table"));
      }
    }
    int start = lines.indexOf("Common Errors");
    int end = lines.indexOf("Troubleshooting Guide");
    int status = -1;
    for (int i = start + 1; i < end; i++) {
      String line = lines.get(i);
      Matcher heading = ERROR_STATUS.matcher(line);
      if (heading.matches()) {
        status = Integer.parseInt(heading.group(1));
      } else if (line.equals("{")) {
        int depth = 0;
        int j = i;
        do {
          depth += JsonBlocks.depthChange(lines.get(j));
          j++;
        } while (depth > 0);
        JsonNode body = JsonBlocks.parse(String.join("\n", lines.subList(i, j)));
        String title = lines.get(i - 1);
        facts.add(new Fact(status, "", "", title, JsonBlocks.text(body, "/message"), body.toString(),
            JsonBlocks.text(body, "/error")));
        i = j - 1;
      }
    }
    for (String line : lines) {
      Matcher table = VIBER_TABLE.matcher(line);
      if (table.find()) {
        Matcher row = VIBER_ROW.matcher(table.group(1));
        while (row.find()) {
          facts.add(new Fact(0, row.group(1), row.group(2), row.group(3), "", "", "SMS fallback: " + row.group(4)));
        }
      }
    }
    return facts;
  }
}

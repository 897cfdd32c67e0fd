package dev.errorcatalog.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts the documented responses of Insider One's "Status and Error Codes" page.
 *
 * <p>The page is a run of sections, each headed {@code <status> <title>} ("400 Bad Request"), with prose
 * and usually one sample body: JSON over several lines (sometimes with curly quotes), once a plain-text
 * line ("limit should be between 1 and 100."), sometimes none. Bare {@code "key": "value"} lines are
 * further sample bodies when the key is one of the section's body (the "parameter 'subject' is
 * required" examples), a reply quoted in a section without body (the 504's duplicate-prevention
 * {@code status_message}: a fact of its own, without title, beside the section's), or else request values
 * the prose talks about (the callback URLs): ignored.
 *
 * <p>One fact per sample body (or per section without one): status, title, the human message of the
 * body, the body (compact JSON, curly quotes straightened). A section without body gives a fact with
 * body {@code ""}; its message is the bare documented message, if any. A body the page writes with
 * curly quotes keeps that original in {@code detail}: the catalog must say it fixed it.
 */
final class InsiderOnePage {

  static final String SEED = "000_4db52c2d8f94f19e.txt";

  private static final Pattern HEADING = Pattern.compile("^([1-5]\\d\\d) (\\S.*?)\\s*$");
  private static final Pattern FRAGMENT = Pattern.compile("^\"([A-Za-z_]+)\":\\s*\"(.*)\"\\s*$");

  /** Where the page's bodies carry their human message, most specific first. */
  private static final List<String> MESSAGE_POINTERS = List.of(
      "/errors/0/message", "/errors/0", "/error/message", "/validations/0/message", "/content/message",
      "/message", "/error", "/statusMessage", "/response");

  private InsiderOnePage() {}

  static List<Fact> parse(String page) {
    List<Fact> facts = new ArrayList<>();
    // The page indents its JSON with no-break spaces: spaces to JSON.
    List<String> lines = page.replace('\u00a0', ' ').lines().toList();
    int i = 0;
    while (i < lines.size() && !HEADING.matcher(lines.get(i)).matches()) {
      i++;
    }
    while (i < lines.size()) {
      Matcher heading = HEADING.matcher(lines.get(i));
      heading.matches();
      int status = Integer.parseInt(heading.group(1));
      String title = heading.group(2);
      int end = i + 1;
      while (end < lines.size() && !HEADING.matcher(lines.get(end)).matches()) {
        end = skipBlock(lines, end);
      }
      facts.addAll(section(status, title, lines.subList(i + 1, end)));
      i = end;
    }
    return facts;
  }

  /** The index after the line at {@code i}, or after the whole JSON block that starts there. */
  private static int skipBlock(List<String> lines, int i) {
    if (!lines.get(i).trim().startsWith("{")) {
      return i + 1;
    }
    int depth = 0;
    int j = i;
    do {
      depth += JsonBlocks.depthChange(lines.get(j));
      j++;
    } while (depth > 0 && j < lines.size());
    return j;
  }

  private static List<Fact> section(int status, String title, List<String> lines) {
    List<JsonNode> bodies = new ArrayList<>();
    List<String> curly = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<String[]> fragments = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i).trim();
      int next = skipBlock(lines, i);
      if (line.startsWith("{")) {
        String block = String.join("\n", lines.subList(i, next));
        bodies.add(JsonBlocks.parse(JsonBlocks.straightQuotes(block)));
        curly.add(block.contains("\u201c") ? block.trim() : "");
      } else {
        Matcher fragment = FRAGMENT.matcher(line);
        if (fragment.matches()) {
          fragments.add(new String[] {fragment.group(1), fragment.group(2)});
        } else if (!line.isEmpty() && Character.isLowerCase(line.charAt(0))) {
          texts.add(line);
        }
      }
      i = next;
    }
    List<Fact> facts = new ArrayList<>();
    for (int b = 0; b < bodies.size(); b++) {
      JsonNode body = bodies.get(b);
      facts.add(new Fact(status, "", "", title, message(body), body.toString(), curly.get(b)));
    }
    if (bodies.isEmpty()) {
      texts.forEach(text -> facts.add(fact(status, title, text, text)));
    }
    for (String[] kv : fragments) {
      if (!bodies.isEmpty() && bodies.get(0).has(kv[0])) {
        JsonNode body = ShippedCatalog.JSON.createObjectNode().put(kv[0], kv[1]);
        facts.add(fact(status, title, kv[1], body.toString()));
      } else if (bodies.isEmpty() && texts.isEmpty()) {
        // A bare message quoted in a section without body (the 504's duplicate-prevention reply): a reply
        // of its own, without a heading; the section stays a response without body.
        JsonNode reply = ShippedCatalog.JSON.createObjectNode().put(kv[0], kv[1]);
        facts.add(fact(status, "", kv[1], reply.toString()));
      }
    }
    if (facts.stream().noneMatch(f -> f.title().equals(title))) {
      facts.add(0, fact(status, title, "", ""));
    }
    return facts;
  }

  /** The human message of a body; {@code ""} for none or for the page's "..." stand-in. */
  static String message(JsonNode body) {
    for (String pointer : MESSAGE_POINTERS) {
      String text = JsonBlocks.text(body, pointer);
      if (!text.isEmpty()) {
        return text.equals("...") ? "" : text;
      }
    }
    // {"errors": {"<field>": ["..."]}}: the key names the field.
    JsonNode errors = body.path("errors");
    if (errors.isObject() && errors.size() == 1) {
      return JsonBlocks.text(errors.elements().next(), "/0");
    }
    return "";
  }

  private static Fact fact(int status, String title, String message, String body) {
    return new Fact(status, "", "", title, message, body, "");
  }
}

package dev.errorcatalog.processor.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.validate.Diagnostics;
import dev.errorcatalog.processor.yaml.YamlScalar;
import java.io.IOException;

/** EC012: the examples of a JSON-bodied shape must be one valid JSON document each (strict JSON). */
final class ExampleJson {

  private static final JsonFactory STRICT = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private ExampleJson() {}

  /** True when the example is valid JSON; otherwise EC012 at the example. */
  static boolean check(YamlScalar example, String what, Diagnostics diagnostics) {
    String problem = problem(example.text());
    if (problem == null) {
      return true;
    }
    boolean curly = example.text().indexOf('\u201C') >= 0 || example.text().indexOf('\u201D') >= 0
        || example.text().indexOf('\u2018') >= 0 || example.text().indexOf('\u2019') >= 0;
    if (problem.startsWith("Duplicate field ")) {
      String key = problem.substring("Duplicate field ".length()).replaceFirst(" \\(at character [0-9]+\\)$", "");
      diagnostics.add(DiagnosticId.EXAMPLE_NOT_JSON.error(example.position(),
          what + " is not strict JSON: the key " + key + " appears twice in one object"
              + problem.replaceFirst("^.*?( \\(at character [0-9]+\\))?$", "$1") + ".",
          "Keep one " + key + ": JSON readers keep either value, so the example documents no one body."));
      return false;
    }
    String fix = curly
        ? "It contains curly quotes (\u201C \u201D): replace them with straight quotes (\") and say so in a comment."
        : "Fix the example so that it is the body exactly as sent (strict JSON: double quotes, no trailing commas,"
            + " no comments), or use a text shape if the body is not JSON.";
    diagnostics.add(DiagnosticId.EXAMPLE_NOT_JSON.error(example.position(),
        what + " is not valid JSON: " + problem + ".", fix));
    return false;
  }

  /** Why the text is not one JSON document, or {@code null} when it is. */
  static String problem(String text) {
    try (JsonParser parser = STRICT.createParser(text)) {
      if (parser.nextToken() == null) {
        return "it is empty";
      }
      parser.skipChildren();
      if (parser.nextToken() != null) {
        return "more follows the JSON value at character " + (parser.currentTokenLocation().getCharOffset() + 1);
      }
      return null;
    } catch (JsonProcessingException e) {
      long offset = e.getLocation() == null ? -1 : e.getLocation().getCharOffset();
      String message = e.getOriginalMessage().replaceAll("\\s+", " ");
      int cut = message.indexOf(" (for ");
      return (cut > 0 ? message.substring(0, cut) : message)
          + (offset >= 0 ? " (at character " + (offset + 1) + ")" : "");
    } catch (IOException | RuntimeException e) {
      return String.valueOf(e.getMessage());
    }
  }
}

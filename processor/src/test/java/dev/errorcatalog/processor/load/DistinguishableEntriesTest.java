package dev.errorcatalog.processor.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.processor.validate.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** EC007: which pairs of entries a decoder can tell apart, and which it cannot. */
class DistinguishableEntriesTest {

  private static final String HEAD = """
      catalog: pairs
      title: Pairs
      shapes:
        by-error: { message: /error }
        by-message: { message: /message }
        by-code: { code: /code, message: /message }
        flagged: { message: /message, when: { /success: false } }
      entries:
      """;

  private static String entry(String code, int status, String... lines) {
    StringBuilder out = new StringBuilder("  - code: " + code + "\n    status: " + status + "\n    title: T\n");
    for (String line : lines) {
      out.append("    ").append(line).append('\n');
    }
    return out.toString();
  }

  static Stream<Arguments> pairs() {
    return Stream.of(
        Arguments.of("different when constants", false,
            entry("A", 400, "shape: by-error", "message: bad", "when: { /kind: a }"),
            entry("B", 400, "shape: by-error", "message: bad", "when: { /kind: b }")),
        Arguments.of("same message at different pointers", false,
            entry("A", 400, "shape: by-error", "message: bad"),
            entry("B", 400, "shape: by-message", "message: bad")),
        Arguments.of("a shape's own constants count", false,
            entry("A", 400, "shape: by-message", "message: bad"),
            entry("B", 400, "shape: flagged", "message: bad")),
        Arguments.of("decoded by code", false,
            entry("A", 400, "shape: by-code", "message: bad"),
            entry("B", 400, "shape: by-code", "message: bad")),
        Arguments.of("same message at different statuses", false,
            entry("A", 400, "shape: by-error", "message: bad"),
            entry("B", 401, "shape: by-error", "message: bad")),
        Arguments.of("status only next to a message", false,
            entry("A", 503, "shape: by-error", "message: down"),
            entry("B", 503)),
        Arguments.of("different skeletons", false,
            entry("A", 400, "shape: text", "message: limit {n:int}"),
            entry("B", 400, "shape: text", "message: limit {n}")),
        Arguments.of("same skeleton, other placeholder names", true,
            entry("A", 400, "shape: text", "message: limit {n:int}"),
            entry("B", 400, "shape: text", "message: limit {max:int}")),
        Arguments.of("same constants, no message", true,
            entry("A", 400, "shape: by-error", "when: { /kind: a }"),
            entry("B", 400, "shape: by-message", "when: { /kind: a }")),
        Arguments.of("two status-only entries, text and empty", true,
            entry("A", 502, "shape: text"),
            entry("B", 502)),
        Arguments.of("a variant equal to another's message", true,
            entry("A", 400, "shape: by-error", "message: bad"),
            entry("B", 400, "shape: by-error", "message: worse", "variants: [bad]")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void tellsApart(String name, boolean clash, String first, String second) {
    LoadResult result = new CatalogLoader().load("pairs.yaml", (HEAD + first + second).getBytes(StandardCharsets.UTF_8));
    List<String> ids = result.diagnostics().stream().map(d -> d.id().code()).toList();
    assertEquals(clash ? List.of("EC007") : List.of(), ids,
        () -> String.join("\n", result.diagnostics().stream().map(Diagnostic::render).toList()));
  }
}

package dev.errorcatalog.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every catalog diagnostic, through the real processor: the error names the YAML file, line and column,
 * the stable id and slug, says what is wrong and how to fix it, stands on the annotation, and nothing is
 * generated.
 */
class CatalogDiagnosticsTest {

  private static final String HEAD = "catalog: acme\ntitle: Acme API\n";

  private static final String ANCHORS = HEAD + """
      entries:
        - code: &c A
          status: 400
          title: Bad
        - code: *c
          status: 401
          title: Bad2
      """;

  /**
   * One mistake.
   *
   * @param yaml the whole catalog
   * @param position {@code line:column} of the offending node
   * @param id {@code ECnnn slug}
   * @param words what the message must say (what is wrong, how to fix it)
   */
  record Case(String name, String yaml, String position, String id, List<String> words) {
    @Override
    public String toString() {
      return id + " " + name;
    }
  }

  private static Case c(String name, String yaml, String position, String id, String... words) {
    return new Case(name, yaml, position, id, List.of(words));
  }

  private static String entry(String... extraLines) {
    StringBuilder out = new StringBuilder(HEAD + "entries:\n  - code: A\n    status: 400\n    title: Bad\n");
    for (String line : extraLines) {
      out.append("    ").append(line).append('\n');
    }
    return out.toString();
  }

  static Stream<Case> cases() {
    return Stream.of(
        c("not YAML", HEAD + "entries:\n  - code: A\n    status: 400: x\n",
            "5:16", "EC001 yaml-syntax", "contains ': '", "Quote a value", "status: \"400: x\""),
        c("misspelled entry key", entry("mesage: hello"),
            "7:5", "EC002 unknown-key", "'mesage' is not a key of an entry", "Did you mean 'message'?"),
        c("misspelled shape key", HEAD + "shapes:\n  err:\n    mesage: /error\nentries:\n  - code: A\n"
                + "    status: 400\n    title: Bad\n",
            "5:5", "EC002 unknown-key", "'mesage' is not a key of a shape", "Did you mean 'message'?"),
        c("misspelled top-level key", HEAD + "entrys:\n  - code: A\n",
            "3:1", "EC002 unknown-key", "'entrys'", "Did you mean 'entries'?"),
        c("entry without title", HEAD + "entries:\n  - code: A\n    status: 400\n",
            "4:5", "EC003 missing-key", "has no 'title'", "Add it"),
        c("catalog without id", "title: Acme API\nentries:\n  - code: A\n    status: 400\n    title: Bad\n",
            "1:1", "EC003 missing-key", "has no 'catalog'", "catalog: acme", "the file's own name"),
        c("message without shape", entry("message: hello"),
            "7:5", "EC003 missing-key", "has a message but no shape", "'message' pointer", "defaults"),
        c("retry map without class", entry("retry: { base: 1s }"),
            "7:12", "EC003 missing-key", "has no 'class'", "class: backoff"),
        c("list for a title", HEAD + "entries:\n  - code: A\n    status: 400\n    title: [a, b]\n",
            "6:12", "EC004 wrong-type", "'title' of the entry with code A must be a string, found a list"),
        c("quoted status", HEAD + "entries:\n  - code: A\n    status: \"400\"\n    title: Bad\n",
            "5:13", "EC004 wrong-type", "must be a whole number", "without quotes"),
        c("number for a title", HEAD + "entries:\n  - code: A\n    status: 400\n    title: 404\n",
            "6:12", "EC004 wrong-type", "found an integer", "Quote it"),
        c("status 700", HEAD + "entries:\n  - code: A\n    status: 700\n    title: Bad\n",
            "5:13", "EC005 status-out-of-range", "700", "100 to 599", "0 for a code"),
        c("status of a thousand digits", HEAD + "entries:\n  - code: A\n    status: " + "4".repeat(1000)
                + "\n    title: Bad\n",
            "5:13", "EC005 status-out-of-range", "not an HTTP status", "100 to 599"),
        c("same code twice", entry() + "  - code: A\n    status: 404\n    title: Missing\n",
            "7:11", "EC006 duplicate-code", "the code A is already the code of the entry at line 4",
            "duplicates:"),
        c("two status-only entries", HEAD + "entries:\n  - code: A\n    status: 404\n    title: Bad\n"
                + "  - code: B\n    status: 404\n    title: Missing\n",
            "7:11", "EC007 indistinguishable-entries", "cannot tell the entry with code B from the entry with code A at line 4", "status 404",
            "when:"),
        c("same message skeleton", entry("shape: text", "message: order {id:int} gone")
                + "  - code: B\n    status: 400\n    title: Bad too\n    shape: text\n    message: order {n:int} gone\n",
            "9:11", "EC007 indistinguishable-entries", "the entry with code B from the entry with code A at line 4", "order {n} gone"),
        c("a variant like another message", entry("shape: text", "message: order {id:int} gone")
                + "  - code: B\n    status: 400\n    title: Bad too\n    shape: text\n    message: other\n"
                + "    variants: [\"order {x:int} gone\"]\n",
            "9:11", "EC007 indistinguishable-entries", "the entry with code B from the entry with code A", "order {x} gone"),
        c("misspelled retry class", entry("retry: throtled"),
            "7:12", "EC008 unknown-retry-class", "'throtled'", "Did you mean 'throttled'?", "backoff"),
        c("unclosed placeholder", entry("shape: text", "message: \"hello {name\""),
            "8:14", "EC009 bad-placeholder", "never closed", "'{{'"),
        c("lone closing brace", entry("shape: text", "message: \"hello }\""),
            "8:14", "EC009 bad-placeholder", "closes no placeholder", "'}}'"),
        c("placeholder without a name", entry("shape: text", "message: \"a {} b\""),
            "8:14", "EC009 bad-placeholder", "name is missing", "{orderId}"),
        c("placeholder named twice", entry("shape: text", "message: \"{a} and {a}\""),
            "8:14", "EC010 duplicate-placeholder", "{a} twice", "its own name"),
        c("placeholder type integer", entry("shape: text", "message: \"limit {n:integer}\""),
            "8:14", "EC011 unknown-placeholder-type", "'integer'", "Did you mean 'int'?", "string, int, number, bool"),
        c("placeholder type misspelled", entry("shape: text", "message: \"limit {n:strng}\""),
            "8:14", "EC011 unknown-placeholder-type", "'strng'", "Did you mean 'string'?"),
        c("example with curly quotes", HEAD + "shapes:\n  err:\n    message: /error\nentries:\n  - code: A\n"
                + "    status: 400\n    title: Bad\n    shape: err\n    message: bad thing\n    examples:\n"
                + "      - '{\u201Cerror\u201D: \u201Cbad thing\u201D}'\n",
            "13:9", "EC012 example-not-json", "example 1 of the entry with code A is not valid JSON", "curly quotes"),
        c("example with trailing text", HEAD + "shapes:\n  err:\n    message: /error\nentries:\n  - code: A\n"
                + "    status: 400\n    title: Bad\n    shape: err\n    message: bad thing\n    examples:\n"
                + "      - '{\"error\": \"bad thing\"} and more'\n",
            "13:9", "EC012 example-not-json", "not valid JSON", "strict JSON"),
        c("same constant name", HEAD + "entries:\n  - code: a-b\n    status: 400\n    title: Bad\n"
                + "  - code: A_B\n    status: 404\n    title: Other\n",
            "7:11", "EC013 java-name-clash", "Java constant name A_B", "the entry with code a-b at line 4", "'name:'"),
        c("same factory method name", HEAD + "entries:\n  - code: A_B1\n    status: 400\n    title: Bad\n"
                + "  - code: A_B_1\n    status: 404\n    title: Other\n",
            "7:11", "EC013 java-name-clash", "factory method name aB1", "line 4"),
        c("group named response", entry("group: response"),
            "7:12", "EC013 java-name-clash", "ResponseException", "another group name"),
        c("no entries", HEAD + "entries: []\n",
            "3:10", "EC014 empty-catalog", "no entries", "at least one"),
        c("an anchor", ANCHORS, "4:11", "EC016 yaml-alias", "anchor '&c' is not allowed", "in full"),
        c("an alias", ANCHORS, "7:11", "EC016 yaml-alias", "alias '*c' is not allowed", "in full"),
        c("misspelled shape", HEAD + "shapes:\n  acme-error:\n    message: /message\nentries:\n  - code: A\n"
                + "    status: 400\n    title: Bad\n    shape: acme-eror\n",
            "10:12", "EC017 unknown-shape", "'acme-eror'", "Did you mean 'acme-error'?", "shapes:"),
        c("pointer without slash", HEAD + "shapes:\n  err:\n    message: error\nentries:\n  - code: A\n"
                + "    status: 400\n    title: Bad\n",
            "5:14", "EC018 bad-pointer", "'error' is not a JSON Pointer", "Did you mean '/error'?"),
        c("pointer with a bad escape", HEAD + "shapes:\n  err:\n    code: /a~2b\nentries:\n  - code: A\n"
                + "    status: 400\n    title: Bad\n",
            "5:11", "EC018 bad-pointer", "'~' must be followed by 0 or 1", "'~1'"),
        c("fractional duration", entry("retry: { class: backoff, base: 1.5s }"),
            "7:36", "EC019 bad-duration", "'1.5s' is not a duration", "Did you mean '1500ms'?"),
        c("duration without unit", entry("retry: { class: backoff, window: 30 }"),
            "7:38", "EC019 bad-duration", "'30'", "Did you mean '30s'?"),
        c("duration beyond the ceiling", entry("retry: { class: backoff, cap: 999999999h }"),
            "7:35", "EC019 bad-duration", "'999999999h' is longer than 366 days", "at most 8784h"),
        c("duration of ten digits", entry("retry: { class: backoff, base: 9999999999ms }"),
            "7:36", "EC019 bad-duration", "'9999999999ms' is not a duration"),
        c("catalog id with capitals", "catalog: Acme_API\ntitle: Acme API\nentries:\n  - code: A\n"
                + "    status: 400\n    title: Bad\n",
            "1:10", "EC020 bad-catalog-id", "'Acme_API'", "acme-api"),
        c("catalog id other than asked", "catalog: other\ntitle: Acme API\nentries:\n  - code: A\n"
                + "    status: 400\n    title: Bad\n",
            "1:10", "EC020 bad-catalog-id", "declares catalog: other", "the same"),
        c("attempts 0", entry("retry: { class: backoff, attempts: 0 }"),
            "7:40", "EC024 bad-value", "'attempts'", "1 or more"),
        c("misspelled body kind", HEAD + "shapes:\n  err:\n    body: jsn\nentries:\n  - code: A\n"
                + "    status: 400\n    title: Bad\n",
            "5:11", "EC024 bad-value", "'jsn', which is not a body kind", "Did you mean 'json'?"),
        c("message in an empty shape", entry("shape: empty", "message: hi"),
            "7:12", "EC024 bad-value", "shape 'empty' carries no message", "'message' pointer"),
        c("format 2", HEAD + "format: 2\nentries:\n  - code: A\n    status: 400\n    title: Bad\n",
            "3:9", "EC024 bad-value", "format 1", "format: 1"),
        c("lower-case name", entry("name: not_upper"),
            "7:11", "EC024 bad-value", "UPPER_SNAKE", "NOT_UPPER"),
        c("status twice", entry("status: 401"),
            "7:5", "EC025 duplicate-key", "'status' appears twice", "line 5", "Keep one"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsTheMistakeWhereItStands(Case c, @TempDir Path dir) {
    JavaFileObject source = CatalogBuild.source("\"acme\"");
    Compilation compilation = CatalogBuild.compile(dir, "acme", c.yaml().getBytes(StandardCharsets.UTF_8), source);
    CatalogBuild.assertError(compilation, source, "acme.yaml", c.position(), c.id(), c.words());
  }

  @Test
  void invalidUtf8(@TempDir Path dir) {
    byte[] yaml = (HEAD.replace("Acme API", "Caf\u00e9") + "entries: []\n").getBytes(StandardCharsets.ISO_8859_1);
    JavaFileObject source = CatalogBuild.source("\"acme\"");
    Compilation compilation = CatalogBuild.compile(dir, "acme", yaml, source);
    CatalogBuild.assertError(compilation, source, "acme.yaml", "2:11", "EC022 unreadable-catalog",
        List.of("not valid UTF-8", "0xE9", "Save the file as UTF-8"));
  }

  @Test
  void reportsEveryMistakeOfACatalogInOneBuildAndGeneratesNothing(@TempDir Path dir, @TempDir Path out)
      throws Exception {
    String yaml = HEAD + """
        shapes:
          err:
            message: error
        entries:
          - code: A
            status: 700
            title: Bad
            retry: throtled
          - code: B
            status: 400
            title: Bad
            shape: eror
            mesage: x
          - code: B
            status: 401
            title: Again
        """;
    JavaFileObject source = CatalogBuild.source("\"acme\"");
    Compilation compilation = CatalogBuild.compile(dir, "acme", yaml.getBytes(StandardCharsets.UTF_8), source);
    assertThat(compilation).failed();
    List<String> found = compilation.errors().stream()
        .map(d -> d.getMessage(Locale.ROOT))
        .map(m -> m.substring(m.indexOf("acme.yaml:") + "acme.yaml:".length(), m.indexOf(']') + 1))
        .toList();
    assertEquals(List.of(
        "5:14: error[EC018 bad-pointer]",
        "8:13: error[EC005 status-out-of-range]",
        "10:12: error[EC008 unknown-retry-class]",
        "14:12: error[EC017 unknown-shape]",
        "15:5: error[EC002 unknown-key]",
        "16:11: error[EC006 duplicate-code]"), found, CatalogBuild.errors(compilation));
    compilation.errors().forEach(e -> assertEquals(CatalogBuild.ANNOTATION_LINE, e.getLineNumber()));
    assertEquals(List.of(), CatalogBuild.filesWritten(dir, source, out), "an invalid catalog generates nothing");
  }
}

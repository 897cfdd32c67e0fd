package dev.errorcatalog.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.Diagnostic.Kind;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The writers' mistakes corpus ({@code src/test/resources/mistakes}): each file is {@code base.yaml} with one
 * mistake a writer made by hand, checked by the steps the build, the command line and the Maven plugin share.
 * Each reports exactly what {@code expected.tsv} lists: id, {@code file:line:col} and the key words of its
 * message; nothing else (no consequential errors), and a file marked {@code pass} reports nothing.
 */
class MistakesCorpusTest {

  private static final Path DIR = Paths.get("src/test/resources/mistakes");

  private record Expected(String what, String at, List<String> words) {}

  @TestFactory
  Stream<DynamicTest> eachMistakeIsReportedAtItsPlaceInTheWritersWords() throws IOException {
    return expectations().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      List<String> printed = check(DIR.resolve(e.getKey()));
      List<Expected> expected = e.getValue().stream().filter(x -> !x.what().equals("pass")).toList();
      assertEquals(expected.size(), printed.size(), () -> "reported:\n" + String.join("\n", printed));
      for (int i = 0; i < expected.size(); i++) {
        Expected x = expected.get(i);
        String line = printed.get(i);
        String prefix = DIR.resolve(e.getKey()) + ":" + x.at() + ": " + x.what();
        assertTrue(line.startsWith(prefix), () -> "expected " + prefix + "... got\n" + line);
        for (String word : x.words()) {
          assertTrue(line.contains(word), () -> "expected '" + word + "' in\n" + line);
        }
      }
    }));
  }

  @Test
  void theCorpusHasEveryListedMistakeAndTheBaseChecksClean() throws IOException {
    Set<String> files = new TreeSet<>();
    // Below the folder too: mistakes/errorcatalog/ holds the catalogs whose file name is checked against their id.
    try (Stream<Path> list = Files.walk(DIR)) {
      list.filter(Files::isRegularFile).map(p -> DIR.relativize(p).toString().replace('\\', '/'))
          .filter(n -> n.toLowerCase(java.util.Locale.ROOT).matches(".*\\.ya?ml")).forEach(files::add);
    }
    files.remove("base.yaml");
    assertEquals(files, expectations().keySet().stream().collect(java.util.stream.Collectors.toCollection(TreeSet::new)),
        "every fixture has its expectation, and every expectation its fixture");
    assertTrue(files.size() >= 33, "at least the 33 mistakes of issue 18");
    assertEquals(List.of(), check(DIR.resolve("base.yaml")));
  }

  /** What the build prints of one file: errors and warnings, in order (the hostile catalogs' test too). */
  static List<String> check(Path file) {
    List<String> printed = new ArrayList<>();
    new CatalogFilesBuild(Map.of(), (kind, text, element) -> {
      if (kind == Kind.ERROR || kind == Kind.WARNING) {
        printed.add(text);
      }
    }).run(List.of(file));
    return printed;
  }

  private static Map<String, List<Expected>> expectations() throws IOException {
    Map<String, List<Expected>> all = new LinkedHashMap<>();
    for (String line : Files.readAllLines(DIR.resolve("expected.tsv"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      Expected x = f[1].equals("pass") ? new Expected("pass", "", List.of())
          : new Expected(f[1] + " ", f[2], List.of(f[3].split("\\|")));
      all.computeIfAbsent(f[0], k -> new ArrayList<>()).add(x);
    }
    return all;
  }
}

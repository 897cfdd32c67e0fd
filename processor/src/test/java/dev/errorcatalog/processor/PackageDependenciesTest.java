package dev.errorcatalog.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The processor's stages import only what their {@code package-info.java} allows: the flow goes one way
 * (locate, load, check, generate, docs), and the model-to-runtime step is {@code tables} alone. Read from the
 * main sources, so a new import of another stage fails here before review.
 */
class PackageDependenciesTest {

  private static final Path SOURCES = Paths.get("src/main/java/dev/errorcatalog/processor");

  /** "api" is {@code dev.errorcatalog}, "runtime" {@code dev.errorcatalog.runtime}; the rest are stages. */
  private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("locate", Set.of()),
      Map.entry("yaml", Set.of("model", "validate")),
      Map.entry("load", Set.of("yaml", "model", "validate", "api", "runtime")),
      Map.entry("validate", Set.of("model")),
      Map.entry("model", Set.of("api", "runtime")),
      Map.entry("tables", Set.of("model", "api", "runtime")),
      Map.entry("check", Set.of("model", "tables", "validate", "api", "runtime")),
      Map.entry("evolve", Set.of("locate", "load", "model", "tables", "check", "validate", "api", "runtime")),
      Map.entry("names", Set.of("model")),
      Map.entry("generate", Set.of("model", "tables", "names", "api", "runtime")),
      Map.entry("docs", Set.of("model", "names", "api")),
      // What every generator yields and the writers it goes to; made from the model, its rows and the names.
      Map.entry("output", Set.of("model", "tables", "names")),
      // The command line reaches the steps through the processor package's CatalogFilesBuild only; it reads
      // the model's records of a baseline comparison to print them (diff), and suggests a diagnostic's slug
      // with validate's DidYouMean (explain).
      Map.entry("cli", Set.of("model", "validate")));

  private static final Pattern REFERENCE =
      Pattern.compile("\\bdev\\.errorcatalog\\.(?:processor\\.([a-z]+)\\.|(runtime)\\.|([A-Z]))");

  @Test
  void everyStageImportsOnlyWhatItsPackageInfoAllows() throws IOException {
    Map<String, Set<String>> used = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Path relative = SOURCES.relativize(file);
        if (relative.getNameCount() < 2) {
          continue; // the processor package itself wires every stage
        }
        String stage = relative.getName(0).toString();
        for (String line : Files.readAllLines(file)) {
          if (line.startsWith("package ")) {
            continue;
          }
          Matcher m = REFERENCE.matcher(line);
          while (m.find()) {
            String target = m.group(1) != null ? m.group(1) : m.group(2) != null ? "runtime" : "api";
            if (!target.equals(stage)) {
              used.computeIfAbsent(stage, s -> new TreeSet<>()).add(target + " (" + relative + ")");
            }
          }
        }
      }
    }
    assertEquals(new TreeSet<>(ALLOWED.keySet()), stagesWithSources(), "every stage has its rule here, and its package-info");
    for (Map.Entry<String, Set<String>> e : used.entrySet()) {
      for (String reference : e.getValue()) {
        String target = reference.substring(0, reference.indexOf(' '));
        assertTrue(ALLOWED.get(e.getKey()).contains(target), e.getKey() + " may not use " + reference);
      }
    }
  }

  private static Set<String> stagesWithSources() throws IOException {
    Set<String> stages = new TreeSet<>();
    try (Stream<Path> dirs = Files.list(SOURCES)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        assertTrue(Files.exists(dir.resolve("package-info.java")), dir + " has no package-info.java");
        stages.add(dir.getFileName().toString());
      }
    }
    return stages;
  }
}

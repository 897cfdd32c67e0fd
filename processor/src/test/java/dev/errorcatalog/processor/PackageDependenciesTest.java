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
      // OpenAPI documents, read bounded as catalog files are (locate), compared with checked catalogs (model)
      // into diagnostics (validate); reached by the command line and, through CatalogFilesBuild, the plugin.
      Map.entry("openapi", Set.of("locate", "model", "validate")),
      // The OpenAPI export says what the docs pages say (docs' ApiWording), from the model; never the code's stages.
      Map.entry("openapi.export", Set.of("model", "docs")),
      // What every generator yields and the writers it goes to; made from the model, its rows and the names.
      Map.entry("output", Set.of("model", "tables", "names")),
      // The command line reaches the steps through the processor package's CatalogFilesBuild only; it reads
      // the model's records of a baseline comparison to print them (diff), and suggests a diagnostic's slug
      // with validate's DidYouMean (explain).
      // import-openapi writes its starter catalog with the openapi package's StarterCatalog.
      Map.entry("cli", Set.of("model", "validate", "openapi")));

  /** A reference to a class of the processor (its package as group 1, "docs." or "openapi.export."), or of the runtime or the API. */
  private static final Pattern REFERENCE =
      Pattern.compile("\\bdev\\.errorcatalog\\.(?:processor\\.((?:[a-z]+\\.)+)|(runtime)\\.|([A-Z]))");

  @Test
  void everyStageImportsOnlyWhatItsPackageInfoAllows() throws IOException {
    Set<String> stages = stagesWithSources();
    assertEquals(new TreeSet<>(ALLOWED.keySet()), stages, "every stage has its rule here, and its package-info");
    Map<String, Set<String>> used = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Path relative = SOURCES.relativize(file);
        if (relative.getNameCount() < 2) {
          continue; // the processor package itself wires every stage
        }
        String stage = packageOf(relative);
        for (String line : Files.readAllLines(file)) {
          if (line.startsWith("package ")) {
            continue;
          }
          Matcher m = REFERENCE.matcher(line);
          while (m.find()) {
            String target = m.group(1) != null ? stageOf(m.group(1), stages)
                : m.group(2) != null ? "runtime" : "api";
            if (!target.equals(stage)) {
              used.computeIfAbsent(stage, s -> new TreeSet<>()).add(target + " (" + relative + ")");
            }
          }
        }
      }
    }
    for (Map.Entry<String, Set<String>> e : used.entrySet()) {
      for (String reference : e.getValue()) {
        String target = reference.substring(0, reference.indexOf(' '));
        assertTrue(ALLOWED.get(e.getKey()).contains(target), e.getKey() + " may not use " + reference);
      }
    }
  }

  /** The package of a source file below the processor's, dotted: {@code docs}, {@code openapi.export}. */
  private static String packageOf(Path relative) {
    return relative.getParent().toString().replace(relative.getFileSystem().getSeparator(), ".");
  }

  /**
   * The stage a referenced package belongs to: the longest stage it is or is inside of ({@code openapi.export.} is
   * {@code openapi.export}; a class {@code docs.Markdown.Inner} written in full is {@code docs}).
   */
  private static String stageOf(String dottedPackage, Set<String> stages) {
    String name = dottedPackage.substring(0, dottedPackage.length() - 1);
    for (String candidate = name; ; candidate = candidate.substring(0, candidate.lastIndexOf('.'))) {
      if (stages.contains(candidate) || candidate.indexOf('.') < 0) {
        return candidate;
      }
    }
  }

  /** Every package below the processor's that holds sources (a stage), each of which must have a package-info. */
  private static Set<String> stagesWithSources() throws IOException {
    Set<String> stages = new TreeSet<>();
    try (Stream<Path> dirs = Files.walk(SOURCES)) {
      for (Path dir : dirs.filter(Files::isDirectory).filter(d -> !d.equals(SOURCES)).toList()) {
        boolean sources;
        try (Stream<Path> files = Files.list(dir)) {
          sources = files.anyMatch(f -> f.toString().endsWith(".java"));
        }
        if (sources) {
          assertTrue(Files.exists(dir.resolve("package-info.java")), dir + " has no package-info.java");
          stages.add(SOURCES.relativize(dir).toString().replace(dir.getFileSystem().getSeparator(), "."));
        }
      }
    }
    return stages;
  }
}

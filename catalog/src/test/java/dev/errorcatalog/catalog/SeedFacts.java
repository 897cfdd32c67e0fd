package dev.errorcatalog.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;

/**
 * The facts extracted from the source pages, checked in as {@code seed-facts/<name>.tsv} so that the
 * coverage tests run on a clone without the pages. Where the pages are present ({@code shared/seeds}
 * beside the repository, as in CI), the tests re-extract them and require the checked-in facts to be
 * current.
 *
 * <p>To refresh the checked-in facts after a page changed, run the tests with
 * {@code -Derrorcatalog.updateFacts=true}: the extraction is written over {@code
 * src/test/resources/seed-facts/} and the diff shows what the page change means for the catalog.
 */
final class SeedFacts {

  private SeedFacts() {}

  /** The checked-in facts {@code seed-facts/<name>.tsv}. */
  static List<Fact> checkedIn(String name) {
    String resource = "seed-facts/" + name + ".tsv";
    try (InputStream in = SeedFacts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError("no checked-in facts " + resource
            + "; extract them from the page with -Derrorcatalog.updateFacts=true");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Fact.fromTsv(text.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  /**
   * Re-extracts the facts from the page {@code seedFile} and requires them to equal the checked-in
   * {@code seed-facts/<name>.tsv}. Skipped (not passed) when the pages are not beside the repository.
   */
  static void assertCheckedInFactsAreCurrent(String seedFile, String name, Function<String, List<Fact>> parser) {
    Optional<Path> seeds = seedsDirectory();
    Assumptions.assumeTrue(seeds.isPresent(),
        "the source pages (shared/seeds beside the repository) are not here: checked-in facts are used as they are");
    Path page = seeds.get().resolve(seedFile);
    String extracted;
    try {
      extracted = Fact.toTsv(parser.apply(Files.readString(page, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(page.toString(), e);
    }
    Path checkedIn = moduleDirectory().resolve("src/test/resources/seed-facts/" + name + ".tsv");
    if (Boolean.getBoolean("errorcatalog.updateFacts")) {
      try {
        Files.createDirectories(checkedIn.getParent());
        Files.writeString(checkedIn, extracted, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(checkedIn.toString(), e);
      }
    }
    assertEquals(Fact.toTsv(checkedIn(name)), extracted,
        "the facts extracted from " + page + " differ from the checked-in " + checkedIn
            + " (refresh with -Derrorcatalog.updateFacts=true, then update the catalog)");
  }

  /** {@code shared/seeds}: named by {@code -Derrorcatalog.seeds}, else beside the repository. */
  static Optional<Path> seedsDirectory() {
    String named = System.getProperty("errorcatalog.seeds", "");
    if (!named.isEmpty()) {
      return Optional.of(Path.of(named)).filter(Files::isDirectory);
    }
    Path module = moduleDirectory().toAbsolutePath().normalize();
    // catalog/ -> the repository -> its parent, which holds shared/seeds on the build machines
    // (../../shared/seeds); a worktree nested deeper finds it further up.
    for (Path dir = module.getParent(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/seeds");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The catalog module's directory (surefire runs there and names it in {@code basedir}). */
  static Path moduleDirectory() {
    return Path.of(System.getProperty("basedir", ""));
  }
}

package dev.errorcatalog.processor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} reports a catalog file as the consumer's build finds it: by the id its name spells, under
 * {@code errorcatalog/}, in lower case; a run that finds no catalog fails; two files of one id are named both; and
 * {@code --strict} makes warnings fail. Each fix, followed, makes the check pass.
 */
class IdentityCheckTest {

  private static final String CATALOG = """
      catalog: %s
      title: Pingback API
      entries:
        - code: NOT_FOUND
          status: 404
          title: Not found
          shape: text
          message: %s
      """;

  @TempDir Path dir;

  private Path catalogs() throws IOException {
    return Files.createDirectories(dir.resolve("src/main/resources/errorcatalog"));
  }

  private static Path write(Path file, String id) throws IOException {
    return Files.writeString(file, CATALOG.formatted(id, "Nothing here."));
  }

  @Test
  void aFileNamedForAnotherIdIsEc020AtTheIdAndEitherFixPasses() throws IOException {
    Path yaml = write(catalogs().resolve("pingback.yaml"), "pingbak");
    CliRun r = CliRun.of("check", catalogs().toString());
    assertEquals(1, r.exit(), r::toString);
    assertEquals(yaml + ":1:10: error[EC020 bad-catalog-id]: the file is named pingback.yaml but declares catalog:"
        + " pingbak, so @ErrorCatalog(\"pingbak\") looks for errorcatalog/pingbak.yaml and does not find it. Did you"
        + " mean catalog: pingback? Write that, or rename the file to pingbak.yaml.\n"
        + "1 catalog checked: 1 error, no warnings\n", r.out());
    assertEquals(1, CliRun.of("docs", catalogs().toString(), dir.resolve("docs").toString()).exit());
    assertTrue(Files.notExists(dir.resolve("docs/pingbak.md")), "no page for an id no consumer can use");

    write(yaml, "pingback");
    assertEquals(0, CliRun.of("check", catalogs().toString()).exit(), "the id fixed");
    write(yaml, "pingbak");
    Files.move(yaml, yaml.resolveSibling("pingbak.yaml"));
    assertEquals(0, CliRun.of("check", catalogs().toString()).exit(), "the file renamed");
  }

  @Test
  void aFileNamedAsGivenOutsideErrorcatalogIsReadWhateverItsName() throws IOException {
    Path yaml = write(dir.resolve("pingback.YAML"), "pingbak");
    CliRun r = CliRun.of("check", yaml.toString());
    assertEquals(0, r.exit(), r::toString);
    assertEquals("1 catalog checked: no errors, no warnings\n", r.out());
  }

  @Test
  void anExtensionInAnotherCaseIsRefusedNotSkipped() throws IOException {
    Path upper = write(catalogs().resolve("pingback.YAML"), "pingback");
    CliRun r = CliRun.of("check", catalogs().toString());
    assertEquals(1, r.exit(), r::toString);
    assertEquals(upper + ":1:1: error[EC041 catalog-file-name]: the file name pingback.YAML ends in .YAML, and the"
        + " build looks for catalogs named .yaml or .yml, in lower case: @ErrorCatalog would not find this one."
        + " Rename it to pingback.yaml.\n"
        + "1 catalog checked: 1 error, no warnings\n", r.out());

    Path mixed = write(Files.createDirectories(dir.resolve("more")).resolve("orders.Yml"), "orders");
    CliRun below = CliRun.of("check", dir.resolve("more").toString());
    assertEquals(1, below.exit(), below::toString);
    assertTrue(below.out().startsWith(mixed + ":1:1: error[EC041 catalog-file-name]: the file name orders.Yml"
        + " ends in .Yml"), below.out());

    Files.move(upper, upper.resolveSibling("pingback.yaml"));
    assertEquals(0, CliRun.of("check", catalogs().toString()).exit(), "the file renamed");
  }

  @Test
  void noCatalogFoundFailsNamingWhereItLooked() throws IOException {
    Path empty = catalogs();
    Files.writeString(empty.resolve("README.md"), "not a catalog");
    CliRun r = CliRun.of("check", empty.toString());
    assertEquals(1, r.exit(), r::toString);
    assertEquals("error[EC015 catalog-not-found]: no catalog file (NAME.yaml or NAME.yml) in "
        + empty.toAbsolutePath().normalize() + ", nor in a folder below. Put the catalogs there, or name the folder"
        + " or the files that hold them.\n"
        + "0 catalogs checked: 1 error, no warnings\n", r.out());
  }

  @Test
  void twoFilesOfOneIdAreBothNamed() throws IOException {
    Path first = write(catalogs().resolve("orders.yaml"), "orders");
    Path second = write(Files.createDirectories(dir.resolve("copy")).resolve("customers.yaml"), "orders");
    CliRun r = CliRun.of("check", catalogs().toString(), second.toString());
    assertEquals(1, r.exit(), r::toString);
    assertEquals(second + ":1:10: error[EC026 duplicate-catalog]: catalog: orders is declared by two files: this"
        + " one and " + first + ":1:10; a build generates one catalog of each id. Give one of the two another id"
        + " (and, under errorcatalog/, its file the same name), or delete the copy.\n"
        + "2 catalogs checked: 1 error, no warnings\n", r.out());

    write(second, "customers");
    assertEquals(0, CliRun.of("check", catalogs().toString(), second.toString()).exit(), "another id");
  }

  @Test
  void strictMakesWarningsFailCheckDocsAndDiff() throws IOException {
    Path yaml = Files.writeString(catalogs().resolve("pingback.yaml"), CATALOG.formatted("pingback", "Gone # sorry"));
    CliRun lenient = CliRun.of("check", yaml.toString());
    assertEquals(0, lenient.exit(), lenient::toString);
    assertTrue(lenient.out().endsWith("1 catalog checked: no errors, 1 warning\n"), lenient.out());

    CliRun strict = CliRun.of("check", "--strict", yaml.toString());
    assertEquals(1, strict.exit(), strict::toString);
    List<String> lines = strict.out().lines().toList();
    assertTrue(lines.get(0).startsWith(yaml + ":8:18: warning[EC028 trailing-comment]: "), strict.out());
    assertEquals("1 catalog checked: no errors, 1 warning (--strict: warnings fail)", lines.get(1));

    assertEquals(0, CliRun.of("docs", yaml.toString(), dir.resolve("docs").toString()).exit());
    assertEquals(1, CliRun.of("docs", yaml.toString(), "--strict", dir.resolve("docs").toString()).exit());
    assertEquals(0, CliRun.of("diff", yaml.toString(), yaml.toString()).exit());
    assertEquals(1, CliRun.of("diff", "--strict", yaml.toString(), yaml.toString()).exit());

    Files.writeString(yaml, CATALOG.formatted("pingback", "'Gone # sorry'"));
    assertEquals(0, CliRun.of("check", "--strict", yaml.toString()).exit(), "the warning's fix followed");
  }

  @Test
  void strictIsRefusedWhereItMeansNothing() {
    CliRun r = CliRun.of("watch", "--strict", "a", "b");
    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.err().startsWith("errorcatalog: --strict is an option of check, docs, openapi and diff, not of watch.\n"),
        r.err());
  }
}

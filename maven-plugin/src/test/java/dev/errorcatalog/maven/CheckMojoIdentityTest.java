package dev.errorcatalog.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goal reports a catalog's file as the consumer's build will find it (EC020 for a file under
 * {@code errorcatalog/} that declares another id, EC041 for {@code .YAML}), fails on a folder without catalogs,
 * and with {@code <strict>} fails on a warning, as the command line's {@code check --strict} does.
 */
class CheckMojoIdentityTest {

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

  @Test
  void aFileNamedForAnotherIdFailsTheGoalAtItsCatalogValue() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("errorcatalog"));
    Path yaml = Files.writeString(folder.resolve("pingback.yaml"), CATALOG.formatted("pingbak", "Nothing here."));
    MojoFailureException failure = assertThrows(MojoFailureException.class, () -> check(folder, false));
    assertEquals("\n" + yaml + ":1:10: error[EC020 bad-catalog-id]: the file is named pingback.yaml but declares"
        + " catalog: pingbak, so @ErrorCatalog(\"pingbak\") looks for errorcatalog/pingbak.yaml and does not find"
        + " it. Did you mean catalog: pingback? Write that, or rename the file to pingbak.yaml.\n"
        + "1 catalog checked: 1 error, no warnings\n", failure.getMessage());

    Files.writeString(yaml, CATALOG.formatted("pingback", "Nothing here."));
    check(folder, false);
  }

  @Test
  void anUpperCaseExtensionAndAnEmptyFolderFailTheGoal() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("errorcatalog"));
    MojoFailureException empty = assertThrows(MojoFailureException.class, () -> check(folder, false));
    assertTrue(empty.getMessage().contains("error[EC015 catalog-not-found]: no catalog file (NAME.yaml or NAME.yml)"
        + " in " + folder.toAbsolutePath()), empty.getMessage());

    Path yaml = Files.writeString(folder.resolve("pingback.YAML"), CATALOG.formatted("pingback", "Nothing here."));
    MojoFailureException upper = assertThrows(MojoFailureException.class, () -> check(folder, false));
    assertTrue(upper.getMessage().startsWith("\n" + yaml + ":1:1: error[EC041 catalog-file-name]: the file name"
        + " pingback.YAML ends in .YAML"), upper.getMessage());
  }

  @Test
  void strictMakesAWarningFailTheGoal() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("errorcatalog"));
    Path yaml = Files.writeString(folder.resolve("pingback.yaml"), CATALOG.formatted("pingback", "Not here # sorry"));
    check(folder, false);
    MojoFailureException failure = assertThrows(MojoFailureException.class, () -> check(folder, true));
    assertTrue(failure.getMessage().startsWith("\n" + yaml + ":8:22: warning[EC028 trailing-comment]: "),
        failure.getMessage());
    assertTrue(failure.getMessage().endsWith("\n1 catalog checked: no errors, 1 warning (<strict>: warnings fail)\n"),
        failure.getMessage());
  }

  private static void check(Path folder, boolean strict) throws Exception {
    CheckMojo mojo = new CheckMojo();
    set(mojo, "catalogs", List.of(folder.toFile()));
    set(mojo, "strict", strict);
    mojo.execute();
  }

  /** Sets a parameter as Maven would inject it. */
  private static void set(CatalogMojo mojo, String name, Object value) throws ReflectiveOperationException {
    Field field = CatalogMojo.class.getDeclaredField(name);
    field.setAccessible(true);
    field.set(mojo, value);
  }
}

package dev.errorcatalog.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcatalog.processor.ErrorCatalogProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EC026 in javac: a catalog asked for twice, or two files of one id, naming where the first declares it. */
class DuplicateCatalogTest {

  private static final String CATALOG = "catalog: acme\ntitle: Acme API\nentries:\n  - code: A\n    status: 400\n"
      + "    title: Bad\n";

  @TempDir Path dir;

  private Compilation compile(String annotations) {
    JavaFileObject source = JavaFileObjects.forSourceString("com.example.Apis", "package com.example;\n\n"
        + "import dev.errorcatalog.ErrorCatalog;\n\n" + annotations + "\nfinal class Apis {}\n");
    return Compiler.javac().withProcessors(new ErrorCatalogProcessor())
        .withOptions("-A" + ErrorCatalogProcessor.OPTION_PATH + "=" + dir).compile(source);
  }

  @Test
  void twoFilesOfOneIdNameBoth() throws IOException {
    Path first = Files.writeString(Files.createDirectories(dir.resolve("errorcatalog")).resolve("acme.yaml"), CATALOG);
    Path copy = Files.writeString(dir.resolve("copy.yaml"), CATALOG);
    Compilation compilation = compile("@ErrorCatalog(\"acme\")\n@ErrorCatalog(file = \"" + copy + "\")");
    assertThat(compilation).hadErrorContaining(copy + ":1:10: error[EC026 duplicate-catalog]: catalog: acme is"
        + " declared by two files: this one and " + first + ":1:10; a build generates one catalog of each id.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void oneCatalogAskedForTwiceIsReportedOnce() throws IOException {
    Path file = Files.writeString(Files.createDirectories(dir.resolve("errorcatalog")).resolve("acme.yaml"), CATALOG);
    Compilation compilation = compile("@ErrorCatalog(\"acme\")\n@ErrorCatalog(\"acme\")");
    assertThat(compilation).hadErrorContaining(file + ":1:10: error[EC026 duplicate-catalog]: catalog acme is"
        + " already generated in this build, from this file. Annotate one element per catalog.");
    assertThat(compilation).hadErrorCount(1);
  }
}

package dev.errorcatalog.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcatalog.processor.ErrorCatalogProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Runs the real processor with javac over one annotated class, the catalog YAML written to a directory
 * named with {@code -Aerrorcatalog.path}.
 */
public final class CatalogBuild {

  /** The line of {@code @ErrorCatalog} in {@link #source}: errors are reported on the annotation. */
  public static final int ANNOTATION_LINE = 5;

  private CatalogBuild() {}

  /** An annotated class; {@code annotationArgs} goes inside {@code @ErrorCatalog(...)}. */
  public static JavaFileObject source(String annotationArgs) {
    return JavaFileObjects.forSourceLines("test.AcmeCatalog",
        "package test;",
        "",
        "import dev.errorcatalog.ErrorCatalog;",
        "",
        "@ErrorCatalog(" + annotationArgs + ")",
        "final class AcmeCatalog {}");
  }

  /**
   * Writes {@code dir/<id>.yaml} and compiles {@code source} with the path option and {@code moreOptions}
   * ({@code -Aname=value}).
   */
  public static Compilation compile(Path dir, String id, byte[] yaml, JavaFileObject source,
      String... moreOptions) {
    try {
      Files.write(dir.resolve(id + ".yaml"), yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> options = new java.util.ArrayList<>(List.of("-Aerrorcatalog.path=" + dir));
    options.addAll(List.of(moreOptions));
    return Compiler.javac()
        .withProcessors(new ErrorCatalogProcessor())
        .withOptions(options)
        .compile(source);
  }

  /**
   * Asserts an error that starts with {@code <file>:<position>: error[<id> <slug>]}, on the annotation,
   * whose text contains every key word.
   */
  public static void assertError(Compilation compilation, JavaFileObject source, String fileName, String position,
      String idAndSlug, List<String> words) {
    String prefix = fileName + ":" + position + ": error[" + idAndSlug + "]";
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(prefix).inFile(source).onLine(ANNOTATION_LINE);
    Diagnostic<? extends JavaFileObject> error = compilation.errors().stream()
        .filter(d -> d.getMessage(Locale.ROOT).contains(prefix))
        .findFirst().orElseThrow();
    String text = error.getMessage(Locale.ROOT);
    for (String word : words) {
      assertTrue(text.contains(word), () -> "expected '" + word + "' in: " + text);
    }
  }

  /**
   * Compiles {@code source} with plain javac (compile-testing hides the output of a failed build) and
   * returns every file the build wrote: generated sources and resources, class files.
   */
  public static List<Path> filesWritten(Path catalogDir, JavaFileObject source, Path out) throws IOException {
    Path classes = Files.createDirectories(out.resolve("classes"));
    Path generated = Files.createDirectories(out.resolve("generated"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task = javac.getTask(new StringWriter(), files, d -> { }, List.of(
          "-classpath", System.getProperty("java.class.path"), "-d", classes.toString(), "-s", generated.toString(),
          "-Aerrorcatalog.path=" + catalogDir), null, List.of(source));
      task.setProcessors(List.of(new ErrorCatalogProcessor()));
      task.call();
    }
    try (Stream<Path> walk = Files.walk(out)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }

  /** Every error message, for failure output. */
  public static String errors(Compilation compilation) {
    return String.join("\n", compilation.errors().stream().map(d -> d.getMessage(Locale.ROOT)).toList());
  }
}

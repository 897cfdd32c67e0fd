package dev.errorcatalog.clienttests;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The examples of README.md and of the user guide ({@code docs/**}{@code /*.md}), compiled as they are written
 * against the test class path of the module that checks them, so that a copy-paste example cannot drift from the
 * API. An example is the {@code java} block after a {@code <!-- snippet: NAME -->} line; {@link GuidePages} finds
 * it by name in whichever page holds it, and a name no page holds, or two pages hold, fails the test.
 */
public final class ReadmeSnippets {

  private ReadmeSnippets() {}

  /** The source of the named example. */
  public static String source(String name) {
    return GuidePages.block("snippet", name, "java");
  }

  /** Compiles the named example, a whole class, with {@code -Xlint:all -Werror}; fails with javac's messages. */
  public static void assertCompiles(String name) {
    assertCompiles(name, "", "");
  }

  /**
   * Compiles the named example, a fragment, between {@code before} and {@code after} (the test's package, imports,
   * class and method that give the fragment its variables), as {@link #assertCompiles(String)} does.
   */
  public static void assertCompiles(String name, String before, String after) {
    String source = before + source(name) + after;
    String type = source.substring(source.indexOf("public class ") + "public class ".length()).split("[ {<]")[0];
    compile(name, "com/example/client/" + type + ".java", source);
  }

  /**
   * Compiles the named example as the file {@code path} (a {@code package-info.java} or {@code module-info.java},
   * whose names javac requires), between {@code before} and {@code after}, as {@link #assertCompiles(String)} does.
   */
  public static void assertCompilesAs(String path, String name, String before, String after) {
    compile(name, path, before + source(name) + after);
  }

  private static void compile(String name, String path, String source) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      Path out = Files.createTempDirectory("readme-snippet");
      JavaFileObject file = new SimpleJavaFileObject(
          java.net.URI.create("string:///" + path), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return source;
        }
      };
      boolean ok = javac.getTask(messages, files, null,
          List.of("-proc:none", "-Xlint:all", "-Xlint:-path", "-Werror", "-d", out.toString(),
              "-classpath", System.getProperty("java.class.path")),
          null, List.of(file)).call();
      if (!ok) {
        throw new AssertionError("example '" + name + "' does not compile:\n" + messages + "\n" + source);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

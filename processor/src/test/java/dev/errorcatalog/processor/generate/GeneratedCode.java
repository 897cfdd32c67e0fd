package dev.errorcatalog.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.JavaFile;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.names.GeneratedNames;
import dev.errorcatalog.processor.testing.CompiledClasses;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Generates a catalog's sources, compiles them with javac and loads the classes, all in memory. */
final class GeneratedCode {

  /** Every warning javac knows, as errors: generated code must compile without any. */
  static final List<String> STRICT = List.of("-Xlint:all", "-Werror");

  private GeneratedCode() {}

  /** The files of every generator, in {@link Generators#all()} order. */
  static List<JavaFile> generate(CatalogModel catalog, GeneratedNames names) {
    List<JavaFile> files = new ArrayList<>();
    for (SourceGenerator generator : Generators.all()) {
      files.addAll(generator.generate(catalog, names));
    }
    return files;
  }

  /** Compiles generated files (and extra sources) under {@link #STRICT}; fails the test on any diagnostic. */
  static Compilation compile(List<JavaFile> files, JavaFileObject... extra) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (JavaFile file : files) {
      String name = file.packageName().isEmpty() ? file.typeSpec().name()
          : file.packageName() + "." + file.typeSpec().name();
      sources.add(JavaFileObjects.forSourceString(name, file.toString()));
    }
    sources.addAll(List.of(extra));
    Compilation compilation = Compiler.javac().withOptions(STRICT).compile(sources);
    if (compilation.status() != Compilation.Status.SUCCESS || !compilation.diagnostics().isEmpty()) {
      fail("javac reported:\n" + compilation.diagnostics());
    }
    assertEquals(List.of(), compilation.diagnostics());
    return compilation;
  }

  /** A class loader over the compilation's class files, delegating to the test's (runtime types are shared). */
  static ClassLoader load(Compilation compilation) {
    return CompiledClasses.loader(compilation, GeneratedCode.class.getClassLoader());
  }

  /** Calls a public static method by name and argument count, unwrapping what it throws. */
  static Object callStatic(Class<?> type, String name, Object... args) {
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == args.length
          && java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
        try {
          return method.invoke(null, args);
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        } catch (InvocationTargetException e) {
          if (e.getCause() instanceof RuntimeException runtime) {
            throw runtime;
          }
          throw new AssertionError(e.getCause());
        }
      }
    }
    throw new AssertionError("no static method " + name + " with " + args.length + " parameters on " + type);
  }
}

package dev.errorcatalog.catalog;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcatalog.Catalog;
import dev.errorcatalog.CatalogError;
import dev.errorcatalog.processor.ErrorCatalogProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.tools.JavaFileObject;

/**
 * A shipped catalog compiled by the real processor, as a consumer compiles it ({@code @ErrorCatalog("<id>")}
 * on a package), with its generated classes loaded. Compiled once per test run and catalog.
 */
final class CompiledCatalog {

  static final String PACKAGE = "shipped";

  private static final Map<String, CompiledCatalog> CACHE = new ConcurrentHashMap<>();

  final String id;
  final Compilation compilation;
  private ClassLoader loader;

  private CompiledCatalog(String id, Compilation compilation) {
    this.id = id;
    this.compilation = compilation;
  }

  static CompiledCatalog of(String id) {
    return CACHE.computeIfAbsent(id, CompiledCatalog::compile);
  }

  private static CompiledCatalog compile(String id) {
    Path resources = SeedFacts.moduleDirectory().toAbsolutePath().resolve("src/main/resources");
    Compilation compilation = Compiler.javac()
        .withProcessors(new ErrorCatalogProcessor())
        // -processing: javac's note that no processor claims @Generated is about this test's setup.
        .withOptions("-Xlint:all,-processing", "-A" + ErrorCatalogProcessor.OPTION_PATH + "=" + resources)
        .compile(JavaFileObjects.forSourceString(PACKAGE + ".package-info",
            "@dev.errorcatalog.ErrorCatalog(\"" + id + "\")\npackage " + PACKAGE + ";\n"));
    return new CompiledCatalog(id, compilation);
  }

  /** The generated type name prefix: {@code insider-one} to {@code InsiderOne}. */
  String prefix() {
    StringBuilder out = new StringBuilder();
    for (String part : id.split("-")) {
      out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return out.toString();
  }

  /** The generated {@code <Prefix>Catalog.INSTANCE}. */
  Catalog<?> catalog() {
    try {
      return (Catalog<?>) load(prefix() + "Catalog").getField("INSTANCE").get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** {@code <Prefix>Encoder.encode(entry, args, retryAfter)}. */
  String encode(CatalogError entry, Map<String, ?> args, Duration retryAfter) {
    for (Method method : load(prefix() + "Encoder").getMethods()) {
      if (method.getName().equals("encode") && method.getParameterCount() == 3) {
        try {
          return (String) method.invoke(null, entry, args, retryAfter);
        } catch (InvocationTargetException e) {
          throw new AssertionError(entry + ": encode threw", e.getCause());
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError(prefix() + "Encoder has no encode(entry, args, retryAfter)");
  }

  synchronized Class<?> load(String simpleName) {
    if (loader == null) {
      loader = loaderOf(compilation);
    }
    try {
      return loader.loadClass(PACKAGE + "." + simpleName);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /** A class loader over the compilation's class files; runtime types come from the test's loader. */
  private static ClassLoader loaderOf(Compilation compilation) {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        String relative = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length());
        try (InputStream in = file.openInputStream()) {
          classes.put(relative.substring(0, relative.length() - ".class".length()).replace('/', '.'), in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return new ClassLoader(CompiledCatalog.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
  }
}

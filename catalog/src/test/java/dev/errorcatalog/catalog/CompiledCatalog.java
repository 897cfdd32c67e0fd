package dev.errorcatalog.catalog;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcatalog.Catalog;
import dev.errorcatalog.CatalogError;
import dev.errorcatalog.processor.ErrorCatalogProcessor;
import dev.errorcatalog.processor.testing.CompiledClasses;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

  /** A shipped catalog, from this module's resources. */
  static CompiledCatalog of(String id) {
    return of(id, SeedFacts.moduleDirectory().resolve("src/main/resources"));
  }

  /** The catalog {@code id} found in {@code resources} (which holds {@code errorcatalog/<id>.yaml}). */
  static CompiledCatalog of(String id, Path resources) {
    return CACHE.computeIfAbsent(id, i -> compile(i, resources.toAbsolutePath().normalize()));
  }

  private static CompiledCatalog compile(String id, Path resources) {
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
      loader = CompiledClasses.loader(compilation, CompiledCatalog.class.getClassLoader());
    }
    try {
      return loader.loadClass(PACKAGE + "." + simpleName);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}

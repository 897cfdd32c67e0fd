package dev.errorcatalog.processor.testing;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Loads the classes an in-memory compile-testing compilation wrote. Shared with the catalog module's tests
 * through this module's test jar.
 */
public final class CompiledClasses {

  private CompiledClasses() {}

  /**
   * A class loader over the compilation's class files, delegating to {@code parent} first: the runtime types
   * (CatalogError, DecodedError, ...) are the test's own, so generated instances can be handled directly.
   */
  public static ClassLoader loader(Compilation compilation, ClassLoader parent) {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      // e.g. /CLASS_OUTPUT/com/example/acme/AcmeOrdersError$Row.class
      String path = file.toUri().getPath();
      String relative = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length());
      String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
      try (InputStream in = file.openInputStream()) {
        classes.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new ClassLoader(parent) {
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

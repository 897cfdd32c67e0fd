package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The runtime on the jackson-core an application's dependency management may resolve instead of the one this
 * library is built against (the pom copies the jars into {@code target/older-jackson-core}): every response
 * decodes there exactly as here and nothing throws, through the plain parsers before 2.16 and the bounded
 * ones from 2.16 on.
 */
class OlderJacksonCoreTest {

  private static final Path JARS = Path.of("target", "older-jackson-core");

  @Test
  void theBuiltAgainstJacksonUsesTheBoundedParsers() {
    assertEquals("bounded", DecodeProbe.parsers());
  }

  @ParameterizedTest
  @CsvSource({"2.10.0, plain", "2.13.5, plain", "2.15.4, plain", "2.16.0, bounded"})
  void decodesAsWithTheBuiltAgainstJackson(String version, String parsers) throws Exception {
    Path jar = JARS.resolve("jackson-core-" + version + ".jar");
    assertTrue(Files.isRegularFile(jar), jar + " is missing: the pom's maven-dependency-plugin copies it");
    URL[] urls = {
        Path.of("target", "classes").toUri().toURL(),
        Path.of("target", "test-classes").toUri().toURL(),
        jar.toUri().toURL(),
    };
    // The platform loader as parent: neither this module's classes nor the built-against jackson-core leak in.
    try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
      Class<?> probe = Class.forName(DecodeProbe.class.getName(), true, loader);
      assertEquals(version, call(probe, "jacksonVersion"));
      assertEquals(parsers, call(probe, "parsers"));
      assertEquals(DecodeProbe.run(), call(probe, "run"));
    }
  }

  private static Object call(Class<?> type, String method) throws Exception {
    Method m = type.getMethod(method);
    Object result = m.invoke(null);
    return result instanceof List<?> list ? List.copyOf(list) : result;
  }
}

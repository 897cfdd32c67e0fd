package dev.errorcatalog.processor;

import dev.errorcatalog.processor.cache.BuildCache;
import dev.errorcatalog.processor.cache.CacheKey;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Where a javac build keeps its {@link BuildCache}, and the parts of its key that are the same for every catalog
 * of the build: the processor's own bytes, the JDK, the source version, the options and a baseline's bytes.
 */
final class CatalogCache {

  /** {@code -Aerrorcatalog.cache=false} turns the cache off: every build loads, checks and generates. */
  static final String OPTION = "errorcatalog.cache";

  /** The folder beside the class output the cache files go in: in the build's output, never in its jar. */
  static final String DIR = "errorcatalog-cache";

  /** The processor's own code, read once per class loader: a rebuilt processor is a new class loader. */
  private static Optional<byte[]> processorIdentity;

  private CatalogCache() {}

  /**
   * The cache of this compilation: {@code <class output's parent>/errorcatalog-cache/<class output's name>.bin}
   * ({@code target/errorcatalog-cache/classes.bin} in Maven, beside {@code test-classes.bin}). Empty when the
   * option turns it off or the class output is no folder of the file system (an in-memory file manager).
   */
  static Optional<BuildCache> of(ProcessingEnvironment env, Map<String, String> options) {
    if ("false".equalsIgnoreCase(options.getOrDefault(OPTION, "").trim())) {
      return Optional.empty();
    }
    try {
      // getResource names the file without opening or creating it, so javac registers nothing.
      FileObject probe = env.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "", DIR + ".probe");
      URI uri = probe.toUri();
      if (!"file".equals(uri.getScheme())) {
        return Optional.empty();
      }
      Path classOutput = Path.of(uri).toAbsolutePath().getParent();
      Path parent = classOutput == null ? null : classOutput.getParent();
      if (parent == null || classOutput.getFileName() == null) {
        return Optional.empty();
      }
      return Optional.of(new BuildCache(parent.resolve(DIR).resolve(classOutput.getFileName() + ".bin")));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The key's parts of the whole build; empty when one cannot be read (the processor's own classes, a baseline),
   * and then there is no cache.
   *
   * @param processorVersion the processor's own identity, or {@code null} for the checksums of its code
   */
  static Optional<CacheKey> buildKey(ProcessingEnvironment env, Map<String, String> options,
      String processorVersion) {
    Optional<byte[]> processor = processorVersion == null ? processorIdentity()
        : Optional.of(processorVersion.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    if (processor.isEmpty()) {
      return Optional.empty();
    }
    CacheKey key = new CacheKey()
        .add("processor", processor.get())
        .add("jdk", Runtime.version().toString())
        .add("source", env.getSourceVersion().name())
        .add("locale", String.valueOf(env.getLocale()));
    new TreeMap<>(options).forEach((name, value) -> {
      if (!name.equals(StepTimes.OPTION)) {
        key.add("option " + name, value);
      }
    });
    String baseline = options.get(ErrorCatalogProcessor.OPTION_BASELINE);
    if (baseline != null && !baseline.isBlank()) {
      try {
        addTree(key, "baseline", Path.of(baseline.trim()));
      } catch (IOException | RuntimeException e) {
        return Optional.empty();
      }
    }
    return Optional.of(key);
  }

  /** A file's bytes, or every file's name and bytes under a folder, or that nothing is there. */
  private static void addTree(CacheKey key, String label, Path path) throws IOException {
    if (Files.isRegularFile(path)) {
      key.add(label, Files.readAllBytes(path));
    } else if (Files.isDirectory(path)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(path)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path file : files) {
        key.add(label + " " + path.relativize(file), Files.readAllBytes(file));
      }
    } else {
      key.add(label, (byte[]) null);
    }
  }

  /**
   * The processor's code as the size and CRC-32 of its jar, or of every file of its class folder: a processor
   * rebuilt under the same version (a SNAPSHOT) never reuses a cache of the one before. A checksum rather than
   * the bytes, which would make the key as large as the jar; the catalogs, options and baseline are in the key
   * whole.
   */
  private static synchronized Optional<byte[]> processorIdentity() {
    if (processorIdentity == null) {
      processorIdentity = readOwnCode();
    }
    return processorIdentity;
  }

  private static Optional<byte[]> readOwnCode() {
    try {
      CodeSource source = CatalogCache.class.getProtectionDomain().getCodeSource();
      URL location = source == null ? null : source.getLocation();
      if (location == null || !"file".equals(location.getProtocol())) {
        return Optional.empty();
      }
      Path path = Path.of(location.toURI());
      List<Path> files;
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
      } else {
        files = List.of(path);
      }
      CacheKey key = new CacheKey();
      for (Path file : files) {
        byte[] bytes = Files.readAllBytes(file);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        key.add("code " + path.relativize(file), bytes.length + " " + Long.toHexString(crc.getValue()));
      }
      return Optional.of(key.bytes());
    } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }
}

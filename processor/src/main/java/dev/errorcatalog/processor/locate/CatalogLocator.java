package dev.errorcatalog.processor.locate;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * Finds a catalog's YAML. In order: the directories of the {@code errorcatalog.path} option, the class
 * output (Maven copies resources there before compiling), the source path, the class path (a catalog
 * jar as a plain dependency) and the processor path.
 */
public final class CatalogLocator {

  /** The resource folder catalogs live in, in jars and class outputs. */
  public static final String RESOURCE_DIR = "errorcatalog/";

  private static final JavaFileManager.Location[] LOCATIONS = {
    StandardLocation.CLASS_OUTPUT, StandardLocation.SOURCE_PATH, StandardLocation.CLASS_PATH,
  };

  private final Filer filer;
  private final List<Path> pathOption;
  private final ClassLoader processorLoader;

  /**
   * @param filer the processing environment's filer
   * @param pathOption the {@code errorcatalog.path} option (directories separated by the platform's path
   *     separator), or {@code null}
   * @param processorLoader the class loader of the processor, standing for the processor path
   */
  public CatalogLocator(Filer filer, String pathOption, ClassLoader processorLoader) {
    this.filer = filer;
    this.pathOption = new ArrayList<>();
    if (pathOption != null && !pathOption.isBlank()) {
      for (String dir : pathOption.split(File.pathSeparator)) {
        if (!dir.isBlank()) {
          this.pathOption.add(Paths.get(dir.trim()).toAbsolutePath().normalize());
        }
      }
    }
    this.processorLoader = processorLoader;
  }

  /** Looks for the catalog; never throws. */
  public LocatedCatalog locate(CatalogRequest request) {
    List<String> names = new ArrayList<>();
    List<String> looked = new ArrayList<>();
    if (!request.file().isEmpty()) {
      String file = request.file();
      Path direct = Paths.get(file);
      if (direct.isAbsolute()) {
        looked.add(direct.toString());
        LocatedCatalog found = readFile(direct);
        if (found != null) {
          return found;
        }
        return LocatedCatalog.notFound(looked);
      }
      names.add(stripSlash(file));
    } else {
      names.add(RESOURCE_DIR + request.id() + ".yaml");
      names.add(RESOURCE_DIR + request.id() + ".yml");
    }

    for (Path dir : pathOption) {
      for (String name : names) {
        for (Path candidate : List.of(dir.resolve(name), dir.resolve(Paths.get(name).getFileName()))) {
          if (looked.contains(candidate.toString())) {
            continue;
          }
          looked.add(candidate.toString());
          LocatedCatalog found = readFile(candidate);
          if (found != null) {
            return found;
          }
        }
      }
    }
    for (JavaFileManager.Location location : LOCATIONS) {
      for (String name : names) {
        looked.add(location.getName() + ": " + name);
        LocatedCatalog found = readResource(location, name);
        if (found != null) {
          return found;
        }
      }
    }
    if (processorLoader != null) {
      for (String name : names) {
        looked.add("ANNOTATION_PROCESSOR_PATH: " + name);
        URL url = processorLoader.getResource(name);
        if (url != null) {
          try (InputStream in = url.openStream()) {
            return LocatedCatalog.found(displayName(url), in.readAllBytes());
          } catch (IOException | RuntimeException e) {
            // Unreadable: keep looking, the not-found error lists this place.
          }
        }
      }
    }
    return LocatedCatalog.notFound(looked);
  }

  private LocatedCatalog readResource(JavaFileManager.Location location, String name) {
    try {
      FileObject resource = filer.getResource(location, "", name);
      byte[] bytes;
      try (InputStream in = resource.openInputStream()) {
        bytes = in.readAllBytes();
      }
      return LocatedCatalog.found(displayName(resource), bytes);
    } catch (IOException | RuntimeException e) {
      // Not there (javac answers with an exception) or the location does not exist in this build.
      return null;
    }
  }

  private static LocatedCatalog readFile(Path path) {
    if (!Files.isRegularFile(path)) {
      return null;
    }
    try {
      return LocatedCatalog.found(path.toString(), Files.readAllBytes(path));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static String displayName(FileObject resource) {
    try {
      java.net.URI uri = resource.toUri();
      if ("file".equals(uri.getScheme())) {
        return Paths.get(uri).toString();
      }
      return uri.toString();
    } catch (RuntimeException e) {
      return resource.getName();
    }
  }

  private static String displayName(URL url) {
    try {
      if ("file".equals(url.getProtocol())) {
        return Paths.get(url.toURI()).toString();
      }
    } catch (Exception e) {
      // fall through to the URL itself
    }
    return url.toString();
  }

  private static String stripSlash(String name) {
    return name.startsWith("/") ? name.substring(1) : name;
  }
}

package dev.errorcatalog.processor.locate;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
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
 *
 * <p>Reads as {@link BoundedFiles} does: the first place that has something under the catalog's name ends the
 * search, and when that is no regular file of at most {@code maxBytes} bytes (a folder, a pipe, a device, a
 * file too large) the catalog is refused with the reason, rather than looked for further: the writer put it
 * there, and needs to know why it was not read.
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
  private final int maxBytes;

  /**
   * @param filer the processing environment's filer
   * @param pathOption the {@code errorcatalog.path} option (directories separated by the platform's path
   *     separator), or {@code null}
   * @param processorLoader the class loader of the processor, standing for the processor path
   * @param maxBytes the most bytes a catalog may have; a larger one is refused, read no further than that
   */
  public CatalogLocator(Filer filer, String pathOption, ClassLoader processorLoader, int maxBytes) {
    this.filer = filer;
    this.maxBytes = maxBytes;
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
        LocatedCatalog found = url == null ? null : readUrl(url);
        if (found != null) {
          return found;
        }
      }
    }
    return LocatedCatalog.notFound(looked);
  }

  /** A resource of a javac location: a file by its path, anything else (a jar entry) by its stream. */
  private LocatedCatalog readResource(JavaFileManager.Location location, String name) {
    FileObject resource;
    try {
      resource = filer.getResource(location, "", name);
    } catch (IOException | RuntimeException e) {
      // Not there (javac answers with an exception) or the location does not exist in this build.
      return null;
    }
    Path path = filePath(resource.toUri());
    if (path != null) {
      return readFile(path);
    }
    try (InputStream in = resource.openInputStream()) {
      return readStream(in, displayName(resource));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** A resource of the processor path: a file by its path, anything else (a jar entry) by its stream. */
  private LocatedCatalog readUrl(URL url) {
    try {
      Path path = filePath(url.toURI());
      if (path != null) {
        return readFile(path);
      }
    } catch (URISyntaxException | RuntimeException e) {
      // Not a file's URL: read its stream.
    }
    try (InputStream in = url.openStream()) {
      return readStream(in, displayName(url));
    } catch (IOException | RuntimeException e) {
      return null; // Unreadable: keep looking, the not-found error lists this place.
    }
  }

  /** A catalog in a stream, read no further than one byte past the limit: refused when it goes on. */
  private LocatedCatalog readStream(InputStream in, String file) {
    try {
      return LocatedCatalog.found(file, BoundedFiles.read(in, file, maxBytes));
    } catch (RefusedException e) {
      return e.refusal().kind() == Refusal.Kind.TOO_LARGE ? LocatedCatalog.refused(e.refusal()) : null;
    }
  }

  /**
   * The catalog at {@code path}: {@code null} when nothing is there (keep looking), else read or refused, its
   * attributes looked at before it is opened.
   */
  private LocatedCatalog readFile(Path path) {
    return BoundedFiles.anythingAt(path) ? LocatedCatalog.read(path, maxBytes) : null;
  }

  /** The path of a {@code file:} URI, or {@code null} for any other (a jar entry's). */
  private static Path filePath(URI uri) {
    try {
      return "file".equals(uri.getScheme()) ? Paths.get(uri) : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String displayName(FileObject resource) {
    try {
      URI uri = resource.toUri();
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

package dev.errorcatalog.processor.openapi.export;

import dev.errorcatalog.processor.docs.ApiWording;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.DocsUrlPattern;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes the OpenAPI 3.1 document of one catalog: its documented responses and their body shapes as components,
 * the responses of entries that name their endpoints under those paths (see the package's description). The
 * processor writes it into the class output as {@link #resource(CatalogModel)}, where the Spring starter finds it,
 * and with {@code -A}{@value #OPTION}{@code =DIR} into DIR too; the command line's {@code openapi DIR OUT} writes
 * the documents of a folder of catalogs.
 */
public final class OpenApiExport {

  /** The processor option naming a folder to write each catalog's document into, as {@code -Aerrorcatalog.docs}. */
  public static final String OPTION = "errorcatalog.openapi";

  /** Where in the class output (and so on the class path) the documents are. */
  public static final String RESOURCE_FOLDER = "META-INF/errorcatalog/openapi/";

  /** What a file name of the documents' folder looks like: a manifest line naming anything else is ignored. */
  public static final Pattern FILE_NAME = Pattern.compile("[a-z][a-z0-9-]*\\.openapi\\.json");

  /**
   * What every document carries near its start, and a file someone took over by hand may not: the member naming its
   * catalog, as the export writes it. A document of a catalog gone from the build is removed from the folder only
   * while it still has it.
   */
  public static final String GENERATED_MARK = "\n  \"x-errorcatalog-catalog\": ";

  private final Optional<DocsUrlPattern> docsUrl;

  /** Documents without links to the docs. */
  public OpenApiExport() {
    this(Optional.empty());
  }

  /**
   * @param docsUrl the pattern of an entry's docs URL ({@code -Aerrorcatalog.docs.url}), written on each response
   *     as {@code x-errorcatalog-docs}; empty for none
   */
  public OpenApiExport(Optional<String> docsUrl) {
    this.docsUrl = DocsUrlPattern.of(docsUrl);
  }

  /** The document's file name: {@code <catalog-id>.openapi.json}. */
  public static String fileName(CatalogModel catalog) {
    return catalog.id() + ".openapi.json";
  }

  /** The document's path in the class output: {@code META-INF/errorcatalog/openapi/<catalog-id>.openapi.json}. */
  public static String resource(CatalogModel catalog) {
    return RESOURCE_FOLDER + fileName(catalog);
  }

  /** The document, as UTF-8 text: the same for the same catalog and options, on every build. */
  public String document(CatalogModel catalog) {
    ComponentKeys keys = new ComponentKeys(catalog);
    EntryResponses responses = new EntryResponses(catalog, keys, docsUrl);
    OperationPaths paths = new OperationPaths(catalog, keys, responses);
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("openapi", "3.1.0");
    document.put("info", info(catalog));
    catalog.docs().map(String::strip).filter(OpenApiExport::isWebUrl).ifPresent(url -> {
      Map<String, Object> external = new LinkedHashMap<>();
      external.put("description", "The API's own documentation of its errors.");
      external.put("url", url);
      document.put("externalDocs", external);
    });
    document.put("x-errorcatalog-catalog", catalog.id());
    document.put("paths", paths.paths());
    Map<String, Object> components = new LinkedHashMap<>();
    components.put("responses", responses.all());
    components.put("schemas", ShapeSchemas.of(catalog, keys));
    document.put("components", components);
    Map<String, Object> unplaced = paths.unplaced();
    if (!unplaced.isEmpty()) {
      document.put("x-errorcatalog-unplaced", unplaced);
    }
    return JsonText.write(document);
  }

  private static Map<String, Object> info(CatalogModel catalog) {
    String title = catalog.title().strip().replaceAll("\\s+", " ");
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("title", title);
    // OpenAPI requires a version: a catalog that states none is its unversioned draft.
    info.put("version", catalog.history().version().map(Object::toString).orElse("unversioned"));
    info.put("description", "Errors of " + ApiWording.inline(title) + ".");
    return info;
  }

  /** An http(s) URL with a host: a catalog must not put a {@code javascript:} link into a reader's page. */
  private static boolean isWebUrl(String url) {
    try {
      URI uri = new URI(url);
      return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}

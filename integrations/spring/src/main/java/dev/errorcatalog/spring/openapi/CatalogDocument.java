package dev.errorcatalog.spring.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errorcatalog.Catalog;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * One catalog's OpenAPI document of its errors, as the processor exported it into the class output beside the
 * generated types. Kept as bytes and parsed anew for each service document: springdoc customises each group's
 * document, and the model objects it gets must not be shared between them.
 *
 * @param catalog the catalog the document is of
 * @param json the document, as read from the class path
 */
public record CatalogDocument(Catalog<?> catalog, byte[] json) {

  private static final Log LOG = LogFactory.getLog(CatalogDocument.class);

  /** Where the processor writes the document of the catalog {@code id}. */
  public static String resource(String id) {
    return "META-INF/errorcatalog/openapi/" + id + ".openapi.json";
  }

  /**
   * The catalog's document, from the class loader of its generated types (the jar or folder they came from).
   * Empty, with one log line, where there is none (a catalog generated before the processor exported one) or it
   * cannot be read or parsed: the service's document then has the other catalogs' errors, and the service starts.
   */
  public static Optional<CatalogDocument> load(Catalog<?> catalog) {
    String resource = resource(catalog.id());
    ClassLoader loader = catalog.getClass().getClassLoader();
    try (InputStream in = loader == null ? ClassLoader.getSystemResourceAsStream(resource)
        : loader.getResourceAsStream(resource)) {
      if (in == null) {
        LOG.info("errorcatalog: no " + resource + " on the class path (a catalog generated before the OpenAPI export?):"
            + " the OpenAPI document gets no errors of " + catalog.id());
        return Optional.empty();
      }
      CatalogDocument document = new CatalogDocument(catalog, in.readAllBytes());
      document.parse(true);
      return Optional.of(document);
    } catch (IOException | RuntimeException e) {
      LOG.warn("errorcatalog: " + resource + " cannot be read (" + e.getMessage() + "): the OpenAPI document gets no"
          + " errors of " + catalog.id());
      return Optional.empty();
    }
  }

  /** The catalog's id. */
  public String id() {
    return catalog.id();
  }

  /**
   * The document as swagger-core's model, read by swagger-core's own mapper for the service document's version:
   * OpenAPI 3.1's (springdoc's default) as exported; 3.0's after {@link OpenApi30Schemas} made its schemas 3.0's.
   */
  public OpenAPI parse(boolean openApi31) throws IOException {
    OpenAPI document;
    if (openApi31) {
      document = Json31.mapper().readValue(json, OpenAPI.class);
    } else {
      ObjectMapper mapper = Json.mapper();
      document = mapper.treeToValue(OpenApi30Schemas.downgrade(mapper.readTree(json)), OpenAPI.class);
    }
    if (document == null) {
      throw new IOException("empty document");
    }
    return document;
  }
}

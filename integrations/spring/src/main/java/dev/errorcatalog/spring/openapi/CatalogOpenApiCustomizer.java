package dev.errorcatalog.spring.openapi;

import dev.errorcatalog.Catalog;
import dev.errorcatalog.CatalogError;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * Adds the catalogs' documented errors to the service's OpenAPI document, as springdoc builds it (each group's,
 * being global): each catalog's {@code components.responses} and {@code components.schemas} (and headers, examples)
 * beside the service's own, none of which is replaced; and on each operation, at each status, the responses of the
 * entries whose {@code x-errorcatalog-operations} names its method and path template, plus the catalog-wide ones
 * ({@code all}): one by {@code $ref}, several merged (see {@link ResponseMerge}). A response the operation
 * declares itself at that status is kept, the catalogs' examples added to it.
 */
public final class CatalogOpenApiCustomizer implements GlobalOpenApiCustomizer {

  private static final Log LOG = LogFactory.getLog(CatalogOpenApiCustomizer.class);

  private final List<CatalogDocument> documents;

  /** The customizer of these catalogs' documents, in this order. */
  public CatalogOpenApiCustomizer(List<CatalogDocument> documents) {
    this.documents = List.copyOf(documents);
  }

  /** The customizer of these catalogs: those whose document is not on the class path are skipped (and logged). */
  public static CatalogOpenApiCustomizer of(Collection<? extends Catalog<?>> catalogs) {
    List<CatalogDocument> documents = new ArrayList<>();
    catalogs.forEach(c -> CatalogDocument.load(c).ifPresent(documents::add));
    return new CatalogOpenApiCustomizer(documents);
  }

  /** The catalogs' documents it adds. */
  public List<CatalogDocument> documents() {
    return documents;
  }

  @Override
  public void customise(OpenAPI openApi) {
    boolean openApi31 = openApi.getSpecVersion() == SpecVersion.V31
        || (openApi.getOpenapi() != null && openApi.getOpenapi().startsWith("3.1"));
    List<ErrorResponse> responses = new ArrayList<>();
    for (CatalogDocument document : documents) {
      OpenAPI catalog;
      try {
        catalog = document.parse(openApi31);
      } catch (IOException | RuntimeException e) {
        LOG.warn("errorcatalog: the OpenAPI document of " + document.id() + " cannot be read (" + e.getMessage()
            + "): the service's document gets none of its errors");
        continue;
      }
      Components from = catalog.getComponents();
      if (from == null) {
        continue;
      }
      if (openApi.getComponents() == null) {
        openApi.setComponents(new Components());
      }
      Components to = openApi.getComponents();
      copy(from.getSchemas(), to.getSchemas(), to::addSchemas);
      copy(from.getHeaders(), to.getHeaders(), to::addHeaders);
      copy(from.getExamples(), to.getExamples(), to::addExamples);
      copy(from.getResponses(), to.getResponses(), to::addResponses);
      if (from.getResponses() != null) {
        Map<String, CatalogError> entries = entries(document.catalog());
        from.getResponses().forEach((key, response) ->
            ErrorResponse.of(key, response, entries).ifPresent(responses::add));
      }
    }
    if (responses.isEmpty() || openApi.getPaths() == null) {
      return;
    }
    openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
        add(operation, Endpoint.of(method.name(), path), responses, openApi31)));
  }

  /** Adds to {@code operation} what the catalogs document for {@code endpoint}. */
  private static void add(Operation operation, Endpoint endpoint, List<ErrorResponse> all, boolean openApi31) {
    Map<Integer, List<ErrorResponse>> byStatus = new TreeMap<>();
    for (ErrorResponse response : all) {
      if (response.answers(endpoint)) {
        response.statuses().forEach(s -> byStatus.computeIfAbsent(s, k -> new ArrayList<>()).add(response));
      }
    }
    if (byStatus.isEmpty()) {
      return;
    }
    if (operation.getResponses() == null) {
      operation.setResponses(new ApiResponses());
    }
    ApiResponses declared = operation.getResponses();
    byStatus.forEach((status, responses) -> {
      ApiResponse own = declared.get(String.valueOf(status));
      if (own != null) {
        ResponseMerge.addTo(own, responses);
      } else {
        declared.addApiResponse(String.valueOf(status), ResponseMerge.of(responses, openApi31));
      }
    });
    sortByStatus(declared);
  }

  /** Statuses in order, then {@code default} and anything else (2XX ranges), as a reader looks for them. */
  private static void sortByStatus(ApiResponses responses) {
    List<Map.Entry<String, ApiResponse>> entries = new ArrayList<>(responses.entrySet());
    entries.sort(Comparator.comparing((Map.Entry<String, ApiResponse> e) -> !e.getKey().matches("[0-9]+"))
        .thenComparing(Map.Entry::getKey));
    responses.clear();
    entries.forEach(e -> responses.put(e.getKey(), e.getValue()));
  }

  private static <T> void copy(Map<String, T> from, Map<String, T> existing, BiConsumer<String, T> add) {
    if (from == null) {
      return;
    }
    from.forEach((key, value) -> {
      if (existing == null || !existing.containsKey(key)) {
        add.accept(key, value);
      }
    });
  }

  /** The entries by constant name, as the export names them ({@code x-errorcatalog-entry}). */
  private static Map<String, CatalogError> entries(Catalog<?> catalog) {
    Map<String, CatalogError> entries = new HashMap<>();
    for (CatalogError entry : catalog.entries()) {
      if (entry instanceof Enum<?> constant) {
        entries.putIfAbsent(constant.name(), entry);
      }
    }
    return entries;
  }
}

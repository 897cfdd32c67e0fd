package dev.errorcatalog.spring.openapi;

import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What an operation shows at one status from the catalogs' responses there: the one response by {@code $ref}, or
 * several merged into one (their titles listed, their examples together, the body one of their schemas); and the
 * catalogs' examples added to a response the operation declares itself, which is never replaced.
 */
final class ResponseMerge {

  private ResponseMerge() {}

  /** The response an operation without its own at this status gets for {@code responses} (one or more). */
  static ApiResponse of(List<ErrorResponse> responses, boolean openApi31) {
    if (responses.size() == 1) {
      return new ApiResponse().$ref(responses.get(0).ref());
    }
    // as the export merges them under its own paths
    StringJoiner titles = new StringJoiner("\n- ", "One of these responses:\n\n- ", "");
    List<String> names = new ArrayList<>();
    ApiResponse merged = new ApiResponse();
    Map<String, List<Schema<?>>> schemas = new LinkedHashMap<>();
    for (ErrorResponse r : responses) {
      titles.add(r.title());
      names.add(r.entry());
      addHeaders(merged, r.response());
      Content content = r.response().getContent();
      if (content == null) {
        continue;
      }
      content.forEach((mediaType, media) -> {
        if (merged.getContent() == null) {
          merged.setContent(new Content());
        }
        MediaType target = merged.getContent().computeIfAbsent(mediaType, m -> new MediaType());
        addExamples(target, media);
        if (media.getSchema() != null) {
          List<Schema<?>> alternatives = schemas.computeIfAbsent(mediaType, m -> new ArrayList<>());
          if (alternatives.stream().noneMatch(s -> sameSchema(s, media.getSchema()))) {
            alternatives.add(media.getSchema());
          }
        }
      });
    }
    merged.setDescription(titles.toString());
    merged.addExtension(ErrorResponse.ENTRIES, names);
    schemas.forEach((mediaType, alternatives) -> merged.getContent().get(mediaType).setSchema(
        alternatives.size() == 1 ? alternatives.get(0) : oneOf(alternatives, openApi31)));
    return merged;
  }

  /**
   * The catalogs' examples (and headers) added to the operation's own response at their status, which keeps its
   * description and schema. A media type it does not declare is added as the catalog documents it. A response that
   * is itself a {@code $ref} is left as it is: adding to it would change every operation that names it.
   */
  static void addTo(ApiResponse own, List<ErrorResponse> responses) {
    if (own.get$ref() != null) {
      return;
    }
    for (ErrorResponse r : responses) {
      addHeaders(own, r.response());
      Content content = r.response().getContent();
      if (content == null) {
        continue;
      }
      content.forEach((mediaType, media) -> {
        if (own.getContent() == null) {
          own.setContent(new Content());
        }
        MediaType target = own.getContent().get(mediaType);
        if (target == null) {
          target = new MediaType().schema(media.getSchema());
          own.getContent().addMediaType(mediaType, target);
        }
        addExamples(target, media);
      });
    }
  }

  private static void addHeaders(ApiResponse target, ApiResponse from) {
    if (from.getHeaders() == null) {
      return;
    }
    for (Map.Entry<String, Header> header : from.getHeaders().entrySet()) {
      if (target.getHeaders() == null || !target.getHeaders().containsKey(header.getKey())) {
        target.addHeaderObject(header.getKey(), header.getValue());
      }
    }
  }

  /** Examples by name, none replaced; none where the target has a single {@code example} (OpenAPI allows one kind). */
  private static void addExamples(MediaType target, MediaType from) {
    if (from.getExamples() == null || target.getExample() != null) {
      return;
    }
    from.getExamples().forEach((name, example) -> {
      if (target.getExamples() == null || !target.getExamples().containsKey(name)) {
        target.addExamples(name, example);
      }
    });
  }

  private static boolean sameSchema(Schema<?> a, Schema<?> b) {
    return a == b || (a.get$ref() != null && a.get$ref().equals(b.get$ref()));
  }

  @SuppressWarnings({"rawtypes", "unchecked"}) // swagger-core's oneOf is a raw List<Schema>
  private static Schema<?> oneOf(List<Schema<?>> alternatives, boolean openApi31) {
    Schema schema = openApi31 ? new JsonSchema() : new Schema<>().specVersion(SpecVersion.V30);
    schema.setOneOf(new ArrayList<>(alternatives));
    return schema;
  }
}

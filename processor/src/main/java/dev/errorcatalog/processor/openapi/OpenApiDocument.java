package dev.errorcatalog.processor.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errorcatalog.processor.model.SourcePosition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an OpenAPI 3.0 or 3.1 document says about errors: its operations ({@code GET /users/{id}}) and the error
 * responses each documents (statuses 400 to 599, the ranges {@code 4XX} and {@code 5XX}, and a {@code default}
 * response that describes an error), each with its {@code $ref}s followed. What the import and the agreement check
 * both read; webhooks and callbacks are not operations of the API's own and are left out.
 *
 * @param tree the document as read
 * @param title {@code info.title}
 * @param version {@code info.version}, empty when absent
 * @param docs {@code externalDocs.url}, empty when absent
 * @param operations every operation, in the document's order
 * @param problems every {@code $ref} that could not be followed, and every response left out, with why
 */
public record OpenApiDocument(DocumentTree tree, String title, Optional<String> version, Optional<String> docs,
    List<Operation> operations, List<Problem> problems) {

  /** The methods of a path item, in the order OpenAPI lists them. */
  static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  /** A description or a schema name that says "error". */
  private static final Pattern ERROR_WORDS = Pattern.compile("(?i).*(error|fail|problem|fault|unexpected).*",
      Pattern.DOTALL);

  /**
   * One operation.
   *
   * @param method {@code GET}, in capitals
   * @param path the path as the document writes it, {@code /users/{id}}
   * @param responses its error responses
   * @param statuses every key of its {@code responses}, success ones included
   */
  public record Operation(String method, String path, List<Response> responses, List<String> statuses,
      SourcePosition at) {

    /** {@code GET /users/{id}}: as an entry's {@code endpoints:} names it. */
    public String name() {
      return method + " " + path;
    }
  }

  /**
   * One error response of an operation.
   *
   * @param key its key under {@code responses}: {@code 404}, {@code 4XX} or {@code default}
   * @param component the name under {@code components.responses} it refers to, empty for a response written
   *     in place
   * @param node the response object, its references followed; {@code null} when one could not be
   * @param unresolved why its reference was not followed, empty when it was
   * @param at where the response is written in the document
   */
  public record Response(String key, Optional<String> component, JsonNode node, Optional<String> unresolved,
      SourcePosition at) {

    /** The status of a numeric key, or -1 for {@code default} and the ranges. */
    public int status() {
      return key.matches("[1-5][0-9][0-9]") ? Integer.parseInt(key) : -1;
    }

    /** The first digit of a range ({@code 4} of {@code 4XX}), or -1. */
    public int range() {
      return key.matches("[1-5][xX][xX]") ? key.charAt(0) - '0' : -1;
    }

    /** True for {@code default}. */
    public boolean isDefault() {
      return key.equals("default");
    }

    /** {@code description} of the response, empty when it has none. */
    public Optional<String> description() {
      JsonNode d = node == null ? null : node.get("description");
      return d != null && d.isTextual() && !d.asText().isBlank() ? Optional.of(d.asText().strip()) : Optional.empty();
    }

    /** The value of an {@code x-errorcatalog-*} extension ({@code code}, {@code name}), empty when absent. */
    public Optional<String> extension(String name) {
      JsonNode v = node == null ? null : node.get("x-errorcatalog-" + name);
      return v != null && v.isValueNode() && !v.isNull() ? Optional.of(v.asText()) : Optional.empty();
    }
  }

  /**
   * Something of the document that was not read: a reference not followed, a response left out.
   *
   * @param at where it is written
   * @param where the operation and response it concerns ({@code GET /users 404}), or a part of the document
   * @param text what, as a sentence without its period
   * @param reference true for a {@code $ref} that could not be followed
   */
  public record Problem(SourcePosition at, String where, String text, boolean reference) {}

  /** A document read, or why not. */
  public record Read(OpenApiDocument document, UnreadableDocument failure) {
    public boolean ok() {
      return document != null;
    }
  }

  /** Reads the document in {@code file}. */
  public static Read read(Path file) {
    return of(DocumentReader.read(file));
  }

  /** Reads the document held by {@code bytes}. */
  public static Read read(String file, byte[] bytes) {
    return of(DocumentReader.read(file, bytes));
  }

  private static Read of(DocumentReader.Read read) {
    if (!read.ok()) {
      return new Read(null, read.failure());
    }
    DocumentTree tree = read.tree();
    JsonNode root = tree.root();
    SourcePosition top = new SourcePosition(tree.file(), 1, 1);
    if (!root.isObject()) {
      return new Read(null, new UnreadableDocument(top, tree.file() + " is not an OpenAPI document: it is not a map",
          "Give the OpenAPI document (it starts with 'openapi: 3.0.3' or '{\"openapi\": \"3.1.0\"')."));
    }
    JsonNode openapi = root.get("openapi");
    if (openapi == null) {
      boolean swagger = root.has("swagger");
      return new Read(null, new UnreadableDocument(top, tree.file() + (swagger
          ? " is a Swagger " + root.get("swagger").asText() + " document, not OpenAPI 3"
          : " is not an OpenAPI document: it has no 'openapi' key"), swagger
          ? "Convert it to OpenAPI 3 first (for example with swagger2openapi); OpenAPI 3.0 and 3.1 are read."
          : "Give the OpenAPI document (it starts with 'openapi: 3.0.3' or '{\"openapi\": \"3.1.0\"')."));
    }
    if (!openapi.isTextual() || !openapi.asText().startsWith("3.")) {
      return new Read(null, new UnreadableDocument(tree.at(root), tree.file() + " is OpenAPI " + openapi.asText()
          + ", which is not read", "Give an OpenAPI 3.0 or 3.1 document."));
    }
    References refs = new References(root);
    JsonNode info = refs.follow(root.path("info"));
    String title = info != null && info.path("title").isTextual() ? info.path("title").asText().strip() : "";
    Optional<String> version = info != null && info.path("version").isValueNode()
        ? Optional.of(info.path("version").asText()) : Optional.empty();
    JsonNode docsUrl = root.path("externalDocs").path("url");
    Optional<String> docs = docsUrl.isTextual() ? Optional.of(docsUrl.asText()) : Optional.empty();
    List<Operation> operations = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    JsonNode paths = root.path("paths");
    int responses = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      if (!path.getKey().startsWith("/")) {
        continue; // an extension (x-...) or a mistake: not a path
      }
      References.Resolved item = refs.resolve(path.getValue());
      if (!item.ok()) {
        problems.add(new Problem(tree.at(path.getValue()), path.getKey(),
            "the path item's $ref " + item.problem().orElse(""), true));
        continue;
      }
      for (String method : METHODS) {
        JsonNode op = item.node().get(method);
        if (op == null || !op.isObject()) {
          continue;
        }
        String name = method.toUpperCase(Locale.ROOT) + " " + path.getKey();
        List<Response> errors = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> r = op.path("responses").fields(); r.hasNext(); ) {
          Map.Entry<String, JsonNode> response = r.next();
          String key = response.getKey().strip();
          statuses.add(key);
          if (!isErrorKey(key)) {
            continue;
          }
          if (++responses > OpenApiLimits.MAX_RESPONSES) {
            return new Read(null, new UnreadableDocument(tree.at(response.getValue()), tree.file() + " has more than "
                + OpenApiLimits.MAX_RESPONSES + " error responses", "Give only the paths whose errors matter."));
          }
          References.Resolved resolved = refs.resolve(response.getValue());
          Optional<String> component = resolved.firstRef()
              .filter(ref -> ref.startsWith("#/components/responses/")).flatMap(ref -> resolved.name());
          Response found = new Response(key, component, resolved.node(),
              resolved.problem().map(p -> "its $ref " + p), tree.at(response.getValue()));
          found.unresolved().ifPresent(p -> problems.add(new Problem(found.at(), name + " " + key, p, true)));
          if (found.isDefault() && found.node() != null && !describesError(found.node(), refs)) {
            problems.add(new Problem(found.at(), name + " default",
                "its default response does not read as an error (no error or problem in its description, media"
                    + " type or schema name): left out", false));
            continue;
          }
          errors.add(found);
        }
        operations.add(new Operation(method.toUpperCase(Locale.ROOT), path.getKey(), List.copyOf(errors),
            List.copyOf(statuses), tree.at(op)));
      }
    }
    return new Read(new OpenApiDocument(tree, title, version, docs, List.copyOf(operations), List.copyOf(problems)),
        null);
  }

  /** A status 400 to 599, a range {@code 4XX} or {@code 5XX}, or {@code default}. */
  static boolean isErrorKey(String key) {
    return key.equals("default") || key.matches("[45][0-9][0-9]") || key.matches("[45][xX][xX]");
  }

  /**
   * Whether a {@code default} response describes an error: a problem media type, or "error", "fail", "problem"
   * in its description or its schema's name ({@code #/components/schemas/Error}).
   */
  static boolean describesError(JsonNode response, References refs) {
    if (ERROR_WORDS.matcher(response.path("description").asText("")).matches()) {
      return true;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = response.path("content").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> media = it.next();
      if (media.getKey().toLowerCase(Locale.ROOT).contains("problem")) {
        return true;
      }
      References.Resolved schema = refs.resolve(media.getValue().path("schema"));
      if (schema.name().map(n -> ERROR_WORDS.matcher(n).matches()).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /** Every error response of every operation, with its operation. */
  public List<Map.Entry<Operation, Response>> errorResponses() {
    List<Map.Entry<Operation, Response>> all = new ArrayList<>();
    for (Operation op : operations) {
      for (Response r : op.responses()) {
        all.add(Map.entry(op, r));
      }
    }
    return all;
  }

  References references() {
    return new References(tree.root());
  }
}

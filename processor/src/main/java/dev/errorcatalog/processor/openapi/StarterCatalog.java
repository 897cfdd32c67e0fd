package dev.errorcatalog.processor.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errorcatalog.processor.model.HttpStatuses;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A starter catalog from an OpenAPI document's error responses ({@code import-openapi}): one entry per response,
 * where a response reused by several operations ({@code $ref: '#/components/responses/not_found'}, or the same
 * response written out in each) is one entry listing them under {@code endpoints:}. Every guess is marked under
 * {@code decided:} and named in the review list, which the file's head repeats as comments.
 *
 * <p>What is guessed, and how: the status of a {@code default} response (500) and of a range ({@code 4XX} is
 * 400); the title (the description's first sentence, else the status's reason phrase: also where the description is
 * only the placeholder {@code Response}); where the body carries its
 * message ({@code /detail}, {@code /message}, {@code /error/message}); the constant {@code /type} of an RFC 9457
 * problem from its example; the retry class of 429 (throttled) and 502 to 504 (backoff). A {@code default}
 * response is imported only where it reads as an error ({@link OpenApiDocument#describesError}). Two responses a
 * decoder could not tell apart at one status (both known by their status alone) become one entry, the second
 * recorded under {@code duplicates:}, so that the catalog checks as imported.
 */
public final class StarterCatalog {

  private static final Pattern HEADER = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  /**
   * One thing a writer must confirm or change.
   *
   * @param kind what sort of guess: {@code status}, {@code title}, {@code message}, {@code shape}, {@code when},
   *     {@code retry}, {@code code}, {@code merged}, {@code all-endpoints}, {@code reference}, {@code left-out},
   *     {@code examples}
   * @param where the entry (its name) or the document's place it concerns
   * @param text what to confirm, one sentence
   */
  public record Review(String kind, String where, String text) {
    public String render() {
      return "[" + kind + "] " + where + ": " + text;
    }
  }

  /**
   * A starter catalog.
   *
   * @param yaml the catalog file's text
   * @param review what to confirm, in the order of the file
   * @param entries how many entries it has
   */
  public record Result(String yaml, List<Review> review, int entries) {}

  private final OpenApiDocument document;
  private final References refs;
  private final Schemas schemas;
  private final List<Review> review = new ArrayList<>();
  private final DraftBodies bodies;
  private final Set<String> names = new LinkedHashSet<>();

  private StarterCatalog(OpenApiDocument document) {
    this.document = document;
    this.refs = document.references();
    this.schemas = new Schemas(refs);
    this.bodies = new DraftBodies(refs, review);
  }

  /** The starter catalog of {@code document}, with the id {@code id} ({@code [a-z][a-z0-9-]*}). */
  public static Result of(OpenApiDocument document, String id) {
    return new StarterCatalog(document).build(id);
  }

  /** A catalog id from a text (a file name, a title): lower case, digits and dashes; empty when none is left. */
  public static Optional<String> idFrom(String text) {
    String id = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^[^a-z]+|-+$", "");
    if (id.length() > 64) {
      id = id.substring(0, 64).replaceAll("-+$", "");
    }
    return id.isEmpty() ? Optional.empty() : Optional.of(id);
  }

  private Result build(String id) {
    Map<String, DraftEntry> byResponse = new LinkedHashMap<>();
    for (Map.Entry<OpenApiDocument.Operation, OpenApiDocument.Response> e : document.errorResponses()) {
      OpenApiDocument.Response r = e.getValue();
      String key = r.component().map(c -> "component " + c)
          .orElseGet(() -> r.node() == null ? "unresolved " + r.key() + " " + r.unresolved().orElse("")
              : "inline " + r.key() + " " + DraftText.canonical(r.node()));
      DraftEntry draft = byResponse.computeIfAbsent(key, k -> draft(r, e.getKey()));
      int status = statusOf(r);
      if (!draft.statuses.contains(status)) {
        draft.statuses.add(status);
      }
      if (e.getKey().name().length() <= 2000) {
        draft.endpoints.add(e.getKey().name()); // a longer path is no API's: left out, as the review list says
      } else {
        review.add(new Review("left-out", draft.name, "an operation whose path is longer than 2,000 characters is"
            + " not listed under endpoints"));
      }
    }
    List<DraftEntry> drafts = merge(new ArrayList<>(byResponse.values()));
    Collection<DraftShape> shapes = usedShapes(drafts);
    int operations = document.operations().size();
    for (DraftEntry d : drafts) {
      if (operations > 1 && d.endpoints.size() == operations) {
        d.endpoints.clear();
        review.add(new Review("all-endpoints", d.name, "every operation of the document returns it, so it lists no"
            + " endpoints (none means all); list them if some operations do not"));
      }
    }
    for (OpenApiDocument.Problem p : document.problems()) {
      review.add(new Review(p.reference() ? "reference" : "left-out", p.where(), p.text() + " (" + p.at() + ")"));
    }
    return new Result(StarterYaml.write(document, id, review, shapes, drafts), List.copyOf(review),
        drafts.size());
  }

  /**
   * The shapes the kept entries use: a shape read only for a response merged into another entry is left out, and
   * what the review list asks of it with it, so that the catalog has no shape nobody uses.
   */
  private Collection<DraftShape> usedShapes(List<DraftEntry> drafts) {
    Set<String> used = new HashSet<>();
    for (DraftEntry d : drafts) {
      used.add(d.shape);
    }
    List<DraftShape> kept = new ArrayList<>();
    for (DraftShape s : bodies.shapes()) {
      if (used.contains(s.name)) {
        kept.add(s);
      } else {
        review.removeIf(item -> item.where().equals("shape " + s.name));
      }
    }
    return kept;
  }

  private DraftEntry draft(OpenApiDocument.Response r, OpenApiDocument.Operation op) {
    DraftEntry d = new DraftEntry();
    int status = statusOf(r);
    d.source = r.component().map(c -> "#/components/responses/" + c).orElse(op.name() + " " + r.key());
    String reason = HttpStatuses.reason(status);
    String byStatus = r.isDefault() ? "ERROR" : r.range() == 4 ? "CLIENT_ERROR" : r.range() == 5 ? "SERVER_ERROR"
        : reason.isEmpty() ? "STATUS_" + status : DraftText.upperSnake(reason);
    d.name = uniqueName(r.component().map(DraftText::upperSnake).orElse(byStatus));
    if (r.status() < 0) {
      d.statusDecided = "The OpenAPI document answers it as '" + r.key() + "', no status: " + status + " is a guess.";
      review.add(new Review("status", d.name, "the document's '" + r.key() + "' response (" + d.source
          + ") has no status; " + status + " is a guess: write every status the API answers it with"));
    }
    // GitHub's description writes "Response" for every response nobody described: a placeholder, not a title.
    Optional<String> description = r.description().filter(text -> !DraftText.stripPeriod(text).equalsIgnoreCase("Response"));
    String firstSentence = description.map(DraftText::firstSentence).orElse("");
    if (!firstSentence.isEmpty() && firstSentence.length() <= 120) {
      d.title = firstSentence;
      d.titleDecided = "The OpenAPI document gives a description, no title: its first sentence.";
    } else {
      d.title = reason.isEmpty() ? "Error " + status : reason;
      d.titleDecided = "The OpenAPI document gives no title: the status's reason phrase.";
      review.add(new Review("title", d.name, "the title is the status's reason phrase; write the API's own"));
    }
    description.filter(text -> !DraftText.stripPeriod(text).equals(d.title)).map(DraftText::bounded)
        .ifPresent(text -> d.description = text);
    if (status == 429) {
      d.retry = "throttled";
      d.retryDecided = "A 429 is a rate limit; the OpenAPI document states no retry advice.";
    } else if (status == 502 || status == 503 || status == 504) {
      d.retry = "backoff";
      d.retryDecided = "A " + status + " is transient as a rule; the OpenAPI document states no retry advice.";
    }
    if (d.retry != null) {
      review.add(new Review("retry", d.name, "retry: " + d.retry + " follows from the status alone; confirm it"));
    }
    if (r.node() == null) {
      d.shape = "empty";
      d.shapeDecided = "The response is a reference that was not followed (" + r.unresolved().orElse("") + ").";
      return d;
    }
    for (Iterator<String> it = r.node().path("headers").fieldNames(); it.hasNext(); ) {
      String header = it.next();
      if (header.length() <= 256 && HEADER.matcher(header).matches() && !header.equalsIgnoreCase("content-type")) {
        d.headers.add(header);
      }
    }
    Optional<Map.Entry<String, JsonNode>> media = schemas.media(r.node());
    if (media.isEmpty()) {
      d.shape = "empty";
      d.shapeDecided = "The OpenAPI document shows no body for this response.";
      return d;
    }
    String mediaType = media.get().getKey();
    JsonNode mediaObject = refs.follow(media.get().getValue());
    if (mediaObject == null) {
      mediaObject = media.get().getValue();
    }
    if (Schemas.isText(mediaType)) {
      d.shape = "text";
    } else if (!Schemas.isJson(mediaType)) {
      d.shape = "text";
      d.shapeDecided = "The OpenAPI document shows the body as " + mediaType + " only: read as text.";
      review.add(new Review("shape", d.name, "the body is " + mediaType + ", read as text; confirm it"));
    } else {
      d.shape = bodies.shape(mediaObject.get("schema"), d, mediaType).name;
    }
    bodies.examples(mediaObject, mediaType, d);
    return d;
  }

  /**
   * Entries a decoder could not tell apart (the same status, no constants: known by the status alone) as one:
   * the later one's endpoints join the earlier one's, and it is recorded under {@code duplicates:}.
   */
  private List<DraftEntry> merge(List<DraftEntry> drafts) {
    Map<String, DraftEntry> byStatus = new LinkedHashMap<>();
    List<DraftEntry> kept = new ArrayList<>();
    for (DraftEntry d : drafts) {
      DraftEntry into = null;
      for (int status : d.statuses) {
        into = into != null ? into : byStatus.get(status + " " + d.when);
      }
      if (into == null) {
        kept.add(d);
        for (int status : d.statuses) {
          byStatus.put(status + " " + d.when, d);
        }
        continue;
      }
      for (int status : d.statuses) {
        if (!into.statuses.contains(status)) {
          into.statuses.add(status);
          byStatus.put(status + " " + d.when, into);
        }
      }
      into.endpoints.addAll(d.endpoints);
      review.removeIf(item -> item.where().equals(d.name)); // asked of an entry that is not written
      String where = d.endpoints.size() > 3 ? d.endpoints.size() + " operations"
          : String.join(", ", d.endpoints);
      into.duplicates.add(DraftText.bounded("Also documented as " + d.source + " (\"" + d.title + "\") by " + where
          + "; one entry, as a decoder tells them apart by status only."));
      review.add(new Review("merged", into.name, d.source + " (" + d.title + ") is known by its status alone, as "
          + into.source + " is: imported as one entry; split them with a 'when:'"
          + " or a message if the API tells them apart"));
      names.remove(d.name);
    }
    return kept;
  }

  private int statusOf(OpenApiDocument.Response r) {
    if (r.status() > 0) {
      return r.status();
    }
    return r.range() > 0 ? r.range() * 100 : 500;
  }

  private String uniqueName(String base) {
    String name = base;
    for (int i = 2; !names.add(name); i++) {
      name = base + "_" + i;
    }
    return name;
  }
}

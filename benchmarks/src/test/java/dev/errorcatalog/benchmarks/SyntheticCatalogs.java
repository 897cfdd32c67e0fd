package dev.errorcatalog.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the two synthetic catalogs of the scaling benchmark, {@code bench-10} and {@code bench-5000}.
 *
 * <p>Both hold the same ten core entries, the ones the benchmark bodies decode to; {@code bench-5000} adds
 * 4,990 filler entries of the same form (code-keyed bodies, message templates with placeholders, spread over
 * statuses the core entries share), so that the decoder has ~1,000 templates to tell apart at 400 and 404
 * where {@code bench-10} has two. The core entries sit spread through the big file, not at its top, so that
 * a decoder trying entries in catalog order gets no head start.
 *
 * <p>Regenerate after editing (JDK 11+ runs this single file as it is):
 * <pre>java benchmarks/src/test/java/dev/errorcatalog/benchmarks/SyntheticCatalogs.java \
 *     benchmarks/src/main/resources/errorcatalog</pre>
 * {@code SyntheticCatalogsTest} fails while the checked-in YAML differs from what this writes.
 */
public final class SyntheticCatalogs {

  /** Sizes of the catalogs written; the id is {@code bench-<size>}. */
  static final int[] SIZES = {10, 5000};

  /** One entry: code, status, title, message template (null for an empty body), retry class. */
  record Spec(String code, int status, String title, String message, String retry) {}

  /** The entries every synthetic catalog holds; {@code Fixtures.scaling()} decodes bodies of these. */
  static final List<Spec> CORE = List.of(
      new Spec("ORDER_NOT_FOUND", 404, "Order not found", "Order {orderId:int} not found", null),
      new Spec("CUSTOMER_NOT_FOUND", 404, "Customer not found", "Customer {customerId} does not exist", null),
      new Spec("INVOICE_LOCKED", 409, "Invoice locked", "Invoice {invoiceId:int} is locked by {owner}", null),
      new Spec("DATE_RANGE_TOO_LONG", 400, "Date range too long",
          "date range must not exceed {maxDays:int} days", null),
      new Spec("FIELD_TOO_LONG", 400, "Field too long", "Field {field} must be at most {max:int} characters", null),
      new Spec("QUOTA_EXCEEDED", 429, "Quota exceeded", "Quota of {limit:int} requests per {window} exceeded",
          "throttled"),
      new Spec("PAYMENT_DECLINED", 402, "Payment declined", "Payment declined", null),
      new Spec("VALIDATION_FAILED", 422, "Validation failed", "Request validation failed", null),
      new Spec("UNAUTHORIZED", 401, "Unauthorized", null, "after-action"),
      new Spec("SERVICE_UNAVAILABLE", 503, "Service unavailable", null, "backoff"));

  /** Resource nouns of the filler entries (none of Order, Customer, Invoice: those are core). */
  private static final List<String> NOUNS = List.of(
      "Account", "Address", "Agent", "Alert", "Album", "Annotation", "Application", "Appointment", "Article",
      "Asset", "Attachment", "Audit", "Badge", "Banner", "Batch", "Board", "Booking", "Branch", "Brand",
      "Budget", "Bundle", "Calendar", "Campaign", "Card", "Cart", "Category", "Certificate", "Channel", "Chart",
      "Checkout", "Client", "Collection", "Comment", "Company", "Contact", "Contract", "Coupon", "Course",
      "Dashboard", "Dataset", "Deal", "Delivery", "Department", "Deployment", "Device", "Discount", "Document",
      "Domain", "Draft", "Employee", "Endpoint", "Event", "Export", "Feed", "Folder", "Form", "Gallery", "Goal",
      "Group", "Guest", "Import", "Incident", "Integration", "Issue", "Job", "Journal", "Label", "Lead",
      "Ledger", "License", "Location", "Mailbox", "Meeting", "Member", "Menu", "Metric", "Milestone", "Note",
      "Offer", "Package", "Partner", "Payout", "Pipeline", "Playlist", "Policy", "Product", "Profile",
      "Project", "Promotion", "Quote", "Receipt", "Refund", "Region", "Release", "Reservation", "Review",
      "Schedule", "Segment", "Shipment", "Snapshot");

  /** Conditions of the filler entries: code suffix, status, title suffix, template suffix, retry class. */
  private static final List<Spec> CONDITIONS = List.of(
      new Spec("NOT_FOUND", 404, "not found", "was not found", null),
      new Spec("MISSING_IN_ACCOUNT", 404, "missing in account", "does not exist in this account", null),
      new Spec("DELETED", 404, "deleted", "was deleted on {date}", null),
      new Spec("VERSION_NOT_FOUND", 404, "version not found", "has no version {version:int}", null),
      new Spec("NOT_VISIBLE", 404, "not visible", "is not visible to user {user}", null),
      new Spec("LOCKED", 409, "locked", "is locked", null),
      new Spec("ALREADY_EXISTS", 409, "already exists", "already exists", null),
      new Spec("CONCURRENT_EDIT", 409, "edited concurrently",
          "was modified by {editor} since revision {revision:int}", null),
      new Spec("ALREADY_ARCHIVED", 409, "already archived", "is already archived", null),
      new Spec("IN_PROGRESS", 409, "in progress", "is being processed", null),
      new Spec("PENDING_CHANGE", 409, "pending change", "has a pending change {changeId}", null),
      new Spec("ALREADY_ASSIGNED", 409, "already assigned", "is already assigned to {assignee}", null),
      new Spec("INVALID_NAME", 400, "invalid name", "has an invalid name", null),
      new Spec("MALFORMED_FIELD", 400, "malformed field", "has a malformed field {field}", null),
      new Spec("SELF_REFERENCE", 400, "self reference", "cannot reference itself", null),
      new Spec("TOO_MANY_TAGS", 400, "too many tags", "has too many tags: at most {max:int}", null),
      new Spec("UNKNOWN_TYPE", 400, "unknown type", "has an unknown type {type}", null),
      new Spec("START_AFTER_END", 400, "start after end", "has a start after its end", null),
      new Spec("INVALID_CURRENCY", 400, "invalid currency", "has an invalid currency {currency}", null),
      new Spec("NEGATIVE_AMOUNT", 400, "negative amount", "has a negative amount", null),
      new Spec("EMPTY_TITLE", 400, "empty title", "has an empty title", null),
      new Spec("INVALID_EMAIL", 400, "invalid email", "has an invalid email {email}", null),
      new Spec("INVALID_PHONE", 400, "invalid phone", "has an invalid phone number", null),
      new Spec("PUBLISH_STATE", 422, "cannot be published", "cannot be published while in state {state}", null),
      new Spec("MISSING_FIELD", 422, "missing field", "is missing required field {field}", null),
      new Spec("TOO_MANY_ITEMS", 422, "too many items", "exceeds {max:int} items", null),
      new Spec("DUPLICATE_KEY", 422, "duplicate key", "has a duplicate key {key}", null),
      new Spec("CANNOT_MOVE", 422, "cannot move", "cannot be moved to {target}", null),
      new Spec("BELOW_MINIMUM", 422, "below minimum", "is below the minimum of {min:int}", null),
      new Spec("EXPIRED_DATE", 422, "expired date", "has an expired date {date}", null),
      new Spec("HAS_CHILDREN", 422, "has children", "cannot be deleted while it has {count:int} children", null),
      new Spec("READ_ONLY", 403, "read-only", "is read-only", null),
      new Spec("OTHER_ACCOUNT", 403, "other account", "belongs to another account", null),
      new Spec("SCOPE_REQUIRED", 403, "scope required", "requires the {scope} scope", "after-action"),
      new Spec("SHARING_RESTRICTED", 403, "sharing restricted", "cannot be shared outside {domain}", null),
      new Spec("POLICY_RESTRICTED", 403, "policy restricted", "is restricted by policy {policy}", null),
      new Spec("EXPIRED", 410, "expired", "has expired", null),
      new Spec("REMOVED", 410, "removed", "was permanently removed", null),
      new Spec("PRECONDITION_FAILED", 412, "precondition failed", "changed since version {version:int}", null),
      new Spec("ETAG_MISMATCH", 412, "ETag mismatch", "has no matching ETag", null),
      new Spec("RATE_LIMITED", 429, "rate limited", "has too many requests: wait {seconds:int} seconds",
          "throttled"),
      new Spec("TOO_MANY_EXPORTS", 429, "too many exports", "has too many concurrent exports", "throttled"),
      new Spec("SAVE_FAILED", 500, "save failed", "could not be saved", "backoff"),
      new Spec("INDEX_FAILED", 500, "index failed", "could not be indexed", "backoff"),
      new Spec("INTERNAL_ERROR", 500, "internal error", "hit an internal error {reference}", "backoff"),
      new Spec("SYNC_FAILED", 502, "sync failed", "sync with {provider} failed", "backoff"),
      new Spec("PROVIDER_UNREACHABLE", 502, "provider unreachable", "could not reach the payment provider",
          "backoff"),
      new Spec("TEMPORARILY_UNAVAILABLE", 503, "temporarily unavailable", "is temporarily unavailable", "backoff"),
      new Spec("EXPORT_TIMEOUT", 504, "export timeout", "export timed out after {seconds:int} seconds",
          "idempotent-only"),
      new Spec("QUARANTINED", 423, "quarantined", "is quarantined until {until}", null));

  private SyntheticCatalogs() {}

  /** The entries of a catalog of this size, in file order. */
  static List<Spec> entries(int size) {
    if (size < CORE.size() || size - CORE.size() > NOUNS.size() * CONDITIONS.size()) {
      throw new IllegalArgumentException("size must be between " + CORE.size() + " and "
          + (CORE.size() + NOUNS.size() * CONDITIONS.size()));
    }
    List<Spec> fillers = new ArrayList<>();
    for (String noun : NOUNS) {
      for (Spec condition : CONDITIONS) {
        if (fillers.size() == size - CORE.size()) {
          break;
        }
        String idName = Character.toLowerCase(noun.charAt(0)) + noun.substring(1) + "Id";
        fillers.add(new Spec(
            noun.toUpperCase(java.util.Locale.ROOT) + "_" + condition.code(),
            condition.status(),
            noun + " " + condition.title(),
            noun + " {" + idName + ":int} " + condition.message(),
            condition.retry()));
      }
    }
    // Core entry k goes before filler (k + 1/2) * (fillers / core): evenly through the file, none first.
    List<Spec> all = new ArrayList<>(size);
    int stride = fillers.size() / CORE.size();
    int next = 0;
    for (int k = 0; k < CORE.size(); k++) {
      int upTo = k * stride + stride / 2;
      all.addAll(fillers.subList(next, upTo));
      next = upTo;
      all.add(CORE.get(k));
    }
    all.addAll(fillers.subList(next, fillers.size()));
    return all;
  }

  /** The YAML of the catalog {@code bench-<size>}. */
  static String yaml(int size) {
    StringBuilder out = new StringBuilder();
    out.append("# yaml-language-server: $schema=../../../../../catalog/catalog.schema.json\n")
        .append("# Generated by benchmarks/src/test/java/dev/errorcatalog/benchmarks/SyntheticCatalogs.java;\n")
        .append("# do not edit: change the generator and run it (see its Javadoc).\n")
        .append("catalog: bench-").append(size).append('\n')
        .append("title: Synthetic benchmark API (").append(size).append(" entries)\n")
        .append("description: |\n")
        .append("  A catalog of the form of the shipped ones, for measuring how decoding scales with catalog size.\n")
        .append("  Bodies are {\"code\": CODE, \"message\": MESSAGE}, or {\"message\": MESSAGE} alone.\n")
        .append("defaults:\n")
        .append("  retry: never\n")
        .append("  shape: api-error\n")
        .append("shapes:\n")
        .append("  api-error:\n")
        .append("    code: /code\n")
        .append("    message: /message\n")
        .append("entries:\n");
    for (Spec entry : entries(size)) {
      out.append("  - code: ").append(entry.code()).append('\n')
          .append("    status: ").append(entry.status()).append('\n')
          .append("    title: ").append(entry.title()).append('\n');
      if (entry.message() == null) {
        out.append("    shape: empty\n");
      } else {
        out.append("    message: \"").append(entry.message()).append("\"\n");
      }
      if (entry.retry() != null) {
        out.append("    retry: ").append(entry.retry()).append('\n');
      }
    }
    return out.toString();
  }

  /** Writes {@code bench-<size>.yaml} for every size into the directory given as the only argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: java SyntheticCatalogs.java <directory, e.g. benchmarks/src/main/resources/errorcatalog>");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    for (int size : SIZES) {
      Path file = dir.resolve("bench-" + size + ".yaml");
      Files.writeString(file, yaml(size), StandardCharsets.UTF_8);
      System.out.println("wrote " + file);
    }
  }
}

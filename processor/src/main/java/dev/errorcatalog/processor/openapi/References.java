package dev.errorcatalog.processor.openapi;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Follows a document's local {@code $ref}s ({@code #/components/responses/not_found}): never a remote one (a file
 * or a URL is named, never fetched), never round a cycle, never more than {@link OpenApiLimits#MAX_REF_HOPS} in
 * a row.
 */
final class References {

  private final JsonNode root;

  References(JsonNode root) {
    this.root = root;
  }

  /**
   * A node with its {@code $ref}s followed.
   *
   * @param node the node reached, {@code null} when a reference could not be followed
   * @param firstRef the first reference followed ({@code #/components/responses/not_found}), empty for a node
   *     that is no reference
   * @param problem why a reference was not followed, as the rest of a sentence whose subject is the reference
   */
  record Resolved(JsonNode node, Optional<String> firstRef, Optional<String> problem) {

    /** The last token of the first reference: {@code not_found} of {@code #/components/responses/not_found}. */
    Optional<String> name() {
      return firstRef.map(r -> unescape(r.substring(r.lastIndexOf('/') + 1)));
    }

    boolean ok() {
      return node != null;
    }
  }

  /** {@code node} with every {@code $ref} followed, or why one could not be. */
  Resolved resolve(JsonNode node) {
    Set<String> seen = new LinkedHashSet<>();
    Optional<String> first = Optional.empty();
    JsonNode at = node;
    while (at != null && at.isObject() && at.get("$ref") != null) {
      JsonNode refNode = at.get("$ref");
      if (!refNode.isTextual()) {
        return new Resolved(null, first, Optional.of("is not a text"));
      }
      String ref = refNode.asText();
      if (first.isEmpty()) {
        first = Optional.of(ref);
      }
      if (!ref.startsWith("#")) {
        return new Resolved(null, first, Optional.of("is " + (ref.equals(first.get()) ? "" : "reached through "
            + first.get() + " and is ") + "not in this document (" + ref + "): it was not fetched"));
      }
      if (!seen.add(ref)) {
        return new Resolved(null, first, Optional.of("leads round a cycle (" + String.join(" -> ", seen) + " -> "
            + ref + ")"));
      }
      if (seen.size() > OpenApiLimits.MAX_REF_HOPS) {
        return new Resolved(null, first, Optional.of("goes through more than " + OpenApiLimits.MAX_REF_HOPS
            + " references in a row"));
      }
      JsonNode target;
      try {
        target = ref.equals("#") ? root : root.at(JsonPointer.compile(percentDecode(ref.substring(1))));
      } catch (IllegalArgumentException e) {
        return new Resolved(null, first, Optional.of("is not a JSON Pointer (" + ref + ")"));
      }
      if (target == null || target.isMissingNode()) {
        return new Resolved(null, first, Optional.of("points at nothing in this document (" + ref + ")"));
      }
      at = target;
    }
    return new Resolved(at, first, Optional.empty());
  }

  /** The node a local reference points at, its {@code $ref}s followed; {@code null} when it cannot be. */
  JsonNode follow(JsonNode node) {
    return resolve(node).node();
  }

  /** The percent-escapes of a URI fragment decoded ({@code %7B} is {@code {}). */
  private static String percentDecode(String fragment) {
    if (fragment.indexOf('%') < 0) {
      return fragment;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] bytes = fragment.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '%' && i + 2 < bytes.length) {
        int hi = Character.digit(bytes[i + 1], 16);
        int lo = Character.digit(bytes[i + 2], 16);
        if (hi >= 0 && lo >= 0) {
          out.write(hi * 16 + lo);
          i += 2;
          continue;
        }
      }
      out.write(bytes[i]);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String unescape(String token) {
    return percentDecode(token).replace("~1", "/").replace("~0", "~");
  }
}

package dev.errorcatalog.processor.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One entry of a starter catalog while {@link StarterCatalog} builds it: what the document says and what the
 * import guessed, each guess with its reason for {@code decided:}. A {@code null} text is a key not written.
 */
final class DraftEntry {
    String name;
    final List<Integer> statuses = new ArrayList<>();
    String statusDecided;
    String title;
    String titleDecided;
    String description;
    String shape;
    String shapeDecided;
    final Map<String, String> when = new LinkedHashMap<>();
    String whenDecided;
    String retry;
    String retryDecided;
    final Set<String> headers = new LinkedHashSet<>();
    final Set<String> endpoints = new LinkedHashSet<>();
    final List<String> examples = new ArrayList<>();
    final List<String> duplicates = new ArrayList<>();
    /** The response it was read from, as the review list names it: {@code #/components/responses/x}. */
    String source;
}

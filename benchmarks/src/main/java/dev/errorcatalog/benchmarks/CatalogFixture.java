package dev.errorcatalog.benchmarks;

import java.util.List;
import java.util.Map;

/**
 * The benchmarked bodies of one catalog, and where the hand-written baselines (b) look for the code, the
 * message and the other values in them: the JSON Pointers of the catalog's shapes, as a user would copy them
 * from the vendor's docs.
 *
 * @param catalogId the catalog id
 * @param codePointers where bodies carry a code, tried in order
 * @param messagePointers where bodies carry a message, tried in order: the first one present is the message
 * @param retryAfterPointers where bodies carry a number of seconds to wait, tried in order
 * @param fields extra values the catalog's shapes capture into the arguments, by name (the union over the
 *     catalog's shapes, in the order the catalog names them)
 * @param bodies the representative bodies, each decoded in turn by every benchmark
 */
record CatalogFixture(String catalogId, List<String> codePointers, List<String> messagePointers,
    List<String> retryAfterPointers, Map<String, String> fields, List<Body> bodies) {}

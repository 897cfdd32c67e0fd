package dev.errorcatalog.benchmarks;

import java.util.List;

/**
 * The benchmarked bodies of one catalog, and where a hand-written lookup (baseline (b)) looks for the code
 * and the message in them: the JSON Pointers of the catalog's shapes, as a user would copy them from the
 * vendor's docs.
 *
 * @param catalogId the catalog id
 * @param codePointers where bodies carry a code, tried in order
 * @param messagePointers where bodies carry a message, tried in order
 * @param bodies the representative bodies, each decoded in turn by every benchmark
 */
record CatalogFixture(String catalogId, List<String> codePointers, List<String> messagePointers, List<Body> bodies) {}

package dev.errorcatalog.processor.model;

import java.util.Optional;

/**
 * One difference between the baseline and this catalog, as the docs' Changes section lists it.
 *
 * @param kind what changed
 * @param entry how the docs name the entry: its identifying value, e.g. {@code 1000} or {@code UNAUTHORIZED}
 * @param anchor the entry's anchor on this page; empty when it has none (removed)
 * @param text what changed, in a sentence for API readers
 * @param accepted why a breaking change is allowed: the writer's reason, or that the baseline deprecated the
 *     entry; empty for a break not accepted (the build fails) and for the other kinds
 */
public record CatalogChange(ChangeKind kind, String entry, Optional<String> anchor, String text,
    Optional<String> accepted) {}

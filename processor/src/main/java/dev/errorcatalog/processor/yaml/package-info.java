/**
 * The YAML tree with source positions that {@code load} binds: scalars, maps and lists, each with its file,
 * line and column; aliases, duplicate keys and invalid UTF-8 reported as diagnostics.
 *
 * <p>May import {@code model} (for {@code SourcePosition}), {@code validate} (to report) and Jackson's YAML
 * parser.
 */
package dev.errorcatalog.processor.yaml;

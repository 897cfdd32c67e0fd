/**
 * Support the generated code runs on. Not API: names here may change between releases; use the types of
 * {@code dev.errorcatalog} instead (which import nothing from here).
 *
 * <p>By job: {@link dev.errorcatalog.runtime.EntryRow} and {@link dev.errorcatalog.runtime.ShapeRow} are a
 * catalog's one table, which the generated error type holds and reads; {@code IndexBuilder} turns the rows
 * into a {@code CatalogIndex} (pointer trie, slots, status tables); {@code ResponseDecoder} decodes responses
 * on it and {@code BodyEncoder} renders documented bodies from it, both behind
 * {@link dev.errorcatalog.runtime.CatalogCodec}, the one class the generated decoder and encoder call.
 * {@link dev.errorcatalog.runtime.Template} formats and {@code TemplateMatcher} matches messages.
 * {@link dev.errorcatalog.runtime.ProblemDetails} writes RFC 9457 bodies (for the Spring starter) as the decoder
 * reads them, and holds their media type and URN.
 */
package dev.errorcatalog.runtime;

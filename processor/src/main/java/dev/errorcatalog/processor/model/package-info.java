/**
 * The validated catalog: entries, shapes, templates, retry policies, examples, each with its source
 * position. Immutable records, built by {@code load}; every later stage reads only these.
 *
 * <p>May import the runtime API ({@code RetryClass}) and the runtime's JSON string rules; no other stage.
 */
package dev.errorcatalog.processor.model;

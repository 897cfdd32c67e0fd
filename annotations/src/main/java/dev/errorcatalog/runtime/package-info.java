/**
 * Support the generated code runs on (template formatting, the decoding engine). Not API: names here may
 * change between releases; use the types of {@code dev.errorcatalog} instead.
 */
package dev.errorcatalog.runtime;

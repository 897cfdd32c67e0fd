/**
 * The names of the types generated for a catalog ({@code <Prefix>Error}, {@code <Prefix>Decoder}, ...), which
 * the sources and the docs pages both mention.
 *
 * <p>May import {@code model} and JavaPoet's {@code ClassName}.
 */
package dev.errorcatalog.processor.names;

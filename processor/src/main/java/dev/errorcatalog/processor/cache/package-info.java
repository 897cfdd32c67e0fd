/**
 * The unchanged-catalog rebuild: what a build of a module's catalogs wrote and reported, kept beside its class
 * output under a key over everything that could change it (the catalogs' bytes, the options, the processor's
 * own code, a baseline's bytes, the JDK and the source version, what each annotation asks for). The next build
 * with the same key writes the same files and reports the same warnings and notes without loading, checking or
 * generating. A build with an error is never kept, so the cache can never make a mistake pass; anything
 * unreadable, truncated or of another key is no cache at all, and the build runs in full. The key is kept
 * whole and compared byte for byte, never by a hash, so no collision can replay another build.
 *
 * <p>May import {@code output} only (what is kept is a list of {@code OutputFile}s); the processor package
 * computes the key and decides when the cache is used.
 */
package dev.errorcatalog.processor.cache;

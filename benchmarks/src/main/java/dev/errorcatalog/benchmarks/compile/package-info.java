/**
 * What {@code benchmarks/compile-ratio.sh} compiles with besides the processor: {@link ReplayFloor}, the floor of
 * a rebuild through javac's {@code Filer}. Not a benchmark; imports nothing of the project.
 */
package dev.errorcatalog.benchmarks.compile;

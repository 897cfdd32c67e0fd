/**
 * Outputs: what every generator yields and where it goes. An {@code OutputFile} is one generated file (a Java
 * source of a type, a class-output resource such as a docs page or {@code META-INF/services}, a page of a site
 * directory named by an option such as {@code -Aerrorcatalog.docs}) with its text and the catalog it came
 * from. A {@code CatalogOutput} yields the files of one catalog, a {@code BuildOutput} those of the whole
 * build; every file reaches one {@code OutputWriter}: javac's {@code Filer}, a directory, or memory.
 *
 * <p>May import {@code model}, {@code tables} and {@code names} (what an output is made from) and the JDK's
 * {@code javax.annotation.processing}, {@code javax.lang.model} and {@code javax.tools}. Never a stage that
 * makes an output ({@code generate}, {@code docs}): the processor package registers those.
 */
package dev.errorcatalog.processor.output;

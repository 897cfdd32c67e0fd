package dev.errorcatalog.processor.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code -Aerrorcatalog.docs.java}: off unless given; given bare or {@code =true} it is on; a typo is an error. */
class DocsOptionsTest {

  @Test
  void javaDetailsAreOffUnlessAskedFor() {
    assertEquals(DocsOptions.DEFAULT, DocsOptions.of(Map.of()));
    assertEquals(DocsOptions.DEFAULT, DocsOptions.of(Map.of(DocsOptions.OPTION_JAVA, "false")));
    Map<String, String> bare = new HashMap<>();
    bare.put(DocsOptions.OPTION_JAVA, null); // javac's value for -Aerrorcatalog.docs.java
    assertTrue(DocsOptions.of(bare).java());
    assertTrue(DocsOptions.of(Map.of(DocsOptions.OPTION_JAVA, " TRUE ")).java());
  }

  @Test
  void anyOtherValueIsRejectedSayingWhatToWrite() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DocsOptions.of(Map.of(DocsOptions.OPTION_JAVA, "yes")));
    assertTrue(e.getMessage().startsWith("-Aerrorcatalog.docs.java=yes is neither true nor false."), e.getMessage());
  }
}

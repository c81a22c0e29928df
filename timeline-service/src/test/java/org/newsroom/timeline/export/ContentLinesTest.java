package org.newsroom.timeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentLinesTest {

  @Test
  void shouldEscapeBackslashSemicolonCommaAndLineBreaks() {
    assertEquals("a\\\\b\\;c\\,d\\ne\\nf\\ng", ContentLines.escape("a\\b;c,d\ne\r\nf\rg"));
  }

  @Test
  void shouldTurnOtherControlCharactersIntoSpacesButKeepTabs() {
    assertEquals("a b\tc d", ContentLines.escape("a\u0007b\tc\u007fd"));
  }

  @Test
  void shouldNotFoldAShortLine() {
    assertEquals("SUMMARY:short", ContentLines.fold("SUMMARY:short"));
  }

  @Test
  void shouldFoldAtSeventyFiveOctetsWithASpaceThatCounts() {
    String line = "X".repeat(200);
    String folded = ContentLines.fold(line);
    String[] physical = folded.split("\r\n", -1);
    assertEquals(75, physical[0].length());
    assertEquals(75, physical[1].length());
    assertTrue(physical[1].startsWith(" "));
    assertEquals(line, folded.replace("\r\n ", ""));
  }

  @Test
  void shouldNeverSplitAMultiByteCharacter() {
    // 3-octet and 4-octet characters after an odd prefix, so a naive cut would land inside one.
    String line = "SUMMARY:" + "\u20ac".repeat(40) + "\uD83D\uDCF0".repeat(30);
    String folded = ContentLines.fold(line);
    for (String physical : folded.split("\r\n")) {
      byte[] bytes = physical.getBytes(StandardCharsets.UTF_8);
      assertTrue(bytes.length <= 75, physical);
      assertEquals(physical, new String(bytes, StandardCharsets.UTF_8));
      assertTrue(!Character.isLowSurrogate(physical.charAt(physical.length() > 1 ? 1 : 0)));
    }
    assertEquals(line, folded.replace("\r\n ", ""));
  }
}

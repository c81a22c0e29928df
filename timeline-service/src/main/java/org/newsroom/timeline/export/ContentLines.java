package org.newsroom.timeline.export;

import java.nio.charset.StandardCharsets;

/**
 * iCalendar content lines as RFC 5545 (section 3.1) writes them: CRLF line ends, lines folded so no
 * physical line is longer than 75 octets of UTF-8 (never inside a character), and TEXT values
 * escaped (section 3.3.11).
 */
final class ContentLines {

  static final String CRLF = "\r\n";
  private static final int MAX_OCTETS = 75;

  private final StringBuilder out = new StringBuilder();

  /** A line whose value is written as it is (dates, URIs, enumerated values). */
  ContentLines raw(String nameAndParameters, String value) {
    out.append(fold(nameAndParameters + ":" + value)).append(CRLF);
    return this;
  }

  /** A line whose value is TEXT, escaped; left out when the text is absent or blank. */
  ContentLines text(String name, String value) {
    if (value == null || value.isBlank()) {
      return this;
    }
    return raw(name, escape(value));
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /**
   * TEXT escaping: backslash, semicolon and comma get a backslash; every line break becomes {@code
   * \n}; other control characters, which TEXT may not hold, become spaces.
   */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> s.append("\\\\");
        case ';' -> s.append("\\;");
        case ',' -> s.append("\\,");
        case '\r' -> {
          s.append("\\n");
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
        }
        case '\n' -> s.append("\\n");
        default -> s.append(c < 0x20 && c != '\t' || c == 0x7f ? ' ' : c);
      }
    }
    return s.toString();
  }

  /**
   * Folds one logical line: after at most 75 octets a CRLF and a space; the space counts towards
   * the next line's 75. Code points are never split.
   */
  static String fold(String line) {
    StringBuilder s = new StringBuilder(line.length() + 8);
    int octets = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      int width = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + width > MAX_OCTETS) {
        s.append(CRLF).append(' ');
        octets = 1;
      }
      s.appendCodePoint(cp);
      octets += width;
      i += Character.charCount(cp);
    }
    return s.toString();
  }
}

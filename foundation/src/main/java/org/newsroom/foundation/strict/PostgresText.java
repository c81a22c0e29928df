package org.newsroom.foundation.strict;

import java.util.Optional;

/** What PostgreSQL text can hold exactly: no NUL, and no UTF-16 surrogate without its pair. */
public final class PostgresText {

  private PostgresText() {}

  /**
   * Why the text cannot be stored character for character, if it cannot: PostgreSQL text holds no
   * NUL, and an unpaired surrogate has no UTF-8 form.
   */
  public static Optional<String> fault(CharSequence text) {
    if (text == null) {
      return Optional.empty();
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000') {
        return Optional.of("contains a NUL character at index " + i);
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return Optional.of("contains an unpaired surrogate at index " + i);
      }
    }
    return Optional.empty();
  }
}

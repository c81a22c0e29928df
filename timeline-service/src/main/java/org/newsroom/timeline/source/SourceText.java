package org.newsroom.timeline.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** Facts about an article text that never change: its hash, its length, whether it can be kept. */
public final class SourceText {

  private SourceText() {}

  /** Lower-case hex SHA-256 of the UTF-8 bytes of the text, exactly as given. */
  public static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Length in Unicode code points, the unit of citation offsets. */
  public static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  /**
   * Why the text cannot be stored byte for byte, if it cannot: PostgreSQL text holds no NUL, and an
   * unpaired surrogate has no UTF-8 form.
   */
  public static Optional<String> unstorable(String text) {
    return org.newsroom.foundation.strict.PostgresText.fault(text);
  }
}

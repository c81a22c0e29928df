package org.newsroom.foundation.paging;

import java.util.Locale;

/** LIKE patterns for text filters, so user input matches literally and ignoring case. */
public final class TextMatch {

  private TextMatch() {}

  /** A pattern for {@code lower(column) like :p} matching values that contain {@code value}. */
  public static String contains(String value) {
    return "%" + escape(value.strip().toLowerCase(Locale.ROOT)) + "%";
  }

  /** Escapes LIKE wildcards (PostgreSQL's default escape character is \). */
  public static String escape(String value) {
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}

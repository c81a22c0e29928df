package org.newsroom.timeline.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date out of a printed publication line: "Published February 19, 2023", "Tuesday 18
 * February 2025 16:43, UK", "Feb. 18, 2025", "2025-02-18". An unfilled template placeholder such as
 * "[#item_custom_pubDate]" has no date.
 */
public final class PrintedDates {

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "(\\d{4})";

  /** "18 February 2025", "18th Feb 2025". */
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "\\b" + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR + "\\b", Pattern.CASE_INSENSITIVE);

  /** "February 19, 2023", "Feb. 18 2025". */
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "\\b" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b", Pattern.CASE_INSENSITIVE);

  /** "2025-02-18", also the date part of an ISO timestamp. */
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

  /** "[#item_custom_pubDate]", "{{date}}", "%DATE%": a template nobody filled in. */
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\[#[^\\]]*\\]|\\{\\{[^}]*\\}\\}|%[A-Z_]+%|\\$\\{[^}]*\\}");

  private PrintedDates() {}

  /** The date the line prints, if it prints a real one. */
  public static Optional<LocalDate> parse(String printed) {
    if (printed == null || printed.isBlank()) {
      return Optional.empty();
    }
    Matcher iso = ISO.matcher(printed);
    if (iso.find()) {
      return date(iso.group(1), iso.group(2), iso.group(3));
    }
    Matcher dmy = DAY_MONTH_YEAR.matcher(printed);
    if (dmy.find()) {
      return date(dmy.group(3), month(dmy.group(2)), dmy.group(1));
    }
    Matcher mdy = MONTH_DAY_YEAR.matcher(printed);
    if (mdy.find()) {
      return date(mdy.group(3), month(mdy.group(1)), mdy.group(2));
    }
    return Optional.empty();
  }

  /** Whether the line is (or holds) an unfilled template placeholder. */
  public static boolean isPlaceholder(String printed) {
    return printed != null && PLACEHOLDER.matcher(printed).find();
  }

  private static String month(String name) {
    String key = name.toLowerCase(Locale.ROOT).replace(".", "");
    key = key.startsWith("sept") ? "sept" : key.substring(0, 3);
    return String.valueOf(MONTHS.get(key));
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}

package org.newsroom.timeline.extraction.time;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsroom.timeline.extraction.PrintedDates;
import org.newsroom.timeline.extraction.text.Document;
import org.newsroom.timeline.extraction.text.Span;

/**
 * Finds what a text says about its own date: publication lines, template placeholders, timestamp
 * lines and datelines. Layout conventions of news pages, not any one outlet's.
 */
public final class EvidenceFinder {

  private static final Pattern PUBLICATION_WORD =
      Pattern.compile("(?i)\\b(?:first\\s+)?(?:published|updated|posted|last\\s+updated)\\b");

  /** A publication word followed by a template nobody filled in, anywhere in the text. */
  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "(?i)\\b(?:published|updated|posted|date)\\b:?\\s*"
              + "(?:\\[#[^\\]\\n]*\\]|\\{\\{[^}\\n]*\\}\\}|%[A-Z_]+%|\\$\\{[^}\\n]*\\})");

  private static final String MONTH =
      "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";

  /**
   * "RIYADH, Feb 18 (Reuters) –", "MOSCOW –", "Kyiv:": a place in capitals (or Title case before a
   * colon), an optional month and day, an optional agency in brackets, then a dash or a colon.
   */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^(?<place>[A-Z][A-Z'’.\\-]+(?:\\s+[A-Z][A-Z'’.\\-]+){0,3}|[A-Z][a-z]+(?:\\s+[A-Z][a-z]+){0,2})"
              + "(?:,\\s*(?<month>"
              + MONTH
              + ")\\s+(?<day>\\d{1,2}))?"
              + "(?:\\s*\\((?<agency>[^)\\n]{2,40})\\))?"
              + "\\s*(?<sep>--|[–—:-])\\s+(?=[A-Z“\"‘'])");

  /** Words that head a line like a dateline but are page furniture. */
  private static final Set<String> NOT_PLACES =
      Set.of(
          "source",
          "related",
          "read",
          "photo",
          "file",
          "image",
          "video",
          "watch",
          "listen",
          "update",
          "updated",
          "exclusive",
          "breaking",
          "analysis",
          "opinion",
          "editor",
          "note",
          "comment",
          "warning",
          "advertisement",
          "caption",
          "live",
          "credit",
          "pictured",
          "by",
          "published",
          "posted",
          "subscribe",
          "share",
          "follow",
          "q",
          "a",
          "i",
          "he",
          "she",
          "they",
          "we",
          "it",
          "this",
          "that",
          "there",
          "here",
          "now",
          "today",
          "but",
          "and");

  private EvidenceFinder() {}

  /** Starts of publication and timestamp lines in the text, in order. */
  public static List<Evidence> publicationLines(Document doc) {
    String text = doc.text();
    List<Evidence> found = new ArrayList<>();
    for (Span line : doc.paragraphs()) {
      String s = doc.of(line);
      if (s.length() > 100) {
        continue;
      }
      Matcher word = PUBLICATION_WORD.matcher(s);
      if (word.find() && word.start() <= 40) {
        Optional<LocalDate> date = PrintedDates.parse(s);
        if (date.isPresent()) {
          found.add(
              new Evidence(Evidence.EvidenceKind.PRINTED_IN_TEXT, line, s, date.get(), true, null));
          continue;
        }
      }
      if (isTimestampLine(s)) {
        PrintedDates.parse(s)
            .ifPresent(
                d ->
                    found.add(
                        new Evidence(Evidence.EvidenceKind.TIMESTAMP, line, s, d, true, null)));
      }
    }
    Matcher placeholder = PLACEHOLDER.matcher(text);
    while (placeholder.find()) {
      Span span = new Span(placeholder.start(), placeholder.end());
      found.add(
          new Evidence(
              Evidence.EvidenceKind.PLACEHOLDER, span, placeholder.group(), null, false, null));
    }
    found.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    return found;
  }

  /**
   * A line that is a date and perhaps a time and zone, nothing else: "Tuesday 18 February 2025
   * 16:43, UK", "18 Feb 2025, 09:12 GMT".
   */
  static boolean isTimestampLine(String line) {
    if (line.length() > 60 || PrintedDates.parse(line).isEmpty()) {
      return false;
    }
    String rest =
        line.replaceAll(
                "(?i)\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                    + "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?",
                " ")
            .replaceAll("(?i)\\b\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?", " ")
            .replaceAll("\\d+(?:st|nd|rd|th)?", " ")
            .replaceAll("(?i)\\b(?:utc|gmt|bst|cet|cest|est|edt|pst|pdt|ist|uk|local|time)\\b", " ")
            .replaceAll("[\\s,|·–—:-]+", "");
    return rest.isEmpty();
  }

  /**
   * The dateline opening a scope: the first sentence of one of its first paragraphs. Its month and
   * day (if given) are returned with the year unknown ({@code hasYear} false, year 2000).
   */
  public static Optional<Evidence> dateline(Document doc, Span scope) {
    int seen = 0;
    for (Span paragraph : doc.paragraphs()) {
      if (!scope.contains(paragraph)) {
        continue;
      }
      if (++seen > 8 || paragraph.start() - scope.start() > 2000) {
        break;
      }
      String s = doc.of(paragraph);
      Matcher m = DATELINE.matcher(s);
      if (!m.find()) {
        continue;
      }
      String place = m.group("place");
      boolean allCaps = place.equals(place.toUpperCase(Locale.ROOT));
      if (!allCaps && !m.group("sep").equals(":") && m.group("agency") == null) {
        continue; // "Kyiv –" could be a name in a heading; Title case needs a colon or an agency
      }
      if (furniture(place) || wordsAfter(s, m.end()) < 6) {
        continue;
      }
      LocalDate date = null;
      if (m.group("month") != null) {
        int month = TemporalTagger.month(m.group("month"));
        int day = Integer.parseInt(m.group("day"));
        if (day <= java.time.Month.of(month).maxLength()) {
          date = MonthDay.of(month, day).atYear(2000);
        }
      }
      Span span = new Span(paragraph.start(), paragraph.start() + m.end("sep"));
      return Optional.of(
          new Evidence(
              Evidence.EvidenceKind.DATELINE,
              trimEnd(doc.text(), span),
              doc.of(trimEnd(doc.text(), span)),
              date,
              false,
              titleCase(place)));
    }
    return Optional.empty();
  }

  private static Span trimEnd(String text, Span span) {
    int end = span.end();
    while (end > span.start() && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(span.start(), end);
  }

  private static boolean furniture(String place) {
    for (String word : place.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (NOT_PLACES.contains(word.replaceAll("[^a-z]", ""))) {
        return true;
      }
    }
    return false;
  }

  private static int wordsAfter(String s, int from) {
    String rest = s.substring(from).strip();
    return rest.isEmpty() ? 0 : rest.split("\\s+").length;
  }

  private static String titleCase(String place) {
    if (!place.equals(place.toUpperCase(Locale.ROOT))) {
      return place;
    }
    StringBuilder out = new StringBuilder();
    for (String word : place.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return out.toString();
  }
}

package org.newsroom.timeline.extraction.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsroom.timeline.extraction.text.Span;

/**
 * Finds temporal expressions in a text: absolute and year-less dates, months, years, weekdays,
 * "today"-words, "N units ago" and "last/this/next week|month|year". Each pattern is English
 * news-writing convention, never a phrase from one article. Overlaps keep the longest match.
 */
public final class TemporalTagger {

  private static final String MONTH_FULL =
      "January|February|March|April|May|June|July|August|September|October|November|December";
  private static final String MONTH_SHORT = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

  /** A month name, Title case or capitals, full or abbreviated (with an optional dot). */
  private static final String MONTH =
      "(?<month>"
          + MONTH_FULL
          + "|"
          + MONTH_FULL.toUpperCase(Locale.ROOT)
          + "|(?:"
          + MONTH_SHORT
          + "|"
          + MONTH_SHORT.toUpperCase(Locale.ROOT)
          + ")\\.?)";

  private static final String WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
  private static final String WEEKDAY_PREFIX =
      "(?:(?<wd>" + WEEKDAYS + "|" + WEEKDAYS.toUpperCase(Locale.ROOT) + "),?\\s+)?";
  private static final String DAY = "(?<day>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
  private static final String YEAR = "(?<year>(?:1[89]|20)\\d{2})";
  private static final String NUMBER =
      "(?<amount>\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
          + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty"
          + "|fifty|a\\s+couple\\s+of|a\\s+few|several)";

  private static final Map<String, Integer> NUMBERS =
      Map.ofEntries(
          Map.entry("a", 1),
          Map.entry("an", 1),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("a couple of", 2),
          Map.entry("a few", 3),
          Map.entry("several", 4));

  /** Builds an expression from a match, given the preposition before it and the whole text. */
  private interface Builder {
    Expression build(Matcher m, String preposition, String text);
  }

  private record Rule(Pattern pattern, Builder build) {}

  /** Words before a bare month name that make it a month and not a verb or a noun. */
  private static final java.util.Set<String> MONTH_CONTEXT =
      java.util.Set.of(
          "in",
          "since",
          "until",
          "till",
          "by",
          "from",
          "during",
          "through",
          "throughout",
          "before",
          "after",
          "of",
          "between",
          "and",
          "to",
          "early",
          "late",
          "mid",
          "end");

  private static final List<Rule> RULES = new ArrayList<>();

  static {
    // 18 February 2025, Tuesday 18th of February, 2025
    rule(
        WEEKDAY_PREFIX + "(?:the\\s+)?" + DAY + "(?:\\s+of)?\\s+" + MONTH + ",?\\s+" + YEAR + "\\b",
        (m, prep, text) -> fullDate(m, prep));
    // February 18, 2025; Tuesday Feb. 18 2025
    rule(
        WEEKDAY_PREFIX + MONTH + "\\s+" + DAY + "(?:,\\s*|\\s+)" + YEAR + "\\b",
        (m, prep, text) -> fullDate(m, prep));
    // 2025-02-18
    rule(
        "(?<![\\d-])(?<year>\\d{4})-(?<mm>\\d{2})-(?<day>\\d{2})(?![\\d])",
        (m, prep, text) -> {
          LocalDate date = date(m.group("year"), m.group("mm"), m.group("day"));
          return date == null ? null : new Expression.FullDate(span(m), prep, date, null);
        });
    // 10 March; Tuesday 18th February
    rule(
        WEEKDAY_PREFIX + "(?:the\\s+)?" + DAY + "(?:\\s+of)?\\s+" + MONTH + "(?![\\w-])",
        (m, prep, text) -> monthDay(m, prep));
    // March 10; Feb. 18
    rule(
        WEEKDAY_PREFIX + MONTH + "\\s+" + DAY + "(?![\\d%:.,]\\d|[\\d%\\w])",
        (m, prep, text) -> monthDay(m, prep));
    // February 2022; late May 2024
    rule(
        "(?:(?<part>early|mid|late)[- ]\\s*)?" + MONTH + ",?\\s+" + YEAR + "\\b",
        (m, prep, text) ->
            new Expression.MonthYear(
                span(m),
                prep,
                Integer.parseInt(m.group("year")),
                month(m.group("month")),
                lower(m.group("part"))));
    // in May; last November; early March
    rule(
        "(?:(?<mod>last|next|this)\\s+|(?<part>early|mid|late)[- ]\\s*)?"
            + "(?<month>"
            + MONTH_FULL
            + ")(?![\\w-]|\\s+\\d)",
        (m, prep, text) -> {
          String mod = lower(m.group("mod"));
          String part = lower(m.group("part"));
          if (mod == null && part == null && !MONTH_CONTEXT.contains(prep == null ? "" : prep)) {
            return null; // "May" the verb, "March" the noun
          }
          return new Expression.MonthName(span(m), prep, month(m.group("month")), mod, part);
        });
    // 2008; pre-2014
    rule(
        "(?<![\\d$£€.,/\\w-])(?:(?:pre|post|mid)-)?"
            + YEAR
            + "(?![\\d%]|,\\d|\\s*(?:bn|m\\b|billion|million|per|km|kg|miles|people|troops"
            + "|soldiers|dollars|tonnes|tons|square|hours|times|degrees|percent|points|votes|seats|metres"
            + "|meters|feet|euros|pounds|yen|barrels|cases|deaths|units|homes|jobs|words|pages)\\b)"
            + "(?:s\\b)?",
        (m, prep, text) -> {
          if (m.group().endsWith("s")) {
            return null; // decades are not years
          }
          return new Expression.YearOnly(span(m), prep, Integer.parseInt(m.group("year")));
        });
    // today, earlier today, tonight, this morning, yesterday, last night, tomorrow
    rule(
        "(?i:(?<word>(?:earlier|later)\\s+today|today|tonight|(?:earlier|later)\\s+this"
            + "\\s+(?:morning|afternoon|evening)|this\\s+(?:morning|afternoon|evening)"
            + "|the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow"
            + "|yesterday(?:\\s+(?:morning|afternoon|evening))?|last\\s+night"
            + "|tomorrow(?:\\s+(?:morning|afternoon|evening|night))?))\\b",
        (m, prep, text) -> {
          String word = m.group("word").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
          int offset =
              word.startsWith("the day before")
                  ? -2
                  : word.startsWith("the day after")
                      ? 2
                      : word.startsWith("yesterday") || word.equals("last night")
                          ? -1
                          : word.startsWith("tomorrow") ? 1 : 0;
          return new Expression.Deictic(span(m), prep, offset, word);
        });
    // Tuesday, last Wednesday, later on Tuesday, the early hours of Monday, Monday night
    rule(
        "(?:(?i:(?<mod>last|next|this|coming|past|previous)\\s+|(?<mod2>later|earlier)\\s+on\\s+"
            + "|(?:the\\s+)?(?<hours>early|small|late|wee)\\s+hours\\s+of\\s+))?"
            + "(?<wd>"
            + WEEKDAYS
            + "|"
            + WEEKDAYS.toUpperCase(Locale.ROOT)
            + ")(?:\\s+(?<part>morning|afternoon|evening|night))?\\b",
        (m, prep, text) -> {
          String mod = lower(m.group("mod"));
          if (mod == null && m.group("mod2") != null) {
            mod = lower(m.group("mod2")) + "-on";
          }
          if ("coming".equals(mod)) {
            mod = "next";
          } else if ("past".equals(mod) || "previous".equals(mod)) {
            mod = "last";
          }
          String part =
              m.group("hours") != null
                  ? lower(m.group("hours")) + " hours"
                  : lower(m.group("part"));
          if (mod == null && part == null && namedDay(m, text)) {
            return null;
          }
          return new Expression.Weekday(span(m), prep, weekday(m.group("wd")), mod, part);
        });
    // six days ago, nearly three years ago, a week ago
    rule(
        "(?i:(?:(?<qual>nearly|almost|about|around|some|roughly|approximately|more\\s+than|over"
            + "|less\\s+than|just\\s+over|just\\s+under|only|barely|just)\\s+)?"
            + NUMBER
            + "[\\s-]+(?<unit>day|week|month|year|decade)s?\\s+ago)\\b",
        (m, prep, text) -> {
          String amount = m.group("amount").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
          Integer n = NUMBERS.get(amount);
          int value = n != null ? n : Integer.parseInt(amount);
          String qualifier = lower(m.group("qual"));
          if (amount.equals("a few") || amount.equals("several")) {
            qualifier = "about";
          }
          return new Expression.Ago(
              span(m),
              prep,
              value,
              unit(m.group("unit")),
              qualifier == null ? null : qualifier.replaceAll("\\s+", " "));
        });
    // last week, next month, this year, earlier this month, later this week
    rule(
        "(?i:(?:(?<part>earlier|later|early|late|mid)[\\s-]+)?(?<shift>last|this|next|coming"
            + "|following|subsequent|previous|current)\\s+(?<unit>week|month|year)(?!end))\\b",
        (m, prep, text) -> {
          String shift = m.group("shift").toLowerCase(Locale.ROOT);
          boolean anaphoric =
              shift.equals("following") || shift.equals("subsequent") || shift.equals("previous");
          int s =
              switch (shift) {
                case "last", "previous" -> -1;
                case "this", "current" -> 0;
                default -> 1;
              };
          return new Expression.RelativeUnit(
              span(m), prep, unit(m.group("unit")), s, lower(m.group("part")), anaphoric);
        });
    // the end of the month, the start of next year
    rule(
        "(?i:the\\s+(?<part>end|start|beginning|middle)\\s+of\\s+(?:the\\s+|this\\s+"
            + "|(?<shift>next|last)\\s+)(?<unit>week|month|year))\\b",
        (m, prep, text) -> {
          String shift = lower(m.group("shift"));
          int s = shift == null ? 0 : shift.equals("next") ? 1 : -1;
          String part = lower(m.group("part"));
          return new Expression.RelativeUnit(
              span(m),
              prep,
              unit(m.group("unit")),
              s,
              part.equals("beginning") ? "start" : part,
              false);
        });
    // the next day, the day before, two days later, eight years later
    rule(
        "(?i:the\\s+(?<rel>next|following|previous)\\s+day|the\\s+day\\s+(?<rel2>before|after)"
            + "|"
            + NUMBER
            + "\\s+(?<unit>day|week|month|year)s?\\s+(?<rel3>later|earlier))\\b",
        (m, prep, text) -> {
          if (m.group("rel") != null) {
            return new Expression.Shift(
                span(m),
                prep,
                m.group("rel").equalsIgnoreCase("previous") ? -1 : 1,
                ChronoUnit.DAYS);
          }
          if (m.group("rel2") != null) {
            return new Expression.Shift(
                span(m),
                prep,
                m.group("rel2").equalsIgnoreCase("before") ? -1 : 1,
                ChronoUnit.DAYS);
          }
          String amount = m.group("amount").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
          Integer n = NUMBERS.get(amount);
          int value = n != null ? n : Integer.parseInt(amount);
          return new Expression.Shift(
              span(m),
              prep,
              m.group("rel3").equalsIgnoreCase("earlier") ? -value : value,
              unit(m.group("unit")));
        });
  }

  private TemporalTagger() {}

  /**
   * Every expression starts a word: matching only there (instead of at every character) keeps the
   * whole tagger to a few milliseconds for a long article.
   */
  private static final String WORD_START = "(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])";

  private static void rule(String regex, Builder build) {
    RULES.add(new Rule(Pattern.compile(WORD_START + regex), build));
  }

  /** Every expression in the text, in order, none overlapping. */
  public static List<Expression> find(String text) {
    List<Expression> found = new ArrayList<>();
    for (Rule rule : RULES) {
      Matcher m = rule.pattern.matcher(text);
      while (m.find()) {
        if (m.end() > m.start()) {
          Expression e = rule.build.build(m, prepositionBefore(text, m.start()), text);
          if (e != null) {
            found.add(e);
          }
        }
      }
    }
    found.sort(
        Comparator.<Expression>comparingInt(e -> e.span().start())
            .thenComparing(e -> -e.span().length()));
    List<Expression> kept = new ArrayList<>();
    int end = -1;
    for (Expression e : found) {
      if (e.span().start() >= end) {
        kept.add(e);
        end = e.span().end();
      } else if (e.span().end() > end) {
        // A longer expression that starts inside a kept one: keep the longer.
        Expression last = kept.get(kept.size() - 1);
        if (e.span().length() > last.span().length()) {
          kept.set(kept.size() - 1, e);
          end = e.span().end();
        }
      }
    }
    return kept;
  }

  /** The word right before the index, lower case, when only spaces separate them. */
  static String prepositionBefore(String text, int index) {
    int i = index;
    while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\u00a0')) {
      i--;
    }
    if (i == index) {
      return null;
    }
    int j = i;
    while (j > 0 && Character.isLetter(text.charAt(j - 1))) {
      j--;
    }
    return j < i ? text.substring(j, i).toLowerCase(Locale.ROOT) : null;
  }

  /** Words that may stand capitalised before a weekday that is a date. */
  private static final java.util.Set<String> BEFORE_WEEKDAY =
      java.util.Set.of(
          "on", "by", "since", "until", "till", "last", "next", "this", "early", "late", "later",
          "earlier", "from", "before", "after", "and", "or", "of", "every", "each", "that", "the",
          "as", "but", "so", "then", "in", "at");

  /**
   * A weekday that is part of a name: "The Sunday Times", "Good Friday", "Super Tuesday". A
   * capitalised word that is not a sentence start stands before it, or "the" before and a
   * capitalised word after it.
   */
  private static boolean namedDay(Matcher m, String text) {
    int start = m.start();
    int end = m.end();
    int i = start;
    while (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    int j = i;
    while (j > 0 && Character.isLetter(text.charAt(j - 1))) {
      j--;
    }
    String before = text.substring(j, i);
    int k = end;
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    boolean capitalAfter = k < text.length() && k > end && Character.isUpperCase(text.charAt(k));
    if (before.equalsIgnoreCase("the") && capitalAfter) {
      return true;
    }
    if (before.matches("(?i)their|his|her|my|our|your|its")) {
      return true; // "in their Sunday best"
    }
    if (!before.isEmpty()
        && Character.isUpperCase(before.charAt(0))
        && !BEFORE_WEEKDAY.contains(before.toLowerCase(Locale.ROOT))
        && i < start) {
      int p = j;
      while (p > 0 && text.charAt(p - 1) == ' ') {
        p--;
      }
      boolean sentenceStart = p == 0 || ".!?\n“\"".indexOf(text.charAt(p - 1)) >= 0;
      return !sentenceStart && !isMonthName(before);
    }
    return false;
  }

  private static boolean isMonthName(String word) {
    return word.matches("(?i)(?:" + MONTH_FULL + "|" + MONTH_SHORT + ")");
  }

  private static Expression fullDate(Matcher m, String prep) {
    LocalDate date = date(m.group("year"), String.valueOf(month(m.group("month"))), m.group("day"));
    if (date == null) {
      return null;
    }
    return new Expression.FullDate(span(m), prep, date, weekdayOrNull(m.group("wd")));
  }

  private static Expression monthDay(Matcher m, String prep) {
    int month = month(m.group("month"));
    int day = Integer.parseInt(m.group("day"));
    if (day > java.time.Month.of(month).maxLength()) {
      return null;
    }
    return new Expression.MonthDay(span(m), prep, month, day, weekdayOrNull(m.group("wd")));
  }

  private static Span span(Matcher m) {
    return new Span(m.start(), m.end());
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  static int month(String name) {
    String key = name.toLowerCase(Locale.ROOT).replace(".", "");
    return switch (key.substring(0, 3)) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      default -> 12;
    };
  }

  private static DayOfWeek weekdayOrNull(String name) {
    return name == null ? null : weekday(name);
  }

  static DayOfWeek weekday(String name) {
    return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
  }

  private static ChronoUnit unit(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "day" -> ChronoUnit.DAYS;
      case "week" -> ChronoUnit.WEEKS;
      case "month" -> ChronoUnit.MONTHS;
      case "decade" -> ChronoUnit.DECADES;
      default -> ChronoUnit.YEARS;
    };
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}

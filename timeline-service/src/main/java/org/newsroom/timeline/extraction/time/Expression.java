package org.newsroom.timeline.extraction.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.newsroom.timeline.extraction.text.Span;

/**
 * A temporal expression as the text writes it, before it is read against an anchor. {@code
 * preposition} is the word just before it ("on", "since", "before", "until"), lower case, or null.
 */
public sealed interface Expression {

  Span span();

  String preposition();

  /** What the expression needs to be resolved. */
  MentionKind kind();

  /** "18 February 2025", "Feb. 18, 2025", "2025-02-18"; the weekday is kept to check it. */
  record FullDate(Span span, String preposition, LocalDate date, DayOfWeek statedWeekday)
      implements Expression {
    public MentionKind kind() {
      return MentionKind.ABSOLUTE;
    }
  }

  /** "February 18", "10 March", "Feb. 18": the year comes from the anchor. */
  record MonthDay(Span span, String preposition, int month, int day, DayOfWeek statedWeekday)
      implements Expression {
    public MentionKind kind() {
      return MentionKind.YEARLESS;
    }
  }

  /** "February 2022", "late May 2024". */
  record MonthYear(Span span, String preposition, int year, int month, String part)
      implements Expression {
    public MentionKind kind() {
      return MentionKind.ABSOLUTE;
    }
  }

  /** "in May", "last November", "early March": a month with no year. */
  record MonthName(Span span, String preposition, int month, String modifier, String part)
      implements Expression {
    public MentionKind kind() {
      return MentionKind.YEARLESS;
    }
  }

  /** "2008", "in 2024", "pre-2014". */
  record YearOnly(Span span, String preposition, int year) implements Expression {
    public MentionKind kind() {
      return MentionKind.ABSOLUTE;
    }
  }

  /**
   * "today", "yesterday", "last night", "tomorrow", "this morning": a day counted from the anchor.
   */
  record Deictic(Span span, String preposition, int offsetDays, String word) implements Expression {
    public MentionKind kind() {
      return MentionKind.RELATIVE;
    }
  }

  /**
   * "Tuesday", "last Wednesday", "later on Tuesday", "the early hours of Monday". {@code modifier}
   * is last, next, this, later-on, earlier-on or null; {@code part} a part of the day or null.
   */
  record Weekday(Span span, String preposition, DayOfWeek day, String modifier, String part)
      implements Expression {
    public MentionKind kind() {
      return MentionKind.RELATIVE;
    }
  }

  /** "six days ago", "nearly three years ago"; {@code qualifier} is nearly, about, over, ... */
  record Ago(Span span, String preposition, int amount, ChronoUnit unit, String qualifier)
      implements Expression {
    public MentionKind kind() {
      return MentionKind.RELATIVE;
    }
  }

  /**
   * "last week", "next month", "this year", "earlier this month", "the end of the month". {@code
   * shift} is -1, 0 or +1; {@code part} is earlier, later, early, mid, late, end, start or null.
   * Anaphoric ones ("the following week") count from the last date the text mentioned.
   */
  record RelativeUnit(
      Span span, String preposition, ChronoUnit unit, int shift, String part, boolean anaphoric)
      implements Expression {
    public MentionKind kind() {
      return anaphoric ? MentionKind.ANAPHORIC : MentionKind.RELATIVE;
    }
  }

  /**
   * "the next day", "two days later", "eight years later", "the day before": counted from the last
   * date mentioned. {@code amount} is negative for earlier.
   */
  record Shift(Span span, String preposition, int amount, ChronoUnit unit) implements Expression {
    public MentionKind kind() {
      return MentionKind.ANAPHORIC;
    }
  }
}

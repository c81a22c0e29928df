package org.newsroom.timeline.extraction.time;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.newsroom.timeline.event.Precision;

/**
 * A resolved date: the first day of the period it names (year, month, ISO week or the day), its
 * precision, a time for minute precision, and bounds when it is a range or vague.
 */
public record DateValue(
    LocalDate date, Precision precision, LocalTime time, LocalDate earliest, LocalDate latest) {

  public static DateValue day(LocalDate date) {
    return new DateValue(date, Precision.DAY, null, null, null);
  }

  public static DateValue week(LocalDate anyDay) {
    return new DateValue(anyDay.with(java.time.DayOfWeek.MONDAY), Precision.WEEK, null, null, null);
  }

  public static DateValue month(LocalDate anyDay) {
    return new DateValue(anyDay.withDayOfMonth(1), Precision.MONTH, null, null, null);
  }

  public static DateValue year(int year) {
    return new DateValue(LocalDate.of(year, 1, 1), Precision.YEAR, null, null, null);
  }

  public DateValue bounded(LocalDate earliest, LocalDate latest) {
    return new DateValue(date, precision, time, earliest, latest);
  }

  /** The ISO value: 2025, 2025-02, 2025-W08, 2025-02-18 or 2025-02-18T10:30. */
  public String value() {
    return switch (precision) {
      case YEAR -> String.format(Locale.ROOT, "%04d", date.getYear());
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
      case WEEK ->
          String.format(
              Locale.ROOT,
              "%04d-W%02d",
              date.get(IsoFields.WEEK_BASED_YEAR),
              date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case DAY -> date.toString();
      case MINUTE -> date + "T" + time.toString().substring(0, 5);
    };
  }

  /** Last day of the period the value names. */
  public LocalDate periodEnd() {
    return switch (precision) {
      case YEAR -> date.with(TemporalAdjusters.lastDayOfYear());
      case MONTH -> date.with(TemporalAdjusters.lastDayOfMonth());
      case WEEK -> date.plusDays(6);
      case DAY, MINUTE -> date;
    };
  }

  /** First day it may be: the earliest bound, else the start of the period. */
  public LocalDate from() {
    return earliest != null ? earliest : date;
  }

  /** Last day it may be: the latest bound, else the end of the period. */
  public LocalDate to() {
    return latest != null ? latest : periodEnd();
  }

  @Override
  public String toString() {
    return value();
  }
}

package org.newsroom.timeline.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point in time known to some precision: a calendar date (the first day of the year, month or ISO
 * week, or the day itself), a local time for minute precision, and optional bounds on when it
 * really was. Its ISO value is {@code 2025}, {@code 2025-02}, {@code 2025-W08}, {@code 2025-02-18}
 * or {@code 2025-02-18T10:30}.
 */
@Embeddable
public class DatePoint {

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MINUTE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
  private static final DateTimeFormatter DAY_LABEL =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH_LABEL =
      DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

  @Column(name = "date")
  public LocalDate date;

  @Column(name = "time")
  public LocalTime time;

  @Enumerated(EnumType.STRING)
  @Column(name = "precision")
  public Precision precision;

  @Column(name = "earliest")
  public LocalDate earliest;

  @Column(name = "latest")
  public LocalDate latest;

  public DatePoint() {}

  public DatePoint(
      LocalDate date, LocalTime time, Precision precision, LocalDate earliest, LocalDate latest) {
    this.date = date;
    this.time = time;
    this.precision = precision;
    this.earliest = earliest;
    this.latest = latest;
  }

  /**
   * Reads an ISO value at the given precision, or at the precision its form implies when none is
   * given.
   *
   * @throws IllegalArgumentException with a message fit for the client
   */
  public static DatePoint parse(
      String value, Precision precision, LocalDate earliest, LocalDate latest) {
    String v = value == null ? "" : value.trim();
    Precision p = precision != null ? precision : implied(v);
    DatePoint point;
    try {
      point =
          switch (p) {
            case YEAR -> {
              require(YEAR, v, "YYYY");
              yield new DatePoint(Year.parse(v).atDay(1), null, p, earliest, latest);
            }
            case MONTH -> {
              require(MONTH, v, "YYYY-MM");
              yield new DatePoint(YearMonth.parse(v).atDay(1), null, p, earliest, latest);
            }
            case WEEK -> {
              Matcher m = require(WEEK, v, "YYYY-Www");
              yield new DatePoint(weekStart(m), null, p, earliest, latest);
            }
            case DAY -> {
              require(DAY, v, "YYYY-MM-DD");
              yield new DatePoint(LocalDate.parse(v), null, p, earliest, latest);
            }
            case MINUTE -> {
              require(MINUTE, v, "YYYY-MM-DDThh:mm");
              LocalDateTime at = LocalDateTime.parse(v);
              yield new DatePoint(at.toLocalDate(), at.toLocalTime(), p, earliest, latest);
            }
          };
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + v + "' is not a real " + name(p));
    }
    point.checkBounds();
    return point;
  }

  private static Precision implied(String v) {
    if (YEAR.matcher(v).matches()) {
      return Precision.YEAR;
    } else if (MONTH.matcher(v).matches()) {
      return Precision.MONTH;
    } else if (WEEK.matcher(v).matches()) {
      return Precision.WEEK;
    } else if (DAY.matcher(v).matches()) {
      return Precision.DAY;
    } else if (MINUTE.matcher(v).matches()) {
      return Precision.MINUTE;
    }
    throw new IllegalArgumentException(
        "'" + v + "' is not one of YYYY, YYYY-MM, YYYY-Www, YYYY-MM-DD or YYYY-MM-DDThh:mm");
  }

  private static Matcher require(Pattern pattern, String v, String form) {
    Matcher m = pattern.matcher(v);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + v + "' does not have the form " + form);
    }
    return m;
  }

  private static LocalDate weekStart(Matcher m) {
    int year = Integer.parseInt(m.group(1));
    int week = Integer.parseInt(m.group(2));
    LocalDate jan4 = LocalDate.of(year, 1, 4);
    long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(jan4).getMaximum();
    if (week < 1 || week > weeks) {
      throw new IllegalArgumentException(year + " has ISO weeks 1 to " + weeks + ", not " + week);
    }
    return jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
  }

  private static String name(Precision p) {
    return switch (p) {
      case YEAR -> "year";
      case MONTH -> "month";
      case WEEK -> "ISO week";
      case DAY -> "date";
      case MINUTE -> "date and time";
    };
  }

  private void checkBounds() {
    if (earliest != null && latest != null && earliest.isAfter(latest)) {
      throw new IllegalArgumentException("earliest " + earliest + " is after latest " + latest);
    }
    if (earliest != null && earliest.isAfter(periodEnd())) {
      throw new IllegalArgumentException(
          "earliest " + earliest + " is after the whole of " + value());
    }
    if (latest != null && latest.isBefore(periodStart())) {
      throw new IllegalArgumentException("latest " + latest + " is before the whole of " + value());
    }
  }

  /** The ISO value, in the form of its precision. */
  public String value() {
    return switch (precision) {
      case YEAR -> String.format(Locale.ROOT, "%04d", date.getYear());
      case MONTH -> YearMonth.from(date).toString();
      case WEEK ->
          String.format(
              Locale.ROOT,
              "%04d-W%02d",
              date.get(IsoFields.WEEK_BASED_YEAR),
              date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case DAY -> date.toString();
      case MINUTE -> LocalDateTime.of(date, time).truncatedTo(ChronoUnit.MINUTES).toString();
    };
  }

  /** First day of the period the value names. */
  public LocalDate periodStart() {
    return date;
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

  /** First day it may have been: the earliest bound, else the start of the period. */
  public LocalDate spanFrom() {
    return earliest != null ? earliest : periodStart();
  }

  /** Last day it may have been: the latest bound, else the end of the period. */
  public LocalDate spanTo() {
    return latest != null ? latest : periodEnd();
  }

  /** The instant, for minute precision in the given zone; {@code null} otherwise. */
  public OffsetDateTime instant(ZoneId zone) {
    if (precision != Precision.MINUTE || zone == null) {
      return null;
    }
    return date.atTime(time).atZone(zone).toOffsetDateTime();
  }

  /** How a reader would say it: "18 February 2025", "week of 17 February 2025", "2025". */
  public String label() {
    return switch (precision) {
      case YEAR -> String.valueOf(date.getYear());
      case MONTH -> MONTH_LABEL.format(date);
      case WEEK -> "week of " + DAY_LABEL.format(date);
      case DAY -> DAY_LABEL.format(date);
      case MINUTE -> DAY_LABEL.format(date) + ", " + time.truncatedTo(ChronoUnit.MINUTES);
    };
  }
}

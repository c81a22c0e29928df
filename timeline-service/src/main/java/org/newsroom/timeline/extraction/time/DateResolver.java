package org.newsroom.timeline.extraction.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.newsroom.timeline.event.Precision;
import org.newsroom.timeline.extraction.text.Tense;
import org.newsroom.timeline.extraction.text.TenseReader;

/**
 * Reads one expression against an anchor date, TIMEX3-style: every result names the rule that
 * produced it and, where the words allow another reading, keeps that reading as an alternative with
 * the reason it lost.
 */
public final class DateResolver {

  private DateResolver() {}

  /**
   * @param anchor the day the text counts from; null when nothing dates the text
   * @param tense how the clause around the expression is tensed
   * @param previous the last day-precise date the text mentioned before, for "the next day"
   */
  public static Resolution resolve(
      Expression e, LocalDate anchor, TenseReader.Reading tense, DateValue previous) {
    if (e instanceof Expression.FullDate d) {
      return fullDate(d);
    }
    if (e instanceof Expression.MonthYear d) {
      return monthYear(d);
    }
    if (e instanceof Expression.YearOnly d) {
      return Resolution.of(DateValue.year(d.year()), "date.year", "an explicit year");
    }
    if (e instanceof Expression.RelativeUnit d) {
      return relativeUnit(d, anchor, previous);
    }
    if (e instanceof Expression.Shift d) {
      return shift(d, anchor, previous);
    }
    if (anchor == null) {
      return noAnchor("no-anchor");
    }
    if (e instanceof Expression.MonthDay d) {
      return monthDay(d, anchor);
    }
    if (e instanceof Expression.MonthName d) {
      return monthName(d, anchor, tense);
    }
    if (e instanceof Expression.Deictic d) {
      return deictic(d, anchor);
    }
    if (e instanceof Expression.Weekday d) {
      return weekday(d, anchor, tense);
    }
    return ago((Expression.Ago) e, anchor);
  }

  private static Resolution noAnchor(String rule) {
    return Resolution.unresolved(rule, "nothing dates the text, so there is no day to count from");
  }

  private static Resolution fullDate(Expression.FullDate d) {
    DateValue value = DateValue.day(d.date());
    if (d.statedWeekday() != null && d.statedWeekday() != d.date().getDayOfWeek()) {
      return Resolution.of(
          value,
          "date.full.weekday-mismatch",
          "an explicit date; the text calls it a "
              + name(d.statedWeekday())
              + " but it was a "
              + name(d.date().getDayOfWeek()),
          new Alternative(
              DateValue.day(nearest(d.date(), d.statedWeekday())),
              "the nearest " + name(d.statedWeekday()) + ", if the day number is the mistake"));
    }
    return Resolution.of(value, "date.full", "an explicit date");
  }

  private static Resolution monthYear(Expression.MonthYear d) {
    YearMonth ym = YearMonth.of(d.year(), d.month());
    DateValue value = part(DateValue.month(ym.atDay(1)), ym, d.part());
    return Resolution.of(
        value,
        d.part() == null ? "date.month-year" : "date.month-year.part",
        d.part() == null ? "an explicit month" : "an explicit month, its " + d.part() + " part");
  }

  private static DateValue part(DateValue month, YearMonth ym, String part) {
    if (part == null) {
      return month;
    }
    return switch (part) {
      case "early", "start" -> month.bounded(ym.atDay(1), ym.atDay(10));
      case "mid" -> month.bounded(ym.atDay(11), ym.atDay(20));
      case "late", "end" -> month.bounded(ym.atDay(21), ym.atEndOfMonth());
      default -> month;
    };
  }

  /** "February 18": the year that puts the date nearest the anchor. */
  private static Resolution monthDay(Expression.MonthDay d, LocalDate anchor) {
    LocalDate best = null;
    LocalDate second = null;
    for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
      if (d.day() > YearMonth.of(y, d.month()).lengthOfMonth()) {
        continue;
      }
      LocalDate c = LocalDate.of(y, d.month(), d.day());
      if (best == null || distance(c, anchor) < distance(best, anchor)) {
        second = best;
        best = c;
      } else if (second == null || distance(c, anchor) < distance(second, anchor)) {
        second = c;
      }
    }
    if (d.statedWeekday() != null
        && best.getDayOfWeek() != d.statedWeekday()
        && second != null
        && second.getDayOfWeek() == d.statedWeekday()) {
      return Resolution.of(
          DateValue.day(second),
          "date.yearless.weekday",
          "no year given; "
              + second.getYear()
              + " is the year near the anchor in which it falls on a "
              + name(d.statedWeekday()),
          new Alternative(
              DateValue.day(best), "nearer the anchor but not a " + name(d.statedWeekday())));
    }
    return Resolution.of(
        DateValue.day(best),
        "date.yearless.nearest-year",
        "no year given; taken in the year nearest the anchor " + anchor,
        new Alternative(DateValue.day(second), "farther from the anchor"));
  }

  private static Resolution monthName(
      Expression.MonthName d, LocalDate anchor, TenseReader.Reading tense) {
    YearMonth now = YearMonth.from(anchor);
    YearMonth thisYear = YearMonth.of(anchor.getYear(), d.month());
    YearMonth before = thisYear.isAfter(now) ? thisYear.minusYears(1) : thisYear; // <= now
    YearMonth after = thisYear.isBefore(now) ? thisYear.plusYears(1) : thisYear; // >= now
    YearMonth chosen;
    YearMonth other;
    String rule;
    String why;
    if ("last".equals(d.modifier())) {
      chosen = thisYear.isBefore(now) ? thisYear : thisYear.minusYears(1);
      other = chosen.plusYears(1).isBefore(now) ? chosen.plusYears(1) : chosen.minusYears(1);
      rule = "month.last";
      why = "'last' " + monthName(d.month()) + ": the most recent one before the anchor's month";
    } else if ("next".equals(d.modifier())) {
      chosen = thisYear.isAfter(now) ? thisYear : thisYear.plusYears(1);
      other = chosen.plusYears(1);
      rule = "month.next";
      why = "'next' " + monthName(d.month()) + ": the first one after the anchor's month";
    } else if ("this".equals(d.modifier())) {
      chosen = thisYear;
      other = thisYear.isAfter(now) ? before : after;
      rule = "month.this";
      why = "'this' " + monthName(d.month()) + ": in the anchor's year";
    } else if (tense.tense() == Tense.PAST) {
      chosen = before;
      other = after.equals(before) ? before.minusYears(1) : after;
      rule = "month.past-tense";
      why = "past tense (" + tense.cue() + "): the most recent " + monthName(d.month());
    } else if (tense.tense() == Tense.FUTURE) {
      chosen = after;
      other = before.equals(after) ? after.plusYears(1) : before;
      rule = "month.future-tense";
      why = "future (" + tense.cue() + "): the next " + monthName(d.month());
    } else {
      long back = ChronoUnit.MONTHS.between(before, now);
      long ahead = ChronoUnit.MONTHS.between(now, after);
      chosen = back <= ahead ? before : after;
      other = back <= ahead ? after : before;
      rule = "month.nearest";
      why = "no tense to go by: the " + monthName(d.month()) + " nearest the anchor";
    }
    DateValue value = part(DateValue.month(chosen.atDay(1)), chosen, d.part());
    return Resolution.of(
        value,
        rule,
        why,
        new Alternative(part(DateValue.month(other.atDay(1)), other, d.part()), "another year"));
  }

  private static Resolution deictic(Expression.Deictic d, LocalDate anchor) {
    String rule =
        switch (d.offsetDays()) {
          case -2 -> "deictic.day-before-yesterday";
          case -1 -> d.word().equals("last night") ? "deictic.last-night" : "deictic.yesterday";
          case 1 -> "deictic.tomorrow";
          case 2 -> "deictic.day-after-tomorrow";
          default -> d.word().equals("tonight") ? "deictic.tonight" : "deictic.today";
        };
    String count =
        d.offsetDays() == 0
            ? "the anchor day itself"
            : Math.abs(d.offsetDays())
                + " day"
                + (Math.abs(d.offsetDays()) > 1 ? "s" : "")
                + (d.offsetDays() < 0 ? " before" : " after")
                + " the anchor";
    return Resolution.of(
        DateValue.day(anchor.plusDays(d.offsetDays())), rule, "'" + d.word() + "': " + count);
  }

  private static Resolution weekday(
      Expression.Weekday d, LocalDate anchor, TenseReader.Reading tense) {
    DayOfWeek w = d.day();
    String day = name(w);
    LocalDate onOrBefore = anchor.with(TemporalAdjusters.previousOrSame(w));
    LocalDate onOrAfter = anchor.with(TemporalAdjusters.nextOrSame(w));
    LocalDate before = anchor.with(TemporalAdjusters.previous(w));
    LocalDate after = anchor.with(TemporalAdjusters.next(w));
    String modifier = d.modifier();
    if ("last".equals(modifier)) {
      return Resolution.of(
          DateValue.day(before),
          "weekday.last",
          "'last " + day + "': the most recent " + day + " before the anchor",
          new Alternative(
              DateValue.day(before.minusWeeks(1)), "the " + day + " of the week before"));
    }
    if ("next".equals(modifier)) {
      return Resolution.of(
          DateValue.day(after),
          "weekday.next",
          "'next " + day + "': the first " + day + " after the anchor",
          new Alternative(DateValue.day(after.plusWeeks(1)), "the " + day + " of the week after"));
    }
    if ("this".equals(modifier)) {
      LocalDate inWeek = anchor.with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(w));
      return Resolution.of(
          DateValue.day(inWeek),
          "weekday.this",
          "'this " + day + "': the " + day + " of the anchor's week",
          inWeek.isBefore(anchor)
              ? new Alternative(
                  DateValue.day(after), "the next one, if 'this' means the coming one")
              : new Alternative(DateValue.day(before), "the last one, if it is past"));
    }
    if (modifier != null && modifier.endsWith("-on") && w == anchor.getDayOfWeek()) {
      return Resolution.of(
          DateValue.day(anchor),
          "weekday.same-day",
          "'" + modifier.replace("-on", " on") + " " + day + "': the anchor day, a " + day,
          new Alternative(DateValue.day(before), "the " + day + " a week earlier"));
    }
    switch (tense.tense()) {
      case PAST -> {
        return Resolution.of(
            DateValue.day(onOrBefore),
            "weekday.past-tense",
            "past tense ("
                + tense.cue()
                + "): the most recent "
                + day
                + (onOrBefore.equals(anchor)
                    ? ", the anchor day itself (wire copy names the day of publication)"
                    : ""),
            new Alternative(DateValue.day(onOrBefore.minusWeeks(1)), "a week earlier"));
      }
      case FUTURE -> {
        return Resolution.of(
            DateValue.day(after),
            "weekday.future-tense",
            "future (" + tense.cue() + "): the next " + day + " after the anchor",
            new Alternative(
                DateValue.day(onOrAfter.equals(anchor) ? anchor : after.plusWeeks(1)),
                onOrAfter.equals(anchor)
                    ? "the anchor day itself, which the text would call today"
                    : "a week later"));
      }
      case PRESENT -> {
        return Resolution.of(
            DateValue.day(onOrAfter),
            "weekday.present-tense",
            "present tense for what is scheduled ("
                + tense.cue()
                + "): the coming "
                + day
                + (onOrAfter.equals(anchor) ? ", the anchor day itself" : ""),
            new Alternative(
                DateValue.day(onOrAfter.equals(anchor) ? after : onOrBefore),
                onOrAfter.equals(anchor) ? "a week later" : "the last one, if it is past"));
      }
      default -> {
        long back = ChronoUnit.DAYS.between(onOrBefore, anchor);
        long ahead = ChronoUnit.DAYS.between(anchor, onOrAfter);
        boolean past = back <= ahead;
        return Resolution.of(
            DateValue.day(past ? onOrBefore : onOrAfter),
            "weekday.nearest",
            "no tense to go by: the " + day + " nearest the anchor",
            new Alternative(
                DateValue.day(past ? after : before),
                past ? "the next one, if it lies ahead" : "the last one, if it is past"));
      }
    }
  }

  private static Resolution ago(Expression.Ago d, LocalDate anchor) {
    int n = d.amount();
    String q = d.qualifier();
    String qualified = q == null ? "" : " (qualifier '" + q + "')";
    return switch (d.unit()) {
      case DAYS -> {
        LocalDate day = anchor.minusDays(n);
        yield Resolution.of(
            approximately(
                DateValue.day(day),
                q,
                day.minusDays(Math.max(1, n / 4)),
                day.plusDays(Math.max(1, n / 4))),
            "ago.days",
            n + " day(s) before the anchor" + qualified);
      }
      case WEEKS -> {
        LocalDate day = anchor.minusWeeks(n);
        yield Resolution.of(
            approximately(DateValue.week(day), q, day.minusDays(3), day.plusDays(3)),
            "ago.weeks",
            "the week " + n + " week(s) before the anchor's" + qualified);
      }
      case MONTHS -> {
        LocalDate day = anchor.minusMonths(n);
        yield Resolution.of(
            approximately(DateValue.month(day), q, day.minusDays(15), day.plusDays(15)),
            "ago.months",
            "the month " + n + " month(s) before the anchor's" + qualified);
      }
      case DECADES -> {
        LocalDate day = anchor.minusYears(10L * n);
        yield Resolution.of(
            approximately(DateValue.year(day.getYear()), q, day.minusYears(3), day.plusYears(3)),
            "ago.decades",
            n + " decade(s) before the anchor" + qualified);
      }
      default -> {
        LocalDate day = anchor.minusYears(n);
        yield Resolution.of(
            approximately(DateValue.month(day), q, day.minusMonths(6), day.plusMonths(6)),
            "ago.years",
            "the month " + n + " year(s) before the anchor's" + qualified);
      }
    };
  }

  /** Bounds for a rounded or qualified distance: "nearly" is less, "over" more, "about" either. */
  private static DateValue approximately(
      DateValue value, String q, LocalDate early, LocalDate late) {
    LocalDate exact = value.precision() == Precision.DAY ? value.date() : null;
    if (q == null) {
      return value;
    }
    return switch (q) {
      case "nearly", "almost", "just under", "less than", "barely" ->
          value.bounded(
              exact != null ? exact : early.plusDays(ChronoUnit.DAYS.between(early, late) / 2),
              late);
      case "more than", "over", "just over" ->
          value.bounded(
              early,
              exact != null ? exact : late.minusDays(ChronoUnit.DAYS.between(early, late) / 2));
      case "only", "just" -> value;
      default -> value.bounded(early, late);
    };
  }

  private static Resolution relativeUnit(
      Expression.RelativeUnit d, LocalDate anchor, DateValue previous) {
    LocalDate base = anchor;
    String from = "the anchor";
    if (d.anaphoric() && previous != null) {
      base = previous.date();
      from = "the date mentioned before (" + previous.value() + ")";
    }
    if (base == null) {
      return noAnchor("relative");
    }
    String shiftWord = d.shift() < 0 ? "last" : d.shift() > 0 ? "next" : "this";
    String rule;
    DateValue value;
    String part = d.part();
    switch (d.unit()) {
      case WEEKS -> {
        LocalDate monday = base.with(DayOfWeek.MONDAY).plusWeeks(d.shift());
        value = DateValue.week(monday);
        if ("earlier".equals(part) && d.shift() == 0) {
          value = value.bounded(monday, base);
        } else if ("later".equals(part) && d.shift() == 0) {
          value = value.bounded(base, monday.plusDays(6));
        } else if ("end".equals(part)) {
          value = value.bounded(monday.plusDays(4), monday.plusDays(6));
        } else if ("start".equals(part) || "early".equals(part)) {
          value = value.bounded(monday, monday.plusDays(2));
        }
        rule = "week." + (d.anaphoric() ? "following" : shiftWord);
      }
      case MONTHS -> {
        YearMonth ym = YearMonth.from(base).plusMonths(d.shift());
        value = DateValue.month(ym.atDay(1));
        if ("earlier".equals(part) && d.shift() == 0) {
          value = value.bounded(ym.atDay(1), base);
        } else if ("later".equals(part) && d.shift() == 0) {
          value = value.bounded(base, ym.atEndOfMonth());
        } else {
          value = part(value, ym, part);
        }
        rule = "month." + (d.anaphoric() ? "following" : shiftWord);
      }
      default -> {
        Year y = Year.of(base.getYear()).plusYears(d.shift());
        value = DateValue.year(y.getValue());
        if ("earlier".equals(part) && d.shift() == 0) {
          value = value.bounded(y.atDay(1), base);
        } else if ("later".equals(part) && d.shift() == 0) {
          value = value.bounded(base, y.atMonth(12).atEndOfMonth());
        } else if ("end".equals(part) || "late".equals(part)) {
          value = value.bounded(y.atMonth(9).atDay(1), y.atMonth(12).atEndOfMonth());
        } else if ("start".equals(part) || "early".equals(part)) {
          value = value.bounded(y.atDay(1), y.atMonth(4).atEndOfMonth());
        } else if ("mid".equals(part)) {
          value = value.bounded(y.atMonth(5).atDay(1), y.atMonth(8).atEndOfMonth());
        }
        rule = "year." + (d.anaphoric() ? "following" : shiftWord);
      }
    }
    if (part != null) {
      rule += "." + part;
    }
    return Resolution.of(value, rule, "counted from " + from);
  }

  /** "two days later", "eight years later": counted from the date mentioned before. */
  private static Resolution shift(Expression.Shift d, LocalDate anchor, DateValue previous) {
    boolean days = d.unit() == ChronoUnit.DAYS;
    if (previous != null && (!days || previous.precision() == Precision.DAY)) {
      LocalDate base = previous.date().plus(d.amount(), d.unit());
      DateValue value =
          switch (d.unit()) {
            case DAYS -> DateValue.day(base);
            case WEEKS -> DateValue.week(base);
            case MONTHS -> DateValue.month(base);
            default -> DateValue.year(base.getYear());
          };
      if (!days && previous.precision() == Precision.YEAR && d.unit() != ChronoUnit.YEARS) {
        value = DateValue.year(base.getYear());
      }
      return Resolution.of(
          value,
          "anaphor.shift",
          "counted from the date mentioned before (" + previous.value() + ")");
    }
    if (anchor == null || !days) {
      return Resolution.unresolved("anaphor.shift", "no date mentioned before it to count from");
    }
    return Resolution.of(
        DateValue.day(anchor.plusDays(d.amount())),
        "anaphor.shift.from-anchor",
        "no date mentioned before it: counted from the anchor");
  }

  private static long distance(LocalDate a, LocalDate b) {
    return Math.abs(ChronoUnit.DAYS.between(a, b));
  }

  private static LocalDate nearest(LocalDate date, DayOfWeek w) {
    LocalDate back = date.with(TemporalAdjusters.previousOrSame(w));
    LocalDate ahead = date.with(TemporalAdjusters.nextOrSame(w));
    return distance(back, date) <= distance(ahead, date) ? back : ahead;
  }

  static String name(DayOfWeek w) {
    return w.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String monthName(int month) {
    return java.time.Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}

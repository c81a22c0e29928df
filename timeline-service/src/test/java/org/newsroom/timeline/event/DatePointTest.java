package org.newsroom.timeline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DatePointTest {

  private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

  private static DatePoint parse(String value) {
    return DatePoint.parse(value, null, null, null);
  }

  private static DatePoint parse(String value, Precision precision) {
    return DatePoint.parse(value, precision, null, null);
  }

  private static IllegalArgumentException rejection(String value, Precision precision) {
    return assertThrows(IllegalArgumentException.class, () -> parse(value, precision));
  }

  private static IllegalArgumentException rejection(
      String value, LocalDate earliest, LocalDate latest) {
    return assertThrows(
        IllegalArgumentException.class, () -> DatePoint.parse(value, null, earliest, latest));
  }

  // --- parsing at an explicit precision ---

  @Test
  void shouldParseYearAsItsFirstDay() {
    DatePoint point = parse("2025", Precision.YEAR);
    assertEquals(LocalDate.of(2025, 1, 1), point.date);
    assertNull(point.time);
    assertEquals(Precision.YEAR, point.precision);
  }

  @Test
  void shouldParseMonthAsItsFirstDay() {
    DatePoint point = parse("2025-02", Precision.MONTH);
    assertEquals(LocalDate.of(2025, 2, 1), point.date);
    assertNull(point.time);
    assertEquals(Precision.MONTH, point.precision);
  }

  @Test
  void shouldParseIsoWeekAsItsMonday() {
    DatePoint point = parse("2025-W08", Precision.WEEK);
    assertEquals(LocalDate.of(2025, 2, 17), point.date);
    assertNull(point.time);
    assertEquals(Precision.WEEK, point.precision);
  }

  @Test
  void shouldParseDay() {
    DatePoint point = parse("2025-02-18", Precision.DAY);
    assertEquals(LocalDate.of(2025, 2, 18), point.date);
    assertNull(point.time);
    assertEquals(Precision.DAY, point.precision);
  }

  @Test
  void shouldParseMinuteAsDateAndLocalTime() {
    DatePoint point = parse("2025-02-18T10:30", Precision.MINUTE);
    assertEquals(LocalDate.of(2025, 2, 18), point.date);
    assertEquals(LocalTime.of(10, 30), point.time);
    assertEquals(Precision.MINUTE, point.precision);
  }

  @Test
  void shouldKeepTheGivenBounds() {
    DatePoint point =
        DatePoint.parse(
            "2025-02", Precision.MONTH, LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 20));
    assertEquals(LocalDate.of(2025, 2, 10), point.earliest);
    assertEquals(LocalDate.of(2025, 2, 20), point.latest);
  }

  @ParameterizedTest
  @CsvSource({
    "2025-02,    YEAR,   YYYY",
    "2025,       MONTH,  YYYY-MM",
    "2025-02-18, MONTH,  YYYY-MM",
    "2025-02,    WEEK,   YYYY-Www",
    "2025-W8,    WEEK,   YYYY-Www",
    "2025-02,    DAY,    YYYY-MM-DD",
    "2025-2-18,  DAY,    YYYY-MM-DD",
    "2025-02-18, MINUTE, YYYY-MM-DDThh:mm",
    "2025-02-18T10:30:00, MINUTE, YYYY-MM-DDThh:mm",
  })
  void shouldRejectAValueNotInTheFormOfTheGivenPrecision(
      String value, Precision precision, String form) {
    assertEquals(
        "'" + value + "' does not have the form " + form, rejection(value, precision).getMessage());
  }

  @Test
  void shouldRejectAMissingValueAtAGivenPrecision() {
    assertEquals(
        "'' does not have the form YYYY-MM-DD", rejection(null, Precision.DAY).getMessage());
  }

  // --- parsing at the implied precision ---

  @ParameterizedTest
  @CsvSource({
    "2025,             YEAR,   2025-01-01",
    "2025-02,          MONTH,  2025-02-01",
    "2025-W08,         WEEK,   2025-02-17",
    "2025-02-18,       DAY,    2025-02-18",
    "2025-02-18T10:30, MINUTE, 2025-02-18",
  })
  void shouldImplyThePrecisionFromTheForm(String value, Precision precision, LocalDate date) {
    DatePoint point = parse(value);
    assertEquals(precision, point.precision);
    assertEquals(date, point.date);
  }

  @Test
  void shouldTrimSurroundingWhitespace() {
    DatePoint point = parse("  2025-02-18 ");
    assertEquals(Precision.DAY, point.precision);
    assertEquals(LocalDate.of(2025, 2, 18), point.date);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "25",
        "2025-2",
        "2025-02-18T10:30:00",
        "2025-02-18 10:30",
        "18/02/2025",
        "2025-w08",
        "February 2025",
        "+2025"
      })
  void shouldRejectAFormThatImpliesNoPrecision(String value) {
    assertEquals(
        "'" + value + "' is not one of YYYY, YYYY-MM, YYYY-Www, YYYY-MM-DD or YYYY-MM-DDThh:mm",
        rejection(value, null).getMessage());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void shouldRejectAMissingValueWhenNoPrecisionIsGiven(String value) {
    assertTrue(rejection(value, null).getMessage().startsWith("'' is not one of YYYY"));
  }

  // --- unreal dates ---

  @ParameterizedTest
  @CsvSource({
    "2025-02-30,       date",
    "2025-02-29,       date",
    "2025-04-31,       date",
    "2025-13-01,       date",
    "2025-00-10,       date",
    "2025-02-00,       date",
    "2025-13,          month",
    "2025-00,          month",
    "2025-02-30T10:30, date and time",
    "2025-02-18T24:00, date and time",
    "2025-02-18T10:60, date and time",
  })
  void shouldRejectAnUnrealDate(String value, String what) {
    assertEquals("'" + value + "' is not a real " + what, rejection(value, null).getMessage());
  }

  @Test
  void shouldAcceptTheLeapDayOfALeapYear() {
    assertEquals(LocalDate.of(2024, 2, 29), parse("2024-02-29").date);
  }

  @Test
  void shouldRejectWeek0() {
    assertEquals("2025 has ISO weeks 1 to 52, not 0", rejection("2025-W00", null).getMessage());
  }

  @Test
  void shouldRejectWeek53InAYearWithout53Weeks() {
    assertEquals("2025 has ISO weeks 1 to 52, not 53", rejection("2025-W53", null).getMessage());
  }

  @Test
  void shouldRejectWeek53Of2021WhichHasOnly52Weeks() {
    assertEquals("2021 has ISO weeks 1 to 52, not 53", rejection("2021-W53", null).getMessage());
  }

  @Test
  void shouldRejectWeek54EvenInAYearWith53Weeks() {
    assertEquals(
        "2020 has ISO weeks 1 to 53, not 54", rejection("2020-W54", Precision.WEEK).getMessage());
  }

  @ParameterizedTest
  @CsvSource({"2020-W53, 2020-12-28", "2026-W53, 2026-12-28", "2015-W53, 2015-12-28"})
  void shouldAcceptWeek53InAYearThatHasIt(String value, LocalDate monday) {
    assertEquals(monday, parse(value).date);
  }

  // --- value() round-trips ---

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025",
        "1999",
        "2024-02",
        "2025-12",
        "2025-W01",
        "2025-W08",
        "2025-W52",
        "2020-W01",
        "2020-W53",
        "2026-W01",
        "2026-W53",
        "2025-02-18",
        "2024-02-29",
        "2025-12-31",
        "2025-02-18T10:30",
        "2025-02-18T00:00",
        "2025-12-31T23:59"
      })
  void shouldGiveBackTheValueItWasParsedFrom(String value) {
    assertEquals(value, parse(value).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0999", "0999-02", "0999-W08", "0999-02-18", "0999-02-18T10:30"})
  void shouldGiveBackFourDigitsForAYearBefore1000(String value) {
    DatePoint point = parse(value);
    assertEquals(value, point.value());
    assertEquals(point.date, parse(point.value()).date);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025", "2025-02", "2025-W08", "2025-02-18", "2025-02-18T10:30"})
  void shouldWriteAsciiDigitsWhateverTheDefaultLocale(String value) {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-SA"));
      assertEquals(value, parse(value).value());
    } finally {
      Locale.setDefault(before);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "2025-W01, 2024-12-30",
    "2020-W01, 2019-12-30",
    "2026-W01, 2025-12-29",
    "2021-W01, 2021-01-04",
  })
  void shouldStartWeek1OnTheRightMondayEvenInThePreviousCalendarYear(
      String value, LocalDate monday) {
    DatePoint point = parse(value);
    assertEquals(monday, point.periodStart());
    assertEquals(value, point.value());
  }

  @Test
  void shouldNameAWeekByItsWeekBasedYearNotItsCalendarYear() {
    DatePoint point = new DatePoint(LocalDate.of(2024, 12, 30), null, Precision.WEEK, null, null);
    assertEquals("2025-W01", point.value());
  }

  @Test
  void shouldDropSecondsFromAMinuteValue() {
    DatePoint point =
        new DatePoint(
            LocalDate.of(2025, 2, 18), LocalTime.of(10, 30, 45), Precision.MINUTE, null, null);
    assertEquals("2025-02-18T10:30", point.value());
  }

  // --- periods ---

  @ParameterizedTest
  @CsvSource({
    "2024,             2024-01-01, 2024-12-31",
    "2025,             2025-01-01, 2025-12-31",
    "2024-02,          2024-02-01, 2024-02-29",
    "2025-02,          2025-02-01, 2025-02-28",
    "2025-04,          2025-04-01, 2025-04-30",
    "2025-12,          2025-12-01, 2025-12-31",
    "2025-W08,         2025-02-17, 2025-02-23",
    "2025-W01,         2024-12-30, 2025-01-05",
    "2020-W53,         2020-12-28, 2021-01-03",
    "2025-02-18,       2025-02-18, 2025-02-18",
    "2025-02-18T10:30, 2025-02-18, 2025-02-18",
  })
  void shouldCoverTheWholePeriodTheValueNames(String value, LocalDate start, LocalDate end) {
    DatePoint point = parse(value);
    assertEquals(start, point.periodStart());
    assertEquals(end, point.periodEnd());
  }

  @Test
  void shouldSpanTheWholePeriodWithoutBounds() {
    DatePoint point = parse("2025-02");
    assertEquals(LocalDate.of(2025, 2, 1), point.spanFrom());
    assertEquals(LocalDate.of(2025, 2, 28), point.spanTo());
  }

  @Test
  void shouldSpanFromTheEarliestBoundWhenGiven() {
    DatePoint point = DatePoint.parse("2025-02", null, LocalDate.of(2025, 2, 10), null);
    assertEquals(LocalDate.of(2025, 2, 10), point.spanFrom());
    assertEquals(LocalDate.of(2025, 2, 28), point.spanTo());
  }

  @Test
  void shouldSpanToTheLatestBoundWhenGiven() {
    DatePoint point = DatePoint.parse("2025-02", null, null, LocalDate.of(2025, 2, 20));
    assertEquals(LocalDate.of(2025, 2, 1), point.spanFrom());
    assertEquals(LocalDate.of(2025, 2, 20), point.spanTo());
  }

  @Test
  void shouldSpanBetweenBothBoundsWhenGiven() {
    DatePoint point =
        DatePoint.parse("2025", null, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 30));
    assertEquals(LocalDate.of(2025, 3, 1), point.spanFrom());
    assertEquals(LocalDate.of(2025, 6, 30), point.spanTo());
    assertEquals(LocalDate.of(2025, 1, 1), point.periodStart());
    assertEquals(LocalDate.of(2025, 12, 31), point.periodEnd());
  }

  @Test
  void shouldSpanAWeekFromItsMondayToItsSunday() {
    DatePoint point = parse("2025-W01");
    assertEquals(LocalDate.of(2024, 12, 30), point.spanFrom());
    assertEquals(LocalDate.of(2025, 1, 5), point.spanTo());
  }

  // --- bound checks ---

  @Test
  void shouldRejectEarliestAfterLatest() {
    IllegalArgumentException e =
        rejection("2025-02", LocalDate.of(2025, 2, 20), LocalDate.of(2025, 2, 10));
    assertEquals("earliest 2025-02-20 is after latest 2025-02-10", e.getMessage());
  }

  @Test
  void shouldAcceptEarliestEqualToLatest() {
    DatePoint point =
        DatePoint.parse("2025-02", null, LocalDate.of(2025, 2, 14), LocalDate.of(2025, 2, 14));
    assertEquals(LocalDate.of(2025, 2, 14), point.spanFrom());
    assertEquals(LocalDate.of(2025, 2, 14), point.spanTo());
  }

  @Test
  void shouldRejectEarliestAfterTheWholePeriod() {
    IllegalArgumentException e = rejection("2025-02", LocalDate.of(2025, 3, 1), null);
    assertEquals("earliest 2025-03-01 is after the whole of 2025-02", e.getMessage());
  }

  @Test
  void shouldRejectEarliestAfterTheSundayOfTheWeek() {
    IllegalArgumentException e = rejection("2025-W01", LocalDate.of(2025, 1, 6), null);
    assertEquals("earliest 2025-01-06 is after the whole of 2025-W01", e.getMessage());
  }

  @Test
  void shouldAcceptEarliestOnTheLastDayOfThePeriod() {
    DatePoint point = DatePoint.parse("2024-02", null, LocalDate.of(2024, 2, 29), null);
    assertEquals(LocalDate.of(2024, 2, 29), point.spanFrom());
  }

  @Test
  void shouldRejectLatestBeforeTheWholePeriod() {
    IllegalArgumentException e = rejection("2025-W01", null, LocalDate.of(2024, 12, 29));
    assertEquals("latest 2024-12-29 is before the whole of 2025-W01", e.getMessage());
  }

  @Test
  void shouldRejectLatestBeforeTheDayOfAMinute() {
    IllegalArgumentException e = rejection("2025-02-18T10:30", null, LocalDate.of(2025, 2, 17));
    assertEquals("latest 2025-02-17 is before the whole of 2025-02-18T10:30", e.getMessage());
  }

  @Test
  void shouldAcceptLatestOnTheFirstDayOfThePeriod() {
    DatePoint point = DatePoint.parse("2025", null, null, LocalDate.of(2025, 1, 1));
    assertEquals(LocalDate.of(2025, 1, 1), point.spanTo());
  }

  // --- instant ---

  @Test
  void shouldPlaceAMinuteInTheGivenZone() {
    OffsetDateTime instant = parse("2025-02-18T10:30").instant(RIYADH);
    assertEquals(OffsetDateTime.of(2025, 2, 18, 10, 30, 0, 0, ZoneOffset.ofHours(3)), instant);
    assertEquals(ZoneOffset.ofHours(3), instant.getOffset());
    assertEquals(Instant.parse("2025-02-18T07:30:00Z"), instant.toInstant());
  }

  @Test
  void shouldFollowDaylightSavingOfTheZone() {
    ZoneId london = ZoneId.of("Europe/London");
    assertEquals(ZoneOffset.UTC, parse("2025-02-18T10:30").instant(london).getOffset());
    assertEquals(ZoneOffset.ofHours(1), parse("2025-07-18T10:30").instant(london).getOffset());
  }

  @Test
  void shouldHaveNoInstantWithoutAZone() {
    assertNull(parse("2025-02-18T10:30").instant(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025", "2025-02", "2025-W08", "2025-02-18"})
  void shouldHaveNoInstantBelowMinutePrecision(String value) {
    assertNull(parse(value).instant(RIYADH));
  }

  // --- labels ---

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2025-02-18       | 18 February 2025",
        "2025-03-05       | 5 March 2025",
        "2025-02          | February 2025",
        "2025-W08         | week of 17 February 2025",
        "2025-W01         | week of 30 December 2024",
        "2025             | 2025",
        "2025-02-18T10:30 | 18 February 2025, 10:30",
        "2025-02-18T09:05 | 18 February 2025, 09:05",
      })
  void shouldLabelTheValueAsAReaderWouldSayIt(String value, String label) {
    assertEquals(label, parse(value).label());
  }
}

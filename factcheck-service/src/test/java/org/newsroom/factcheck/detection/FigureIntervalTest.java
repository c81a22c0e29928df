package org.newsroom.factcheck.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsroom.factcheck.detection.FigureInterval.Figure;

/** Figures read as intervals: which pairs of stated figures can both be true. */
class FigureIntervalTest {

  private static final double HOUR = 3_600;
  private static final double DAY = 86_400;
  private static final double INF = Double.POSITIVE_INFINITY;

  private static final Figure FOUR_AND_A_HALF_HOURS =
      exact("DURATION", 4.5, "hour", "PT4H30M", "4-1/2 hours");
  private static final Figure ALMOST_FIVE_HOURS =
      hedged("DURATION", 5, "hour", "PT5H", "LESS_THAN", "almost", "almost five hours");
  private static final Figure TWENTY_PERCENT = exact("PERCENT", 20, "percent", "20", "20%");

  // --- pairs seen in coverage ------------------------------------------------------------

  @Test
  void shouldExplainAlmostFiveHoursAgainstFourAndAHalfHours() {
    assertEquals(
        Optional.of("PT4H30M EXACTLY is outside [PT4H40M, PT5H) from 'almost five hours'"),
        FigureInterval.conflict(FOUR_AND_A_HALF_HOURS, ALMOST_FIVE_HOURS));
  }

  @Test
  void shouldQuoteTheHedgedSideWhicheverArgumentItIs() {
    assertEquals(
        Optional.of("PT4H30M EXACTLY is outside [PT4H40M, PT5H) from 'almost five hours'"),
        FigureInterval.conflict(ALMOST_FIVE_HOURS, FOUR_AND_A_HALF_HOURS));
  }

  @Test
  void shouldAgreeAroundTwentyPercentWithTwentyPercent() {
    assertAgree(
        hedged("PERCENT", 20, "percent", "20", "APPROXIMATELY", "around", "around 20%"),
        TWENTY_PERCENT);
  }

  @Test
  void shouldAgreeOverTwentyYearsWithTwentyYears() {
    assertAgree(
        hedged("DURATION", 20, "year", "P20Y", "MORE_THAN", "over", "over 20 years"),
        exact("DURATION", 20, "year", "P20Y", "20 years"));
  }

  @Test
  void shouldAgreeFourAndAHalfHoursWithTwoHundredSeventyMinutes() {
    assertAgree(
        exact("DURATION", 4.5, "hour", "PT4H30M", "4.5 hours"),
        exact("DURATION", 270, "minute", "PT4H30M", "270 minutes"));
  }

  @Test
  void shouldAgreeTwoRoundingsOfOnePercentage() {
    assertAgree(TWENTY_PERCENT, exact("PERCENT", 19.6, "percent", "19.6", "19.6%"));
  }

  @Test
  void shouldAgreeNearlyThreeYearsWithThreeYears() {
    assertAgree(
        hedged("DURATION", 3, "year", "P3Y", "LESS_THAN", "nearly", "nearly three years"),
        exact("DURATION", 3, "year", "P3Y", "three years"));
  }

  @Test
  void shouldFlagTwentyPercentAgainstTwentyFourPercentQuotingBothIntervals() {
    assertEquals(
        Optional.of("20 ([19.5, 20.5)) from '20%' does not meet 24 ([23.5, 24.5)) from '24%'"),
        FigureInterval.conflict(TWENTY_PERCENT, exact("PERCENT", 24, "percent", "24", "24%")));
  }

  @Test
  void shouldFlagAboutThirtyPercentAgainstTwentyPercent() {
    assertEquals(
        Optional.of("20 EXACTLY is outside [27, 33] from 'about 30%'"),
        FigureInterval.conflict(
            hedged("PERCENT", 30, "percent", "30", "APPROXIMATELY", "about", "about 30%"),
            TWENTY_PERCENT));
  }

  @Test
  void shouldFlagUpToTwoMonthsAgainstThreeMonths() {
    assertEquals(
        Optional.of("P3M EXACTLY is outside [PT0S, P2.5M) from 'up to two months'"),
        FigureInterval.conflict(
            hedged("DURATION", 2, "month", "P2M", "AT_MOST", "up to", "up to two months"),
            exact("DURATION", 3, "month", "P3M", "three months")));
  }

  @Test
  void shouldFlagAtLeastTenPeopleAgainstEightPeople() {
    assertEquals(
        Optional.of("8 EXACTLY is outside [9.5, ∞) from 'at least 10 people'"),
        FigureInterval.conflict(
            hedged("COUNT", 10, "people", "10", "AT_LEAST", "at least", "at least 10 people"),
            exact("COUNT", 8, "people", "8", "8 people")));
  }

  @Test
  void shouldFlagMoreThanThreeHundredBillionAgainstTwoHundredFifty() {
    assertEquals(
        Optional.of(
            "250000000000 USD EXACTLY is outside (300000000000, ∞) from 'more than $300bn'"),
        FigureInterval.conflict(
            hedged(
                "MONEY",
                3e11,
                "USD",
                "300000000000 USD",
                "MORE_THAN",
                "more than",
                "more than $300bn"),
            exact("MONEY", 2.5e11, "USD", "250000000000 USD", "$250bn")));
  }

  @Test
  void shouldAgreeBnSuffixWithBillionWord() {
    assertAgree(
        exact("MONEY", 3e11, "USD", "300000000000 USD", "$300bn"),
        exact("MONEY", 3e11, "USD", "300000000000 USD", "$300 billion"));
  }

  @Test
  void shouldAgreeFourteenDaysWithTwoWeeks() {
    assertAgree(
        exact("DURATION", 14, "day", "P14D", "14 days"),
        exact("DURATION", 2, "week", "P14D", "two weeks"));
  }

  // --- comparability -----------------------------------------------------------------------

  @Test
  void shouldNotComparePercentWithDuration() {
    assertNotComparable(TWENTY_PERCENT, exact("DURATION", 20, "year", "P20Y", "20 years"));
  }

  @Test
  void shouldNotCompareDollarsWithEuros() {
    assertNotComparable(
        exact("MONEY", 3e11, "USD", "300000000000 USD", "$300bn"),
        exact("MONEY", 1e11, "EUR", "100000000000 EUR", "€100bn"));
  }

  @Test
  void shouldNotCountPeopleAgainstSoldiers() {
    assertNotComparable(
        exact("COUNT", 10, "people", "10", "10 people"),
        exact("COUNT", 3, "soldiers", "3", "three soldiers"));
  }

  @Test
  void shouldNotComparePercentWithPercentagePoints() {
    assertNotComparable(TWENTY_PERCENT, exact("PERCENT", 3, "percentage point", "3", "3 points"));
  }

  @Test
  void shouldCountSingularAndPluralNounAlike() {
    assertTrue(
        FigureInterval.comparable(
            exact("COUNT", 1, "soldier", "1", "one soldier"),
            exact("COUNT", 3, "Soldiers", "3", "three soldiers")));
  }

  @Test
  void shouldCompareNumbersWithFractions() {
    assertTrue(
        FigureInterval.comparable(
            exact("NUMBER", 2, null, "2", "two"), exact("FRACTION", 0.5, null, "0.5", "half")));
  }

  @Test
  void shouldCompareDurationsWhateverTheirUnit() {
    assertTrue(
        FigureInterval.comparable(
            FOUR_AND_A_HALF_HOURS, exact("DURATION", 2, "century", "P200Y", "two centuries")));
  }

  @Test
  void shouldComputeTheDimensions() {
    assertEquals("duration", FigureInterval.of(FOUR_AND_A_HALF_HOURS).dimension());
    assertEquals("percent", FigureInterval.of(TWENTY_PERCENT).dimension());
    assertEquals(
        "money:USD", FigureInterval.of(exact("MONEY", 5, "usd", "5 USD", "$5")).dimension());
    assertEquals(
        "count:soldier",
        FigureInterval.of(exact("COUNT", 3, "Soldiers", "3", "3 soldiers")).dimension());
    assertEquals(
        "count:bus", FigureInterval.of(exact("COUNT", 3, "bus", "3", "3 bus")).dimension());
    assertEquals(
        "number", FigureInterval.of(exact("FRACTION", 0.5, null, "0.5", "half")).dimension());
  }

  // --- rules -------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
    "EXACTLY,       ,                   interval.rounding,      '[5.5, 6.5)'",
    "LESS_THAN,     almost,             interval.almost,        '[5.66666666667, 6)'",
    "LESS_THAN,     nearly,             interval.almost,        '[5.66666666667, 6)'",
    "LESS_THAN,     close to,           interval.almost,        '[5.66666666667, 6)'",
    "LESS_THAN,     just under,         interval.almost,        '[5.66666666667, 6)'",
    "LESS_THAN,     approaching,        interval.almost,        '[5.66666666667, 6)'",
    "LESS_THAN,     not quite,          interval.almost,        '[5.66666666667, 6)'",
    "LESS_THAN,     barely,             interval.almost,        '[5.66666666667, 6)'",
    "LESS_THAN,     Nearly,             interval.almost,        '[5.66666666667, 6)'",
    "LESS_THAN,     less than,          interval.less-than,     '[0, 6)'",
    "LESS_THAN,     under,              interval.less-than,     '[0, 6)'",
    "LESS_THAN,     fewer than,         interval.less-than,     '[0, 6)'",
    "LESS_THAN,     ,                   interval.less-than,     '[0, 6)'",
    "MORE_THAN,     just over,          interval.just-over,     '(6, 6.33333333333]'",
    "MORE_THAN,     just above,         interval.just-over,     '(6, 6.33333333333]'",
    "MORE_THAN,     a little over,      interval.just-over,     '(6, 6.33333333333]'",
    "MORE_THAN,     slightly more than, interval.just-over,     '(6, 6.33333333333]'",
    "MORE_THAN,     over,               interval.more-than,     '(6, ∞)'",
    "MORE_THAN,     more than,          interval.more-than,     '(6, ∞)'",
    "MORE_THAN,     in excess of,       interval.more-than,     '(6, ∞)'",
    "AT_LEAST,      at least,           interval.at-least,      '[5.5, ∞)'",
    "AT_MOST,       up to,              interval.at-most,       '[0, 6.5)'",
    "APPROXIMATELY, around,             interval.approximately, '[5.4, 6.6]'"
  })
  void shouldReadEachQualifierByItsRule(String qualifier, String word, String rule, String shown) {
    FigureInterval interval =
        FigureInterval.of(hedged("NUMBER", 6, null, "6", qualifier, word, "six"));
    assertEquals(rule, interval.rule());
    assertEquals(shown, interval.describe());
  }

  @Test
  void shouldReadAlmostAsJustBelow() {
    FigureInterval almost = FigureInterval.of(ALMOST_FIVE_HOURS);
    assertEquals(4 * HOUR + 40 * 60, almost.lower(), 1e-6);
    assertEquals(5 * HOUR, almost.upper());
    assertTrue(almost.lowerClosed());
    assertFalse(almost.upperClosed());
    assertEquals("almost", almost.qualifierWord());
  }

  @Test
  void shouldWidenApproximatelyToHalfAStepForSmallValues() {
    assertEquals(
        "[0.5, 1.5]",
        FigureInterval.of(hedged("NUMBER", 1, null, "1", "APPROXIMATELY", "about", "about one"))
            .describe());
  }

  @Test
  void shouldStartLessThanAtZero() {
    assertEquals(
        0,
        FigureInterval.of(
                hedged("DURATION", 3, "day", "P3D", "LESS_THAN", "under", "under three days"))
            .lower());
  }

  // --- granularity -------------------------------------------------------------------------

  @Test
  void shouldRoundIntegersToOneUnitNotTen() {
    assertEquals("[19.5, 20.5)", FigureInterval.of(TWENTY_PERCENT).describe());
  }

  @Test
  void shouldRoundOneDecimalToATenth() {
    assertEquals("[PT4H27M, PT4H33M)", FigureInterval.of(FOUR_AND_A_HALF_HOURS).describe());
  }

  @Test
  void shouldRoundTwoDecimalsToAHundredth() {
    assertEquals(
        "[2.245, 2.255)",
        FigureInterval.of(exact("NUMBER", 2.25, null, "2.25", "2.25")).describe());
  }

  @Test
  void shouldCapRepeatingFractionsAtAThousandth() {
    assertEquals(
        "[0.332833333333, 0.333833333333)",
        FigureInterval.of(exact("FRACTION", 1.0 / 3, null, "0.333", "a third")).describe());
  }

  @Test
  void shouldRoundBnSuffixToOneBillion() {
    assertEquals(
        "[299500000000, 300500000000)",
        FigureInterval.of(exact("MONEY", 3e11, "USD", "300000000000 USD", "$300bn")).describe());
  }

  @Test
  void shouldRoundDecimalMillionsToTheWrittenDigit() {
    assertEquals(
        "[1150000, 1250000)",
        FigureInterval.of(exact("COUNT", 1.2e6, "people", "1200000", "1.2 million people"))
            .describe());
  }

  @Test
  void shouldNotMistakeMoreForAMillionSuffix() {
    assertEquals(
        "[8.5, 9.5)", FigureInterval.of(exact("COUNT", 9, "men", "9", "9 men more")).describe());
  }

  // --- overlaps ----------------------------------------------------------------------------

  @Test
  void shouldNotOverlapWhenTouchingAtAnOpenEnd() {
    assertFalse(interval(0, true, 1, false).overlaps(interval(1, true, 2, false)));
  }

  @Test
  void shouldNotOverlapWhenTouchingAtAnOpenStart() {
    assertFalse(interval(0, true, 1, true).overlaps(interval(1, false, 2, true)));
  }

  @Test
  void shouldOverlapWhenTouchingAtTwoClosedEnds() {
    assertTrue(interval(0, true, 1, true).overlaps(interval(1, true, 2, true)));
  }

  @Test
  void shouldOverlapSymmetrically() {
    assertTrue(interval(1, true, 2, true).overlaps(interval(0, true, 1, true)));
  }

  @Test
  void shouldOverlapWhenOneContainsTheOther() {
    assertTrue(interval(0, false, 10, false).overlaps(interval(4, true, 5, true)));
  }

  @Test
  void shouldOverlapOpenIntervalsWithTheSameBounds() {
    assertTrue(interval(0, false, 1, false).overlaps(interval(0, false, 1, false)));
  }

  @Test
  void shouldNotOverlapAnEmptyInterval() {
    assertFalse(interval(1, true, 1, false).overlaps(interval(0, true, 2, true)));
  }

  @Test
  void shouldOverlapUnboundedIntervals() {
    assertTrue(interval(5, false, INF, false).overlaps(interval(100, true, INF, false)));
  }

  @Test
  void shouldNotOverlapAcrossDimensions() {
    assertFalse(
        interval(0, true, 1, true)
            .overlaps(new FigureInterval(0, true, 1, true, "percent", "x", null)));
  }

  // --- describe ----------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
    "20, year,  MORE_THAN, over,   '(P20Y, ∞)'",
    "20, year,  EXACTLY,   ,       '[P19.5Y, P20.5Y)'",
    "14, day,   EXACTLY,   ,       '[P13.5D, P14.5D)'",
    "3,  month, EXACTLY,   ,       '[P2.5M, P3.5M)'",
    "5,  hour,  LESS_THAN, almost, '[PT4H40M, PT5H)'",
    "90, second, EXACTLY,  ,       '[PT1M30S, PT1M31S)'",
    "1,  day,   EXACTLY,   ,       '[PT12H, PT36H)'"
  })
  void shouldDescribeDurationsInReadableIsoTerms(
      double amount, String unit, String qualifier, String word, String shown) {
    assertEquals(
        shown,
        FigureInterval.of(hedged("DURATION", amount, unit, "-", qualifier, word, "-")).describe());
  }

  @Test
  void shouldDescribeTwoWeeksInDays() {
    assertEquals(
        "[P10.5D, P17.5D)",
        FigureInterval.of(exact("DURATION", 2, "week", "P14D", "two weeks")).describe());
  }

  @Test
  void shouldConvertDurationsToSeconds() {
    assertEquals(
        14 * DAY,
        FigureInterval.of(
                hedged("DURATION", 2, "week", "P14D", "MORE_THAN", "over", "over two weeks"))
            .lower());
  }

  // --- bad input ---------------------------------------------------------------------------

  @Test
  void shouldRefuseAnUnknownKind() {
    assertThrows(
        IllegalArgumentException.class,
        () -> FigureInterval.of(exact("DATE", 2025, null, "2025", "2025")));
  }

  @Test
  void shouldRefuseAnUnknownDurationUnit() {
    assertThrows(
        IllegalArgumentException.class,
        () -> FigureInterval.of(exact("DURATION", 3, "fortnight", "P42D", "three fortnights")));
  }

  // --- fixtures ----------------------------------------------------------------------------

  private static Figure exact(
      String kind, double amount, String unit, String normalized, String text) {
    return new Figure(kind, amount, unit, normalized, "EXACTLY", null, text);
  }

  private static Figure hedged(
      String kind,
      double amount,
      String unit,
      String normalized,
      String qualifier,
      String word,
      String text) {
    return new Figure(kind, amount, unit, normalized, qualifier, word, text);
  }

  private static FigureInterval interval(
      double lower, boolean lowerClosed, double upper, boolean upperClosed) {
    return new FigureInterval(lower, lowerClosed, upper, upperClosed, "number", "test", null);
  }

  private static void assertAgree(Figure a, Figure b) {
    assertTrue(FigureInterval.comparable(a, b), "comparable");
    assertTrue(FigureInterval.of(a).overlaps(FigureInterval.of(b)), "overlap");
    assertEquals(Optional.empty(), FigureInterval.conflict(a, b));
    assertEquals(Optional.empty(), FigureInterval.conflict(b, a));
  }

  private static void assertNotComparable(Figure a, Figure b) {
    assertFalse(FigureInterval.comparable(a, b));
    assertEquals(Optional.empty(), FigureInterval.conflict(a, b));
  }
}

package org.newsroom.timeline.extraction.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsroom.timeline.extraction.text.Document;

/**
 * One sentence, read against a given day: the expression found, the value it resolves to and the
 * rule that resolved it. Sentences are written for these tests.
 */
class DateResolverTest {

  static List<DateMention> read(String text, LocalDate anchor) {
    return TemporalAnalysis.analyse(
            Document.of(text),
            new PublicationDating.Printed(null, null, LocalDate.of(2030, 1, 1)),
            Map.of(
                0,
                new TemporalAnalysis.Override(anchor, AnchorBasis.PERSON, "anchor.person", "test")))
        .mentions();
  }

  static DateMention find(String text, LocalDate anchor, String expression) {
    return read(text, anchor).stream()
        .filter(m -> m.text().equals(expression))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no mention '"
                        + expression
                        + "' in: "
                        + read(text, anchor).stream().map(DateMention::text).toList()));
  }

  @ParameterizedTest(name = "{1} ({0}) → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Weekdays in the past tense: the day of publication itself first (wire style).
        "2024-06-11 | The minister said on Tuesday that the plan was dead. | Tuesday | 2024-06-11 | weekday.past-tense",
        "2024-06-11 | The two leaders met on Monday in the capital. | Monday | 2024-06-10 | weekday.past-tense",
        "2024-06-11 | Police arrested three men on Wednesday. | Wednesday | 2024-06-05 | weekday.past-tense",
        "2024-06-11 | Fires were reported in the early hours of Sunday. | the early hours of Sunday | 2024-06-09 | weekday.past-tense",
        "2024-06-11 | Voters had already left by Monday night. | Monday night | 2024-06-10 | weekday.past-tense",
        // Future and schedule cues: the next one, never the day itself.
        "2024-06-11 | The committee will vote on Thursday. | Thursday | 2024-06-13 | weekday.future-tense",
        "2024-06-11 | The envoy is due to arrive on Tuesday. | Tuesday | 2024-06-18 | weekday.future-tense",
        "2024-06-11 | A hearing is scheduled for Friday. | Friday | 2024-06-14 | weekday.future-tense",
        "2024-06-10 | She set out her terms on the eve of talks on Tuesday. | Tuesday | 2024-06-11 | weekday.future-tense",
        "2024-06-10 | Officials said the delegations would meet on Tuesday. | Tuesday | 2024-06-11 | weekday.future-tense",
        // Modifiers.
        "2024-06-11 | The deal was signed last Wednesday. | last Wednesday | 2024-06-05 | weekday.last",
        "2024-06-11 | Talks resume next Monday. | next Monday | 2024-06-17 | weekday.next",
        "2024-06-11 | The vote takes place this Friday. | this Friday | 2024-06-14 | weekday.this",
        "2024-06-11 | Later on Tuesday, the president spoke to reporters. | Later on Tuesday | 2024-06-11 | weekday.same-day",
        // No tense to go by: the nearest one.
        "2024-06-11 | Crowds outside the court on Monday. | Monday | 2024-06-10 | weekday.nearest",
        "2024-06-11 | Talks in Geneva on Thursday. | Thursday | 2024-06-13 | weekday.nearest",
        // Today-words.
        "2024-06-11 | The mayor resigned today. | today | 2024-06-11 | deictic.today",
        "2024-06-11 | Earlier today, the court ruled against him. | Earlier today | 2024-06-11 | deictic.today",
        "2024-06-11 | Storms hit the coast last night. | last night | 2024-06-10 | deictic.last-night",
        "2024-06-11 | The senator spoke yesterday. | yesterday | 2024-06-10 | deictic.yesterday",
        "2024-06-11 | The results are expected tomorrow. | tomorrow | 2024-06-12 | deictic.tomorrow",
        "2024-06-11 | Ministers met this morning. | this morning | 2024-06-11 | deictic.today",
        "2024-06-11 | The band plays tonight. | tonight | 2024-06-11 | deictic.tonight",
        // Counted back.
        "2024-06-11 | The ceasefire began six days ago. | six days ago | 2024-06-05 | ago.days",
        "2024-06-11 | The plant closed two weeks ago. | two weeks ago | 2024-W22 | ago.weeks",
        "2024-06-11 | The law passed three months ago. | three months ago | 2024-03 | ago.months",
        "2024-06-11 | The war began nearly three years ago. | nearly three years ago | 2021-06 | ago.years",
        "2024-06-11 | The bridge opened a decade ago. | a decade ago | 2014 | ago.decades",
        // Weeks, months, years.
        "2024-06-11 | Prices rose last week. | last week | 2024-W23 | week.last",
        "2024-06-11 | The board meets this week. | this week | 2024-W24 | week.this",
        "2024-06-11 | Trials start next week. | next week | 2024-W25 | week.next",
        "2024-06-11 | Sales fell last month. | last month | 2024-05 | month.last",
        "2024-06-11 | The inquiry reports next month. | next month | 2024-07 | month.next",
        "2024-06-11 | The strike began earlier this month. | earlier this month | 2024-06 | month.this.earlier",
        "2024-06-11 | A decision is due before the end of the month. | the end of the month | 2024-06 | month.this.end",
        "2024-06-11 | Turnout was low last year. | last year | 2023 | year.last",
        "2024-06-11 | An election is expected later this year. | later this year | 2024 | year.this.later",
        // Months without a year follow the tense; dates without a year are taken nearest.
        "2024-06-11 | The company was sold in May. | May | 2024-05 | month.past-tense",
        "2024-06-11 | The company will be sold in May. | May | 2025-05 | month.future-tense",
        "2024-06-11 | His term expired last May. | last May | 2024-05 | month.last",
        "2024-04-02 | His term expired last May. | last May | 2023-05 | month.last",
        "2025-01-08 | The fire broke out in December. | December | 2024-12 | month.past-tense",
        "2024-12-20 | The summit was moved to March 10. | March 10 | 2025-03-10 | date.yearless.nearest-year",
        "2024-06-11 | The summit was held on March 10. | March 10 | 2024-03-10 | date.yearless.nearest-year",
        "2024-06-11 | The trial opens on 20 June. | 20 June | 2024-06-20 | date.yearless.nearest-year",
        "2025-01-03 | The order was signed on Dec. 30. | Dec. 30 | 2024-12-30 | date.yearless.nearest-year",
        // Explicit dates and years.
        "2024-06-11 | The treaty was signed on 18 February 2022. | 18 February 2022 | 2022-02-18 | date.full",
        "2024-06-11 | The treaty was signed on February 18, 2022. | February 18, 2022 | 2022-02-18 | date.full",
        "2024-06-11 | It was Tuesday Feb. 18, 2025 when the rain came. | Tuesday Feb. 18, 2025 | 2025-02-18 | date.full",
        "2024-06-11 | The plan dates from 2019-03-04. | 2019-03-04 | 2019-03-04 | date.full",
        "2024-06-11 | Troops left in February 2022. | February 2022 | 2022-02 | date.month-year",
        "2024-06-11 | The party has ruled since 2014. | 2014 | 2014 | date.year",
        "2024-06-11 | They want a return to the pre-2014 borders. | pre-2014 | 2014 | date.year",
        // Counted from the date mentioned before.
        "2024-06-11 | The vote was held on 3 May 2024. The count ended two days later. | two days later | 2024-05-05 | anaphor.shift",
        "2024-06-11 | He became mayor in 2012 and, eight years later, governor. | eight years later | 2020 | anaphor.shift",
        "2024-06-11 | Talks began on 3 May 2024 and resumed the following week. | following week | 2024-W19 | week.following",
      })
  void shouldResolveRuleByRule(
      LocalDate anchor, String sentence, String expression, String value, String rule) {
    DateMention m = find(sentence, anchor, expression);
    assertNotNull(m.value(), m.explanation());
    assertEquals(value, m.value().value(), m.explanation());
    assertEquals(rule, m.rule());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "May I ask a question?",
        "Protesters joined the march on the capital.",
        "The Sunday Times reported the story.",
        "A 2,000-strong crowd gathered outside.",
        "Veterans of World War Two were honoured.",
        "The 24-hour news cycle never stops.",
        "The bill costs $2025 per household.",
        "Temperatures hit 2030 degrees in the furnace test, 1990s style.",
        "She will march to the square.",
        "Shoppers crowded the malls on Black Friday.",
        "Campaigns peak on Super Tuesday.",
      })
  void shouldFindNoDateWhereThereIsNone(String sentence) {
    List<DateMention> mentions = read(sentence, LocalDate.of(2024, 6, 11));
    assertTrue(
        mentions.isEmpty(), () -> "found " + mentions.stream().map(DateMention::text).toList());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-06-11 | The minister said on Tuesday that the plan was dead. | Tuesday | 2024-06-04",
        "2024-06-11 | The committee will vote on Thursday. | Thursday | 2024-06-20",
        "2024-12-20 | The summit was moved to March 10. | March 10 | 2024-03-10",
      })
  void shouldKeepTheReadingItSetAside(
      LocalDate anchor, String sentence, String expression, String alternative) {
    DateMention m = find(sentence, anchor, expression);
    assertTrue(
        m.alternatives().stream().anyMatch(a -> a.value().value().equals(alternative)),
        () -> "alternatives " + m.alternatives());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-06-11 | On Monday the minister said: “We will sign it tomorrow.” | tomorrow | 2024-06-11 | deictic.tomorrow.quoted",
        "2024-06-11 | “We leave tomorrow,” the captain said. | tomorrow | 2024-06-12 | deictic.tomorrow",
      })
  void shouldReadQuotedWordsFromWhenTheyWereSaid(
      LocalDate anchor, String sentence, String expression, String value, String rule) {
    DateMention m = find(sentence, anchor, expression);
    assertEquals(value, m.value().value());
    assertEquals(rule, m.rule());
  }
}

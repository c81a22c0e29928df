package org.newsroom.timeline.extraction.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsroom.timeline.extraction.text.Document;
import org.newsroom.timeline.extraction.text.Span;

class QuantityFinderTest {

  private static List<Quantity> find(String text) {
    return QuantityFinder.find(Document.of(text));
  }

  private static Quantity only(String text) {
    List<Quantity> found = find(text);
    assertEquals(1, found.size(), () -> "one quantity in «" + text + "», found " + found);
    return found.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      nullValues = "-",
      textBlock =
          """
          # durations
          As the 4-1/2-hour meeting in the Saudi capital was underway, aides waited outside. | 4-1/2-hour | DURATION | PT4H30M | EXACTLY | meeting
          The meeting lasted for almost five hours.                                  | almost five hours         | DURATION | PT5H    | LESS_THAN     | meeting
          Following four-and-a-half hours of negotiations in Riyadh, both delegations left. | four-and-a-half hours | DURATION | PT4H30M | EXACTLY | negotiations
          Talks lasted four-and-a-half hours.                                        | four-and-a-half hours     | DURATION | PT4H30M | EXACTLY       | talks
          Talks lasted four and a half hours.                                        | four and a half hours     | DURATION | PT4H30M | EXACTLY       | talks
          The veteran diplomat, who has been Russia's foreign minister for over 20 years, led the delegation. | over 20 years | DURATION | P20Y | MORE_THAN | foreign minister
          A veteran foreign minister of 20 years, he knows the brief.                | 20 years                  | DURATION | P20Y    | EXACTLY       | foreign minister
          She has served as prime minister for nearly a decade.                      | nearly a decade           | DURATION | P10Y    | LESS_THAN     | prime minister
          The bloc agreed a three-year plan to cut emissions.                        | three-year                | DURATION | P3Y     | EXACTLY       | plan
          The three-year war has displaced millions.                                 | three-year                | DURATION | P3Y     | EXACTLY       | war
          She was elected to a five-year term in 2019.                               | five-year                 | DURATION | P5Y     | EXACTLY       | term
          The 24-hour ceasefire began at midnight.                                   | 24-hour                   | DURATION | PT24H   | EXACTLY       | ceasefire
          The group announced a two-and-a-half-year programme.                       | two-and-a-half-year       | DURATION | P2Y6M   | EXACTLY       | programme
          Repairs could take “up to two months” to complete.                         | up to two months          | DURATION | P2M     | AT_MOST       | repairs
          Both sides observed a 30-day truce.                                        | 30-day                    | DURATION | P30D    | EXACTLY       | truce
          Negotiators spent three days in Geneva.                                    | three days                | DURATION | P3D     | EXACTLY       | negotiators
          The siege dragged on for 4½ hours.                                         | 4½ hours                  | DURATION | PT4H30M | EXACTLY       | siege
          The summit ran for 3 1/2 days.                                             | 3 1/2 days                | DURATION | P3DT12H | EXACTLY       | summit
          He served two decades in parliament.                                       | two decades               | DURATION | P20Y    | EXACTLY       | -
          The programme has run for more than a decade.                              | more than a decade        | DURATION | P10Y    | MORE_THAN     | programme
          The talks lasted an hour and a half.                                       | an hour and a half        | DURATION | PT1H30M | EXACTLY       | talks
          He waited half an hour for the car.                                        | half an hour              | DURATION | PT30M   | EXACTLY       | -
          The 30-year-old man was detained.                                          | 30-year-old               | DURATION | P30Y    | EXACTLY       | man
          The half-hour call ended abruptly.                                         | half-hour                 | DURATION | PT30M   | EXACTLY       | call
          The ceasefire held for nearly 48 hours.                                    | nearly 48 hours           | DURATION | PT48H   | LESS_THAN     | -
          Officials said the review would take about six weeks.                      | about six weeks           | DURATION | P6W     | APPROXIMATELY | review
          The plan covers the next 10 years.                                         | 10 years                  | DURATION | P10Y    | EXACTLY       | -
          The trial could last a year and a half.                                    | a year and a half         | DURATION | P1Y6M   | EXACTLY       | trial
          Ten minutes into the call, the line dropped.                               | Ten minutes               | DURATION | PT10M   | EXACTLY       | -
          Within twenty-four hours, troops had withdrawn.                            | twenty-four hours         | DURATION | PT24H   | EXACTLY       | -
          The strike lasted 90 minutes.                                              | 90 minutes                | DURATION | PT1H30M | EXACTLY       | strike
          The meeting, which lasted three hours, ended without a deal.              | three hours               | DURATION | PT3H    | EXACTLY       | meeting
          The meeting between the delegations lasted five hours.                      | five hours                | DURATION | PT5H    | EXACTLY       | meeting
          The talks in the Saudi capital lasted some five hours.                     | some five hours           | DURATION | PT5H    | APPROXIMATELY | talks
          Tuesday's session lasted 2.5 hours.                                        | 2.5 hours                 | DURATION | PT2H30M | EXACTLY       | session
          The journey took 12 hours or so.                                           | 12 hours or so            | DURATION | PT12H   | APPROXIMATELY | journey
          They have been held for more than 100 days.                                | more than 100 days        | DURATION | P100D   | MORE_THAN     | -
          The country has been at war for two years and a half.                      | two years and a half      | DURATION | P2Y6M   | EXACTLY       | -
          The mission will last three weeks.                                         | three weeks               | DURATION | P3W     | EXACTLY       | mission
          The hearing lasted 45 seconds.                                             | 45 seconds                | DURATION | PT45S   | EXACTLY       | hearing
          Its leader has ruled for a quarter of a century.                           | a quarter of a century    | DURATION | P25Y    | EXACTLY       | -
          The city has been rebuilt over half a century.                             | over half a century       | DURATION | P50Y    | MORE_THAN     | -
          A two-day summit begins on Thursday.                                       | two-day                   | DURATION | P2D     | EXACTLY       | summit
          The talks lasted one hour.                                                 | one hour                  | DURATION | PT1H    | EXACTLY       | talks
          He was jailed for a year.                                                  | a year                    | DURATION | P1Y     | EXACTLY       | -
          # percents
          Kyiv wants the 20% of its territory now under Russian control returned.    | 20%                       | PERCENT  | 20      | EXACTLY       | territory
          Moscow demanded concessions to Ukraine, around 20% of which is controlled by Russian forces. | around 20% | PERCENT | 20 | APPROXIMATELY | ukraine
          It accounts for around 1% of daily supplies globally.                      | around 1%                 | PERCENT  | 1       | APPROXIMATELY | daily supplies
          Export volumes are likely to reduce by about 30%.                          | about 30%                 | PERCENT  | 30      | APPROXIMATELY | export volumes
          Turnout fell to 48.5 per cent.                                             | 48.5 per cent             | PERCENT  | 48.5    | EXACTLY       | turnout
          Prices rose 12 percent last year.                                          | 12 percent                | PERCENT  | 12      | EXACTLY       | prices
          The party's support slipped two percentage points.                         | two percentage points     | PERCENT  | 2       | EXACTLY       | support
          Inflation stood at more than 9%.                                           | more than 9%              | PERCENT  | 9       | MORE_THAN     | inflation
          The company cut output by 15 %.                                            | 15 %                      | PERCENT  | 15      | EXACTLY       | -
          Twenty percent of the wheat was lost.                                      | Twenty percent            | PERCENT  | 20      | EXACTLY       | wheat
          Gas flows via the route fell by about 30 per cent in January.              | about 30 per cent         | PERCENT  | 30      | APPROXIMATELY | gas flows
          The central bank raised rates by half a percentage point.                  | half a percentage point   | PERCENT  | 0.5     | EXACTLY       | -
          # fractions
          Almost half of voters backed the deal.                                     | Almost half               | FRACTION | 0.5     | LESS_THAN     | voters
          Nearly a third of the country's power plants were damaged.                 | Nearly a third            | FRACTION | 0.3333  | LESS_THAN     | power plants
          Two-thirds of respondents opposed the plan.                                | Two-thirds                | FRACTION | 0.6667  | EXACTLY       | respondents
          Two thirds of respondents opposed the plan.                                | Two thirds                | FRACTION | 0.6667  | EXACTLY       | respondents
          A quarter of the budget goes to defence.                                   | A quarter                 | FRACTION | 0.25    | EXACTLY       | budget
          Three-quarters of the grain was exported.                                  | Three-quarters            | FRACTION | 0.75    | EXACTLY       | grain
          Only 1/2 of the aid arrived.                                               | 1/2                       | FRACTION | 0.5     | EXACTLY       | aid
          Half the city is without power.                                            | Half                      | FRACTION | 0.5     | EXACTLY       | city
          Exports were cut by half.                                                  | half                      | FRACTION | 0.5     | EXACTLY       | -
          One-third of the staff resigned.                                           | One-third                 | FRACTION | 0.3333  | EXACTLY       | staff
          Only one in five respondents trusted the government.                       | one in five               | FRACTION | 0.2     | EXACTLY       | respondents
          About 1 in 4 adults smoke.                                                 | About 1 in 4              | FRACTION | 0.25    | APPROXIMATELY | adults
          The economy shrank by nearly a third in 2022.                              | nearly a third            | FRACTION | 0.3333  | LESS_THAN     | economy
          # money
          American business has lost more than $300bn since the sanctions began.     | more than $300bn          | MONEY    | 300000000000 USD | MORE_THAN | american business
          The club was sold for £5m.                                                 | £5m                       | MONEY    | 5000000 GBP | EXACTLY   | -
          Brussels approved €2.5 billion in aid.                                     | €2.5 billion              | MONEY    | 2500000000 EUR | EXACTLY | -
          The fund is worth 300 billion dollars.                                     | 300 billion dollars       | MONEY    | 300000000000 USD | EXACTLY | fund
          Kyiv received US$4bn in pledges.                                           | US$4bn                    | MONEY    | 4000000000 USD | EXACTLY | kyiv
          The deal is valued at 40 million euros.                                    | 40 million euros          | MONEY    | 40000000 EUR | EXACTLY  | deal
          The bill came to $2,000.                                                   | $2,000                    | MONEY    | 2000 USD | EXACTLY       | -
          Damage could reach as much as $1.2tn.                                      | as much as $1.2tn         | MONEY    | 1200000000000 USD | AT_MOST | damage
          The ministry set aside 7 billion roubles.                                  | 7 billion roubles         | MONEY    | 7000000000 RUB | EXACTLY | -
          The loan totals EUR 500m.                                                  | EUR 500m                  | MONEY    | 500000000 EUR | EXACTLY  | loan
          Ticket prices rose by £1.50.                                               | £1.50                     | MONEY    | 1.5 GBP | EXACTLY        | ticket prices
          # counts
          The president dismissed five Ukrainian security chiefs.                    | five Ukrainian security chiefs | COUNT | 5    | EXACTLY       | chiefs
          Three officials briefed reporters.                                         | Three officials           | COUNT    | 3       | EXACTLY       | officials
          Negotiators from the 2 sides met again.                                    | 2 sides                   | COUNT    | 2       | EXACTLY       | sides
          At least 2,000 troops crossed the border.                                  | At least 2,000 troops     | COUNT    | 2000    | AT_LEAST      | troops
          Some 1.5 million people fled.                                              | Some 1.5 million people   | COUNT    | 1500000 | APPROXIMATELY | people
          A dozen journalists were detained.                                         | A dozen journalists       | COUNT    | 12      | EXACTLY       | journalists
          Two of the hostages were released.                                         | Two of the hostages       | COUNT    | 2       | EXACTLY       | hostages
          The 27 member states must agree.                                           | 27 member states          | COUNT    | 27      | EXACTLY       | states
          Twenty-four Americans were evacuated.                                      | Twenty-four Americans     | COUNT    | 24      | EXACTLY       | americans
          Police arrested two hundred and fifty protesters.                          | two hundred and fifty protesters | COUNT | 250 | EXACTLY    | protesters
          Officials said 5m people lack power.                                       | 5m people                 | COUNT    | 5000000 | EXACTLY       | people
          The army launched as many as 40 drones overnight.                          | as many as 40 drones      | COUNT    | 40      | AT_MOST       | drones
          The army lost no fewer than 300 tanks.                                     | no fewer than 300 tanks   | COUNT    | 300     | AT_LEAST      | tanks
          Fewer than 30 people attended.                                             | Fewer than 30 people      | COUNT    | 30      | LESS_THAN     | people
          The two leaders spoke by phone.                                            | two leaders               | COUNT    | 2       | EXACTLY       | leaders
          Two more officials resigned.                                               | Two more officials        | COUNT    | 2       | EXACTLY       | officials
          Half a million people were displaced.                                      | Half a million people     | COUNT    | 500000  | EXACTLY       | people
          The convoy carried 12 high-ranking officers.                               | 12 high-ranking officers  | COUNT    | 12      | EXACTLY       | officers
          Rebels hold two gas pipelines.                                             | two gas pipelines         | COUNT    | 2       | EXACTLY       | pipelines
          The plant produces an estimated 200 tonnes a day.                          | an estimated 200 tonnes   | COUNT    | 200     | APPROXIMATELY | tonnes
          # numbers
          The death toll rose to 50.                                                 | 50                        | NUMBER   | 50      | EXACTLY       | death toll
          Rescuers pulled out at least five.                                         | at least five             | NUMBER   | 5       | AT_LEAST      | -
          The index stood at 7,350.25 on Friday.                                     | 7,350.25                  | NUMBER   | 7350.25 | EXACTLY       | index
          The toll reached 120 or so.                                                | 120 or so                 | NUMBER   | 120     | APPROXIMATELY | toll
          Turnout reached two million.                                               | two million               | NUMBER   | 2000000 | EXACTLY       | turnout
          """)
  void readsTheQuantityOfASentence(
      String sentence,
      String text,
      QuantityKind kind,
      String normalized,
      Qualifier qualifier,
      String subject) {
    Quantity q = only(sentence);
    assertEquals(text, q.text(), "text");
    assertEquals(kind, q.kind(), "kind");
    assertEquals(normalized, q.normalized(), "normalized");
    assertEquals(qualifier, q.qualifier(), "qualifier");
    assertEquals(subject, q.subject(), "subject");
    assertEquals(text, sentence.substring(q.span().start(), q.span().end()), "span");
    if (subject != null) {
      assertEquals(
          subject,
          sentence
              .substring(q.subjectSpan().start(), q.subjectSpan().end())
              .toLowerCase(java.util.Locale.ROOT),
          "subject span");
    }
    assertEquals(new Span(0, sentence.length()), q.sentence(), "sentence");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        // years
        "The war began in 2014.",
        "In 2008, Russia fought a short war.",
        "The conference runs until 2030.",
        "Kyiv rejects a return to pre-2014 borders.",
        "The 1990s were turbulent.",
        // dates
        "The talks are scheduled for February 18.",
        "Ministers met on 18 February 2025 in the capital.",
        "The summit opened on 10 March.",
        "Feb. 18 was chosen as the date.",
        "Voting ends on the 18th of February.",
        // clock times
        "The plane landed at 9.32am local time.",
        "The statement came at 2.30pm.",
        "The briefing began at 16:43.",
        "The envoy arrived at 9 a.m.",
        "Polls close at 10 pm.",
        "Sirens sounded at 0400 GMT.",
        "The session resumed at 9.30 after a break.",
        "The vote is set for March 3, and results are due by 6pm.",
        "Shelling began at 5:30 a.m. on Sunday.",
        // ordinals
        "It was the first meeting since the invasion.",
        "The second round of talks is planned.",
        "It was the 19th century.",
        "A third term was never in doubt.",
        "He won a second term in the first half of the year.",
        // one, pronouns
        "One of the officials declined to comment.",
        "No one was hurt.",
        "It was one of the worst days.",
        "The two of them spoke later.",
        // names with numbers
        "Veterans of World War Two gathered.",
        "Round One of the talks ended.",
        "Leaders of the G7 met.",
        "Article 5 of the treaty was invoked.",
        "Boeing 737 jets were grounded.",
        "COVID-19 spread quickly.",
        "The 9/11 attacks changed everything.",
        "The helpline is open 24/7.",
        "No. 10 said the prime minister would travel.",
        "He drove down Route 66 in his iPhone 15 commercial.",
        "The company filed for Chapter 11 bankruptcy protection.",
        "A Category 5 hurricane hit the coast.",
        "Flight MH17 was shot down in 2014.",
        "Ukraine's 2024 budget was cut.",
        // points in time, not lengths
        "The attack happened six days ago.",
        "The ceasefire collapsed three days later.",
        "Two weeks earlier, the envoy had visited.",
        "Three years on, the front line has barely moved.",
        "A decision is due in two weeks’ time.",
        "One day, he said, the war would end.",
        "Leaders meet once a year, and a day of talks follows.",
        // vague amounts
        "Hundreds of people gathered.",
        "The war has cost billions of dollars.",
        "Tens of thousands of people fled.",
        "Dozens were injured.",
        "Several officials resigned.",
        "A few days passed.",
        // ranges
        "Men between 20 – 50 were barred from leaving.",
        "Men aged between 18 and 60 must register.",
        "Two or three officials attended.",
        "The vote was 20-30% lower.",
        "The deal would cover 5 to 10 years.",
        // frequencies, scores, units that are no quantities of interest
        "They meet twice a day.",
        "Scores were tied 3-1.",
        "He ran the 100m in record time.",
        "She spoke for an hour-long stretch? No, a year-long one.",
        "Leaders gather once a year.",
      })
  void findsNoQuantity(String sentence) {
    assertEquals(List.of(), find(sentence), sentence);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          almost           | LESS_THAN
          nearly           | LESS_THAN
          just under       | LESS_THAN
          well under       | LESS_THAN
          under            | LESS_THAN
          less than        | LESS_THAN
          barely           | LESS_THAN
          just short of    | LESS_THAN
          not quite        | LESS_THAN
          more than        | MORE_THAN
          over             | MORE_THAN
          above            | MORE_THAN
          in excess of     | MORE_THAN
          upwards of       | MORE_THAN
          just over        | MORE_THAN
          well over        | MORE_THAN
          about            | APPROXIMATELY
          around           | APPROXIMATELY
          roughly          | APPROXIMATELY
          some             | APPROXIMATELY
          approximately    | APPROXIMATELY
          an estimated     | APPROXIMATELY
          circa            | APPROXIMATELY
          close to         | APPROXIMATELY
          at least         | AT_LEAST
          no fewer than    | AT_LEAST
          no less than     | AT_LEAST
          a minimum of     | AT_LEAST
          at most          | AT_MOST
          up to            | AT_MOST
          no more than     | AT_MOST
          a maximum of     | AT_MOST
          as many as       | AT_MOST
          as long as       | AT_MOST
          """)
  void readsTheQualifierBeforeAQuantity(String word, Qualifier qualifier) {
    String sentence = "The session lasted " + word + " five hours.";
    Quantity q = only(sentence);
    assertEquals(word + " five hours", q.text());
    assertEquals(qualifier, q.qualifier());
    assertEquals(word, q.qualifierWord());
    assertEquals(5.0, q.amount());
    assertEquals("PT5H", q.normalized());
    assertEquals("session", q.subject());
    assertTrue(q.rules().contains("qualifier." + word.replace(' ', '-')), q.rules().toString());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          or so     | APPROXIMATELY
          or more   | AT_LEAST
          or longer | AT_LEAST
          or less   | AT_MOST
          """)
  void readsTheQualifierAfterAQuantity(String words, Qualifier qualifier) {
    Quantity q = only("The session lasted five hours " + words + ".");
    assertEquals("five hours " + words, q.text());
    assertEquals(qualifier, q.qualifier());
    assertEquals(words, q.qualifierWord());
  }

  @Test
  void keepsTheWordThatSetTheQualifier() {
    Quantity almost = only("The meeting lasted for almost five hours.");
    Quantity less = only("The meeting lasted for less than five hours.");
    assertEquals(almost.qualifier(), less.qualifier());
    assertEquals("almost", almost.qualifierWord());
    assertEquals("less than", less.qualifierWord());
    assertNull(only("The meeting lasted five hours.").qualifierWord());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The 4-1/2-hour meeting ended.    | 4.5  | hour
          Talks lasted 4 1/2 hours.        | 4.5  | hour
          Talks lasted four-and-a-half hours. | 4.5 | hour
          The war lasted two decades.      | 2    | decade
          The talks lasted for a week.     | 1    | week
          Officials said 20% was lost.     | 20   | percent
          """)
  void readsTheAmountInItsUnit(String sentence, double amount, String unit) {
    Quantity q = only(sentence);
    assertEquals(amount, q.amount(), 1e-9);
    assertEquals(unit, q.unit());
  }

  @Test
  void readsMoneyInFullAndFractionsExactly() {
    Quantity money = only("American business has lost more than $300bn.");
    assertEquals(3e11, money.amount());
    assertEquals("USD", money.unit());
    assertEquals("300000000000 USD", money.normalized());
    assertEquals("more than", money.qualifierWord());

    Quantity third = only("About a third of the fleet was idle.");
    assertEquals(1 / 3.0, third.amount(), 1e-12);
    assertNull(third.unit());
    assertEquals("0.3333", third.normalized());

    Quantity count = only("Five Ukrainian security chiefs were dismissed.");
    assertEquals("chiefs", count.unit());
    assertEquals("chiefs", count.subject());
  }

  @Test
  void listsTheRulesThatProducedAQuantity() {
    assertEquals(
        List.of("number.mixed-fraction", "duration.hyphen-compound", "subject.compound"),
        only("As the 4-1/2-hour meeting in the Saudi capital was underway, nobody spoke.").rules());
    assertEquals(
        List.of("number.words", "duration.unit", "qualifier.almost", "subject.lasted"),
        only("The meeting lasted for almost five hours.").rules());
    assertEquals(
        List.of("number.words", "duration.unit", "subject.of"),
        only("Following four-and-a-half hours of negotiations in Riyadh, both sides left.")
            .rules());
    assertEquals(
        List.of("number.digits", "duration.unit", "qualifier.over", "subject.tenure"),
        only("He has been foreign minister for over 20 years.").rules());
    assertEquals(
        List.of("number.digits", "duration.unit", "subject.noun-of"),
        only("A veteran foreign minister of 20 years, he knows the brief.").rules());
    assertEquals(
        List.of("number.digits", "percent.symbol", "qualifier.around", "subject.of-which"),
        only("It wants Crimea, around 20% of which is disputed.").rules());
    assertEquals(
        List.of("number.suffix", "money.symbol", "qualifier.more-than", "subject.verb"),
        only("American business has lost more than $300bn.").rules());
    assertEquals(
        List.of("number.words", "count.noun", "subject.count"),
        only("Three officials resigned.").rules());
  }

  @Test
  void reportsOnlyRuleIdsItDocuments() {
    Set<String> known = Set.copyOf(QuantityFinder.ruleIds());
    String text =
        String.join(
            "\n",
            "The 4-1/2-hour meeting lasted for almost five hours.",
            "A 30-year-old man spoke for more than a decade, and an hour and a half later.",
            "Turnout fell to 48.5 per cent, two percentage points down, and around 20% of which.",
            "US$4bn, £5m, 300 billion dollars and EUR 500m were pledged.",
            "Two of the hostages and five officials, half a million people and 1/2 of ½ a loaf.",
            "The death toll rose to 50. Talks ran for two years. Talks took three days.",
            "A veteran minister of 20 years has been minister for 20 years. The trial lasted 2.5 hours.");
    List<Quantity> found = QuantityFinder.find(Document.of(text));
    assertTrue(found.size() > 15, found.toString());
    for (Quantity q : found) {
      for (String rule : q.rules()) {
        assertTrue(known.contains(rule) || rule.startsWith("qualifier."), rule + " in " + q);
      }
    }
  }

  @Test
  void findsQuantitiesInTextOrderWithoutOverlap() {
    String text =
        "Talks lasted four-and-a-half hours. Officials said 20% of the territory, "
            + "worth more than $300bn, was at stake, and three officials resigned.\n"
            + "The war, now in its third year, has killed at least 10,000 civilians "
            + "since 2022; about a third of them were children.";
    Document doc = Document.of(text);
    List<Quantity> found = QuantityFinder.find(doc);
    List<String> texts = new ArrayList<>();
    for (Quantity q : found) {
      texts.add(q.text());
    }
    assertEquals(
        List.of(
            "four-and-a-half hours",
            "20%",
            "more than $300bn",
            "three officials",
            "at least 10,000 civilians",
            "about a third"),
        texts);
    for (int i = 1; i < found.size(); i++) {
      assertTrue(found.get(i - 1).span().end() <= found.get(i).span().start());
    }
    for (Quantity q : found) {
      assertEquals(q.text(), doc.of(q.span()));
      assertEquals(doc.sentenceAt(q.span().start()).span(), q.sentence());
    }
  }

  @Test
  void countsSpansInUtf16Indexes() {
    String text = "🇺🇦 Talks lasted for almost five hours.";
    Quantity q = only(text);
    int start = text.indexOf("almost");
    assertEquals(new Span(start, start + "almost five hours".length()), q.span());
    int subject = text.indexOf("Talks");
    assertEquals(new Span(subject, subject + 5), q.subjectSpan());
  }

  @Test
  void readsNonBreakingSpacesCurlyQuotesAndDashes() {
    Quantity nbsp = only("Supplies fell by around\u00a020%.");
    assertEquals("around\u00a020%", nbsp.text());
    assertEquals(Qualifier.APPROXIMATELY, nbsp.qualifier());
    assertEquals("supplies", nbsp.subject());

    Quantity spaced = only("He has been foreign\u00a0minister for over\u00a020 years.");
    assertEquals("foreign minister", spaced.subject());
    assertEquals("P20Y", spaced.normalized());

    Quantity quoted = only("Engineers said repairs could take “up to two months”.");
    assertEquals("up to two months", quoted.text());
    assertEquals(Qualifier.AT_MOST, quoted.qualifier());

    Quantity curly = only("Kyiv’s army holds 20 per cent of the region’s towns.");
    assertEquals("towns", curly.subject());

    Quantity nbHyphen = only("A four\u2011year mandate was agreed.");
    assertEquals("P4Y", nbHyphen.normalized());
    assertEquals("mandate", nbHyphen.subject());

    assertEquals(List.of(), find("Men between 20 — 50 were called up."));
    assertEquals(List.of(), find("Recruits aged 18–25 were exempt."));
  }

  @Test
  void readsEverySentenceOfAnArticle() {
    String text =
        "RIYADH — Russian and US officials met for almost five hours on Tuesday.\n"
            + "The meeting, the first in three years, ended with a pledge to meet again within "
            + "two weeks. Some 20% of the agenda was left open.\n"
            + "\n"
            + "“It could take up to two months,” an aide said.";
    List<Quantity> found = find(text);
    List<String> texts = new ArrayList<>();
    for (Quantity q : found) {
      texts.add(q.text() + "=" + q.normalized());
    }
    assertEquals(
        List.of(
            "almost five hours=PT5H",
            "three years=P3Y",
            "two weeks=P2W",
            "Some 20%=20",
            "up to two months=P2M"),
        texts);
  }
}

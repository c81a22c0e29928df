package org.newsroom.timeline.extraction.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsroom.timeline.extraction.TextAnalyzer;
import org.newsroom.timeline.extraction.time.DateMention;
import org.newsroom.timeline.extraction.time.PublicationDating;

/** One sentence in, the claims read out of it. Sentences written for these tests. */
class ClaimFinderTest {

  private static final LocalDate WEDNESDAY = LocalDate.of(2024, 6, 12);

  private static TextAnalyzer.Analysis analyse(String text) {
    return TextAnalyzer.analyse(
        text, new PublicationDating.Printed("Wednesday 12 June 2024", null, WEDNESDAY), Map.of());
  }

  private static List<Claim> claims(String text) {
    return analyse(text).claims();
  }

  private static Claim only(String text, Happening kind) {
    List<Claim> of = claims(text).stream().filter(c -> c.kind() == kind).toList();
    assertEquals(1, of.size(), () -> "one " + kind + " claim in: " + text + " → " + claims(text));
    return of.get(0);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The ministers met in Lisbon on Monday.|MEETING",
        "Talks in Geneva lasted six hours.|MEETING",
        "The summit opened in Nairobi.|MEETING",
        "The mayor visited Porto on Tuesday.|TRAVEL",
        "Her trip to Oslo was a success.|TRAVEL",
        "The two presidents held a phone call on Monday.|CALL",
        "A drone strike hit the depot overnight.|ATTACK",
        "Voters go to the polls in a referendum on Sunday.|VOTE",
        "The treaty was signed in Vienna.|SIGNING",
      })
  void shouldReadTheKindOfHappening(String sentence, Happening kind) {
    assertTrue(
        claims(sentence).stream().anyMatch(c -> c.kind() == kind),
        () -> sentence + " → " + claims(sentence));
  }

  @ParameterizedTest(name = "no claim: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The minister talks about the budget every week.",
        "She called it a disgrace.",
        "Prices rose by 3% in May.",
      })
  void shouldNotReadAHappeningWhereThereIsNone(String sentence) {
    assertEquals(List.of(), claims(sentence), sentence);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Maria Duarte has cancelled her visit to Porto.|CANCELLED|cancelled",
        "The summit was called off at the last minute.|CANCELLED|called off",
        "Maria Duarte postponed her trip to Porto until July.|POSTPONED|postponed",
        "The vote was delayed by a week.|POSTPONED|delayed",
        "The meeting has been rescheduled for 3 July.|RESCHEDULED|rescheduled",
      })
  void shouldReadWhatBecameOfTheHappening(String sentence, StatedStatus status, String word) {
    Claim claim =
        claims(sentence).stream().filter(c -> c.status() != null).findFirst().orElseThrow();
    assertEquals(status, claim.status(), sentence);
    assertEquals(word, claim.statusWord(), sentence);
  }

  @Test
  void shouldTakeTheStatusFromTheClauseOfTheHappeningOnly() {
    Claim visit =
        only(
            "Maria Duarte was due to visit Porto on Thursday, but the strike was cancelled.",
            Happening.TRAVEL);
    assertEquals(null, visit.status(), visit::toString);
  }

  @Test
  void shouldReadAStatusVerbWithNoHappeningWordAsAClaimOfNoKind() {
    Claim claim = claims("Maria Duarte said she had rescheduled a go to Porto.").get(0);
    assertEquals(null, claim.kind());
    assertEquals(StatedStatus.RESCHEDULED, claim.status());
    assertTrue(claim.rules().contains("claim.status-only"));
  }

  @Test
  void shouldTakeThePeopleOfTheSentenceWhenTheClauseNamesNone() {
    Claim trip =
        only(
            "Maria Duarte was due in Porto on Thursday but she postponed the trip until July.",
            Happening.TRAVEL);
    assertEquals(List.of("duarte"), keys(trip.people()));
    assertTrue(trip.rules().contains("claim.parties-from-sentence"), trip::toString);
  }

  @Test
  void shouldKeyPeopleSoThatTransliterationsMeet() {
    Claim a = only("Volodymyr Zelenskyy visited Ankara on Monday.", Happening.TRAVEL);
    Claim b = only("President Zelenskiy visited Ankara on Monday.", Happening.TRAVEL);
    assertEquals(keys(a.people()), keys(b.people()));
  }

  @Test
  void shouldDateTheHappeningFromItsOwnClause() {
    TextAnalyzer.Analysis a =
        analyse(
            "The ministers met in Lisbon on Monday, and the leaders will gather in Rome on"
                + " Friday.");
    Claim met = a.claims().get(0);
    assertEquals(List.of("Monday"), texts(a, met));
    assertEquals(List.of("lisbon"), keys(met.places()));
  }

  @Test
  void shouldDateFromTheSentenceWhenTheClauseHasNoDate() {
    TextAnalyzer.Analysis a =
        analyse("In Lisbon on Monday, at an emergency meeting of ministers, the plan was agreed.");
    Claim meeting = only(a, Happening.MEETING);
    assertEquals(List.of("Monday"), texts(a, meeting));
    assertEquals(List.of("lisbon"), keys(meeting.places()));
    assertTrue(meeting.rules().contains("claim.dates-from-sentence"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The ministers met in Lisbon on Monday.|lisbon",
        "In Lisbon on Monday, the ministers met.|lisbon",
        "The mayor flew to Porto on Tuesday.|porto",
        "The mayor visited Porto on Tuesday.|porto",
        "The talks on ending the long dispute in Angola resumed on Monday.|''",
        "The ministers from Spain met on Monday.|''",
        "Spain's ministers met on Monday.|''",
        "The meeting follows emergency talks between the ministers in Lisbon.|lisbon",
      })
  void shouldPlaceTheHappeningWhereItIsNotWhatItIsAbout(String sentence, String place) {
    Claim claim = claims(sentence).get(0);
    assertEquals(place.isEmpty() ? List.of() : List.of(place), keys(claim.places()), sentence);
  }

  @Test
  void shouldMarkAnotherOccurrence() {
    assertTrue(
        only("Leaders hold a second summit in Rome on Friday.", Happening.MEETING).repeated());
    assertFalse(only("Leaders hold a summit in Rome on Friday.", Happening.MEETING).repeated());
    assertTrue(only("The next round of talks is in Rome.", Happening.MEETING).repeated());
    assertTrue(only("Leaders met again in Rome.", Happening.MEETING).repeated());
    assertFalse(
        only("The mayor visited Porto on Monday to open the new docks.", Happening.TRAVEL)
            .repeated());
  }

  private static Claim only(TextAnalyzer.Analysis a, Happening kind) {
    return a.claims().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
  }

  private static List<String> texts(TextAnalyzer.Analysis a, Claim claim) {
    return a.mentions().stream()
        .filter(m -> claim.dates().contains(m.span()))
        .map(DateMention::text)
        .collect(Collectors.toList());
  }

  private static List<String> keys(List<Claim.Party> parties) {
    return parties.stream().map(Claim.Party::key).toList();
  }
}

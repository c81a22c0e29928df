package org.newsroom.timeline.extraction.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsroom.timeline.extraction.text.Document;

/** Articles written for these tests, each with one kind of disagreement about its date. */
class PublicationDatingTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  static TemporalAnalysis.Result analyse(String text, String printed) {
    return TemporalAnalysis.analyse(
        Document.of(text), new PublicationDating.Printed(printed, null, TODAY), Map.of());
  }

  static List<FindingKind> kinds(Scope scope) {
    return scope.findings().stream().map(Finding::kind).toList();
  }

  @Test
  void shouldTrustAPrintedDateTheTextAgreesWith() {
    Scope scope =
        analyse(
                "The council voted on Thursday to close the library. Residents protested on"
                    + " Wednesday outside the town hall.",
                "Published June 13, 2024")
            .scopes()
            .get(0);
    assertEquals(LocalDate.of(2024, 6, 13), scope.anchor());
    assertEquals(AnchorBasis.PRINTED, scope.basis());
    assertTrue(scope.findings().isEmpty(), () -> scope.findings().toString());
  }

  @Test
  void shouldCorrectAWrongPrintedYearFromTheDatelineAndTheWeekdays() {
    String text =
        "Port strike ends\n"
            + "WIRE | Published March 6, 2021\n"
            + "HAMBURG, March 5 (Wire) – Dock workers said on Wednesday they would return to work"
            + " after a deal was reached. Later on Wednesday, the union's leader told members the"
            + " vote was unanimous. The strike began on Monday.";
    TemporalAnalysis.Result result = analyse(text, null);
    Scope scope = result.scopes().get(0);
    // 5 March is a Wednesday in 2025 (and in 2014 and 2031): the nearest such year to 2021.
    assertEquals(LocalDate.of(2025, 3, 5), scope.anchor());
    assertEquals(AnchorBasis.DATELINE, scope.basis());
    assertTrue(kinds(scope).contains(FindingKind.WRONG_YEAR), kinds(scope)::toString);
    assertTrue(kinds(scope).contains(FindingKind.PRINTED_AFTER_DATELINE), kinds(scope)::toString);
    Finding wrongYear =
        scope.findings().stream()
            .filter(f -> f.kind() == FindingKind.WRONG_YEAR)
            .findFirst()
            .orElseThrow();
    assertTrue(wrongYear.quotes().stream().anyMatch(q -> q.role().equals("printed")));
    assertTrue(wrongYear.quotes().stream().anyMatch(q -> q.role().equals("dateline")));
    DateMention monday =
        result.mentions().stream().filter(m -> m.text().equals("Monday")).findFirst().orElseThrow();
    assertEquals("2025-03-03", monday.value().value());
  }

  @Test
  void shouldReadATextWrittenTheDayBeforeItsPrintAgainstThatDay() {
    String text =
        "BERLIN – The finance minister on Sunday rejected calls for a new budget, setting out his"
            + " position on the eve of talks on Monday with the opposition. The coalition said"
            + " party leaders would meet on Monday in the chancellery.";
    Scope scope = analyse(text, "Published 10 March 2025").scopes().get(0);
    assertEquals(LocalDate.of(2025, 3, 9), scope.anchor());
    assertTrue(kinds(scope).contains(FindingKind.WRITTEN_BEFORE_PRINT), kinds(scope)::toString);
  }

  @Test
  void shouldNotMoveAPrintedDateForPastWeekdaysAlone() {
    String text =
        "Negotiators met on Monday and again on Tuesday morning. Talks begin in earnest on"
            + " Tuesday, officials said.";
    Scope scope = analyse(text, "Published 11 March 2025").scopes().get(0);
    assertEquals(LocalDate.of(2025, 3, 11), scope.anchor());
  }

  @Test
  void shouldFindAnUnfilledPlaceholderAndLeaveTheTextUndated() {
    String text =
        "Fans queued overnight for today's final. The coach said last night he was confident.\n"
            + "Published: [#article_date]";
    Scope scope = analyse(text, "Published: [#article_date]").scopes().get(0);
    assertNull(scope.anchor());
    assertEquals(AnchorBasis.NONE, scope.basis());
    assertTrue(kinds(scope).contains(FindingKind.PLACEHOLDER));
    assertTrue(kinds(scope).contains(FindingKind.UNDATED));
  }

  @Test
  void shouldDateATextWithNoPrintedDateFromADateItStates() {
    String text =
        "The ministers met on Thursday in the capital. A photo caption reads: the ministers in"
            + " the capital on 6 March 2025.";
    Scope scope = analyse(text, null).scopes().get(0);
    assertEquals(LocalDate.of(2025, 3, 6), scope.anchor());
    assertEquals(AnchorBasis.CONTENT, scope.basis());
    assertEquals(List.of(FindingKind.NO_PRINTED_DATE), kinds(scope));
  }

  @Test
  void shouldPreferATimestampLine() {
    String text =
        "Live: election night\nSaturday 8 June 2024 22:15, UK\nPolls closed tonight at ten.";
    TemporalAnalysis.Result result = analyse(text, null);
    assertEquals(LocalDate.of(2024, 6, 8), result.scopes().get(0).anchor());
    assertEquals(AnchorBasis.TIMESTAMP, result.scopes().get(0).basis());
    assertEquals(
        "2024-06-08",
        result.mentions().stream()
            .filter(m -> m.text().equals("tonight"))
            .findFirst()
            .orElseThrow()
            .value()
            .value());
  }

  @Test
  void shouldDateEachArticleOfABundleOnItsOwn() {
    String text =
        "First story\nSITE | Published May 2, 2024\nThe mayor resigned on Thursday.\n"
            + "READ MORE\nSecond story\nSITE | Published May 6, 2024\nThe council met on Monday"
            + " and will vote on Wednesday.";
    TemporalAnalysis.Result result = analyse(text, null);
    assertEquals(2, result.scopes().size());
    assertEquals(LocalDate.of(2024, 5, 2), result.scopes().get(0).anchor());
    assertEquals(LocalDate.of(2024, 5, 6), result.scopes().get(1).anchor());
    assertEquals(
        List.of("2024-05-02", "2024-05-06", "2024-05-08"),
        result.mentions().stream()
            .filter(m -> m.kind() == MentionKind.RELATIVE)
            .map(m -> m.value().value())
            .toList());
  }

  @Test
  void shouldLetAPersonSetTheAnchorAndStillRecordTheFindings() {
    String text =
        "HAMBURG, March 5 (Wire) – Dock workers said on Wednesday the strike was over. Later on"
            + " Wednesday, the union's leader thanked members.";
    TemporalAnalysis.Result result =
        TemporalAnalysis.analyse(
            Document.of(text),
            new PublicationDating.Printed("Published March 6, 2021", null, TODAY),
            Map.of(
                0,
                new TemporalAnalysis.Override(
                    LocalDate.of(2025, 3, 5),
                    AnchorBasis.PERSON,
                    "anchor.person",
                    "checked with the wire")));
    Scope scope = result.scopes().get(0);
    assertEquals(AnchorBasis.PERSON, scope.basis());
    assertTrue(kinds(scope).contains(FindingKind.WRONG_YEAR));
  }

  @Test
  void shouldNotTakePageFurnitureForADateline() {
    String text =
        "FILE PHOTO: Ministers attend a press conference in the capital after their meeting.\n"
            + "SOURCE: www.example.org\nThe talks ended on Friday.";
    TemporalAnalysis.Result result = analyse(text, "Published 7 June 2024");
    assertTrue(
        result.scopes().get(0).evidence().stream()
            .noneMatch(e -> e.kind() == Evidence.EvidenceKind.DATELINE));
  }
}

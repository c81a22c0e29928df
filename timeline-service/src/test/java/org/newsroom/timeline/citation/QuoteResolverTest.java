package org.newsroom.timeline.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsroom.foundation.quote.QuoteSelector;
import org.newsroom.timeline.citation.QuoteResolver.Resolution;

class QuoteResolverTest {

  /** U+1F600: one code point, two UTF-16 chars. Code point offsets after it are one less. */
  private static final String GRIN = "😀";

  private static final String NBSP = "\u00A0";

  /** "we will win" is at code points 20-31, but at chars 21-32. The text has 32 code points. */
  private static final String MINISTER = GRIN + " The minister said we will win.";

  private static final String VOTE = "The vote was close. The vote was lost.";

  private static QuoteSelector words(String exact) {
    return new QuoteSelector(exact, null, null, null, null);
  }

  private static QuoteSelector at(String exact, Integer start, Integer end) {
    return new QuoteSelector(exact, null, null, start, end);
  }

  private static QuoteSelector withContext(String exact, String prefix, String suffix) {
    return new QuoteSelector(exact, prefix, suffix, null, null);
  }

  private static String codePoints(String text, int start, int end) {
    return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
  }

  private static QuoteSelector resolved(String text, QuoteSelector quote) {
    Resolution resolution = QuoteResolver.resolve(text, quote);
    assertTrue(resolution.matches(), () -> "expected a match, got: " + resolution.mismatch());
    assertNull(resolution.mismatch());
    return resolution.selector();
  }

  private static String mismatch(String text, QuoteSelector quote) {
    Resolution resolution = QuoteResolver.resolve(text, quote);
    assertFalse(resolution.matches(), () -> "expected a mismatch, got: " + resolution.selector());
    assertNull(resolution.selector());
    return resolution.mismatch();
  }

  @Test
  void shouldHaveTheTestTextsItAssumes() {
    assertEquals(32, MINISTER.codePointCount(0, MINISTER.length()));
    assertEquals(33, MINISTER.length());
    assertEquals("we will win", codePoints(MINISTER, 20, 31));
  }

  @Test
  void shouldRefuseAnEmptyQuoteInsteadOfSearchingForever() {
    assertEquals("the quote is empty", mismatch(VOTE, words("")));
  }

  @Test
  void shouldRefuseNegativeOffsets() {
    assertEquals("offsets cannot be negative", mismatch(VOTE, at("The", -1, 2)));
  }

  // --- given offsets ---

  @Test
  void shouldAcceptOffsetsCountedInCodePoints() {
    assertEquals(
        new QuoteSelector("we will win", GRIN + " The minister said ", ".", 20, 31),
        resolved(MINISTER, at("we will win", 20, 31)));
  }

  @Test
  void shouldRejectUtf16OffsetsAfterAnAstralCharacter() {
    assertEquals(
        "offsets 21-32 hold \"e will win.\", not the quote (the quote is elsewhere in the source)",
        mismatch(MINISTER, at("we will win", 21, 32)));
  }

  @Test
  void shouldRejectOffsetsThatHoldOtherWordsWithoutClaimingTheQuoteIsElsewhere() {
    String reason = mismatch(MINISTER, at("we shall win", 20, 31));
    assertEquals("offsets 20-31 hold \"we will win\", not the quote", reason);
    assertFalse(reason.contains("elsewhere"));
  }

  @Test
  void shouldAbbreviateALongMismatchInTheMessage() {
    String text = "a".repeat(100) + " and the rest";
    String reason = mismatch(text, at("something else entirely", 0, 100));
    assertEquals("offsets 0-100 hold \"" + "a".repeat(57) + "...\", not the quote", reason);
  }

  @Test
  void shouldAcceptAQuoteThatEndsTheText() {
    QuoteSelector selector = resolved(MINISTER, at("win.", 28, 32));
    assertEquals("", selector.suffix());
    assertEquals(28, selector.start());
    assertEquals(32, selector.end());
  }

  @Test
  void shouldAcceptAQuoteThatStartsTheText() {
    QuoteSelector selector = resolved(MINISTER, at(GRIN + " The", 0, 5));
    assertEquals("", selector.prefix());
    assertEquals(" minister said we will win.", selector.suffix());
  }

  @Test
  void shouldRejectAnEndPastTheTextInCodePoints() {
    assertEquals(
        "end 40 is past the end of the source text (32 code points)",
        mismatch(MINISTER, at("win.", 28, 40)));
  }

  @Test
  void shouldRejectAnEndThatFitsInUtf16ButNotInCodePoints() {
    // 33 chars, but only 32 code points
    assertEquals(
        "end 33 is past the end of the source text (32 code points)",
        mismatch(MINISTER, at("win.", 29, 33)));
  }

  @Test
  void shouldRejectStartEqualToEnd() {
    assertEquals(
        "start 20 must be less than end 20", mismatch(MINISTER, at("we will win", 20, 20)));
  }

  @Test
  void shouldRejectStartAfterEnd() {
    assertEquals(
        "start 31 must be less than end 20", mismatch(MINISTER, at("we will win", 31, 20)));
  }

  @Test
  void shouldRejectStartWithoutEnd() {
    assertEquals(
        "give both start and end, or neither", mismatch(MINISTER, at("we will win", 20, null)));
  }

  @Test
  void shouldRejectEndWithoutStart() {
    assertEquals(
        "give both start and end, or neither", mismatch(MINISTER, at("we will win", null, 31)));
  }

  @Test
  void shouldCheckTheGivenPrefixAgainstTheOffsets() {
    assertEquals(
        "the text before the quote is not the given prefix",
        mismatch(MINISTER, new QuoteSelector("we will win", "minister said: ", null, 20, 31)));
  }

  @Test
  void shouldCheckTheGivenSuffixAgainstTheOffsets() {
    assertEquals(
        "the text after the quote is not the given suffix",
        mismatch(MINISTER, new QuoteSelector("we will win", null, "!", 20, 31)));
  }

  @Test
  void shouldKeepAGivenPrefixAndSuffixThatFitTheOffsets() {
    QuoteSelector given = new QuoteSelector("we will win", "said ", ".", 20, 31);
    assertEquals(given, resolved(MINISTER, given));
  }

  // --- astral characters and NBSP ---

  @Test
  void shouldCountAnAstralCharacterInsideTheQuoteAsOneCodePoint() {
    String text = "Fans shouted 🏆 we won 🏆 all night";
    QuoteSelector selector = resolved(text, words("🏆 we won 🏆"));
    assertEquals(13, selector.start());
    assertEquals(23, selector.end());
    assertEquals("🏆 we won 🏆", codePoints(text, selector.start(), selector.end()));
    assertEquals(selector, resolved(text, at("🏆 we won 🏆", 13, 23)));
  }

  @Test
  void shouldKeepANoBreakSpaceExact() {
    String text = "Police counted 10" + NBSP + "000 marchers.";
    QuoteSelector selector = resolved(text, words("10" + NBSP + "000 marchers"));
    assertEquals(15, selector.start());
    assertEquals(30, selector.end());
    assertEquals("10" + NBSP + "000 marchers", selector.exact());
  }

  @Test
  void shouldNotFindAQuoteWithASpaceWhereTheTextHasANoBreakSpace() {
    String text = "Police counted 10" + NBSP + "000 marchers.";
    assertEquals(
        "the quote \"10 000 marchers\" is not in the source",
        mismatch(text, words("10 000 marchers")));
  }

  @Test
  void shouldNotMatchOffsetsHoldingANoBreakSpaceToAQuoteWithASpace() {
    String text = "Police counted 10" + NBSP + "000 marchers.";
    String reason = mismatch(text, at("10 000 marchers", 15, 30));
    assertEquals("offsets 15-30 hold \"10" + NBSP + "000 marchers\", not the quote", reason);
    assertFalse(reason.contains("elsewhere"));
  }

  // --- locating a quote without offsets ---

  @Test
  void shouldLocateAQuoteInCodePointsAfterAnAstralCharacter() {
    assertEquals(
        new QuoteSelector("we will win", GRIN + " The minister said ", ".", 20, 31),
        resolved(MINISTER, words("we will win")));
  }

  @Test
  void shouldStoreAtMost32CodePointsOfContextEitherSide() {
    String before = "x".repeat(10) + GRIN + "y".repeat(30);
    String after = "z".repeat(20) + GRIN + "w".repeat(20);
    String text = before + "the vote passed" + after;

    QuoteSelector selector = resolved(text, words("the vote passed"));

    assertEquals(41, selector.start());
    assertEquals(56, selector.end());
    assertEquals("x" + GRIN + "y".repeat(30), selector.prefix());
    assertEquals("z".repeat(20) + GRIN + "w".repeat(11), selector.suffix());
    assertEquals(
        QuoteResolver.CONTEXT, selector.prefix().codePointCount(0, selector.prefix().length()));
    assertEquals(
        QuoteResolver.CONTEXT, selector.suffix().codePointCount(0, selector.suffix().length()));
  }

  @Test
  void shouldStoreShorterContextAtTheStartOfTheText() {
    QuoteSelector selector = resolved(VOTE, words("The vote was close"));
    assertEquals(0, selector.start());
    assertEquals(18, selector.end());
    assertEquals("", selector.prefix());
    assertEquals(". The vote was lost.", selector.suffix());
  }

  @Test
  void shouldStoreShorterContextAtTheEndOfTheText() {
    QuoteSelector selector = resolved(VOTE, words("was lost."));
    assertEquals(29, selector.start());
    assertEquals(38, selector.end());
    assertEquals("The vote was close. The vote ", selector.prefix());
    assertEquals("", selector.suffix());
  }

  @Test
  void shouldRejectAQuoteFoundTwice() {
    assertEquals(
        "the quote occurs 2 times; give start/end or a prefix/suffix that singles one out",
        mismatch(VOTE, words("The vote was")));
  }

  @Test
  void shouldTreatAnEmptyPrefixAndSuffixAsNotGiven() {
    assertEquals(
        "the quote occurs 2 times; give start/end or a prefix/suffix that singles one out",
        mismatch(VOTE, withContext("The vote was", "", "")));
    QuoteSelector selector = resolved(VOTE, withContext("was lost", "", ""));
    assertEquals("The vote was close. The vote ", selector.prefix());
    assertEquals(".", selector.suffix());
  }

  @Test
  void shouldSingleOutAnOccurrenceByItsPrefix() {
    QuoteSelector selector = resolved(VOTE, withContext("The vote was", "close. ", null));
    assertEquals(20, selector.start());
    assertEquals(32, selector.end());
    assertEquals("close. ", selector.prefix());
    assertEquals(" lost.", selector.suffix());
  }

  @Test
  void shouldSingleOutAnOccurrenceByItsSuffix() {
    QuoteSelector selector = resolved(VOTE, withContext("The vote was", null, " close"));
    assertEquals(0, selector.start());
    assertEquals(12, selector.end());
    assertEquals("", selector.prefix());
    assertEquals(" close", selector.suffix());
  }

  @Test
  void shouldGiveCodePointOffsetsForAnOccurrenceSingledOutAfterAnAstralCharacter() {
    String text = "We win " + GRIN + ". We win " + GRIN + GRIN + ".";
    QuoteSelector selector = resolved(text, withContext("We win", null, " " + GRIN + GRIN));
    assertEquals(10, selector.start());
    assertEquals(16, selector.end());
    assertEquals("We win", codePoints(text, 10, 16));
    assertEquals("We win " + GRIN + ". ", selector.prefix());
  }

  @Test
  void shouldRejectAQuoteThatIsNotInTheText() {
    assertEquals(
        "the quote \"The vote was won\" is not in the source",
        mismatch(VOTE, words("The vote was won")));
  }

  @Test
  void shouldAbbreviateALongMissingQuoteInTheMessage() {
    String quote = "b".repeat(100);
    assertEquals(
        "the quote \"" + "b".repeat(57) + "...\" is not in the source",
        mismatch(VOTE, words(quote)));
  }

  @Test
  void shouldNotCutAnAstralCharacterInHalfWhenAbbreviatingAMissingQuote() {
    String quote = "a".repeat(56) + GRIN + "b".repeat(20);
    String reason = mismatch(VOTE, words(quote));
    assertTrue(reason.startsWith("the quote \"" + "a".repeat(56)), reason);
    assertTrue(reason.endsWith("...\" is not in the source"), reason);
    assertSurvivesUtf8(reason);
  }

  @Test
  void shouldNotCutAnAstralCharacterInHalfWhenAbbreviatingTheWordsAtTheOffsets() {
    String text = "a".repeat(56) + GRIN + "b".repeat(20);
    String reason = mismatch(text, at("something else", 0, 77));
    assertTrue(reason.startsWith("offsets 0-77 hold \"" + "a".repeat(56)), reason);
    assertTrue(reason.endsWith("...\", not the quote"), reason);
    assertSurvivesUtf8(reason);
  }

  /** A message with an unpaired surrogate cannot be written as UTF-8 and comes back altered. */
  private static void assertSurvivesUtf8(String message) {
    assertEquals(
        message,
        new String(message.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
        "the message holds an unpaired surrogate");
  }

  @Test
  void shouldRejectAQuoteFoundButNotWithTheGivenPrefix() {
    assertEquals(
        "the quote is in the source, but not with that prefix/suffix",
        mismatch(VOTE, withContext("The vote was", "open. ", null)));
  }

  @Test
  void shouldRejectAQuoteFoundButNotWithTheGivenSuffix() {
    assertEquals(
        "the quote is in the source, but not with that prefix/suffix",
        mismatch(VOTE, withContext("The vote was", null, " won")));
  }

  // --- a real article ---

  @Test
  void shouldLocateAQuoteInASeedArticle() throws IOException {
    String text =
        Files.readString(Path.of("../seeds/004_6b3ec5b09c9cb09d.txt"), StandardCharsets.UTF_8);
    String quote = "Talks lasted four-and-a-half hours";
    int first = text.indexOf(quote);
    assertTrue(first >= 0, "the seed article holds the quote");
    assertEquals(-1, text.indexOf(quote, first + 1), "the seed article holds the quote once");

    QuoteSelector selector = resolved(text, words(quote));

    assertEquals(quote, codePoints(text, selector.start(), selector.end()));
    assertEquals(quote.codePointCount(0, quote.length()), selector.end() - selector.start());
    assertEquals(codePoints(text, selector.start() - 32, selector.start()), selector.prefix());
    assertEquals(codePoints(text, selector.end(), selector.end() + 32), selector.suffix());
    assertEquals(selector, resolved(text, selector));
  }
}

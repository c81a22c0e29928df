package org.newsroom.timeline.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceTextTest {

  @Test
  void shouldHashTheEmptyTextToTheKnownSha256() {
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", SourceText.sha256(""));
  }

  @Test
  void shouldHashAbcToTheKnownSha256() {
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        SourceText.sha256("abc"));
  }

  @Test
  void shouldHashTheUtf8BytesOfTheText() {
    // sha256sum of the bytes C3 A9; the Latin-1 byte E9 would give de2e331d…3b0d
    assertEquals(
        "4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c",
        SourceText.sha256("\u00E9"));
  }

  @Test
  void shouldHashAnAstralCharacterAsItsFourUtf8Bytes() {
    // sha256sum of the bytes F0 9F 98 80
    assertEquals(
        "f0443a342c5ef54783a111b51ba56c938e474c32324d90c3a60c9c8e3a37e2d9",
        SourceText.sha256("\uD83D\uDE00"));
  }

  @Test
  void shouldNotNormaliseTheTextBeforeHashing() {
    assertNotEquals(SourceText.sha256("e\u0301"), SourceText.sha256("\u00E9"));
  }

  @Test
  void shouldHashANoBreakSpaceDifferentlyFromASpace() {
    assertNotEquals(SourceText.sha256("10\u00A0000"), SourceText.sha256("10 000"));
  }

  @Test
  void shouldHashTheTextExactlyAsGiven() {
    assertNotEquals(SourceText.sha256("abc"), SourceText.sha256("abc\n"));
    assertNotEquals(SourceText.sha256("abc"), SourceText.sha256("Abc"));
    assertEquals(SourceText.sha256("abc"), SourceText.sha256(new String("abc")));
  }

  @Test
  void shouldCountAnEmojiAsOneCodePoint() {
    assertEquals(1, SourceText.length("😀"));
    assertEquals(8, SourceText.length("we won 😀"));
  }

  @Test
  void shouldCountEveryBmpCharacterIncludingNoBreakSpaceAsOne() {
    assertEquals(6, SourceText.length("10\u00A0000"));
    assertEquals(0, SourceText.length(""));
  }

  @Test
  void shouldRejectANulCharacter() {
    assertEquals(
        Optional.of("contains a NUL character at index 3"), SourceText.unstorable("abc\u0000def"));
  }

  @Test
  void shouldRejectALoneHighSurrogate() {
    assertEquals(
        Optional.of("contains an unpaired surrogate at index 2"),
        SourceText.unstorable("ab\uD83Dcd"));
  }

  @Test
  void shouldRejectALoneHighSurrogateAtTheEnd() {
    assertEquals(
        Optional.of("contains an unpaired surrogate at index 2"),
        SourceText.unstorable("ab\uD83D"));
  }

  @Test
  void shouldRejectALoneLowSurrogate() {
    assertEquals(
        Optional.of("contains an unpaired surrogate at index 2"),
        SourceText.unstorable("ab\uDE00cd"));
  }

  @Test
  void shouldRejectTwoHighSurrogatesInARow() {
    assertEquals(
        Optional.of("contains an unpaired surrogate at index 0"),
        SourceText.unstorable("\uD83D\uD83D\uDE00"));
  }

  @Test
  void shouldRejectALowSurrogateBeforeAHighOne() {
    assertEquals(
        Optional.of("contains an unpaired surrogate at index 0"),
        SourceText.unstorable("\uDE00\uD83D"));
  }

  @Test
  void shouldReportTheNulAfterAValidSurrogatePair() {
    assertEquals(
        Optional.of("contains a NUL character at index 2"), SourceText.unstorable("😀\u0000"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Ordinary text, with punctuation: “quotes” – and dashes…",
        "10\u00A0000 marchers",
        "😀",
        "a 😀 b 🏆 c",
        "\uD83D\uDE00",
        "Arabic العربية and CJK 漢字"
      })
  void shouldStoreOrdinaryTextAndValidSurrogatePairs(String text) {
    assertEquals(Optional.empty(), SourceText.unstorable(text));
  }
}

package org.newsroom.timeline.extraction.text;

import java.util.Locale;

/** A word or a punctuation mark, with where it is and its lower-case form. */
public record Token(String text, int start, int end, String lower) {

  public static Token of(String text, int start, int end) {
    return new Token(text, start, end, text.toLowerCase(Locale.ROOT));
  }

  public boolean isWord() {
    return Character.isLetterOrDigit(text.codePointAt(0));
  }

  public boolean isCapitalised() {
    return Character.isUpperCase(text.codePointAt(0));
  }

  public Span span() {
    return new Span(start, end);
  }
}

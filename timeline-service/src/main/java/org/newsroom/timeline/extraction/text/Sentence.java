package org.newsroom.timeline.extraction.text;

import java.util.List;

/**
 * One sentence: its span, its tokens, and the paragraph (line) it belongs to. The first sentence of
 * a paragraph has {@code firstInParagraph}.
 */
public record Sentence(
    int index, Span span, int paragraph, boolean firstInParagraph, List<Token> tokens) {

  /** Index of the first token that starts at or after the char index, or tokens().size(). */
  public int tokenAt(int charIndex) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() > charIndex) {
        return i;
      }
    }
    return tokens.size();
  }

  /** Number of word tokens. */
  public int wordCount() {
    int words = 0;
    for (Token token : tokens) {
      if (token.isWord()) {
        words++;
      }
    }
    return words;
  }
}

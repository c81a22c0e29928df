package org.newsroom.timeline.extraction.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A text cut into paragraphs (lines), sentences and tokens, with the conversion from UTF-16 indexes
 * to the code points citations count. Built once per analysis; immutable.
 */
public final class Document {

  /** Words after which a full stop does not end a sentence. */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
          "prof", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "no", "jan", "feb", "mar", "apr",
          "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx", "est",
          "rev", "hon", "adm", "maj", "cpl", "pres", "govt", "dept");

  private final String text;
  private final int[] codePointAt; // null when the text has no surrogate pairs
  private final List<Span> paragraphs;
  private final List<Sentence> sentences;

  private Document(String text) {
    this.text = text;
    this.codePointAt = codePointIndex(text);
    this.paragraphs = paragraphs(text);
    this.sentences = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      boolean first = true;
      for (Span span : split(text, paragraphs.get(p))) {
        sentences.add(new Sentence(sentences.size(), span, p, first, tokens(text, span)));
        first = false;
      }
    }
  }

  public static Document of(String text) {
    return new Document(text);
  }

  public String text() {
    return text;
  }

  public List<Span> paragraphs() {
    return paragraphs;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public String of(Span span) {
    return text.substring(span.start(), span.end());
  }

  /** The sentence holding the char index, if any. */
  public Sentence sentenceAt(int index) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = sentences.get(mid).span();
      if (index < s.start()) {
        hi = mid - 1;
      } else if (index >= s.end()) {
        lo = mid + 1;
      } else {
        return sentences.get(mid);
      }
    }
    return null;
  }

  /** The code point offset of a UTF-16 index. */
  public int codePoint(int index) {
    return codePointAt == null ? index : codePointAt[index];
  }

  /** The span in code points, as citations count. */
  public Span codePoints(Span span) {
    return new Span(codePoint(span.start()), codePoint(span.end()));
  }

  private static int[] codePointIndex(String text) {
    boolean surrogates = false;
    for (int i = 0; i < text.length() && !surrogates; i++) {
      surrogates = Character.isSurrogate(text.charAt(i));
    }
    if (!surrogates) {
      return null;
    }
    int[] index = new int[text.length() + 1];
    int cp = 0;
    for (int i = 0; i < text.length(); i++) {
      index[i] = cp;
      if (!(Character.isHighSurrogate(text.charAt(i))
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1)))) {
        cp++;
      }
    }
    index[text.length()] = cp;
    return index;
  }

  /** Lines with their surrounding white space trimmed; blank lines are dropped. */
  private static List<Span> paragraphs(String text) {
    List<Span> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        Span trimmed = trim(text, start, i);
        if (trimmed != null) {
          lines.add(trimmed);
        }
        start = i + 1;
      }
    }
    return lines;
  }

  private static Span trim(String text, int start, int end) {
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return start < end ? new Span(start, end) : null;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * Sentences of one paragraph: a stop (. ! ? …), any closing quotes or brackets, white space, and
   * then something that can start a sentence. A full stop after an abbreviation or an initial does
   * not end one.
   */
  static List<Span> split(String text, Span paragraph) {
    List<Span> sentences = new ArrayList<>();
    int start = paragraph.start();
    int end = paragraph.end();
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?' && c != '…') {
        continue;
      }
      int j = i + 1;
      while (j < end && isCloser(text.charAt(j))) {
        j++;
      }
      if (j >= end || !isSpace(text.charAt(j))) {
        continue;
      }
      int k = j;
      while (k < end && isSpace(text.charAt(k))) {
        k++;
      }
      if (k >= end || !canStart(text.charAt(k))) {
        continue;
      }
      if (c == '.' && j == i + 1 && abbreviationBefore(text, start, i)) {
        continue;
      }
      Span sentence = trim(text, start, j);
      if (sentence != null) {
        sentences.add(sentence);
      }
      start = k;
      i = k - 1;
    }
    Span last = trim(text, start, end);
    if (last != null) {
      sentences.add(last);
    }
    return sentences;
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
  }

  private static boolean canStart(char c) {
    return Character.isUpperCase(c)
        || Character.isDigit(c)
        || c == '"'
        || c == '“'
        || c == '‘'
        || c == '\''
        || c == '('
        || c == '['
        || c == '«';
  }

  private static boolean abbreviationBefore(String text, int sentenceStart, int dot) {
    int w = dot;
    while (w > sentenceStart && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    String word = text.substring(w, dot);
    if (word.isEmpty()) {
      return false;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true; // an initial, or the last letter of U.S.
    }
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Words (letters and digits, joined by inner apostrophes, hyphens, slashes, and by dots or commas
   * between digits; "U.S." keeps its dots) and single punctuation marks.
   */
  static List<Token> tokens(String text, Span span) {
    List<Token> tokens = new ArrayList<>();
    int i = span.start();
    int end = span.end();
    while (i < end) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      if (!Character.isLetterOrDigit(c)) {
        int width = Character.charCount(text.codePointAt(i));
        tokens.add(Token.of(text.substring(i, i + width), i, i + width));
        i += width;
        continue;
      }
      int j = i;
      while (j < end) {
        char d = text.charAt(j);
        if (Character.isLetterOrDigit(d) || Character.isSurrogate(d)) {
          j++;
        } else if (isJoiner(text, j, end)) {
          j++;
        } else {
          break;
        }
      }
      // Initialisms: U.S. / U.K. keep their final dot.
      if (j < end
          && text.charAt(j) == '.'
          && j - i >= 3
          && text.charAt(j - 2) == '.'
          && Character.isUpperCase(text.charAt(j - 1))) {
        j++;
      }
      tokens.add(Token.of(text.substring(i, j), i, j));
      i = j;
    }
    return tokens;
  }

  private static boolean isJoiner(String text, int j, int end) {
    char d = text.charAt(j);
    if (j + 1 >= end || !Character.isLetterOrDigit(text.charAt(j + 1))) {
      return false;
    }
    char before = text.charAt(j - 1);
    return switch (d) {
      case '\'', '’', '-', '‑' -> Character.isLetterOrDigit(before);
      case '/' -> Character.isDigit(before) && Character.isDigit(text.charAt(j + 1));
      case ',' ->
          Character.isDigit(before)
              && j + 3 < end + 1
              && j + 3 <= text.length()
              && digits(text, j + 1, Math.min(j + 4, end))
              && (j + 4 >= end || !Character.isDigit(text.charAt(j + 4)));
      case '.' ->
          (Character.isDigit(before) && Character.isDigit(text.charAt(j + 1)))
              || (Character.isUpperCase(before)
                  && (j - 1 == 0
                      || !Character.isLetter(text.charAt(j - 2))
                      || text.charAt(j - 2) == '.')
                  && Character.isUpperCase(text.charAt(j + 1)));
      default -> false;
    };
  }

  private static boolean digits(String text, int from, int to) {
    if (to - from != 3) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!Character.isDigit(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}

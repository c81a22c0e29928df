package org.newsroom.timeline.extraction.event;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.newsroom.timeline.extraction.text.Sentence;
import org.newsroom.timeline.extraction.text.Span;
import org.newsroom.timeline.extraction.text.Token;

/**
 * The content words of a stretch of text, folded (lower case, no diacritics, a crude English stem),
 * so that two reports of one happening share them. Function words, reporting verbs and date words
 * are left out.
 */
public final class Terms {

  private static final Set<String> STOP =
      Set.of(
          "the",
          "a",
          "an",
          "and",
          "or",
          "but",
          "of",
          "to",
          "in",
          "on",
          "at",
          "by",
          "for",
          "with",
          "from",
          "as",
          "that",
          "this",
          "these",
          "those",
          "it",
          "its",
          "is",
          "are",
          "was",
          "were",
          "be",
          "been",
          "being",
          "has",
          "have",
          "had",
          "will",
          "would",
          "could",
          "should",
          "may",
          "might",
          "can",
          "not",
          "no",
          "he",
          "she",
          "they",
          "we",
          "you",
          "i",
          "his",
          "her",
          "their",
          "our",
          "them",
          "him",
          "who",
          "whom",
          "which",
          "what",
          "when",
          "where",
          "why",
          "how",
          "than",
          "then",
          "there",
          "here",
          "also",
          "after",
          "before",
          "about",
          "into",
          "over",
          "under",
          "said",
          "says",
          "say",
          "told",
          "added",
          "stated",
          "according",
          "while",
          "if",
          "so",
          "such",
          "any",
          "all",
          "some",
          "more",
          "most",
          "other",
          "only",
          "just",
          "even",
          "still",
          "yet",
          "did",
          "do",
          "does",
          "very",
          "much",
          "many",
          "both",
          "each",
          "today",
          "yesterday",
          "tomorrow",
          "tonight",
          "night",
          "morning",
          "afternoon",
          "evening",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "week",
          "month",
          "year",
          "last",
          "next",
          "earlier",
          "later",
          "ago",
          "day",
          "days",
          "one",
          "two",
          "first",
          "new",
          "mr",
          "ms",
          "mrs",
          "s",
          "since",
          "until",
          "during",
          "against",
          "between",
          "because",
          "though",
          "although",
          "however",
          "without",
          "within",
          "whether",
          "out",
          "up",
          "down",
          "off",
          "again",
          "further",
          "once",
          "now",
          "own",
          "same",
          "january",
          "february",
          "march",
          "april",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "come",
          "comes",
          "follow",
          "follows",
          "effort",
          "include",
          "includes",
          "including",
          "report",
          "reported",
          "reports",
          "source",
          "sources",
          "three",
          "four",
          "five");

  private Terms() {}

  /** The terms of the tokens of a sentence that fall inside the span. */
  public static Set<String> of(Sentence sentence, Span within) {
    Set<String> terms = new LinkedHashSet<>();
    for (Token token : sentence.tokens()) {
      if (within.contains(token.start()) && token.isWord()) {
        add(terms, token.lower());
      }
    }
    return terms;
  }

  /** The terms of free text, split on anything but letters and digits. */
  public static Set<String> of(String text) {
    Set<String> terms = new LinkedHashSet<>();
    if (text == null) {
      return terms;
    }
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’-]+")) {
      if (!word.isEmpty()) {
        add(terms, word);
      }
    }
    return terms;
  }

  private static void add(Set<String> terms, String word) {
    String w = word.replaceAll("['’]s$", "");
    for (String part : w.split("[-'’]")) {
      if (part.length() < 3 || STOP.contains(part) || part.chars().allMatch(Character::isDigit)) {
        continue;
      }
      terms.add(stem(fold(part)));
    }
  }

  static String fold(String word) {
    String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}+", "");
  }

  /**
   * A crude stem: plural, past and -ing endings off, so "talks"/"talk", "met"/"meeting" stay apart.
   */
  static String stem(String w) {
    if (w.length() > 5 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 5 && w.endsWith("ing")) {
      return w.substring(0, w.length() - 3);
    }
    if (w.length() > 4 && w.endsWith("ed")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 4
        && (w.endsWith("ches")
            || w.endsWith("shes")
            || w.endsWith("xes")
            || w.endsWith("zes")
            || w.endsWith("sses"))) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** Shared terms over the terms of the smaller side. */
  public static double containment(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int shared = 0;
    for (String t : small) {
      if (large.contains(t)) {
        shared++;
      }
    }
    return shared / (double) small.size();
  }

  /** Shared terms over all terms (Jaccard). */
  public static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String t : a) {
      if (b.contains(t)) {
        shared++;
      }
    }
    return shared / (double) (a.size() + b.size() - shared);
  }
}

package org.newsroom.timeline.extraction.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the tense an expression is used in from the nearest cue in its clause: an auxiliary
 * ("will", "was", "had"), a schedule word ("scheduled", "planned", "due", "eve of"), a past form
 * ("said", "met", "-ed"). When the clause has none, the rest of the sentence is searched, nearest
 * first. The cue found is part of the reading, so a rule can say why it chose a date.
 */
public final class TenseReader {

  /** The tense and the word that gave it away (null when none did). */
  public record Reading(Tense tense, String cue) {
    static final Reading NONE = new Reading(Tense.UNKNOWN, null);
  }

  private static final Set<String> CLAUSE_WORDS =
      Set.of(
          "that",
          "which",
          "who",
          "whom",
          "whose",
          "when",
          "while",
          "because",
          "although",
          "though",
          "whereas",
          "but",
          "after",
          "before",
          "since",
          "and",
          "as",
          "where",
          "if");

  private static final Set<String> CLAUSE_MARKS =
      Set.of(",", ";", ":", "(", ")", "–", "—", "-", "[", "]");

  private static final Set<String> FUTURE =
      Set.of(
          "will",
          "shall",
          "won't",
          "won’t",
          "due",
          "scheduled",
          "schedule",
          "planned",
          "planning",
          "plans",
          "plan",
          "upcoming",
          "forthcoming",
          "expected",
          "expects",
          "expect",
          "intends",
          "intend",
          "aims",
          "hopes",
          "eve",
          "ahead",
          "preparing",
          "prepares",
          "slated",
          "poised");

  private static final Set<String> PRESENT =
      Set.of("is", "are", "am", "says", "say", "does", "do", "has", "have", "remains", "continues");

  private static final Set<String> PAST =
      Set.of(
          "was",
          "were",
          "had",
          "did",
          "didn't",
          "didn’t",
          "wasn't",
          "wasn’t",
          "weren't",
          "weren’t",
          "hadn't",
          "hadn’t",
          "said",
          "ago",
          "yesterday",
          "last",
          "earlier",
          "been",
          "ate",
          "awoke",
          "became",
          "began",
          "bent",
          "bit",
          "blew",
          "broke",
          "brought",
          "built",
          "bought",
          "caught",
          "chose",
          "came",
          "dealt",
          "drew",
          "drank",
          "drove",
          "fell",
          "fed",
          "felt",
          "fought",
          "found",
          "fled",
          "flew",
          "forgot",
          "forgave",
          "froze",
          "got",
          "gave",
          "went",
          "grew",
          "hung",
          "heard",
          "hid",
          "held",
          "kept",
          "knew",
          "laid",
          "led",
          "left",
          "lent",
          "lay",
          "lost",
          "made",
          "meant",
          "met",
          "paid",
          "rode",
          "rang",
          "rose",
          "ran",
          "sold",
          "sent",
          "shook",
          "shot",
          "sang",
          "sank",
          "sat",
          "slept",
          "slid",
          "spoke",
          "spent",
          "spun",
          "stood",
          "stole",
          "stuck",
          "struck",
          "swore",
          "swept",
          "swam",
          "took",
          "taught",
          "tore",
          "told",
          "thought",
          "threw",
          "understood",
          "woke",
          "wore",
          "won",
          "withdrew",
          "wrote",
          "saw",
          "sought",
          "sped",
          "oversaw",
          "withheld",
          "upheld",
          "undertook",
          "overtook",
          "foresaw",
          "beat",
          "bid",
          "bore",
          "burst",
          "clung",
          "crept",
          "dug",
          "dived",
          "dove",
          "fit",
          "flung",
          "forbade",
          "ground",
          "knelt",
          "leapt",
          "lit",
          "mistook",
          "rebuilt",
          "resold",
          "retook",
          "rid",
          "sewed",
          "shone",
          "shrank",
          "sneaked",
          "snuck",
          "sprang",
          "stank",
          "stung",
          "stunk",
          "strode",
          "strove",
          "swung",
          "wept",
          "wound",
          "wrung",
          "arose",
          "forewent",
          "outgrew",
          "overcame",
          "overheard",
          "overran",
          "underwent",
          "withstood",
          "gone",
          "done",
          "seen",
          "taken",
          "given",
          "spoken",
          "written",
          "chosen",
          "driven",
          "fallen",
          "forgotten",
          "frozen",
          "hidden",
          "known",
          "ridden",
          "risen",
          "shaken",
          "stolen",
          "sworn",
          "thrown",
          "torn",
          "woken",
          "worn",
          "begun",
          "broken",
          "eaten",
          "flown",
          "grown",
          "drawn");

  /** Words in "-ed" that are no past forms. */
  private static final Set<String> NOT_PAST =
      Set.of(
          "need", "speed", "seed", "bed", "red", "shed", "bleed", "breed", "feed", "hundred",
          "embed", "proceed", "exceed", "succeed", "indeed", "greed", "weed", "creed", "sled",
          "wed", "steed", "reed", "deed", "heed", "bred", "led", "shred", "sacred", "naked",
          "wicked", "kindred", "rugged", "ragged", "jagged", "beloved", "learned", "aged", "tweed");

  private TenseReader() {}

  /** The tense of the expression at {@code mention} in its sentence. */
  public static Reading read(Sentence sentence, Span mention) {
    List<Token> tokens = sentence.tokens();
    int first = sentence.tokenAt(mention.start());
    int last = first;
    while (last < tokens.size() && tokens.get(last).start() < mention.end()) {
      last++;
    }
    int clauseStart = first;
    while (clauseStart > 0 && !isBoundary(tokens, clauseStart - 1)) {
      clauseStart--;
    }
    int clauseEnd = last;
    while (clauseEnd < tokens.size() && !isBoundary(tokens, clauseEnd)) {
      clauseEnd++;
    }
    Reading reading = scanLeft(tokens, first - 1, clauseStart);
    if (reading.tense != Tense.UNKNOWN) {
      return reading;
    }
    reading = scanRight(tokens, last, clauseEnd);
    if (reading.tense != Tense.UNKNOWN) {
      return reading;
    }
    reading = scanLeft(tokens, clauseStart - 1, 0);
    if (reading.tense != Tense.UNKNOWN) {
      return reading;
    }
    return scanRight(tokens, clauseEnd, tokens.size());
  }

  private static boolean isBoundary(List<Token> tokens, int i) {
    String lower = tokens.get(i).lower();
    return CLAUSE_MARKS.contains(lower) || CLAUSE_WORDS.contains(lower);
  }

  private static Reading scanLeft(List<Token> tokens, int from, int to) {
    for (int i = from; i >= to; i--) {
      Reading reading = cue(tokens, i);
      if (reading != null) {
        return reading;
      }
    }
    return Reading.NONE;
  }

  private static Reading scanRight(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      Reading reading = cue(tokens, i);
      if (reading != null) {
        return reading;
      }
    }
    return Reading.NONE;
  }

  /** The tense token i signals, or null when it signals none. */
  static Reading cue(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    if (!token.isWord()) {
      return null;
    }
    String w = token.lower();
    String next = i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "";
    if (w.equals("would") || w.equals("could") || w.equals("might")) {
      return next.equals("have")
          ? new Reading(Tense.PAST, w + " have")
          : new Reading(Tense.FUTURE, w);
    }
    if ((w.equals("going") || w.equals("set") || w.equals("about")) && next.equals("to")) {
      return new Reading(Tense.FUTURE, w + " to");
    }
    if ((w.equals("is") || w.equals("are") || w.equals("was") || w.equals("were"))
        && next.equals("to")) {
      return new Reading(Tense.FUTURE, w + " to");
    }
    if (w.endsWith("'ll") || w.endsWith("’ll")) {
      return new Reading(Tense.FUTURE, w);
    }
    if ((w.equals("has") || w.equals("have") || w.equals("had")) && isPastForm(next)) {
      return new Reading(Tense.PAST, w + " " + next);
    }
    String before = i > 0 ? tokens.get(i - 1).lower() : "";
    if ((before.equals("be") || before.equals("being")) && isPastForm(w)) {
      return null; // a passive: the auxiliary before "be" carries the tense
    }
    if (FUTURE.contains(w)) {
      return new Reading(Tense.FUTURE, w);
    }
    if (PAST.contains(w)) {
      return new Reading(Tense.PAST, w);
    }
    if (PRESENT.contains(w)) {
      return new Reading(Tense.PRESENT, w);
    }
    if (isRegularPast(token)) {
      return new Reading(Tense.PAST, w);
    }
    return null;
  }

  private static boolean isPastForm(String w) {
    return PAST.contains(w) || (w.length() > 3 && w.endsWith("ed") && !NOT_PAST.contains(w));
  }

  private static boolean isRegularPast(Token token) {
    String w = token.lower();
    return w.length() > 3
        && w.endsWith("ed")
        && !token.isCapitalised()
        && !NOT_PAST.contains(w)
        && w.chars().allMatch(Character::isLetter)
        && !w.toLowerCase(Locale.ROOT).endsWith("eed");
  }
}

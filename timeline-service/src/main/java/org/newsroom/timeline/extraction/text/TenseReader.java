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
          "planned",
          "planning",
          "upcoming",
          "forthcoming",
          "expected",
          "eve",
          "ahead",
          "preparing",
          "prepares",
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
    // "postponed on Monday" dates the postponing; "postponed Monday's vote" the vote.
    boolean adverbial = first > 0 && tokens.get(first - 1).lower().equals("on");
    Reading reading = scanLeft(tokens, first - 1, clauseStart, adverbial);
    if (reading.tense != Tense.UNKNOWN) {
      return reading;
    }
    reading = scanRight(tokens, last, clauseEnd, adverbial);
    if (reading.tense != Tense.UNKNOWN) {
      return reading;
    }
    // Beyond its clause, words that call something off speak of their own object, not of it.
    reading = scanLeft(tokens, clauseStart - 1, 0, true);
    if (reading.tense != Tense.UNKNOWN) {
      return reading;
    }
    return scanRight(tokens, clauseEnd, tokens.size(), true);
  }

  /** The clause around an expression: between the nearest boundary words or marks. */
  public static Span clause(Sentence sentence, Span mention) {
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
    int start = clauseStart < tokens.size() ? tokens.get(clauseStart).start() : mention.start();
    int end = clauseEnd > 0 ? tokens.get(clauseEnd - 1).end() : mention.end();
    return new Span(Math.min(start, mention.start()), Math.max(end, mention.end()));
  }

  private static boolean isBoundary(List<Token> tokens, int i) {
    String lower = tokens.get(i).lower();
    return CLAUSE_MARKS.contains(lower) || CLAUSE_WORDS.contains(lower);
  }

  private static Reading scanLeft(List<Token> tokens, int from, int to, boolean adverbial) {
    for (int i = from; i >= to; i--) {
      Reading reading = cue(tokens, i, adverbial);
      if (reading != null) {
        return reading;
      }
    }
    return Reading.NONE;
  }

  private static Reading scanRight(List<Token> tokens, int from, int to, boolean adverbial) {
    for (int i = from; i < to; i++) {
      Reading reading = cue(tokens, i, adverbial);
      if (reading != null && FORWARD_ONLY.contains(reading.cue())) {
        continue; // "on the eve of" looks at what follows it, not what came before
      }
      if (reading != null) {
        return reading;
      }
    }
    return Reading.NONE;
  }

  /** Cues that only speak of what follows them. */
  private static final Set<String> FORWARD_ONLY = Set.of("eve", "ahead");

  /** Modals and "to" that put a bare verb after them in the future. */
  private static final Set<String> MODALS =
      Set.of("will", "shall", "to", "would", "could", "might", "may", "must", "can");

  /**
   * Verbs news copy uses in the present tense for what is scheduled ("talks begin on Tuesday",
   * "voters go to the polls on Sunday"), base and third-person forms.
   */
  private static final Set<String> SCHEDULE_VERBS =
      Set.of(
          "go",
          "goes",
          "begin",
          "begins",
          "start",
          "starts",
          "open",
          "opens",
          "end",
          "ends",
          "close",
          "closes",
          "meet",
          "meets",
          "hold",
          "holds",
          "take",
          "takes",
          "run",
          "runs",
          "face",
          "faces",
          "resume",
          "resumes",
          "arrive",
          "arrives",
          "return",
          "returns",
          "travel",
          "travels",
          "visit",
          "visits",
          "vote",
          "votes",
          "head",
          "heads",
          "host",
          "hosts",
          "play",
          "plays",
          "launch",
          "launches",
          "kick",
          "kicks",
          "leave",
          "leaves",
          "sit",
          "sits",
          "convene",
          "convenes",
          "expire",
          "expires",
          "attend",
          "attends",
          "rule",
          "rules",
          "decide",
          "decides",
          "sign",
          "signs",
          "speak",
          "speaks");

  /** Words that call something off or move it: what they act on lies ahead. */
  private static final Set<String> CALL_OFF =
      Set.of(
          "cancelled",
          "canceled",
          "cancel",
          "cancels",
          "postponed",
          "postpone",
          "postpones",
          "delayed",
          "scrapped",
          "axed",
          "rescheduled",
          "deferred",
          "suspended");

  /** The tense token i signals, or null when it signals none. */
  private static Reading cue(List<Token> tokens, int i, boolean adverbial) {
    Token token = tokens.get(i);
    if (!token.isWord()) {
      return null;
    }
    String w = token.lower();
    String next = i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "";
    if (!adverbial && CALL_OFF.contains(w)) {
      return new Reading(Tense.FUTURE, w);
    }
    if (!adverbial
        && (w.equals("called")
            || w.equals("calls")
            || w.equals("pushed")
            || w.equals("put")
            || w.equals("moved")
            || w.equals("brought"))
        && (next.equals("off") || next.equals("back") || next.equals("forward"))) {
      return new Reading(Tense.FUTURE, w + " " + next);
    }
    if (next.equals("to")
        && (w.equals("plan")
            || w.equals("plans")
            || w.equals("aims")
            || w.equals("aim")
            || w.equals("hopes")
            || w.equals("hope")
            || w.equals("intends")
            || w.equals("intend")
            || w.equals("expects")
            || w.equals("expect")
            || w.equals("wants")
            || w.equals("due"))) {
      return new Reading(Tense.FUTURE, w + " to");
    }
    if ((w.equals("has") || w.equals("have") || w.equals("had"))
        && next.equals("been")
        && i + 2 < tokens.size()
        && !adverbial
        && CALL_OFF.contains(tokens.get(i + 2).lower())) {
      return new Reading(Tense.FUTURE, w + " been " + tokens.get(i + 2).lower());
    }
    if ((w.equals("set") || w.equals("slated") || w.equals("originally")) && next.equals("for")) {
      return new Reading(Tense.FUTURE, w + " for");
    }
    if (SCHEDULE_VERBS.contains(w)) {
      for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
        String before = tokens.get(k).lower();
        if (MODALS.contains(before)) {
          return new Reading(Tense.FUTURE, before + " " + w);
        }
      }
      if (i > 0
          && (isDeterminer(tokens.get(i - 1).lower())
              || tokens.get(i - 1).lower().endsWith("’s")
              || tokens.get(i - 1).lower().endsWith("'s"))) {
        return null; // "the vote", "Thursday’s vote": a noun
      }
      return new Reading(Tense.PRESENT, w);
    }
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
    if (isRegularPast(token) && !(i > 0 && isDeterminer(tokens.get(i - 1).lower()))) {
      return new Reading(Tense.PAST, w); // but "the flooded region" is an adjective
    }
    return null;
  }

  private static boolean isDeterminer(String w) {
    return switch (w) {
      case "the",
          "a",
          "an",
          "its",
          "their",
          "his",
          "her",
          "our",
          "your",
          "my",
          "this",
          "that",
          "these",
          "those",
          "every",
          "each",
          "no" ->
          true;
      default -> false;
    };
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

package org.newsroom.timeline.extraction.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsroom.timeline.extraction.name.NameGroup;
import org.newsroom.timeline.extraction.name.NameKey;
import org.newsroom.timeline.extraction.name.NameMention;
import org.newsroom.timeline.extraction.name.NameType;
import org.newsroom.timeline.extraction.text.Document;
import org.newsroom.timeline.extraction.text.Sentence;
import org.newsroom.timeline.extraction.text.Span;
import org.newsroom.timeline.extraction.text.TenseReader;
import org.newsroom.timeline.extraction.text.Token;
import org.newsroom.timeline.extraction.time.DateMention;

/**
 * Finds the reports of happenings in a text, clause by clause, with who, where, when and what
 * became of them. Rules:
 *
 * <ul>
 *   <li>{@code claim.happening-word}: a word of a {@link Happening} kind opens a claim on its
 *       clause; one claim per kind and clause.
 *   <li>{@code claim.phone-call}: "call" after "phone"/"telephone"/"video", or after a determiner
 *       and before "with"/"between", is a {@link Happening#CALL}.
 *   <li>{@code claim.status-word}: a verb that cancels, postpones or reschedules, in the clause.
 *   <li>{@code claim.status-only}: such a verb in a clause with no happening word still makes a
 *       claim, of no kind ("rescheduled a trip" reads as one, "rescheduled a go" too).
 *   <li>{@code claim.parties-from-sentence}: a clause that names no person takes the sentence's
 *       ("…, but he postponed the trip").
 *   <li>{@code claim.locative}: the places are where it happens: "in"/"at" (or "to", for travel) a
 *       place just after the trigger, or a sentence that opens "In Lisbon, …".
 *   <li>{@code claim.dates-from-sentence}: a clause with no dated mention takes the sentence's.
 *   <li>{@code claim.repeated}: "second", "another", "again" in the clause, or "new", "next",
 *       "further" just before the happening word, mark another occurrence, not the one other
 *       reports describe ("the new docks" does not).
 * </ul>
 */
public final class ClaimFinder {

  private static final Map<String, StatedStatus> STATUS_WORDS =
      Map.ofEntries(
          Map.entry("cancelled", StatedStatus.CANCELLED),
          Map.entry("canceled", StatedStatus.CANCELLED),
          Map.entry("cancel", StatedStatus.CANCELLED),
          Map.entry("cancels", StatedStatus.CANCELLED),
          Map.entry("cancelling", StatedStatus.CANCELLED),
          Map.entry("scrapped", StatedStatus.CANCELLED),
          Map.entry("scraps", StatedStatus.CANCELLED),
          Map.entry("axed", StatedStatus.CANCELLED),
          Map.entry("abandoned", StatedStatus.CANCELLED),
          Map.entry("postponed", StatedStatus.POSTPONED),
          Map.entry("postpone", StatedStatus.POSTPONED),
          Map.entry("postpones", StatedStatus.POSTPONED),
          Map.entry("postponing", StatedStatus.POSTPONED),
          Map.entry("delayed", StatedStatus.POSTPONED),
          Map.entry("delays", StatedStatus.POSTPONED),
          Map.entry("deferred", StatedStatus.POSTPONED),
          Map.entry("rescheduled", StatedStatus.RESCHEDULED),
          Map.entry("reschedule", StatedStatus.RESCHEDULED),
          Map.entry("reschedules", StatedStatus.RESCHEDULED));

  /** Verb + particle pairs: "called off", "put off", "pushed back". */
  private static final Map<String, StatedStatus> STATUS_PHRASES =
      Map.of(
          "called off", StatedStatus.CANCELLED,
          "call off", StatedStatus.CANCELLED,
          "calls off", StatedStatus.CANCELLED,
          "put off", StatedStatus.POSTPONED,
          "puts off", StatedStatus.POSTPONED,
          "pushed back", StatedStatus.POSTPONED);

  /** Words that mark another occurrence wherever they stand in the clause. */
  private static final Set<String> REPEATED =
      Set.of("again", "second", "third", "another", "follow-up", "renewed", "repeat");

  /** Words that mark another occurrence just before the happening word ("the next round of"). */
  private static final Set<String> REPEATED_BEFORE =
      Set.of("new", "fresh", "further", "next", "latest", "more");

  /** How many words before the happening word {@link #REPEATED_BEFORE} may stand. */
  private static final int REPEATED_REACH = 3;

  private static final Set<String> CALL_BEFORE = Set.of("phone", "telephone", "video");
  private static final Set<String> DETERMINERS =
      Set.of("a", "an", "the", "their", "his", "her", "its", "our", "that", "this");
  private static final Set<String> CALL_AFTER = Set.of("with", "between");

  private ClaimFinder() {}

  /** The claims of a text, in text order. {@code mentions} are its dated mentions. */
  public static List<Claim> find(Document doc, List<DateMention> mentions, List<NameGroup> names) {
    List<Located> located = locate(names);
    List<Claim> claims = new ArrayList<>();
    for (Sentence sentence : doc.sentences()) {
      List<Token> tokens = sentence.tokens();
      Map<String, Claim> byClause = new LinkedHashMap<>();
      List<Span> claimedClauses = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        Optional<Trigger> trigger = trigger(tokens, i);
        if (trigger.isEmpty()) {
          continue;
        }
        Span clause = TenseReader.clause(sentence, tokens.get(i).span());
        String key = trigger.get().kind() + "@" + clause.start() + "-" + clause.end();
        List<String> rules = new ArrayList<>();
        rules.add(trigger.get().rule());
        Claim claim =
            claim(sentence, clause, tokens.get(i), trigger.get().kind(), mentions, located, rules);
        byClause.merge(key, claim, ClaimFinder::withPlacesOf);
        claimedClauses.add(clause);
      }
      for (int i = 0; i < tokens.size(); i++) {
        Optional<Status> status = status(tokens, i);
        if (status.isEmpty()) {
          continue;
        }
        Span clause = TenseReader.clause(sentence, tokens.get(i).span());
        if (claimedClauses.stream().anyMatch(c -> c.overlaps(clause))) {
          continue;
        }
        List<String> rules = new ArrayList<>();
        rules.add("claim.status-only");
        byClause.put(
            "status@" + clause.start(),
            claim(sentence, clause, tokens.get(i), null, mentions, located, rules));
        claimedClauses.add(clause);
      }
      claims.addAll(byClause.values());
    }
    claims.sort((a, b) -> Integer.compare(a.trigger().start(), b.trigger().start()));
    return claims;
  }

  /**
   * One claim per kind and clause: a second word of the kind ("the meeting follows emergency talks
   * … in Lisbon") adds the places it has to the first's.
   */
  private static Claim withPlacesOf(Claim first, Claim second) {
    List<String> words = new ArrayList<>(first.words());
    second.words().stream().filter(w -> !words.contains(w)).forEach(words::add);
    Map<String, Claim.Party> places = new LinkedHashMap<>();
    for (Claim.Party p : first.places()) {
      places.putIfAbsent(p.key(), p);
    }
    for (Claim.Party p : second.places()) {
      places.putIfAbsent(p.key(), p);
    }
    List<String> rules = new ArrayList<>(first.rules());
    if (places.size() > first.places().size() && !rules.contains("claim.locative")) {
      rules.add("claim.locative");
    }
    return new Claim(
        first.sentence(),
        first.clause(),
        first.trigger(),
        first.triggerText(),
        words,
        first.kind(),
        first.status(),
        first.statusWord(),
        first.people(),
        List.copyOf(places.values()),
        first.dates(),
        first.repeated(),
        rules);
  }

  private record Trigger(Happening kind, String rule) {}

  private record Status(StatedStatus status, String word) {}

  /** A name's mention with its type and the key of its group's canonical form. */
  private record Located(Span span, String text, NameType type, String key) {}

  private static List<Located> locate(List<NameGroup> names) {
    List<Located> located = new ArrayList<>();
    for (NameGroup group : names) {
      if (group.type() == NameType.ORGANISATION) {
        continue;
      }
      String key = NameKey.key(group.canonical(), group.type());
      for (NameMention m : group.mentions()) {
        located.add(new Located(m.span(), m.text(), group.type(), key));
      }
    }
    return located;
  }

  private static Optional<Trigger> trigger(List<Token> tokens, int i) {
    String word = tokens.get(i).lower();
    if (word.equals("call") || word.equals("calls")) {
      String before = i > 0 ? tokens.get(i - 1).lower() : "";
      String after = i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "";
      if (CALL_BEFORE.contains(before)
          || (DETERMINERS.contains(before) && CALL_AFTER.contains(after))) {
        return Optional.of(new Trigger(Happening.CALL, "claim.phone-call"));
      }
      return Optional.empty();
    }
    if (word.equals("talks")
        && i + 1 < tokens.size()
        && tokens.get(i + 1).lower().equals("about")) {
      return Optional.empty(); // "talks about" is someone speaking, not negotiations
    }
    return Happening.of(word).map(kind -> new Trigger(kind, "claim.happening-word"));
  }

  private static Optional<Status> status(List<Token> tokens, int i) {
    String word = tokens.get(i).lower();
    if (i + 1 < tokens.size()) {
      String phrase = word + " " + tokens.get(i + 1).lower();
      StatedStatus status = STATUS_PHRASES.get(phrase);
      if (status != null) {
        return Optional.of(
            new Status(status, tokens.get(i).text() + " " + tokens.get(i + 1).text()));
      }
    }
    StatedStatus status = STATUS_WORDS.get(word);
    return status == null
        ? Optional.empty()
        : Optional.of(new Status(status, tokens.get(i).text()));
  }

  private static Claim claim(
      Sentence sentence,
      Span clause,
      Token trigger,
      Happening kind,
      List<DateMention> mentions,
      List<Located> names,
      List<String> rules) {
    List<Token> tokens = sentence.tokens();
    Status status = null;
    boolean repeated = false;
    for (int i = sentence.tokenAt(clause.start()); i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.start() >= clause.end()) {
        break;
      }
      if (status == null) {
        status = status(tokens, i).orElse(null);
      }
      repeated |=
          REPEATED.contains(t.lower())
              || (REPEATED_BEFORE.contains(t.lower())
                  && t.start() < trigger.start()
                  && sentence.tokenAt(trigger.start()) - i <= REPEATED_REACH);
    }
    if (status != null && kind != null) {
      rules.add("claim.status-word");
    }
    if (repeated) {
      rules.add("claim.repeated");
    }
    List<Claim.Party> people = parties(names, NameType.PERSON, clause);
    if (people.isEmpty()) {
      people = parties(names, NameType.PERSON, sentence.span());
      if (!people.isEmpty()) {
        rules.add("claim.parties-from-sentence");
      }
    }
    List<Claim.Party> places = whereItHappens(sentence, trigger, kind, clause, names);
    if (!places.isEmpty()) {
      rules.add("claim.locative");
    }
    List<Span> dates = dates(mentions, clause);
    if (dates.isEmpty()) {
      dates = dates(mentions, sentence.span());
      if (!dates.isEmpty()) {
        rules.add("claim.dates-from-sentence");
      }
    }
    return new Claim(
        sentence.span(),
        clause,
        trigger.span(),
        trigger.text(),
        kind == null ? List.of() : List.of(trigger.lower()),
        kind,
        status == null ? null : status.status(),
        status == null ? null : status.word(),
        people,
        places,
        dates,
        repeated,
        rules);
  }

  /**
   * The places where the happening is ({@code claim.locative}): a place after "in" or "at" (or
   * "to", for travel, or any name right after the travel word: "visited Porto"), with an optional
   * "the", within {@value #LOCATIVE_REACH} words after the trigger in its clause with no
   * "on"/"about" between, or opening the sentence ("In Lisbon, …"). A place elsewhere ("talks on
   * ending the war in Ukraine") is what it is about, not where it is.
   */
  private static List<Claim.Party> whereItHappens(
      Sentence sentence, Token trigger, Happening kind, Span clause, List<Located> names) {
    List<Token> tokens = sentence.tokens();
    int at = sentence.tokenAt(trigger.start());
    Map<String, Claim.Party> byKey = new LinkedHashMap<>();
    for (Located n : names) {
      boolean place = n.type() == NameType.PLACE;
      if ((!place && n.type() != NameType.OTHER) || !sentence.span().contains(n.span())) {
        continue;
      }
      int first = sentence.tokenAt(n.span().start());
      int before = first - 1;
      if (before >= 0 && tokens.get(before).lower().equals("the")) {
        before--;
      }
      if (before == at && kind == Happening.TRAVEL) {
        byKey.putIfAbsent(n.key(), new Claim.Party(n.text(), n.key())); // "visited Porto"
        continue;
      }
      if (!place || before < 0 || !locative(tokens.get(before).lower(), kind)) {
        continue;
      }
      boolean afterTrigger =
          clause.contains(n.span())
              && before > at
              && before - at <= LOCATIVE_REACH
              && noTopicBetween(tokens, at, before);
      boolean opensSentence = before == 0;
      if (afterTrigger || opensSentence) {
        byKey.putIfAbsent(n.key(), new Claim.Party(n.text(), n.key()));
      }
    }
    return List.copyOf(byKey.values());
  }

  /** Words that open what a happening is about ("talks on …", "a meeting about …"). */
  private static final Set<String> TOPIC = Set.of("on", "about", "over", "regarding", "concerning");

  private static boolean noTopicBetween(List<Token> tokens, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (TOPIC.contains(tokens.get(i).lower())) {
        return false;
      }
    }
    return true;
  }

  /** How many words after its trigger a happening's place may stand. */
  static final int LOCATIVE_REACH = 6;

  private static boolean locative(String word, Happening kind) {
    return word.equals("in")
        || word.equals("at")
        || ((kind == Happening.TRAVEL || kind == null) && word.equals("to"));
  }

  private static List<Claim.Party> parties(List<Located> names, NameType type, Span within) {
    Map<String, Claim.Party> byKey = new LinkedHashMap<>();
    for (Located n : names) {
      if (n.type() == type && within.contains(n.span())) {
        byKey.putIfAbsent(n.key(), new Claim.Party(n.text(), n.key()));
      }
    }
    return List.copyOf(byKey.values());
  }

  private static List<Span> dates(List<DateMention> mentions, Span within) {
    List<Span> dates = new ArrayList<>();
    for (DateMention m : mentions) {
      if (m.value() != null && within.contains(m.span())) {
        dates.add(m.span());
      }
    }
    return dates;
  }
}

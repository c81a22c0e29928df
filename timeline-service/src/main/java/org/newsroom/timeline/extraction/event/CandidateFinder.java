package org.newsroom.timeline.extraction.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsroom.timeline.event.EventStatus;
import org.newsroom.timeline.event.Precision;
import org.newsroom.timeline.extraction.name.NameGroup;
import org.newsroom.timeline.extraction.name.NameMention;
import org.newsroom.timeline.extraction.name.NameType;
import org.newsroom.timeline.extraction.text.Document;
import org.newsroom.timeline.extraction.text.Sentence;
import org.newsroom.timeline.extraction.text.Span;
import org.newsroom.timeline.extraction.text.Tense;
import org.newsroom.timeline.extraction.text.TenseReader;
import org.newsroom.timeline.extraction.text.Token;
import org.newsroom.timeline.extraction.time.DateMention;
import org.newsroom.timeline.extraction.time.Evidence;
import org.newsroom.timeline.extraction.time.MentionKind;
import org.newsroom.timeline.extraction.time.Scope;

/**
 * Proposes a candidate event for every sentence that places a happening at a resolved day, week or
 * month: the sentence is the citation, its people and places the participants and place, and its
 * tense and cue words the status.
 */
public final class CandidateFinder {

  private static final Set<String> POSTPONE =
      Set.of(
          "postponed",
          "postpone",
          "postpones",
          "postponing",
          "delayed",
          "delays",
          "rescheduled",
          "reschedule",
          "reschedules",
          "deferred",
          "defer");
  private static final Set<String> HEDGE =
      Set.of(
          "expected",
          "expects",
          "likely",
          "probably",
          "possible",
          "possibly",
          "could",
          "might",
          "may",
          "hope",
          "hopes",
          "hoped",
          "aims",
          "unlikely",
          "perhaps");
  private static final Set<String> LEADING =
      Set.of(
          "but",
          "and",
          "however",
          "meanwhile",
          "indeed",
          "so",
          "then",
          "also",
          "still",
          "now",
          "yet",
          "or");
  private static final Set<String> DATE_PREPOSITIONS =
      Set.of(
          "on", "in", "at", "during", "since", "until", "till", "by", "from", "for", "of", "before",
          "after");

  private CandidateFinder() {}

  public static List<Candidate> find(
      Document doc, List<Scope> scopes, List<DateMention> mentions, List<NameGroup> names) {
    List<Span> furniture = new ArrayList<>();
    for (Scope scope : scopes) {
      for (Evidence e : scope.evidence()) {
        if (e.span() != null && e.kind() != Evidence.EvidenceKind.CONTENT) {
          furniture.add(e.span());
        }
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    for (DateMention m : mentions) {
      if (m.value() == null
          || (m.value().precision() == Precision.YEAR && m.kind() == MentionKind.ABSOLUTE)
          || furniture.stream().anyMatch(f -> f.overlaps(m.span()))) {
        continue;
      }
      Sentence sentence = doc.sentenceAt(m.span().start());
      if (sentence == null || sentence.wordCount() < 5 || isHeadline(doc, sentence)) {
        continue;
      }
      LocalDate anchor = scopes.get(m.scope()).anchor();
      List<DateMention> inSentence =
          mentions.stream().filter(o -> sentence.span().contains(o.span())).toList();
      Status status = status(sentence, m, inSentence, anchor);
      List<String> participants = new ArrayList<>();
      String place = null;
      String placeAfterPreposition = null;
      for (NameGroup group : names) {
        for (NameMention nm : group.mentions()) {
          if (!sentence.span().contains(nm.span())) {
            continue;
          }
          if (group.type() == NameType.PERSON && !participants.contains(group.canonical())) {
            participants.add(group.canonical());
          } else if (group.type() == NameType.PLACE) {
            if (place == null) {
              place = group.canonical();
            }
            String before = wordBefore(doc.text(), nm.span().start());
            if (placeAfterPreposition == null && (before.equals("in") || before.equals("at"))) {
              placeAfterPreposition = group.canonical();
            }
          }
        }
      }
      Set<String> terms = new LinkedHashSet<>(Terms.of(sentence, sentence.span()));
      candidates.add(
          new Candidate(
              title(doc, sentence, inSentence, furniture, status.status(), status.rule()),
              m.value(),
              status.status(),
              status.rule(),
              placeAfterPreposition != null ? placeAfterPreposition : place,
              List.copyOf(participants),
              terms,
              sentence.span(),
              m,
              "candidate.dated-sentence"));
    }
    return candidates;
  }

  private record Status(EventStatus status, String rule) {}

  /** Words that call a happening off or move it. */
  private static final Set<String> CALL_OFF =
      Set.of("cancelled", "canceled", "cancel", "cancels", "scrapped", "axed", "abandoned");

  /** Verbs after which "to"/"for" introduce the new date: "rescheduled for", "pushed back to". */
  private static final Set<String> MOVE =
      Set.of("rescheduled", "moved", "back", "postponed", "delayed", "deferred", "forward", "off");

  /**
   * The status a mention's happening has, from the cue words of its own clause: called off,
   * postponed (the original date) or rescheduled (the new date), planned or expected (future,
   * hedged or not), otherwise occurred.
   */
  private static Status status(
      Sentence sentence, DateMention m, List<DateMention> inSentence, LocalDate anchor) {
    Span clause = clause(sentence, m, inSentence);
    boolean moved =
        hasIn(sentence, sentence.span(), POSTPONE)
            || hasPhrase(sentence, "pushed back", "put off", "moved back", "brought forward");
    boolean calledOff =
        hasIn(sentence, clause, CALL_OFF)
            || hasPhraseIn(sentence, clause, "called off", "calls off");
    boolean ahead = anchor != null && !m.value().from().isBefore(anchor);
    if (moved && inSentence.size() > 1) {
      Role role = role(sentence, m);
      boolean otherIsOriginal =
          inSentence.stream().anyMatch(o -> o != m && role(sentence, o) == Role.ORIGINAL);
      boolean otherIsNew =
          inSentence.stream().anyMatch(o -> o != m && role(sentence, o) == Role.NEW);
      if (role == Role.NEW || (role == Role.UNKNOWN && otherIsOriginal && !otherIsNew)) {
        return new Status(EventStatus.PLANNED, "status.rescheduled-to");
      }
      if (role == Role.ORIGINAL || otherIsNew) {
        return new Status(EventStatus.POSTPONED, "status.postponed");
      }
    } else if (moved && (ahead || m.tense() == Tense.FUTURE)) {
      return role(sentence, m) == Role.NEW
          ? new Status(EventStatus.PLANNED, "status.rescheduled-to")
          : new Status(EventStatus.POSTPONED, "status.postponed");
    }
    if (calledOff) {
      return new Status(EventStatus.CANCELLED, "status.cancelled");
    }
    boolean future =
        m.tense() == Tense.FUTURE || (anchor != null && m.value().from().isAfter(anchor));
    if (future) {
      return hasIn(sentence, clause, HEDGE)
          ? new Status(EventStatus.EXPECTED, "status.future-hedged")
          : new Status(EventStatus.PLANNED, "status.future");
    }
    return new Status(EventStatus.OCCURRED, "status.past-or-present");
  }

  /**
   * The clause of a mention; a date coordinated with an earlier one ("flights planned for Wednesday
   * and Thursday") shares that one's clause.
   */
  private static Span clause(Sentence sentence, DateMention m, List<DateMention> inSentence) {
    Span clause = TenseReader.clause(sentence, m.span());
    List<Token> tokens = sentence.tokens();
    int at = sentence.tokenAt(m.span().start());
    if (at >= 2) {
      String joint = tokens.get(at - 1).lower();
      int previousEnd = tokens.get(at - 2).end();
      if (joint.equals("and") || joint.equals("or")) {
        for (DateMention o : inSentence) {
          if (o != m && o.span().end() == previousEnd) {
            Span other = TenseReader.clause(sentence, o.span());
            return new Span(
                Math.min(other.start(), clause.start()), Math.max(other.end(), clause.end()));
          }
        }
      }
    }
    return clause;
  }

  private enum Role {
    ORIGINAL,
    NEW,
    UNKNOWN
  }

  /**
   * In a sentence that moves a happening: whether this date is the one it moved to ("until",
   * "rescheduled for", "pushed back to", "will now take place on") or the one it was set for
   * ("from", "planned for", "originally", "due to").
   */
  private static Role role(Sentence sentence, DateMention m) {
    String prep = m.expression().preposition();
    List<Token> tokens = sentence.tokens();
    int at = sentence.tokenAt(m.span().start());
    String before = at >= 2 ? tokens.get(at - 2).lower() : "";
    if (prep != null && (prep.equals("until") || prep.equals("till"))) {
      return Role.NEW;
    }
    if (prep != null && (prep.equals("to") || prep.equals("for")) && MOVE.contains(before)) {
      return Role.NEW;
    }
    if (prep != null && prep.equals("from")) {
      return Role.ORIGINAL;
    }
    Span clause = TenseReader.clause(sentence, m.span());
    if (hasPhraseIn(sentence, clause, "will now", "now take", "now be held", "new date")) {
      return Role.NEW;
    }
    if (hasIn(sentence, clause, ORIGINAL)) {
      return Role.ORIGINAL;
    }
    return Role.UNKNOWN;
  }

  private static final Set<String> ORIGINAL =
      Set.of("originally", "original", "planned", "scheduled", "due", "initially", "set");

  private static boolean hasIn(Sentence sentence, Span within, Set<String> words) {
    for (Token t : sentence.tokens()) {
      if (within.contains(t.start()) && words.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasPhraseIn(Sentence sentence, Span within, String... phrases) {
    StringBuilder text = new StringBuilder(" ");
    for (Token t : sentence.tokens()) {
      if (within.contains(t.start())) {
        text.append(t.lower()).append(' ');
      }
    }
    String s = text.toString();
    for (String p : phrases) {
      if (s.contains(" " + p + " ")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasPhrase(Sentence sentence, String... phrases) {
    StringBuilder text = new StringBuilder(" ");
    for (Token t : sentence.tokens()) {
      text.append(t.lower()).append(' ');
    }
    String s = text.toString();
    for (String p : phrases) {
      if (s.contains(" " + p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHeadline(Document doc, Sentence sentence) {
    String s = doc.of(sentence.span());
    return s.equals(s.toUpperCase(Locale.ROOT)) && s.chars().anyMatch(Character::isLetter);
  }

  private static String wordBefore(String text, int index) {
    int i = index;
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    int j = i;
    while (j > 0 && Character.isLetter(text.charAt(j - 1))) {
      j--;
    }
    return text.substring(j, i).toLowerCase(Locale.ROOT);
  }

  /**
   * The sentence without its date expressions (and the prepositions that introduce them) and
   * without a leading connective, cut at a word boundary; rescheduled, postponed and cancelled
   * candidates say so first.
   */
  static String title(
      Document doc,
      Sentence sentence,
      List<DateMention> dates,
      List<Span> furniture,
      EventStatus status,
      String rule) {
    String text = doc.text();
    StringBuilder out = new StringBuilder();
    int at = sentence.span().start();
    for (Span f : furniture) {
      if (f.start() <= at && f.end() > at && f.end() <= sentence.span().end()) {
        at = f.end(); // "RIYADH, Feb 18 (Reuters) –" is not part of what happened
      }
    }
    for (DateMention d : dates) {
      if (d.span().start() < at) {
        continue;
      }
      int cut = d.span().start();
      String before = text.substring(at, cut);
      String trimmed =
          before.replaceAll("(?i)\\b(?:" + String.join("|", DATE_PREPOSITIONS) + ")\\s+$", "");
      out.append(trimmed);
      at = d.span().end();
      // Drop the possessive of "Tuesday’s talks".
      if (at + 1 < text.length()
          && (text.charAt(at) == '’' || text.charAt(at) == '\'')
          && text.charAt(at + 1) == 's') {
        at += 2;
      }
    }
    out.append(text, at, sentence.span().end());
    String title =
        out.toString()
            .replaceAll("\\s+", " ")
            .replaceAll("\\s+([,.;:!?])", "$1")
            .replaceAll("^[\\s,;:–—-]+", "")
            .replaceAll("[\\s,;:–—-]+$", "")
            .replaceAll(",\\s*,", ",")
            .strip();
    String first = title.split("[\\s,]+", 2)[0].toLowerCase(Locale.ROOT);
    if (LEADING.contains(first)) {
      title =
          title
              .substring(
                  title.indexOf(first.isEmpty() ? " " : title.split("[\\s,]+", 2)[0])
                      + first.length())
              .replaceAll("^[\\s,]+", "");
    }
    if (title.endsWith(".")) {
      title = title.substring(0, title.length() - 1);
    }
    if (!title.isEmpty()) {
      title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }
    if (title.length() > 140) {
      int cut = title.lastIndexOf(' ', 137);
      title = title.substring(0, cut > 60 ? cut : 137) + "…";
    }
    if (rule.equals("status.rescheduled-to")) {
      title = "Rescheduled: " + title;
    } else if (status == EventStatus.POSTPONED) {
      title = "Postponed: " + title;
    } else if (status == EventStatus.CANCELLED) {
      title = "Cancelled: " + title;
    }
    return title.isEmpty() ? doc.of(sentence.span()) : title;
  }
}

package org.newsroom.factcheck.detection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sources a detection run compares, read once: each article (a source, or one article of a
 * bundled page) as a {@link Unit}, each claim with the days it names. Rules compare units, never an
 * article with itself, except where one article contradicts itself.
 */
final class Story {

  /** One article: a source, or one dated stretch of a bundled page. */
  record Unit(SourceFacts source, int scope) {

    /** One article is one source and scope; the source's text and analysis need no comparing. */
    @Override
    public boolean equals(Object other) {
      return other instanceof Unit u
          && u.source.sourceId() == source.sourceId()
          && u.scope == scope;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(source.sourceId()) * 31 + scope;
    }

    String outlet() {
      return source.outlet();
    }

    long sourceId() {
      return source.sourceId();
    }
  }

  /** A claim in its article, with the days its dated mentions name (DAY precision only). */
  record ClaimAt(Unit unit, SourceFacts.Claim claim, Set<LocalDate> days, List<String> dayWords) {

    Set<String> people() {
      return keys(claim.people());
    }

    Set<String> places() {
      return keys(claim.places());
    }

    /** The one day it names, or null when it names none or several. */
    LocalDate day() {
      return days.size() == 1 ? days.iterator().next() : null;
    }
  }

  /** A quantity in its article. */
  record QuantityAt(Unit unit, SourceFacts.Quantity quantity) {}

  final List<SourceFacts> sources;
  final List<SourceFacts.EventFacts> events;
  final List<ClaimAt> claims = new ArrayList<>();
  final List<QuantityAt> quantities = new ArrayList<>();
  private final Map<Unit, Map<SourceFacts.Span, List<ClaimAt>>> bySentence = new HashMap<>();

  Story(List<SourceFacts> sources, List<SourceFacts.EventFacts> events) {
    this.sources = List.copyOf(sources);
    this.events = List.copyOf(events);
    Map<String, Unit> units = new HashMap<>();
    for (SourceFacts source : sources) {
      SourceFacts.Analysis a = source.analysis();
      Map<SourceFacts.Span, SourceFacts.Mention> mentions = new HashMap<>();
      for (SourceFacts.Mention m : a.mentions()) {
        mentions.put(m.span(), m);
      }
      for (SourceFacts.Claim c : a.claims()) {
        Set<LocalDate> days = new LinkedHashSet<>();
        List<String> words = new ArrayList<>();
        for (SourceFacts.Span d : c.dates()) {
          SourceFacts.Mention m = mentions.get(d);
          if (m != null && m.day() != null) {
            days.add(m.day());
            words.add(m.text());
          }
        }
        Unit unit =
            units.computeIfAbsent(
                source.sourceId() + ":" + c.scope(), k -> new Unit(source, c.scope()));
        ClaimAt at = new ClaimAt(unit, c, days, words);
        claims.add(at);
        bySentence
            .computeIfAbsent(unit, u -> new HashMap<>())
            .computeIfAbsent(c.sentence(), k -> new ArrayList<>())
            .add(at);
      }
      for (SourceFacts.Quantity q : a.quantities()) {
        int scope = scopeOf(a, q.span());
        Unit unit =
            units.computeIfAbsent(source.sourceId() + ":" + scope, k -> new Unit(source, scope));
        quantities.add(new QuantityAt(unit, q));
      }
    }
  }

  private static int scopeOf(SourceFacts.Analysis a, SourceFacts.Span span) {
    for (SourceFacts.Scope s : a.scopes()) {
      if (s.span().contains(span)) {
        return s.position();
      }
    }
    return 0;
  }

  /** The claims of one article made in one sentence. */
  List<ClaimAt> inSentence(Unit unit, SourceFacts.Span sentence) {
    return bySentence.getOrDefault(unit, Map.of()).getOrDefault(sentence, List.of());
  }

  /**
   * The timeline event whose citations quote the most of these spans, in order of preference (the
   * first spans count most when events tie), or null when no event quotes any.
   */
  Long eventFor(List<Detected.Side> sides) {
    Long best = null;
    double bestScore = 0;
    for (SourceFacts.EventFacts e : events) {
      double score = 0;
      for (int i = 0; i < sides.size(); i++) {
        Detected.Side side = sides.get(i);
        for (SourceFacts.Cited c : e.citations()) {
          if (c.sourceId() == side.sourceId() && c.span().overlaps(side.span())) {
            score += 1.0 + 1.0 / (i + 2);
            break;
          }
        }
      }
      if (score > bestScore) {
        bestScore = score;
        best = e.id();
      }
    }
    return best;
  }

  /**
   * The event starting on this day that the most of these sides' sources cite anywhere, or null:
   * for statements (figures) that its citations do not quote themselves.
   */
  Long eventOn(LocalDate day, List<Detected.Side> sides) {
    Set<Long> sourceIds = new LinkedHashSet<>();
    sides.forEach(s -> sourceIds.add(s.sourceId()));
    Long best = null;
    long bestCount = 0;
    for (SourceFacts.EventFacts e : events) {
      if (!day.toString().equals(e.start())) {
        continue;
      }
      long count =
          e.citations().stream()
              .map(SourceFacts.Cited::sourceId)
              .distinct()
              .filter(sourceIds::contains)
              .count();
      if (count > bestCount) {
        bestCount = count;
        best = e.id();
      }
    }
    return best;
  }

  /** The noun for a kind of happening, for people to read. */
  static String noun(String kind) {
    return switch (kind) {
      case "MEETING" -> "meeting";
      case "TRAVEL" -> "visit";
      case "CALL" -> "call";
      case "ATTACK" -> "attack";
      case "VOTE" -> "vote";
      case "SIGNING" -> "signing";
      default -> kind.toLowerCase(java.util.Locale.ROOT);
    };
  }

  static Set<String> keys(List<SourceFacts.Party> parties) {
    Set<String> keys = new LinkedHashSet<>();
    for (SourceFacts.Party p : parties) {
      keys.add(p.key());
    }
    return keys;
  }

  /** Two sets of people are compatible unless both name someone and share no one. */
  static boolean compatiblePeople(Set<String> a, Set<String> b) {
    return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
  }

  /** Two claims' sentence, as a side of a discrepancy. */
  static Detected.Side sentenceSide(
      ClaimAt c, String statedValue, org.newsroom.factcheck.discrepancy.NormalizedValue value) {
    SourceFacts.Span sentence = c.claim().sentence();
    return new Detected.Side(
        c.unit().sourceId(), sentence, c.unit().source().quote(sentence), statedValue, value, null);
  }
}

package org.newsroom.factcheck.detection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsroom.factcheck.discrepancy.Attribute;
import org.newsroom.factcheck.discrepancy.DiscrepancyKind;
import org.newsroom.factcheck.discrepancy.NormalizedValue;
import org.newsroom.factcheck.discrepancy.Severity;

/**
 * Numbers and durations about one fact ({@code figure.interval}). Figures are about one fact when
 * they measure the same thing of the same happening: their subject is a word that reports a
 * happening of one kind on one day ("the meeting lasted almost five hours", "the 4-1/2-hour
 * meeting", "four-and-a-half hours of negotiations" on 18 February), or they share a plain subject
 * ("over 20 years" / "20 years" as foreign minister). Each figure is read as the interval of true
 * values it allows ({@link FigureInterval}); two figures from different articles whose intervals do
 * not meet are a {@code NUMERIC_MISMATCH}. Every figure of the fact is a side, those that agree
 * with each other first and the odd one out last.
 *
 * <p>Counts are compared only when they count something of a dated happening ("the strike killed 12
 * people"); a count that is its own subject ("two sides") is not a fact about anything.
 */
final class FigureRule {

  static final String RULE = "figure.interval";

  private static final Set<String> KINDS = Set.of("DURATION", "PERCENT", "MONEY", "COUNT");

  private FigureRule() {}

  /** A figure with what it is about, and the day of the happening it measures (or null). */
  private record Fact(Story.QuantityAt at, String key, String about, LocalDate day) {}

  static List<Detected> find(Story story) {
    Map<String, List<Fact>> byFact = new LinkedHashMap<>();
    Map<Story.Unit, Map<String, LocalDate>> usualDays = new HashMap<>();
    for (Story.QuantityAt at : story.quantities) {
      fact(story, at, usualDays)
          .ifPresent(f -> byFact.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f));
    }
    List<Detected> found = new ArrayList<>();
    byFact.forEach((key, facts) -> compare(story, key, facts).ifPresent(found::add));
    return found;
  }

  private static Optional<Fact> fact(
      Story story, Story.QuantityAt at, Map<Story.Unit, Map<String, LocalDate>> usualDays) {
    SourceFacts.Quantity q = at.quantity();
    if (q.subject() == null
        || !KINDS.contains(q.kind())
        || singular(q.subject()).equals(singular(q.unit()))) {
      return Optional.empty(); // "two sides": a count that is its own subject is about nothing
    }
    String subject = q.subject().toLowerCase(Locale.ROOT).strip();
    String head = subject.substring(subject.lastIndexOf(' ') + 1);
    String dimension = FigureInterval.of(q.figure()).dimension();
    List<Story.ClaimAt> sentence = story.inSentence(at.unit(), q.sentence());
    Story.ClaimAt reporting =
        sentence.stream()
            .filter(c -> c.claim().kind() != null && c.claim().words() != null)
            .filter(c -> c.claim().words().contains(head))
            .min(
                Comparator.comparing(
                    c ->
                        q.subjectSpan() != null && c.claim().clause().contains(q.subjectSpan())
                            ? 0
                            : 1))
            .orElse(null);
    if (reporting == null) {
      if (q.kind().equals("COUNT")) {
        return Optional.empty();
      }
      return Optional.of(
          new Fact(at, "figure:" + dimension + ":" + singular(subject), subject, null));
    }
    String kind = reporting.claim().kind();
    LocalDate day = reporting.day();
    if (day == null) {
      day =
          sentence.stream()
              .filter(c -> kind.equals(c.claim().kind()) && c.day() != null)
              .map(Story.ClaimAt::day)
              .findFirst()
              .orElseGet(() -> usualDay(story, at.unit(), kind, usualDays));
    }
    if (day == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Fact(
            at,
            "figure:" + dimension + ":" + kind + ":" + day,
            Story.noun(kind) + " on " + day,
            day));
  }

  /** The day an article most often gives happenings of a kind: the one it is about. */
  private static LocalDate usualDay(
      Story story, Story.Unit unit, String kind, Map<Story.Unit, Map<String, LocalDate>> cache) {
    return cache
        .computeIfAbsent(unit, u -> new HashMap<>())
        .computeIfAbsent(
            kind,
            k -> {
              // Each dated claim of the kind counts one; the first in the text counts a half more,
              // so the lede's day wins a tie.
              Map<LocalDate, Double> counts = new HashMap<>();
              for (Story.ClaimAt c : story.claims) {
                if (c.unit().equals(unit) && k.equals(c.claim().kind()) && c.day() != null) {
                  counts.merge(c.day(), counts.isEmpty() ? 1.5 : 1.0, Double::sum);
                }
              }
              return counts.entrySet().stream()
                  .max(Map.Entry.comparingByValue())
                  .map(Map.Entry::getKey)
                  .orElse(null);
            });
  }

  private static Optional<Detected> compare(Story story, String key, List<Fact> facts) {
    int n = facts.size();
    int[] conflicts = new int[n];
    String explanation = null;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (facts.get(i).at().unit().equals(facts.get(j).at().unit())) {
          continue;
        }
        Optional<String> conflict =
            FigureInterval.conflict(
                facts.get(i).at().quantity().figure(), facts.get(j).at().quantity().figure());
        if (conflict.isPresent()) {
          conflicts[i]++;
          conflicts[j]++;
        }
      }
    }
    // The odd one conflicts with the most others; between equals, a hedged figure ("more than
    // six hours") is the claim to check against a plain one.
    int odd = 0;
    for (int i = 1; i < n; i++) {
      boolean more = conflicts[i] > conflicts[odd];
      boolean tie = conflicts[i] == conflicts[odd];
      if (more || (tie && hedged(facts.get(i)) && !hedged(facts.get(odd)))) {
        odd = i;
      }
    }
    if (conflicts[odd] == 0) {
      return Optional.empty();
    }
    Fact outlier = facts.get(odd);
    List<Detected.Side> sides = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Fact f = facts.get(i);
      if (i == odd || sides.size() >= 19) {
        continue;
      }
      if (explanation == null) {
        explanation =
            FigureInterval.conflict(f.at().quantity().figure(), outlier.at().quantity().figure())
                .orElse(null);
      }
      sides.add(side(f));
    }
    sides.add(side(outlier));
    if (explanation == null) {
      return Optional.empty();
    }
    SourceFacts.Quantity q = outlier.at().quantity();
    Long event =
        outlier.day() == null ? story.eventFor(sides) : story.eventOn(outlier.day(), sides);
    return Optional.of(
        new Detected(
            key,
            RULE,
            DiscrepancyKind.NUMERIC_MISMATCH,
            attribute(q.kind()),
            Severity.MEDIUM,
            what(q.kind()) + " of the " + outlier.about(),
            explanation,
            event,
            sides));
  }

  private static boolean hedged(Fact f) {
    return !"EXACTLY".equals(f.at().quantity().qualifier());
  }

  private static Detected.Side side(Fact f) {
    SourceFacts.Quantity q = f.at().quantity();
    SourceFacts facts = f.at().unit().source();
    return new Detected.Side(
        facts.sourceId(),
        q.sentence(),
        facts.quote(q.sentence()),
        q.text(),
        normalized(q),
        "“"
            + q.text()
            + "” read as "
            + FigureInterval.of(q.figure()).describe()
            + " ("
            + FigureInterval.of(q.figure()).rule()
            + ")");
  }

  private static NormalizedValue normalized(SourceFacts.Quantity q) {
    NormalizedValue.Qualifier qualifier = NormalizedValue.Qualifier.valueOf(q.qualifier());
    if (q.kind().equals("DURATION")) {
      return new NormalizedValue(NormalizedValue.Type.DURATION, q.normalized(), qualifier);
    }
    String number = BigDecimal.valueOf(q.amount()).stripTrailingZeros().toPlainString();
    return number.startsWith("-")
        ? null
        : new NormalizedValue(NormalizedValue.Type.NUMBER, number, qualifier);
  }

  private static Attribute attribute(String kind) {
    return switch (kind) {
      case "DURATION" -> Attribute.DURATION;
      case "COUNT" -> Attribute.COUNT;
      default -> Attribute.AMOUNT;
    };
  }

  private static String what(String kind) {
    return switch (kind) {
      case "DURATION" -> "Length";
      case "PERCENT" -> "Share";
      case "MONEY" -> "Sum";
      default -> "Number";
    };
  }

  private static String singular(String word) {
    if (word == null) {
      return "";
    }
    String w = word.toLowerCase(Locale.ROOT).strip();
    return w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }
}

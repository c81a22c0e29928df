package org.newsroom.factcheck.detection;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsroom.factcheck.discrepancy.Attribute;
import org.newsroom.factcheck.discrepancy.DiscrepancyKind;
import org.newsroom.factcheck.discrepancy.NormalizedValue;
import org.newsroom.factcheck.discrepancy.Severity;

/**
 * The same happening on different days ({@code happening.date-outlier}). Two claims report one
 * happening when they are of one kind (a meeting, a visit), happen in a place they share ("in
 * Paris"), and their people do not rule it out (both name people and share none). When two or more
 * articles put such a happening on one day and exactly one article puts it on another day within a
 * week, and that article never gives the first day for it, the odd day is a {@code DATE_ERROR} with
 * the majority and the outlier quoted.
 *
 * <p>Never flagged: a vaguer date that contains the day ("next month", "last week": only days are
 * compared); a relative and an absolute expression of one day (they resolve to the same day);
 * another occurrence ("a second meeting", "again"); an article that gives both days; days more than
 * a week apart (a different happening at the same place).
 */
final class HappeningDateRule {

  static final String RULE = "happening.date-outlier";

  /** The furthest apart two days can be and still be taken for one happening. */
  static final int WINDOW_DAYS = 7;

  private HappeningDateRule() {}

  static List<Detected> find(Story story) {
    List<Story.ClaimAt> dated = new ArrayList<>();
    for (Story.ClaimAt c : story.claims) {
      if (c.claim().kind() != null
          && !c.claim().repeated()
          && !c.places().isEmpty()
          && c.day() != null) {
        dated.add(c);
      }
    }
    Map<String, Detected> found = new LinkedHashMap<>();
    for (Story.ClaimAt odd : dated) {
      List<Story.ClaimAt> same = new ArrayList<>();
      for (Story.ClaimAt other : dated) {
        if (other != odd && sameHappening(odd, other)) {
          same.add(other);
        }
      }
      if (same.stream().anyMatch(o -> o.unit().equals(odd.unit()) && !o.day().equals(odd.day()))) {
        continue; // the article gives both days: a happening over two days, or two happenings
      }
      if (same.stream().anyMatch(o -> !o.unit().equals(odd.unit()) && o.day().equals(odd.day()))) {
        continue; // another article agrees
      }
      Map<LocalDate, Map<Story.Unit, Story.ClaimAt>> byDay = new TreeMap<>();
      for (Story.ClaimAt o : same) {
        if (!o.unit().equals(odd.unit())
            && Math.abs(ChronoUnit.DAYS.between(o.day(), odd.day())) <= WINDOW_DAYS) {
          byDay.computeIfAbsent(o.day(), d -> new LinkedHashMap<>()).putIfAbsent(o.unit(), o);
        }
      }
      byDay.entrySet().stream()
          .filter(e -> e.getValue().size() >= 2)
          .max(Map.Entry.comparingByValue((a, b) -> Integer.compare(a.size(), b.size())))
          .ifPresent(
              majority -> {
                String place = sharedPlace(odd, majority.getValue().values());
                String key =
                    "happening-date:" + odd.claim().kind() + ":" + place + ":" + majority.getKey();
                found.merge(
                    key,
                    detected(story, key, odd, majority.getKey(), majority.getValue(), place),
                    (earlier, later) -> withOutlier(earlier, odd));
              });
    }
    return List.copyOf(found.values());
  }

  private static boolean sameHappening(Story.ClaimAt a, Story.ClaimAt b) {
    return a.claim().kind().equals(b.claim().kind())
        && a.places().stream().anyMatch(b.places()::contains)
        && Story.compatiblePeople(a.people(), b.people());
  }

  private static String sharedPlace(Story.ClaimAt odd, java.util.Collection<Story.ClaimAt> others) {
    for (String place : odd.places()) {
      if (others.stream().allMatch(o -> o.places().contains(place))) {
        return place;
      }
    }
    return odd.places().iterator().next();
  }

  private static Detected detected(
      Story story,
      String key,
      Story.ClaimAt odd,
      LocalDate day,
      Map<Story.Unit, Story.ClaimAt> majority,
      String place) {
    List<Detected.Side> sides = new ArrayList<>();
    List<String> outlets = new ArrayList<>();
    for (Story.ClaimAt c : majority.values()) {
      if (sides.size() < 19) {
        sides.add(side(c, day));
        outlets.add(c.unit().outlet());
      }
    }
    sides.add(side(odd, odd.day()));
    String kind = Story.noun(odd.claim().kind());
    String placeText = placeText(odd, place);
    String explanation =
        majority.size()
            + " articles ("
            + String.join(", ", outlets)
            + ") put the "
            + kind
            + " in "
            + placeText
            + " on "
            + day
            + "; "
            + odd.unit().outlet()
            + " puts it on "
            + odd.day()
            + " (“"
            + String.join("”, “", odd.dayWords())
            + "”)";
    Detected d =
        new Detected(
            key,
            RULE,
            DiscrepancyKind.DATE_ERROR,
            Attribute.DATE,
            Severity.MEDIUM,
            "Day of the " + kind + " in " + placeText,
            explanation,
            null,
            sides);
    return d.withEvent(story.eventFor(sides));
  }

  private static Detected withOutlier(Detected d, Story.ClaimAt odd) {
    if (d.sides().size() >= 20
        || d.sides().stream()
            .anyMatch(
                s ->
                    s.sourceId() == odd.unit().sourceId()
                        && s.span().equals(odd.claim().sentence()))) {
      return d;
    }
    List<Detected.Side> sides = new ArrayList<>(d.sides());
    sides.add(side(odd, odd.day()));
    return new Detected(
        d.key(),
        d.rule(),
        d.kind(),
        d.attribute(),
        d.severity(),
        d.subject(),
        d.explanation() + "; " + odd.unit().outlet() + " puts it on " + odd.day(),
        d.eventId(),
        sides);
  }

  private static Detected.Side side(Story.ClaimAt c, LocalDate day) {
    String words = String.join(", ", c.dayWords());
    return Story.sentenceSide(
        c,
        words.isEmpty() ? day.toString() : words,
        new NormalizedValue(
            NormalizedValue.Type.DATE, day.toString(), NormalizedValue.Qualifier.EXACTLY));
  }

  private static String placeText(Story.ClaimAt c, String key) {
    return c.claim().places().stream()
        .filter(p -> p.key().equals(key))
        .map(SourceFacts.Party::text)
        .findFirst()
        .orElse(key);
  }
}

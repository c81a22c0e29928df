package org.newsroom.factcheck.detection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsroom.factcheck.discrepancy.Attribute;
import org.newsroom.factcheck.discrepancy.DiscrepancyKind;
import org.newsroom.factcheck.discrepancy.Severity;

/**
 * Called off or moved ({@code status.cancelled-vs-postponed}). One report says a happening was
 * cancelled, another that it was postponed or rescheduled: a {@code FACTUAL_CONFLICT}, even within
 * one article (a standfirst against its body). The two are about one happening when they are of one
 * kind, share a person (or, naming no one, a place), and do not name different places. A status
 * verb with no happening word ("rescheduled a go to Riyadh") joins the moved side when it shares a
 * person and a place with a report already on it.
 *
 * <p>Never flagged: a sentence that says both ("the original date was cancelled and the visit moved
 * to May" is one consistent report); reports of different people or different places.
 */
final class StatusRule {

  static final String RULE = "status.cancelled-vs-postponed";

  private StatusRule() {}

  static List<Detected> find(Story story) {
    List<Story.ClaimAt> cancelled = new ArrayList<>();
    List<Story.ClaimAt> moved = new ArrayList<>();
    for (Story.ClaimAt c : story.claims) {
      String status = c.claim().status();
      if (status == null) {
        continue;
      }
      if (status.equals("CANCELLED")) {
        boolean saysBoth =
            story.inSentence(c.unit(), c.claim().sentence()).stream()
                .anyMatch(
                    o -> o.claim().status() != null && !o.claim().status().equals("CANCELLED"));
        if (!saysBoth && c.claim().kind() != null) {
          cancelled.add(c);
        }
      } else {
        moved.add(c);
      }
    }
    Map<String, Detected> found = new LinkedHashMap<>();
    for (Story.ClaimAt off : cancelled) {
      List<Story.ClaimAt> against = new ArrayList<>();
      for (Story.ClaimAt m : moved) {
        if (off.claim().kind().equals(m.claim().kind()) && sameHappening(off, m)) {
          against.add(m);
        }
      }
      if (against.isEmpty()) {
        continue;
      }
      for (Story.ClaimAt m : moved) {
        if (m.claim().kind() == null
            && !against.contains(m)
            && against.stream()
                .anyMatch(
                    a ->
                        a.people().stream().anyMatch(m.people()::contains)
                            && a.places().stream().anyMatch(m.places()::contains))) {
          against.add(m);
        }
      }
      String party = sharedParty(off, against.get(0));
      String key = "status:" + off.claim().kind() + ":" + party;
      if (!found.containsKey(key)) {
        found.put(key, detected(story, key, off, against));
      }
    }
    return List.copyOf(found.values());
  }

  private static boolean sameHappening(Story.ClaimAt a, Story.ClaimAt b) {
    Set<String> pa = a.people();
    Set<String> pb = b.people();
    Set<String> la = a.places();
    Set<String> lb = b.places();
    boolean placesAgree = la.isEmpty() || lb.isEmpty() || la.stream().anyMatch(lb::contains);
    if (!placesAgree) {
      return false;
    }
    if (!pa.isEmpty() || !pb.isEmpty()) {
      return pa.stream().anyMatch(pb::contains);
    }
    return la.stream().anyMatch(lb::contains);
  }

  private static String sharedParty(Story.ClaimAt a, Story.ClaimAt b) {
    for (String p : a.people()) {
      if (b.people().contains(p)) {
        return p;
      }
    }
    for (String p : a.places()) {
      if (b.places().contains(p)) {
        return p;
      }
    }
    return "?";
  }

  private static Detected detected(
      Story story, String key, Story.ClaimAt off, List<Story.ClaimAt> against) {
    List<Detected.Side> sides = new ArrayList<>();
    sides.add(Story.sentenceSide(off, off.claim().statusWord(), null));
    Set<String> seen = new LinkedHashSet<>();
    seen.add(off.unit().sourceId() + ":" + off.claim().sentence());
    Set<String> outlets = new LinkedHashSet<>();
    Set<String> words = new LinkedHashSet<>();
    for (Story.ClaimAt m : against) {
      if (sides.size() < 20 && seen.add(m.unit().sourceId() + ":" + m.claim().sentence())) {
        sides.add(Story.sentenceSide(m, m.claim().statusWord(), null));
        outlets.add(m.unit().outlet());
        words.add(m.claim().statusWord().toLowerCase(Locale.ROOT));
      }
    }
    String kind = Story.noun(off.claim().kind());
    String who =
        off.claim().people().isEmpty()
            ? "in " + off.claim().places().get(0).text()
            : "by " + off.claim().people().get(0).text();
    String explanation =
        off.unit().outlet()
            + " says the "
            + kind
            + " "
            + who
            + " was “"
            + off.claim().statusWord()
            + "”; "
            + String.join(", ", outlets)
            + (outlets.size() == 1 ? " says “" : " say “")
            + String.join("”, “", words)
            + "”: called off is not moved to a new date";
    List<Detected.Side> ordered = new ArrayList<>(sides.subList(1, sides.size()));
    ordered.add(sides.get(0));
    Detected d =
        new Detected(
            key,
            RULE,
            DiscrepancyKind.FACTUAL_CONFLICT,
            Attribute.OTHER,
            Severity.MEDIUM,
            "Whether the " + kind + " " + who + " was cancelled or postponed",
            explanation,
            null,
            ordered);
    return d.withEvent(story.eventFor(ordered));
  }
}

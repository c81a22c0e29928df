package org.newsroom.timeline.extraction.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsroom.timeline.extraction.name.NameKey;
import org.newsroom.timeline.extraction.time.DateValue;

/**
 * Decides whether two reports describe the same happening: the same resolved date, and enough of
 * the same people, place and key terms. Used to fold candidates from many sentences and sources
 * into one event each, and to match a candidate with an event already on the timeline.
 */
public final class Happenings {

  /** Weight of one shared participant. */
  static final double PARTICIPANT = 0.8;

  /** Weight of a shared place. */
  static final double PLACE = 0.8;

  /** Weight of the key-term overlap (Jaccard, 0..1). */
  static final double TERMS = 3.0;

  /** The score two reports of one happening reach. */
  public static final double SAME = 1.0;

  /** Without any term in common, people and place alone do not make one happening. */
  static final double MIN_TERMS = 0.06;

  private Happenings() {}

  /** What is known of a happening: an event on record, or a candidate. */
  public record Profile(
      DateValue date, String place, List<String> participants, Set<String> terms) {

    public static Profile of(Candidate c) {
      return new Profile(c.date(), c.place(), c.participants(), c.terms());
    }
  }

  /** How alike two profiles are, 0 when their dates differ. */
  public static double similarity(Profile a, Profile b) {
    if (a.date() == null || b.date() == null || !a.date().value().equals(b.date().value())) {
      return 0;
    }
    double terms = Terms.overlap(a.terms(), b.terms());
    if (terms < MIN_TERMS) {
      return 0;
    }
    return sharedPeople(a.participants(), b.participants()) * PARTICIPANT
        + (samePlace(a.place(), b.place()) ? PLACE : 0)
        + terms * TERMS;
  }

  public static boolean same(Profile a, Profile b) {
    return similarity(a, b) >= SAME;
  }

  static int sharedPeople(List<String> a, List<String> b) {
    int shared = 0;
    for (String x : a) {
      for (String y : b) {
        if (NameKey.sameName(x, y)) {
          shared++;
          break;
        }
      }
    }
    return shared;
  }

  /**
   * Places match when any comma-separated part of one names the same place as a part of the other.
   */
  static boolean samePlace(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    for (String x : a.split(",")) {
      for (String y : b.split(",")) {
        if (!x.isBlank() && !y.isBlank() && NameKey.sameName(x.strip(), y.strip())) {
          return true;
        }
      }
    }
    return false;
  }

  /** A candidate and where it came from (a source id, a seed key). */
  public record Member<S>(S source, Candidate candidate) {}

  /** Candidates folded into happenings, in order of first appearance. */
  public record Cluster<S>(DateValue date, List<Member<S>> members) {

    public Profile profile() {
      Set<String> terms = new LinkedHashSet<>();
      List<String> people = new ArrayList<>();
      String place = null;
      for (Member<S> m : members) {
        terms.addAll(m.candidate().terms());
        for (String p : m.candidate().participants()) {
          if (people.stream().noneMatch(q -> NameKey.sameName(p, q))) {
            people.add(p);
          }
        }
        if (place == null) {
          place = m.candidate().place();
        }
      }
      return new Profile(date, place, people, terms);
    }
  }

  /**
   * Greedy single-link folding: each candidate joins the cluster holding its most similar member
   * above the threshold, or starts a new one.
   */
  public static <S> List<Cluster<S>> cluster(List<Member<S>> members) {
    List<Cluster<S>> clusters = new ArrayList<>();
    for (Member<S> m : members) {
      Profile p = Profile.of(m.candidate());
      Cluster<S> best = null;
      double bestScore = 0;
      for (Cluster<S> c : clusters) {
        if (!c.date().value().equals(p.date().value())) {
          continue;
        }
        for (Member<S> other : c.members()) {
          double s = similarity(p, Profile.of(other.candidate()));
          if (s > bestScore) {
            bestScore = s;
            best = c;
          }
        }
      }
      if (best != null && bestScore >= SAME) {
        best.members().add(m);
      } else {
        List<Member<S>> list = new ArrayList<>();
        list.add(m);
        clusters.add(new Cluster<>(p.date(), list));
      }
    }
    return clusters;
  }
}

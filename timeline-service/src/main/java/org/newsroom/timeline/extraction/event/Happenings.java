package org.newsroom.timeline.extraction.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

  /** ... nor without this share of the smaller side's terms in the larger. */
  static final double MIN_CONTAINED = 0.2;

  /** How much containment counts against Jaccard. */
  static final double CONTAINED_WEIGHT = 0.6;

  private Happenings() {}

  /** What is known of a happening: an event on record, or a candidate. */
  public record Profile(
      DateValue date, String place, List<String> participants, Set<String> terms) {

    public static Profile of(Candidate c) {
      return new Profile(c.date(), c.place(), c.participants(), c.terms());
    }
  }

  /**
   * How much each term tells happenings apart: terms found in few of the reports being compared
   * ("summit", "Paris") weigh more than terms found in most ("talks", "Ukraine"). Inverse document
   * frequency over the term sets given.
   */
  public static final class Weights {

    public static final Weights UNIFORM = new Weights(Map.of(), 0);

    private final Map<String, Integer> df;
    private final int n;

    private Weights(Map<String, Integer> df, int n) {
      this.df = df;
      this.n = n;
    }

    public static Weights of(Collection<Set<String>> documents) {
      Map<String, Integer> df = new HashMap<>();
      for (Set<String> terms : documents) {
        for (String t : terms) {
          df.merge(t, 1, Integer::sum);
        }
      }
      return new Weights(df, documents.size());
    }

    double of(String term) {
      if (n == 0) {
        return 1;
      }
      return Math.log(1 + n / (double) df.getOrDefault(term, 1));
    }

    /** Weighted Jaccard: the weight of shared terms over the weight of all terms. */
    double overlap(Set<String> a, Set<String> b) {
      double shared = 0;
      double all = 0;
      for (String t : a) {
        double w = of(t);
        all += w;
        if (b.contains(t)) {
          shared += w;
        }
      }
      for (String t : b) {
        if (!a.contains(t)) {
          all += of(t);
        }
      }
      return all == 0 ? 0 : shared / all;
    }

    /** The weight of the smaller side's terms the larger holds, over the smaller side's weight. */
    double containment(Set<String> a, Set<String> b) {
      Set<String> small = a.size() <= b.size() ? a : b;
      Set<String> large = small == a ? b : a;
      double shared = 0;
      double all = 0;
      for (String t : small) {
        double w = of(t);
        all += w;
        if (large.contains(t)) {
          shared += w;
        }
      }
      return all == 0 ? 0 : shared / all;
    }
  }

  /** {@link #similarity(Profile, Profile, Weights)} with every term weighing the same. */
  public static double similarity(Profile a, Profile b) {
    return similarity(a, b, Weights.UNIFORM);
  }

  /**
   * How alike two profiles are, 0 when their dates differ: the weighted overlap of their terms (or,
   * when one side gathers many reports, how much of the smaller side the larger holds), plus shared
   * people and place.
   */
  public static double similarity(Profile a, Profile b, Weights weights) {
    if (a.date() == null || b.date() == null || !a.date().value().equals(b.date().value())) {
      return 0;
    }
    double jaccard = weights.overlap(a.terms(), b.terms());
    double contained = weights.containment(a.terms(), b.terms());
    int people = Math.min(sharedPeople(a.participants(), b.participants()), 3);
    boolean place = samePlace(a.place(), b.place());
    // Words in common are needed; fewer when the same people or the same place vouch for it.
    double need = people > 0 || place ? 0.5 : 1;
    if (jaccard < MIN_TERMS * need && contained < MIN_CONTAINED * need) {
      return 0;
    }
    return Math.max(jaccard, CONTAINED_WEIGHT * contained) * TERMS
        + people * PARTICIPANT
        + (place ? PLACE : 0);
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
    Weights weights = Weights.of(members.stream().map(m -> m.candidate().terms()).toList());
    List<Cluster<S>> clusters = new ArrayList<>();
    for (Member<S> m : members) {
      Profile p = Profile.of(m.candidate());
      Cluster<S> best = null;
      double bestScore = 0;
      for (Cluster<S> c : clusters) {
        if (!c.date().value().equals(p.date().value())) {
          continue;
        }
        double whole = similarity(p, c.profile(), weights);
        if (whole > bestScore) {
          bestScore = whole;
          best = c;
        }
        for (Member<S> other : c.members()) {
          double s = similarity(p, Profile.of(other.candidate()), weights);
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

package org.newsroom.timeline.extraction.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsroom.timeline.event.Precision;
import org.newsroom.timeline.extraction.name.NameGroup;
import org.newsroom.timeline.extraction.name.NameMention;
import org.newsroom.timeline.extraction.name.NameType;
import org.newsroom.timeline.extraction.text.Document;
import org.newsroom.timeline.extraction.text.Sentence;
import org.newsroom.timeline.extraction.text.Tense;
import org.newsroom.timeline.extraction.text.TenseReader;
import org.newsroom.timeline.extraction.time.Expression;

/**
 * Dates a text that dates nothing itself (no printed date, dateline or stated date) from other
 * coverage: a sentence that says "today's talks in X" or "last night in Y" is matched with the
 * happenings other sources have already dated, and each match votes for the day the text was
 * written (the happening's date minus the sentence's offset). The day with the most support wins
 * when at least two sentences agree, or one matches very well.
 */
public final class CoverageDating {

  /** The support a day needs: two matching sentences, or one this similar. */
  static final double STRONG = 2.0;

  private CoverageDating() {}

  /** The day, and the happenings that support it. */
  public record Dated<K>(LocalDate date, List<K> supporting, int sentences) {}

  /**
   * A happening already dated elsewhere, with a key to name it by; {@code occurred} when its
   * sources report it as done rather than planned.
   */
  public record Known<K>(K key, Happenings.Profile profile, boolean occurred) {}

  public static <K> Optional<Dated<K>> date(
      Document doc, List<Expression> expressions, List<NameGroup> names, List<Known<K>> known) {
    List<Set<String>> documents = new ArrayList<>();
    known.forEach(k -> documents.add(k.profile().terms()));
    Happenings.Weights weights = Happenings.Weights.of(documents);
    Map<LocalDate, Double> support = new LinkedHashMap<>();
    Map<LocalDate, List<K>> by = new LinkedHashMap<>();
    Map<LocalDate, Integer> count = new LinkedHashMap<>();
    for (Expression e : expressions) {
      if (!(e instanceof Expression.Deictic d)) {
        continue;
      }
      Sentence sentence = doc.sentenceAt(e.span().start());
      if (sentence == null || sentence.wordCount() < 5) {
        continue;
      }
      List<String> people = new ArrayList<>();
      String place = null;
      for (NameGroup g : names) {
        for (NameMention nm : g.mentions()) {
          if (sentence.span().contains(nm.span())) {
            if (g.type() == NameType.PERSON && !people.contains(g.canonical())) {
              people.add(g.canonical());
            } else if (g.type() == NameType.PLACE && place == null) {
              place = g.canonical();
            }
          }
        }
      }
      Set<String> terms = Terms.of(sentence, sentence.span());
      // "today's talks" reports something done; "arrives tomorrow" something ahead.
      boolean done =
          d.offsetDays() < 0
              || (d.offsetDays() == 0
                  && TenseReader.read(sentence, e.span()).tense() != Tense.FUTURE);
      double best = 0;
      Known<K> match = null;
      for (Known<K> k : known) {
        if (k.profile().date() == null
            || k.profile().date().precision() != Precision.DAY
            || k.occurred() != done) {
          continue;
        }
        // Compare as if the sentence were dated on the known happening's day.
        Happenings.Profile probe = new Happenings.Profile(k.profile().date(), place, people, terms);
        double s = Happenings.similarity(probe, k.profile(), weights);
        if (s > best) {
          best = s;
          match = k;
        }
      }
      if (match != null && best >= Happenings.SAME) {
        LocalDate day = match.profile().date().date().minusDays(d.offsetDays());
        support.merge(day, best, Double::sum);
        count.merge(day, 1, Integer::sum);
        List<K> keys = by.computeIfAbsent(day, x -> new ArrayList<>());
        if (!keys.contains(match.key())) {
          keys.add(match.key());
        }
      }
    }
    // Most sentences first (each sentence one vote), then the closer matches.
    return support.entrySet().stream()
        .max(
            java.util.Comparator.<Map.Entry<LocalDate, Double>>comparingInt(
                    e -> count.get(e.getKey()))
                .thenComparing(Map.Entry.comparingByValue()))
        .filter(e -> count.get(e.getKey()) >= 2 || e.getValue() >= STRONG)
        .map(e -> new Dated<>(e.getKey(), by.get(e.getKey()), count.get(e.getKey())));
  }
}

package org.newsroom.timeline.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsroom.foundation.audit.ChangeSet;
import org.newsroom.foundation.quote.QuoteSelector;
import org.newsroom.timeline.citation.QuoteResolver;
import org.newsroom.timeline.event.Citation;
import org.newsroom.timeline.event.DatePoint;
import org.newsroom.timeline.event.Event;
import org.newsroom.timeline.event.EventOrigin;
import org.newsroom.timeline.event.EventReviewRecord;
import org.newsroom.timeline.event.ReviewStatus;
import org.newsroom.timeline.extraction.TextAnalyzer;
import org.newsroom.timeline.extraction.event.Candidate;
import org.newsroom.timeline.extraction.event.Happenings;
import org.newsroom.timeline.extraction.event.Terms;
import org.newsroom.timeline.extraction.name.NameKey;
import org.newsroom.timeline.extraction.text.Document;
import org.newsroom.timeline.extraction.text.Span;
import org.newsroom.timeline.extraction.time.DateValue;
import org.newsroom.timeline.source.Source;

/**
 * Turns a source's candidate events into events: candidates that describe one happening become one
 * event; a happening already on the timeline gets the citation instead of a duplicate (as a
 * suggestion when a person vouches for that event); a happening a person rejected is not proposed
 * again. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class ExtractedEvents {

  /** What one run did to the timeline. */
  public record Report(
      List<Long> created, List<Long> cited, List<Long> suggested, List<Long> skipped) {}

  /**
   * Removes what an earlier run made from this source and nobody has touched since: its citations
   * on unreviewed extracted events (and such events left with none), and its pending suggestions.
   */
  public void retract(Source source, ChangeSet<Event> changes) {
    List<Citation> mine =
        Citation.<Citation>list("source.id = ?1 and extractor is not null", source.id);
    Set<Event> touched = new LinkedHashSet<>();
    for (Citation c : mine) {
      Event e = c.event;
      if (c.suggested || e.isUntouchedProposal()) {
        changes.watch(e);
        e.citations.remove(c);
        touched.add(e);
      }
    }
    for (Event e : touched) {
      renumber(e);
    }
    Event.flush();
  }

  /**
   * Deletes the events a run left without any citation (after {@link #retract} and {@link #file}),
   * so that re-running keeps the ids of events the new run cites again.
   */
  public void sweep(ChangeSet<Event> touched) {
    List<Event> empty =
        Event.list(
            "origin = ?1 and reviewStatus = ?2 and citations is empty",
            EventOrigin.EXTRACTED,
            ReviewStatus.UNREVIEWED);
    for (Event e : empty) {
      if (e.isUntouchedProposal()) {
        touched.watch(e);
        e.delete();
      }
    }
    Event.flush();
  }

  /** Files the candidates of one source as events, citations or suggestions. */
  public Report file(Source source, TextAnalyzer.Analysis analysis, ChangeSet<Event> touched) {
    List<Happenings.Member<Long>> members =
        analysis.candidates().stream().map(c -> new Happenings.Member<>(source.id, c)).toList();
    List<Happenings.Cluster<Long>> clusters = Happenings.cluster(new ArrayList<>(members));
    List<Long> created = new ArrayList<>();
    List<Long> cited = new ArrayList<>();
    List<Long> suggested = new ArrayList<>();
    List<Long> skipped = new ArrayList<>();
    // Events on record per date, read once for all the clusters of that date.
    Map<String, List<Event>> onRecord = new HashMap<>();
    for (Happenings.Cluster<Long> cluster : clusters) {
      Happenings.Profile profile = cluster.profile();
      List<Event> sameDay =
          onRecord.computeIfAbsent(
              profile.date().value(),
              v ->
                  new ArrayList<>(
                      Event.<Event>list(
                          "start.date = ?1 and start.precision = ?2",
                          profile.date().date(),
                          profile.date().precision())));
      Event match = match(profile, sameDay);
      if (match != null && match.reviewStatus == ReviewStatus.REJECTED) {
        skipped.add(match.id);
        continue;
      }
      if (match == null) {
        Event event = touched.created(create(source, cluster, analysis.document()));
        sameDay.add(event); // later clusters of the day may describe it too
        created.add(event.id);
      } else if (match.isUntouchedProposal()) {
        touched.watch(match);
        addCitations(match, source, cluster, analysis.document(), false);
        for (String p : profile.participants()) {
          if (match.participants.stream().noneMatch(q -> NameKey.sameName(p, q))) {
            match.participants.add(p);
          }
        }
        cited.add(match.id);
      } else if (addCitations(touched.watch(match), source, cluster, analysis.document(), true)
          > 0) {
        EventReviewRecord.log(
            match,
            "SUGGESTED",
            TextAnalyzer.EXTRACTOR,
            null,
            null,
            "citation(s) from source " + source.id + " suggested");
        suggested.add(match.id);
      }
    }
    Event.flush();
    return new Report(created, dedupe(cited), dedupe(suggested), dedupe(skipped));
  }

  private static List<Long> dedupe(List<Long> ids) {
    return ids.stream().distinct().toList();
  }

  /**
   * The event on record (among those of the profile's date) most like the happening, following
   * merges; null when none is alike.
   */
  static Event match(Happenings.Profile profile, List<Event> sameDay) {
    // An event a person vouches for wins over one the analysis proposed, so that the citation
    // lands where editors look and the timeline never shows the happening twice.
    Event best = null;
    double bestScore = 0;
    Event vouched = null;
    double vouchedScore = 0;
    for (Event e : sameDay) {
      double s = Happenings.similarity(profile, profileOf(e));
      if (s > bestScore) {
        bestScore = s;
        best = e;
      }
      if (e.reviewStatus != ReviewStatus.REJECTED && !e.isUntouchedProposal() && s > vouchedScore) {
        vouchedScore = s;
        vouched = e;
      }
    }
    if (vouched != null && vouchedScore >= Happenings.SAME) {
      best = vouched;
      bestScore = vouchedScore;
    }
    if (best == null || bestScore < Happenings.SAME) {
      return null;
    }
    while (best.mergedInto != null) {
      Event target = Event.findById(best.mergedInto);
      if (target == null) {
        break;
      }
      best = target;
    }
    return best;
  }

  static Happenings.Profile profileOf(Event e) {
    Set<String> terms = new LinkedHashSet<>(Terms.of(e.title));
    terms.addAll(Terms.of(e.summary));
    for (Citation c : e.citations) {
      terms.addAll(Terms.of(c.exact));
    }
    DateValue date =
        new DateValue(e.start.date, e.start.precision, null, e.start.earliest, e.start.latest);
    return new Happenings.Profile(date, e.place, List.copyOf(e.participants), terms);
  }

  private Event create(Source source, Happenings.Cluster<Long> cluster, Document doc) {
    Candidate first = cluster.members().get(0).candidate();
    Happenings.Profile profile = cluster.profile();
    DateValue d = first.date();
    Event event = new Event();
    event.title = first.title();
    event.summary = null;
    event.start = new DatePoint(d.date(), null, d.precision(), d.earliest(), d.latest());
    event.status = majorityStatus(cluster);
    event.place = profile.place();
    event.participants = new ArrayList<>(profile.participants());
    event.tags = new ArrayList<>();
    event.origin = EventOrigin.EXTRACTED;
    event.extractor = TextAnalyzer.EXTRACTOR;
    event.reviewStatus = ReviewStatus.UNREVIEWED;
    event.createdBy = TextAnalyzer.EXTRACTOR;
    event.updatedBy = TextAnalyzer.EXTRACTOR;
    event.deriveSpan();
    addCitations(event, source, cluster, doc, false);
    event.persist();
    EventReviewRecord.log(
        event,
        "PROPOSED",
        TextAnalyzer.EXTRACTOR,
        null,
        ReviewStatus.UNREVIEWED,
        "from source " + source.id + ": " + first.statusRule() + ", " + first.mention().rule());
    return event;
  }

  private static org.newsroom.timeline.event.EventStatus majorityStatus(
      Happenings.Cluster<Long> cluster) {
    Map<org.newsroom.timeline.event.EventStatus, Long> counts =
        cluster.members().stream()
            .collect(Collectors.groupingBy(m -> m.candidate().status(), Collectors.counting()));
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  /** Adds one citation per distinct sentence not already cited; answers how many were added. */
  private static int addCitations(
      Event event, Source source, Happenings.Cluster<Long> cluster, Document doc, boolean suggest) {
    int added = 0;
    for (Happenings.Member<Long> m : cluster.members()) {
      Candidate c = m.candidate();
      Span cp = doc.codePoints(c.citation());
      boolean already =
          event.citations.stream()
              .anyMatch(
                  x -> x.source.id.equals(source.id) && x.start < cp.end() && cp.start() < x.end);
      if (already) {
        continue;
      }
      QuoteResolver.Resolution r =
          QuoteResolver.resolve(
              source.content,
              new QuoteSelector(doc.of(c.citation()), null, null, cp.start(), cp.end()));
      if (!r.matches()) {
        continue;
      }
      Citation citation = new Citation();
      citation.event = event;
      citation.source = source;
      citation.exact = r.selector().exact();
      citation.prefix = r.selector().prefix();
      citation.suffix = r.selector().suffix();
      citation.start = r.selector().start();
      citation.end = r.selector().end();
      citation.sourceSha256 = source.contentSha256;
      citation.extractor = TextAnalyzer.EXTRACTOR;
      citation.suggested = suggest;
      citation.note =
          "“" + c.mention().text() + "” → " + c.date().value() + " (" + c.mention().rule() + ")";
      citation.position = event.citations.size();
      event.citations.add(citation);
      added++;
    }
    return added;
  }

  private static void renumber(Event e) {
    int position = 0;
    for (Citation c : e.citations) {
      c.position = position++;
    }
  }
}

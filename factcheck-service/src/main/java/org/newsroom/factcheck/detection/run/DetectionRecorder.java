package org.newsroom.factcheck.detection.run;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.newsroom.factcheck.detection.Detected;
import org.newsroom.factcheck.detection.Detector;
import org.newsroom.factcheck.detection.SourceFacts;
import org.newsroom.factcheck.discrepancy.AssertionRequest;
import org.newsroom.factcheck.discrepancy.Discrepancy;
import org.newsroom.factcheck.discrepancy.DiscrepancyRequest;
import org.newsroom.factcheck.discrepancy.DiscrepancyStatus;
import org.newsroom.factcheck.discrepancy.DiscrepancyView;
import org.newsroom.factcheck.discrepancy.DiscrepancyWriter;
import org.newsroom.factcheck.discrepancy.RecorderKind;
import org.newsroom.factcheck.problem.FactcheckProblem;
import org.newsroom.foundation.problem.ProblemException;
import org.newsroom.foundation.quote.QuoteSelector;

/**
 * Runs detection over a story and records what it finds, never twice: each fact has one {@code
 * detector:<fact>} reference. A new fact is recorded OPEN; new evidence for an open one is added to
 * it; one an editor closed (confirmed, dismissed, resolved) or a person edited stays as they left
 * it. Runs one at a time, so the feed follower and a request never record one fact twice.
 */
@ApplicationScoped
public class DetectionRecorder {

  static final String ORIGIN_PREFIX = "detector:";

  private static final DiscrepancyWriter.Recorder DETECTOR =
      new DiscrepancyWriter.Recorder(RecorderKind.DETECTOR, Detector.DETECTOR);

  private final ReentrantLock oneAtATime = new ReentrantLock();

  @Inject StoryReader reader;
  @Inject DiscrepancyWriter writer;

  /**
   * Detects among these sources and the rest of their story.
   *
   * @throws ProblemException 404 for an unknown event; 503 when timeline-service cannot answer
   */
  public DetectionReport run(Collection<Long> sourceIds, Long eventId, boolean dryRun) {
    StoryReader.Read story = reader.read(sourceIds, eventId);
    List<Detected> found = Detector.detect(story.sources(), story.events());
    Map<Long, String> hashes = new HashMap<>();
    story.sources().forEach(s -> hashes.put(s.sourceId(), s.sha256()));
    List<DetectionReport.Outcome> recorded = new ArrayList<>();
    List<DetectionReport.Outcome> updated = new ArrayList<>();
    List<DetectionReport.Outcome> skipped = new ArrayList<>();
    List<Discrepancy.Quoted> quoted = Discrepancy.quotedByPeople(hashes.keySet());
    oneAtATime.lock();
    try {
      for (Detected d : found) {
        if (eventId != null && !concerns(d, eventId, story)) {
          continue;
        }
        String ref = ORIGIN_PREFIX + d.key();
        Optional<Discrepancy> existing = Discrepancy.findByOriginRef(ref);
        if (existing.isEmpty()) {
          record(d, ref, hashes, quoted, dryRun, recorded, updated, skipped);
        } else {
          addTo(existing.get(), d, ref, hashes, dryRun, updated, skipped);
        }
      }
    } finally {
      oneAtATime.unlock();
    }
    return new DetectionReport(
        dryRun,
        story.sources().stream().map(SourceFacts::sourceId).toList(),
        story.missing(),
        recorded,
        updated,
        skipped);
  }

  private static boolean concerns(Detected d, long eventId, StoryReader.Read story) {
    if (d.eventId() != null && d.eventId() == eventId) {
      return true;
    }
    return story.events().stream()
        .filter(e -> e.id() == eventId)
        .flatMap(e -> e.citations().stream())
        .anyMatch(
            c ->
                d.sides().stream()
                    .anyMatch(s -> s.sourceId() == c.sourceId() && s.span().overlaps(c.span())));
  }

  private void record(
      Detected d,
      String ref,
      Map<Long, String> hashes,
      List<Discrepancy.Quoted> quoted,
      boolean dryRun,
      List<DetectionReport.Outcome> recorded,
      List<DetectionReport.Outcome> updated,
      List<DetectionReport.Outcome> skipped) {
    Optional<Long> people = recordedByPeople(d, quoted);
    if (people.isPresent()) {
      skipped.add(
          outcome(
              d,
              ref,
              people.get(),
              d.sides().size(),
              "already recorded by a person or the seed set as discrepancy " + people.get()));
      return;
    }
    if (dryRun) {
      recorded.add(outcome(d, ref, null, d.sides().size(), null));
      return;
    }
    try {
      DiscrepancyView view = writer.create(request(d, hashes), DETECTOR, ref, d.rule());
      recorded.add(outcome(d, ref, view.id(), view.assertions().size(), null));
    } catch (ProblemException e) {
      unlessUnavailable(e);
      Log.infof("Detected %s not recorded: %s", ref, e.getMessage());
      skipped.add(
          outcome(d, ref, null, d.sides().size(), "its quotes no longer hold: " + e.getMessage()));
    } catch (PersistenceException e) {
      // recorded meanwhile by another instance: add to it instead
      Optional<Discrepancy> now = Discrepancy.findByOriginRef(ref);
      if (now.isEmpty()) {
        throw e;
      }
      addTo(now.get(), d, ref, hashes, false, updated, skipped);
    }
  }

  private void addTo(
      Discrepancy existing,
      Detected d,
      String ref,
      Map<Long, String> hashes,
      boolean dryRun,
      List<DetectionReport.Outcome> updated,
      List<DetectionReport.Outcome> skipped) {
    long id = existing.id;
    if (existing.status != DiscrepancyStatus.OPEN) {
      skipped.add(
          outcome(
              d,
              ref,
              id,
              existing.assertions.size(),
              existing.status + " by an editor; left as they left it"));
      return;
    }
    if (existing.personEdited) {
      skipped.add(
          outcome(
              d,
              ref,
              id,
              existing.assertions.size(),
              "edited by " + existing.updatedBy + "; the detector does not overwrite a person"));
      return;
    }
    List<Detected.Side> fresh =
        d.sides().stream()
            .filter(s -> !existing.quotes(s.sourceId(), s.span().start(), s.span().end()))
            .toList();
    if (fresh.isEmpty() || existing.assertions.size() >= 20) {
      skipped.add(outcome(d, ref, id, existing.assertions.size(), "nothing new"));
      return;
    }
    if (dryRun) {
      updated.add(outcome(d, ref, id, existing.assertions.size() + fresh.size(), null));
      return;
    }
    try {
      Optional<DiscrepancyView> view =
          writer.addEvidence(
              id,
              fresh.stream().map(s -> assertion(s, hashes)).toList(),
              d.explanation(),
              Detector.DETECTOR);
      if (view.isPresent()) {
        updated.add(outcome(d, ref, id, view.get().assertions().size(), null));
      } else {
        skipped.add(
            outcome(d, ref, id, existing.assertions.size(), "changed meanwhile; left alone"));
      }
    } catch (ProblemException e) {
      unlessUnavailable(e);
      skipped.add(
          outcome(
              d,
              ref,
              id,
              existing.assertions.size(),
              "its new quotes do not hold: " + e.getMessage()));
    }
  }

  /**
   * A discrepancy that a person (or the seed set) recorded quoting at least two of these sides,
   * under whatever kind: the detector does not record the same disagreement again.
   */
  private static Optional<Long> recordedByPeople(Detected d, List<Discrepancy.Quoted> quoted) {
    Map<Long, Integer> sides = new HashMap<>();
    for (Detected.Side s : d.sides()) {
      quoted.stream()
          .filter(
              q ->
                  q.sourceId() == s.sourceId()
                      && q.start() < s.span().end()
                      && s.span().start() < q.end())
          .map(Discrepancy.Quoted::discrepancyId)
          .distinct()
          .forEach(id -> sides.merge(id, 1, Integer::sum));
    }
    return sides.entrySet().stream()
        .filter(e -> e.getValue() >= 2)
        .map(Map.Entry::getKey)
        .min(Long::compare);
  }

  /** A timeline-service that cannot answer stops the run; a quote that does not hold skips one. */
  private static void unlessUnavailable(ProblemException e) {
    if (e.type() == FactcheckProblem.TIMELINE_UNAVAILABLE) {
      throw e;
    }
  }

  private static DetectionReport.Outcome outcome(
      Detected d, String ref, Long id, int assertions, String reason) {
    return new DetectionReport.Outcome(
        ref, d.rule(), d.subject(), d.explanation(), id, d.eventId(), assertions, reason);
  }

  private static DiscrepancyRequest request(Detected d, Map<Long, String> hashes) {
    return new DiscrepancyRequest(
        clip(d.subject(), 500),
        d.eventId(),
        d.attribute(),
        d.kind(),
        d.severity(),
        clip(d.explanation(), 5000),
        d.sides().stream().map(s -> assertion(s, hashes)).toList());
  }

  private static AssertionRequest assertion(Detected.Side s, Map<Long, String> hashes) {
    return new AssertionRequest(
        s.sourceId(),
        new QuoteSelector(s.exact(), null, null, s.span().start(), s.span().end()),
        hashes.get(s.sourceId()),
        clip(s.statedValue().strip(), 200),
        s.normalized(),
        s.note() == null ? null : clip(s.note(), 1000));
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}

package org.newsroom.factcheck.seed;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.exception.ConstraintViolationException;
import org.newsroom.factcheck.correction.Correction;
import org.newsroom.factcheck.correction.CorrectionRequest;
import org.newsroom.factcheck.correction.CorrectionWriter;
import org.newsroom.factcheck.discrepancy.AssertionRequest;
import org.newsroom.factcheck.discrepancy.Discrepancy;
import org.newsroom.factcheck.discrepancy.DiscrepancyRequest;
import org.newsroom.factcheck.discrepancy.DiscrepancyStatus;
import org.newsroom.factcheck.discrepancy.DiscrepancyView;
import org.newsroom.factcheck.discrepancy.DiscrepancyWriter;
import org.newsroom.factcheck.discrepancy.RecorderKind;
import org.newsroom.factcheck.discrepancy.StatusChange;
import org.newsroom.factcheck.problem.FactcheckProblem;
import org.newsroom.factcheck.timeline.TimelineChecks;
import org.newsroom.factcheck.timeline.TimelineClient;
import org.newsroom.foundation.precondition.Preconditions;
import org.newsroom.foundation.problem.ProblemException;
import org.newsroom.foundation.quote.QuoteSelector;

/**
 * Loads the curated discrepancies and corrections through the same checks as the API, once
 * timeline-service has its seed sources: at start-up it waits in the background, retrying, so the
 * two services can start in any order. Idempotent: records are recognised by their seed key, and
 * what exists is left alone (including any edits or decisions made since); a concurrent loader that
 * got there first is tolerated by the unique key.
 */
@ApplicationScoped
public class SeedLoader {

  static final String REQUESTER = "seed-loader";

  @Inject SeedConfig config;
  @Inject TimelineChecks timeline;
  @Inject DiscrepancyWriter discrepancies;
  @Inject CorrectionWriter corrections;
  @Inject ObjectMapper json;

  private volatile Thread waiting;
  private volatile boolean settled;

  /** What a load did. */
  public record Report(
      int discrepancies, int discrepanciesCreated, int corrections, int correctionsCreated) {}

  /** timeline-service is up but does not hold a seed source or event yet. */
  public static class TimelineNotSeeded extends RuntimeException {
    TimelineNotSeeded(String detail) {
      super(detail, null, false, false);
    }
  }

  /** Whether loading is over (or off): what the seed set holds is recorded, or never will be. */
  public boolean settled() {
    return settled || !config.enabled();
  }

  void onStart(@Observes StartupEvent start) {
    if (config.enabled()) {
      waiting =
          new Thread(
              () -> {
                try {
                  loadWhenTimelineIsReady();
                } finally {
                  settled = true;
                }
              },
              "factcheck-seeds");
      waiting.setDaemon(true);
      waiting.start();
    }
  }

  void onStop(@Observes ShutdownEvent stop) {
    Thread thread = waiting;
    if (thread != null) {
      thread.interrupt();
    }
  }

  private void loadWhenTimelineIsReady() {
    long deadline = System.nanoTime() + config.patience().toNanos();
    String lastReason = null;
    while (!Thread.currentThread().isInterrupted()) {
      try {
        Report report = load();
        Log.infof(
            "Seeds: %d discrepancies (%d new), %d corrections (%d new)",
            report.discrepancies(),
            report.discrepanciesCreated(),
            report.corrections(),
            report.correctionsCreated());
        return;
      } catch (TimelineNotSeeded e) {
        lastReason = e.getMessage();
      } catch (ProblemException e) {
        if (e.type() != FactcheckProblem.TIMELINE_UNAVAILABLE) {
          Log.errorf("Seeds not loaded: %s", e.getMessage());
          return;
        }
        lastReason = "timeline-service is not answering yet";
      }
      if (System.nanoTime() > deadline) {
        Log.warnf("Seeds not loaded: gave up waiting (%s)", lastReason);
        return;
      }
      Log.debugf("Seeds: waiting for timeline-service (%s)", lastReason);
      try {
        Thread.sleep(config.retryEvery().toMillis());
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /**
   * Loads what is missing.
   *
   * @throws TimelineNotSeeded when timeline-service lacks a seed source or event
   * @throws ProblemException 503 when timeline-service cannot be reached
   */
  @ActivateRequestContext
  public Report load() {
    SeedSet.Curated curated = read();
    Map<String, Long> sources = new HashMap<>();
    Map<String, Long> events = new HashMap<>();
    for (SeedSet.SeedDiscrepancy d : curated.discrepancies()) {
      d.assertions().forEach(a -> sources.computeIfAbsent(a.source(), this::sourceId));
      if (d.event() != null) {
        events.computeIfAbsent(d.event(), this::eventId);
      }
    }
    for (SeedSet.SeedCorrection c : curated.corrections()) {
      sources.computeIfAbsent(c.source(), this::sourceId);
      if (c.event() != null) {
        events.computeIfAbsent(c.event(), this::eventId);
      }
    }
    int discrepanciesCreated = 0;
    for (SeedSet.SeedDiscrepancy d : curated.discrepancies()) {
      if (loadDiscrepancy(d, sources, events)) {
        discrepanciesCreated++;
      }
    }
    int correctionsCreated = 0;
    for (SeedSet.SeedCorrection c : curated.corrections()) {
      if (loadCorrection(c, sources, events)) {
        correctionsCreated++;
      }
    }
    return new Report(
        curated.discrepancies().size(),
        discrepanciesCreated,
        curated.corrections().size(),
        correctionsCreated);
  }

  private boolean loadDiscrepancy(
      SeedSet.SeedDiscrepancy d, Map<String, Long> sources, Map<String, Long> events) {
    String originRef = "seed:" + d.key();
    if (Discrepancy.findByOriginRef(originRef).isPresent()) {
      return false;
    }
    List<AssertionRequest> assertions = new ArrayList<>();
    for (SeedSet.SeedAssertion a : d.assertions()) {
      assertions.add(
          new AssertionRequest(
              sources.get(a.source()),
              new QuoteSelector(a.exact(), null, null, a.start(), a.end()),
              null,
              a.statedValue(),
              a.normalized(),
              a.note()));
    }
    DiscrepancyRequest request =
        new DiscrepancyRequest(
            d.subject(),
            d.event() == null ? null : events.get(d.event()),
            d.attribute(),
            d.kind(),
            d.severity(),
            d.description(),
            assertions);
    DiscrepancyView created;
    try {
      created =
          discrepancies.create(
              request, new DiscrepancyWriter.Recorder(RecorderKind.SEED, REQUESTER), originRef);
    } catch (RuntimeException e) {
      if (loadedConcurrently(e)) {
        return false;
      }
      throw e;
    }
    if (d.status() != null && d.status() != DiscrepancyStatus.OPEN) {
      discrepancies.changeStatus(
          created.id(),
          Preconditions.etag(created.version()),
          new StatusChange(d.status(), "Curated seed: checked against the articles", null),
          REQUESTER);
    }
    return true;
  }

  private boolean loadCorrection(
      SeedSet.SeedCorrection c, Map<String, Long> sources, Map<String, Long> events) {
    String originRef = "seed:" + c.key();
    if (Correction.count("originRef", originRef) > 0) {
      return false;
    }
    Long discrepancyId =
        c.discrepancy() == null
            ? null
            : Discrepancy.findByOriginRef("seed:" + c.discrepancy()).orElseThrow().id;
    CorrectionRequest request =
        new CorrectionRequest(
            sources.get(c.source()),
            new QuoteSelector(c.exact(), null, null, c.start(), c.end()),
            null,
            discrepancyId,
            c.event() == null ? null : events.get(c.event()),
            c.type(),
            c.originalText(),
            c.correctedText(),
            c.reason(),
            c.publicNote());
    try {
      corrections.file(request, REQUESTER, originRef);
      return true;
    } catch (RuntimeException e) {
      if (loadedConcurrently(e)) {
        return false;
      }
      throw e;
    }
  }

  private long sourceId(String key) {
    TimelineClient.SourceRef source = timeline.sourceByOriginRef("seed:" + key);
    if (source == null) {
      throw new TimelineNotSeeded("timeline-service has no seed source " + key + " yet");
    }
    return source.id();
  }

  private long eventId(String key) {
    TimelineClient.EventRef event = timeline.eventByOriginRef("seed:" + key);
    if (event == null) {
      throw new TimelineNotSeeded("timeline-service has no seed event " + key + " yet");
    }
    return event.id();
  }

  private static boolean loadedConcurrently(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConstraintViolationException violation
          && violation.getConstraintName() != null
          && violation.getConstraintName().endsWith("origin_ref_key")) {
        return true;
      }
    }
    return false;
  }

  private SeedSet.Curated read() {
    try (InputStream in =
        Thread.currentThread()
            .getContextClassLoader()
            .getResourceAsStream("seeds/discrepancies.json")) {
      if (in == null) {
        throw new IllegalStateException("seeds/discrepancies.json is not on the classpath");
      }
      return json.readValue(in, SeedSet.Curated.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

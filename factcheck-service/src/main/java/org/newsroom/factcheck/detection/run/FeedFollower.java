package org.newsroom.factcheck.detection.run;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.newsroom.factcheck.seed.SeedLoader;
import org.newsroom.factcheck.timeline.FeedCursor;
import org.newsroom.factcheck.timeline.TimelineChecks;
import org.newsroom.factcheck.timeline.TimelineClient;
import org.newsroom.foundation.problem.ProblemException;

/**
 * Follows timeline-service's feed of analyses and runs detection after each ingest or re-analysis,
 * with no person and no broker. The cursor of the last change processed is kept in this service's
 * database, so after a stop it catches up on everything it missed; a change is processed again only
 * if a run failed half-way, and recording is idempotent (one record per fact), so that never makes
 * duplicates. A timeline-service that does not answer is asked again at the next tick, from the
 * same cursor.
 */
@ApplicationScoped
public class FeedFollower {

  static final String FEED = "timeline-service/analysis-changes";

  /** Pages read in one tick, so a long catch-up yields between pages. */
  static final int PAGES_PER_TICK = 10;

  @Inject @RestClient TimelineClient timeline;
  @Inject DetectionRecorder recorder;
  @Inject DetectionConfig config;
  @Inject SeedLoader seeds;

  private volatile boolean paused;
  private volatile boolean warnedUnavailable;

  @Scheduled(
      every = "${factcheck.detection.poll-every:2s}",
      delayed = "1s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void tick() {
    if (!config.follow() || paused || !seeds.settled()) {
      return; // the curated records go in first, so the detector never records them again
    }
    try {
      for (int page = 0; page < PAGES_PER_TICK; page++) {
        if (!catchUp()) {
          break;
        }
      }
      warnedUnavailable = false;
    } catch (ProblemException e) {
      if (!warnedUnavailable) {
        Log.warnf("Detection waits for timeline-service: %s", e.getMessage());
        warnedUnavailable = true;
      }
    } catch (RuntimeException e) {
      Log.errorf(e, "Detection failed; the same changes are tried again at the next tick");
    }
  }

  /**
   * Reads one page of the feed after the stored cursor, detects among the sources it names, and
   * moves the cursor past them.
   *
   * @return whether more changes are waiting
   */
  boolean catchUp() {
    String cursor =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  FeedCursor row = FeedCursor.findById(FEED);
                  return row == null ? null : row.cursor;
                });
    TimelineClient.Changes changes =
        TimelineChecks.call(() -> timeline.analysisChanges(cursor, config.batch()));
    if (changes.items().isEmpty()) {
      return false;
    }
    Set<Long> sources = new LinkedHashSet<>();
    changes.items().forEach(c -> sources.add(c.sourceId()));
    DetectionReport report = recorder.run(sources, null, false);
    if (!report.recorded().isEmpty() || !report.updated().isEmpty()) {
      Log.infof(
          "Detection after %d analysed source(s): %d recorded, %d updated",
          sources.size(), report.recorded().size(), report.updated().size());
    }
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              FeedCursor row = FeedCursor.findById(FEED);
              if (row == null) {
                row = new FeedCursor();
                row.feed = FEED;
              }
              row.cursor = changes.next();
              row.persist();
            });
    return changes.more();
  }

  /** Stops following until {@link #resume()}, as if the service were down. */
  public void pause() {
    paused = true;
  }

  public void resume() {
    paused = false;
  }
}

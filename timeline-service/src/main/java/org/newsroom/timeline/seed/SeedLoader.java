package org.newsroom.timeline.seed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.newsroom.foundation.quote.QuoteSelector;
import org.newsroom.timeline.analysis.AnalysisWriter;
import org.newsroom.timeline.analysis.SourceAnalysis;
import org.newsroom.timeline.event.CitationRequest;
import org.newsroom.timeline.event.Event;
import org.newsroom.timeline.event.EventOrigin;
import org.newsroom.timeline.event.EventRequest;
import org.newsroom.timeline.event.EventWriter;
import org.newsroom.timeline.source.Origin;
import org.newsroom.timeline.source.Source;
import org.newsroom.timeline.source.SourceRequest;
import org.newsroom.timeline.source.SourceWriter;

/**
 * Loads the seed articles and the curated timeline through the same checks as the API. Idempotent:
 * sources are recognised by their text, events by their seed key, and what exists is left alone
 * (including any edits made since). Concurrent starts serialise on a database lock.
 */
@ApplicationScoped
public class SeedLoader {

  static final String REQUESTER = "seed-loader";
  private static final long LOCK_KEY = 0x5eed_71e1L;

  @Inject SeedConfig config;
  @Inject SourceWriter sources;
  @Inject EventWriter events;
  @Inject EntityManager entityManager;
  @Inject AnalysisWriter analysis;

  private final ObjectMapper json =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** What a load did. */
  public record Report(int sources, int sourcesCreated, int events, int eventsCreated) {}

  void onStart(@Observes StartupEvent start) {
    if (config.enabled()) {
      Report report = load();
      Log.infof(
          "Seeds: %d sources (%d new), %d events (%d new)",
          report.sources(), report.sourcesCreated(), report.events(), report.eventsCreated());
    }
  }

  public Report load() {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              entityManager
                  .createNativeQuery("select pg_advisory_xact_lock(:key)")
                  .setParameter("key", LOCK_KEY)
                  .getSingleResult();
              return loadLocked();
            });
  }

  private Report loadLocked() {
    SeedSet.Manifest manifest = read("seeds/manifest.json", SeedSet.Manifest.class);
    Map<String, Long> sourceIds = new HashMap<>();
    int sourcesCreated = 0;
    for (SeedSet.Piece piece : manifest.sources()) {
      SourceWriter.Ingested result =
          sources.ingest(
              new SourceRequest(
                  piece.outlet(),
                  piece.title(),
                  piece.url(),
                  piece.language(),
                  piece.printedDate(),
                  null,
                  piece.trustedDate(),
                  piece.trustedDateNote(),
                  text(piece)),
              Origin.SEED,
              "seed:" + piece.key(),
              REQUESTER,
              false);
      sourceIds.put(piece.key(), result.source().id);
      sourcesCreated += result.created() ? 1 : 0;
    }

    SeedSet.Timeline timeline = read("seeds/timeline.json", SeedSet.Timeline.class);
    int eventsCreated = 0;
    for (SeedSet.SeedEvent seed : timeline.events()) {
      String ref = "seed:" + seed.key();
      if (Event.findByOriginRef(ref).isPresent()) {
        continue;
      }
      events.create(request(seed, sourceIds), EventOrigin.SEED, ref, null, REQUESTER);
      eventsCreated++;
    }
    // Analysed once the curated events exist, so candidates become suggestions on them rather
    // than duplicates; sources analysed by an earlier start are left as they are.
    for (Long id : sourceIds.values()) {
      if (SourceAnalysis.findById(id) == null) {
        analysis.analyse(Source.findById(id));
      }
    }
    return new Report(
        manifest.sources().size(), sourcesCreated, timeline.events().size(), eventsCreated);
  }

  private static EventRequest request(SeedSet.SeedEvent seed, Map<String, Long> sourceIds) {
    return new EventRequest(
        seed.title(),
        seed.summary(),
        seed.start(),
        seed.end(),
        seed.timeZone(),
        seed.place(),
        seed.participants(),
        seed.status(),
        seed.tags(),
        seed.citations().stream()
            .map(
                c -> {
                  Long sourceId = sourceIds.get(c.source());
                  if (sourceId == null) {
                    throw new IllegalStateException(
                        "Seed event " + seed.key() + " cites unknown source " + c.source());
                  }
                  return new CitationRequest(
                      sourceId,
                      new QuoteSelector(c.exact(), c.prefix(), c.suffix(), c.start(), c.end()),
                      null,
                      c.note());
                })
            .toList(),
        null);
  }

  /** The piece's text: the whole file, or the slice between its markers, byte for byte. */
  private String text(SeedSet.Piece piece) {
    String file = resource("seeds/" + piece.file());
    int from = 0;
    if (piece.from() != null) {
      from = file.indexOf(piece.from());
      if (from < 0) {
        throw new IllegalStateException(piece.key() + ": marker 'from' not in " + piece.file());
      }
    }
    int until = file.length();
    if (piece.until() != null) {
      until = file.indexOf(piece.until(), from + 1);
      if (until < 0) {
        throw new IllegalStateException(piece.key() + ": marker 'until' not in " + piece.file());
      }
    }
    return file.substring(from, until);
  }

  private <T> T read(String path, Class<T> type) {
    try {
      return json.readValue(resource(path), type);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
  }

  private static String resource(String path) {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Seed resource " + path + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
  }
}

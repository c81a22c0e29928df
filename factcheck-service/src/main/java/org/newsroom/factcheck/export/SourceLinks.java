package org.newsroom.factcheck.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.newsroom.factcheck.timeline.TimelineChecks;
import org.newsroom.factcheck.timeline.TimelineClient;
import org.newsroom.factcheck.timeline.TimelineClient.SourceInfo;

/**
 * What the exports need of timeline-service's sources: their URL and dates, and links for readers.
 * An unreachable timeline-service is a 503, as everywhere.
 */
@ApplicationScoped
public class SourceLinks {

  @Inject @RestClient TimelineClient timeline;
  @Inject ExportConfig config;

  /** The sources by id, each asked once; one timeline-service no longer knows is left out. */
  public Map<Long, SourceInfo> sources(Collection<Long> ids) {
    Map<Long, SourceInfo> found = new LinkedHashMap<>();
    for (Long id : ids) {
      if (!found.containsKey(id)) {
        try {
          found.put(id, TimelineChecks.call(() -> timeline.getSource(id)));
        } catch (WebApplicationException e) {
          // 404: deleted since; the assertion's own outlet and title still say enough.
        }
      }
    }
    return found;
  }

  /** The article as published when it has an http(s) URL, else the source in timeline-service. */
  public String article(long sourceId, SourceInfo info) {
    String url = info == null ? null : info.url();
    if (url != null) {
      String u = url.toLowerCase(Locale.ROOT);
      if (u.startsWith("https://") || u.startsWith("http://")) {
        return url;
      }
    }
    return timelineBase() + "/api/v1/sources/" + sourceId;
  }

  /** Where timeline-service serves a source's exact text. */
  public String storedText(long sourceId) {
    return timelineBase() + "/api/v1/sources/" + sourceId + "/text";
  }

  public String publisher() {
    return config.publisher();
  }

  private String timelineBase() {
    String base = config.timelineUrl();
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }
}

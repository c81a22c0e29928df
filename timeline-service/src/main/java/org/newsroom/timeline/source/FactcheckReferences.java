package org.newsroom.timeline.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsroom.foundation.problem.ProblemException;
import org.newsroom.timeline.problem.TimelineProblem;

/**
 * Asks factcheck-service whether its discrepancies or corrections quote a source, through its
 * public lists ({@code sourceId} filter), before the source may go. When factcheck-service cannot
 * answer, the answer is a 503: a source is never deleted on a guess. With no factcheck-service
 * configured ({@code timeline.factcheck.url} unset) only the timeline's own citations count.
 */
@ApplicationScoped
public class FactcheckReferences {

  private static final int SHOWN = 5;

  @ConfigProperty(name = "timeline.factcheck.url")
  Optional<String> url;

  @Inject ObjectMapper json;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /**
   * What quotes the source there, e.g. {@code discrepancy 12}; empty when nothing does.
   *
   * @throws ProblemException 503 when factcheck-service does not answer
   */
  public List<String> quoting(long sourceId) {
    if (url.isEmpty()) {
      return List.of();
    }
    List<String> found = new ArrayList<>();
    found.addAll(list("discrepancies", "discrepancy", sourceId));
    found.addAll(list("corrections", "correction", sourceId));
    return found;
  }

  private List<String> list(String collection, String noun, long sourceId) {
    URI uri =
        URI.create(
            url.get().replaceAll("/+$", "")
                + "/api/v1/"
                + collection
                + "?sourceId="
                + sourceId
                + "&limit="
                + SHOWN);
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(uri)
                  .header("Accept", "application/json")
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw unavailable("answered " + response.statusCode());
      }
      JsonNode page = json.readTree(response.body());
      List<String> found = new ArrayList<>();
      page.path("items").forEach(item -> found.add(noun + " " + item.path("id").asLong()));
      long more = page.path("total").asLong() - found.size();
      if (more > 0) {
        found.add(more + " more " + noun + "(s)");
      }
      return found;
    } catch (IOException e) {
      throw unavailable("did not answer (" + e.getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable("was interrupted");
    }
  }

  private static ProblemException unavailable(String what) {
    return new ProblemException(
        TimelineProblem.FACTCHECK_UNAVAILABLE,
        "factcheck-service "
            + what
            + " when asked whether it quotes the source; the source is kept. Try again later.");
  }
}

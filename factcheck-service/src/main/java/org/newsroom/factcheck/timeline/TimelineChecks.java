package org.newsroom.factcheck.timeline;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.newsroom.factcheck.problem.FactcheckProblem;
import org.newsroom.foundation.problem.Problem;
import org.newsroom.foundation.problem.ProblemException;

/**
 * Asks timeline-service whether the sources, quotes and events a request points at hold. Every
 * reference is checked before anything is written; all mismatches are reported at once as one 422
 * naming the request fields, and an unreachable, slow or failing timeline-service is a 503.
 */
@ApplicationScoped
public class TimelineChecks {

  @Inject @RestClient TimelineClient timeline;

  /**
   * Checks an optional event and every quote.
   *
   * @return the complete quote checks, in the order of {@code quotes}
   * @throws ProblemException 422 listing every reference that does not hold; 503 when
   *     timeline-service cannot answer
   */
  public List<TimelineClient.QuoteCheck> check(Long eventId, List<QuoteTarget> quotes) {
    List<Problem.Violation> violations = new ArrayList<>();
    if (eventId != null) {
      checkEvent(eventId, violations);
    }
    List<TimelineClient.QuoteCheck> checks = new ArrayList<>();
    for (QuoteTarget target : quotes) {
      TimelineClient.QuoteCheck check = checkQuote(target, violations);
      if (check != null) {
        checks.add(check);
      }
    }
    if (!violations.isEmpty()) {
      throw new ProblemException(
          FactcheckProblem.REFERENCE_INVALID,
          violations.size() == 1
              ? violations.get(0).field() + ": " + violations.get(0).message()
              : violations.size() + " references do not hold in timeline-service",
          violations);
    }
    return checks;
  }

  /** The source with this origin reference (e.g. {@code seed:<key>}), or null. */
  public TimelineClient.SourceRef sourceByOriginRef(String originRef) {
    return call(() -> timeline.findSources(originRef)).items().stream().findFirst().orElse(null);
  }

  /** The event with this origin reference, or null. */
  public TimelineClient.EventRef eventByOriginRef(String originRef) {
    return call(() -> timeline.findEvents(originRef)).items().stream().findFirst().orElse(null);
  }

  private void checkEvent(long eventId, List<Problem.Violation> violations) {
    try {
      call(() -> timeline.getEvent(eventId));
    } catch (WebApplicationException e) {
      violations.add(new Problem.Violation("eventId", reason(e, "event " + eventId)));
    }
  }

  private TimelineClient.QuoteCheck checkQuote(
      QuoteTarget target, List<Problem.Violation> violations) {
    TimelineClient.QuoteCheck check;
    try {
      check = call(() -> timeline.checkQuote(target.sourceId(), target.quote()));
    } catch (WebApplicationException e) {
      String field = e.getResponse().getStatus() == 404 ? "sourceId" : "quote";
      violations.add(
          new Problem.Violation(field(target, field), reason(e, "source " + target.sourceId())));
      return null;
    }
    if (target.sourceSha256() != null && !target.sourceSha256().equals(check.sourceSha256())) {
      violations.add(
          new Problem.Violation(
              field(target, "sourceSha256"),
              "source "
                  + target.sourceId()
                  + " now has text "
                  + check.sourceSha256()
                  + "; re-read it and check the quote"));
    }
    return check;
  }

  private static String field(QuoteTarget target, String name) {
    return target.path().isEmpty() ? name : target.path() + "." + name;
  }

  /**
   * Runs one call; client errors (4xx) come back as {@link WebApplicationException} for the caller
   * to name, everything else (refused, timed out, 5xx) is a 503.
   */
  public static <T> T call(Supplier<T> request) {
    try {
      return request.get();
    } catch (WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status >= 400 && status < 500) {
        throw e;
      }
      Log.warnf("timeline-service answered %d", status);
      throw unavailable("timeline-service answered " + status);
    } catch (ProcessingException e) {
      Log.warnf("timeline-service unreachable: %s", e.getMessage());
      throw unavailable("timeline-service did not answer in time or refused the connection");
    } catch (CircuitBreakerOpenException e) {
      throw unavailable("timeline-service failed repeatedly and is not asked for a few seconds");
    }
  }

  private static ProblemException unavailable(String detail) {
    return new ProblemException(
        FactcheckProblem.TIMELINE_UNAVAILABLE, detail + "; nothing was written, try again");
  }

  /** The detail of timeline-service's problem answer, or a plain description of the status. */
  private static String reason(WebApplicationException e, String what) {
    int status = e.getResponse().getStatus();
    if (status == 404) {
      return "no " + what + " in timeline-service";
    }
    try {
      Problem problem = e.getResponse().readEntity(Problem.class);
      if (problem != null && problem.detail() != null) {
        return problem.detail();
      }
    } catch (RuntimeException unreadable) {
      // fall through to the status
    }
    return "timeline-service refused " + what + " with " + status;
  }
}

package org.newsroom.factcheck.discrepancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsroom.factcheck.problem.FactcheckProblem;
import org.newsroom.factcheck.timeline.QuoteTarget;
import org.newsroom.factcheck.timeline.QuotedSpan;
import org.newsroom.factcheck.timeline.TimelineChecks;
import org.newsroom.factcheck.timeline.TimelineClient;
import org.newsroom.factcheck.webhook.WebhookEventType;
import org.newsroom.foundation.audit.ChangeLog;
import org.newsroom.foundation.audit.ChangeSet;
import org.newsroom.foundation.precondition.Preconditions;
import org.newsroom.foundation.problem.Problem;
import org.newsroom.foundation.problem.ProblemException;
import org.newsroom.foundation.webhook.Outbox;

/**
 * Records, replaces and decides discrepancies. Every reference is checked with timeline-service
 * before a transaction starts, so a refused or unanswered check leaves nothing half-written.
 */
@ApplicationScoped
public class DiscrepancyWriter {

  @Inject TimelineChecks timeline;
  @Inject ChangeLog changes;
  @Inject Outbox outbox;

  /** Who is writing: a person from the token, a detector by name, or the seed set. */
  public record Recorder(RecorderKind kind, String name) {}

  public DiscrepancyView create(
      @Valid DiscrepancyRequest request, Recorder recorder, String originRef) {
    return create(request, recorder, originRef, null);
  }

  /** Records a discrepancy a detector rule found. */
  public DiscrepancyView create(
      @Valid DiscrepancyRequest request, Recorder recorder, String originRef, String rule) {
    return store(request, check(request), recorder, originRef, rule);
  }

  @Transactional(TxType.REQUIRES_NEW)
  DiscrepancyView store(
      DiscrepancyRequest request,
      List<TimelineClient.QuoteCheck> checks,
      Recorder recorder,
      String originRef,
      String rule) {
    Discrepancy d = new Discrepancy();
    apply(d, request, checks);
    d.recorderKind = recorder.kind();
    d.recordedBy = recorder.name();
    d.updatedBy = recorder.name();
    d.originRef = originRef;
    d.rule = rule;
    d.record(recorder.name());
    ChangeSet<Discrepancy> touched = Discrepancy.changeSet(changes);
    touched.created(d);
    touched.record(ChangeLog.CREATED, recorder.name());
    DiscrepancyView view = DiscrepancyView.of(d);
    // Announced whoever recorded it (a detector, a person, the seed set): recorderKind says which.
    outbox.publish(WebhookEventType.DISCREPANCY_DETECTED.wire(), view);
    return view;
  }

  public DiscrepancyView update(
      long id, String ifMatch, @Valid DiscrepancyRequest request, String by) {
    requireEditable(find(id), ifMatch);
    return replace(id, ifMatch, request, check(request), by);
  }

  @Transactional(TxType.REQUIRES_NEW)
  DiscrepancyView replace(
      long id,
      String ifMatch,
      DiscrepancyRequest request,
      List<TimelineClient.QuoteCheck> checks,
      String by) {
    Discrepancy d = lock(id);
    requireEditable(d, ifMatch);
    ChangeSet<Discrepancy> touched = Discrepancy.changeSet(changes);
    touched.watch(d);
    apply(d, request, checks);
    d.updatedBy = by;
    d.personEdited = true;
    touched.record(ChangeLog.EDITED, by);
    return DiscrepancyView.of(d);
  }

  /**
   * Adds a detector's new evidence to an open discrepancy it recorded: the assertions it does not
   * hold yet, after the ones it has, and the explanation of the latest run. Nothing is written when
   * it is no longer open, a person edited it, or it already quotes every span.
   *
   * @return the discrepancy as it now is, or empty when nothing was added
   */
  public Optional<DiscrepancyView> addEvidence(
      long id, List<AssertionRequest> more, String explanation, String by) {
    List<TimelineClient.QuoteCheck> checks =
        timeline.check(
            null,
            java.util.stream.IntStream.range(0, more.size())
                .mapToObj(
                    i ->
                        new QuoteTarget(
                            "assertions[" + i + "]",
                            more.get(i).sourceId(),
                            more.get(i).quote(),
                            more.get(i).sourceSha256()))
                .toList());
    return addChecked(id, more, checks, explanation, by);
  }

  @Transactional(TxType.REQUIRES_NEW)
  Optional<DiscrepancyView> addChecked(
      long id,
      List<AssertionRequest> more,
      List<TimelineClient.QuoteCheck> checks,
      String explanation,
      String by) {
    Discrepancy d = lock(id);
    if (d.status != DiscrepancyStatus.OPEN || d.personEdited) {
      return Optional.empty();
    }
    List<Assertion> assertions = new ArrayList<>(d.assertions);
    for (int i = 0; i < checks.size() && assertions.size() < 20; i++) {
      TimelineClient.QuoteCheck c = checks.get(i);
      if (!d.quotes(c.sourceId(), c.quote().start(), c.quote().end())) {
        assertions.add(assertion(more.get(i), c));
      }
    }
    if (assertions.size() == d.assertions.size()) {
      return Optional.empty();
    }
    ChangeSet<Discrepancy> touched = Discrepancy.changeSet(changes);
    touched.watch(d);
    d.replaceAssertions(assertions);
    d.description = explanation;
    d.updatedBy = by;
    touched.record("EVIDENCE_ADDED", by);
    return Optional.of(DiscrepancyView.of(d));
  }

  @Transactional(TxType.REQUIRES_NEW)
  public DiscrepancyView changeStatus(long id, String ifMatch, StatusChange change, String by) {
    Discrepancy d = lock(id);
    Preconditions.requireMatch(ifMatch, d.version);
    if (!d.status.canBecome(change.status())) {
      throw illegal(d, change.status());
    }
    Integer preferred = change.preferredAssertion();
    if (preferred != null) {
      if (change.status() != DiscrepancyStatus.RESOLVED) {
        throw ProblemException.invalidField("preferredAssertion", "is only for RESOLVED");
      }
      if (preferred >= d.assertions.size()) {
        throw ProblemException.invalidField(
            "preferredAssertion", "must be an assertion index, 0 to " + (d.assertions.size() - 1));
      }
    }
    ChangeSet<Discrepancy> touched = Discrepancy.changeSet(changes);
    touched.watch(d);
    d.changeStatus(change.status(), by, change.note(), preferred, null);
    touched.record(change.status().name(), by);
    DiscrepancyView view = DiscrepancyView.of(d);
    if (change.status() == DiscrepancyStatus.RESOLVED) {
      outbox.publish(WebhookEventType.DISCREPANCY_RESOLVED.wire(), view);
    }
    return view;
  }

  /** Resolves a discrepancy through an approved correction of one of its quotes. */
  public void resolveByCorrection(
      Discrepancy d, long correctionId, QuotedSpan corrected, String by, String note) {
    if (d.status == DiscrepancyStatus.RESOLVED) {
      return;
    }
    Integer preferred = null;
    List<Assertion> others =
        d.assertions.stream().filter(a -> !a.span.overlaps(corrected)).toList();
    if (others.size() == 1 && d.assertions.size() == 2) {
      preferred = others.get(0).position;
    }
    ChangeSet<Discrepancy> touched = Discrepancy.changeSet(changes);
    touched.watch(d);
    d.changeStatus(
        DiscrepancyStatus.RESOLVED,
        by,
        "Correction " + correctionId + " approved: " + note,
        preferred,
        correctionId);
    touched.record(DiscrepancyStatus.RESOLVED.name(), by);
    outbox.publish(WebhookEventType.DISCREPANCY_RESOLVED.wire(), DiscrepancyView.of(d));
  }

  public static Discrepancy find(long id) {
    return ProblemException.orNotFound(Discrepancy.findById(id), "Discrepancy", id);
  }

  /**
   * The discrepancy, locked until the transaction ends ({@code SELECT … FOR UPDATE}), so that
   * concurrent writers queue up and each later one meets the version its If-Match must equal.
   */
  public static Discrepancy lock(long id) {
    return ProblemException.orNotFound(
        Discrepancy.findById(id, LockModeType.PESSIMISTIC_WRITE), "Discrepancy", id);
  }

  private static void requireEditable(Discrepancy d, String ifMatch) {
    Preconditions.requireMatch(ifMatch, d.version);
    if (d.status.closed()) {
      throw new ProblemException(
          FactcheckProblem.ILLEGAL_TRANSITION,
          "Discrepancy " + d.id + " is " + d.status + "; an editor must reopen it to edit it",
          List.of(new Problem.Violation("status", "is " + d.status)));
    }
  }

  private static ProblemException illegal(Discrepancy d, DiscrepancyStatus wanted) {
    return new ProblemException(
        FactcheckProblem.ILLEGAL_TRANSITION,
        "Discrepancy "
            + d.id
            + " is "
            + d.status
            + " and cannot become "
            + wanted
            + (d.status.next().isEmpty() ? "" : "; it can become " + d.status.next()),
        List.of(new Problem.Violation("status", "is " + d.status)));
  }

  /**
   * Every reference, checked with timeline-service (422/503). The request itself was validated
   * where its constraints live: on the records, run on this writer's parameters.
   */
  private List<TimelineClient.QuoteCheck> check(DiscrepancyRequest request) {
    List<QuoteTarget> targets = new ArrayList<>();
    for (int i = 0; i < request.assertions().size(); i++) {
      AssertionRequest a = request.assertions().get(i);
      targets.add(
          new QuoteTarget("assertions[" + i + "]", a.sourceId(), a.quote(), a.sourceSha256()));
    }
    List<TimelineClient.QuoteCheck> checks = timeline.check(request.eventId(), targets);
    requireDistinct(checks);
    return checks;
  }

  /** Two assertions quoting the very same span are one assertion recorded twice. */
  private static void requireDistinct(List<TimelineClient.QuoteCheck> checks) {
    for (int j = 1; j < checks.size(); j++) {
      for (int i = 0; i < j; i++) {
        TimelineClient.QuoteCheck a = checks.get(i);
        TimelineClient.QuoteCheck b = checks.get(j);
        if (a.sourceId() == b.sourceId()
            && a.quote().start().equals(b.quote().start())
            && a.quote().end().equals(b.quote().end())) {
          throw new ProblemException(
              FactcheckProblem.REFERENCE_INVALID,
              "assertions[" + j + "] quotes the same span as assertions[" + i + "]",
              List.of(
                  new Problem.Violation(
                      "assertions[" + j + "].quote", "same span as assertions[" + i + "]")));
        }
      }
    }
  }

  private static void apply(
      Discrepancy d, DiscrepancyRequest request, List<TimelineClient.QuoteCheck> checks) {
    d.subject = request.subject().strip();
    d.eventId = request.eventId();
    d.attribute = request.attribute();
    d.kind = request.kind();
    d.severity = request.severity();
    d.description = blankToNull(request.description());
    List<Assertion> assertions = new ArrayList<>();
    for (int i = 0; i < checks.size(); i++) {
      assertions.add(assertion(request.assertions().get(i), checks.get(i)));
    }
    d.replaceAssertions(assertions);
  }

  private static Assertion assertion(AssertionRequest a, TimelineClient.QuoteCheck check) {
    Assertion assertion = new Assertion();
    assertion.span = QuotedSpan.of(check);
    assertion.statedValue = a.statedValue().strip();
    if (a.normalized() != null) {
      NormalizedValue value = a.normalized().canonical();
      assertion.valueType = value.type();
      assertion.valueText = value.value();
      assertion.valueQualifier = value.qualifier();
    }
    assertion.note = blankToNull(a.note());
    return assertion;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}

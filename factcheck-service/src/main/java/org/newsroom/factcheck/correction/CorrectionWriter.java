package org.newsroom.factcheck.correction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.Valid;
import java.util.List;
import org.newsroom.factcheck.discrepancy.Discrepancy;
import org.newsroom.factcheck.discrepancy.DiscrepancyWriter;
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
 * Files corrections and moves them through review: SUBMITTED → APPROVED or REJECTED (an editor
 * other than the submitter, with a note) → PUBLISHED; the submitter may withdraw while SUBMITTED.
 * Every transition is kept; approving a correction tied to a discrepancy resolves that discrepancy
 * in the same transaction.
 */
@ApplicationScoped
public class CorrectionWriter {

  @Inject TimelineChecks timeline;
  @Inject DiscrepancyWriter discrepancies;
  @Inject ChangeLog changes;
  @Inject Outbox outbox;

  /** A requested transition. */
  public enum Action {
    APPROVE(CorrectionStatus.APPROVED, CorrectionStatus.SUBMITTED, true),
    REJECT(CorrectionStatus.REJECTED, CorrectionStatus.SUBMITTED, true),
    PUBLISH(CorrectionStatus.PUBLISHED, CorrectionStatus.APPROVED, false),
    WITHDRAW(CorrectionStatus.WITHDRAWN, CorrectionStatus.SUBMITTED, false);

    final CorrectionStatus to;
    final CorrectionStatus from;
    final boolean needsNote;

    Action(CorrectionStatus to, CorrectionStatus from, boolean needsNote) {
      this.to = to;
      this.from = from;
      this.needsNote = needsNote;
    }
  }

  public CorrectionView file(@Valid CorrectionRequest request, String by, String originRef) {
    return store(request, check(request), by, originRef);
  }

  @Transactional(TxType.REQUIRES_NEW)
  CorrectionView store(
      CorrectionRequest request, TimelineClient.QuoteCheck check, String by, String originRef) {
    Correction c = new Correction();
    apply(c, request, check);
    c.originRef = originRef;
    c.file(by);
    ChangeSet<Correction> touched = Correction.changeSet(changes);
    touched.created(c);
    touched.record(ChangeLog.CREATED, by);
    CorrectionView view = CorrectionView.of(c);
    outbox.publish(WebhookEventType.CORRECTION_SUBMITTED.wire(), view);
    return view;
  }

  public CorrectionView update(
      long id, String ifMatch, @Valid CorrectionRequest request, String by, boolean editor) {
    requireEditable(find(id), ifMatch, by, editor);
    return replace(id, ifMatch, request, check(request), by, editor);
  }

  @Transactional(TxType.REQUIRES_NEW)
  CorrectionView replace(
      long id,
      String ifMatch,
      CorrectionRequest request,
      TimelineClient.QuoteCheck check,
      String by,
      boolean editor) {
    Correction c = lock(id);
    requireEditable(c, ifMatch, by, editor);
    ChangeSet<Correction> touched = Correction.changeSet(changes);
    touched.watch(c);
    apply(c, request, check);
    c.updatedBy = by;
    touched.record(ChangeLog.EDITED, by);
    return CorrectionView.of(c);
  }

  @Transactional(TxType.REQUIRES_NEW)
  public CorrectionView transition(long id, String ifMatch, Action action, String note, String by) {
    String trimmed = note == null || note.isBlank() ? null : note.strip();
    if (action.needsNote && trimmed == null) {
      throw ProblemException.invalidField("note", "is required to " + action.name().toLowerCase());
    }
    // The discrepancy an approval resolves is locked first, so approvals of several of its
    // corrections queue up behind each other instead of failing as stale.
    Correction.getEntityManager()
        .createQuery(
            "select c.discrepancy.id from Correction c"
                + " where c.id = :id and c.discrepancy is not null",
            Long.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .ifPresent(DiscrepancyWriter::lock);
    Correction c = lock(id);
    Preconditions.requireMatch(ifMatch, c.version);
    if (c.status != action.from) {
      throw new ProblemException(
          FactcheckProblem.ILLEGAL_TRANSITION,
          "Correction "
              + id
              + " is "
              + c.status
              + "; only a "
              + action.from
              + " correction can be "
              + action.to.name().toLowerCase(),
          List.of(new Problem.Violation("status", "is " + c.status)));
    }
    if ((action == Action.APPROVE || action == Action.REJECT) && by.equals(c.submittedBy)) {
      throw new ProblemException(
          FactcheckProblem.SELF_REVIEW,
          "Correction " + id + " was filed by you; another editor must review it");
    }
    if (action == Action.WITHDRAW && !by.equals(c.submittedBy)) {
      throw new ProblemException(
          FactcheckProblem.NOT_SUBMITTER,
          "Correction " + id + " was filed by " + c.submittedBy + "; only they can withdraw it");
    }
    ChangeSet<Correction> touched = Correction.changeSet(changes);
    touched.watch(c);
    c.moveTo(action.to, by, trimmed);
    if (action == Action.APPROVE && c.discrepancy != null) {
      discrepancies.resolveByCorrection(c.discrepancy, c.id, c.target, by, trimmed);
    }
    touched.record(action.to.name(), by);
    CorrectionView view = CorrectionView.of(c);
    if (action == Action.APPROVE) {
      outbox.publish(WebhookEventType.CORRECTION_APPROVED.wire(), view);
    } else if (action == Action.PUBLISH) {
      outbox.publish(WebhookEventType.CORRECTION_PUBLISHED.wire(), view);
    }
    return view;
  }

  public static Correction find(long id) {
    return ProblemException.orNotFound(Correction.findById(id), "Correction", id);
  }

  /** The correction, locked until the transaction ends, so its writers queue up. */
  static Correction lock(long id) {
    return ProblemException.orNotFound(
        Correction.findById(id, LockModeType.PESSIMISTIC_WRITE), "Correction", id);
  }

  private static void requireEditable(Correction c, String ifMatch, String by, boolean editor) {
    Preconditions.requireMatch(ifMatch, c.version);
    if (c.status != CorrectionStatus.SUBMITTED) {
      throw new ProblemException(
          FactcheckProblem.ILLEGAL_TRANSITION,
          "Correction " + c.id + " is " + c.status + "; only a SUBMITTED correction can be edited",
          List.of(new Problem.Violation("status", "is " + c.status)));
    }
    if (!editor && !by.equals(c.submittedBy)) {
      throw new ProblemException(
          FactcheckProblem.NOT_SUBMITTER,
          "Correction "
              + c.id
              + " was filed by "
              + c.submittedBy
              + "; only they or an editor can edit it");
    }
  }

  /**
   * The discrepancy (422), then timeline-service (422/503). The request itself was validated where
   * its constraints live (@CorrectsTheText and the rest), on this writer's parameters.
   */
  private TimelineClient.QuoteCheck check(CorrectionRequest request) {
    if (request.discrepancyId() != null) {
      Discrepancy d = Discrepancy.findById(request.discrepancyId());
      if (d == null) {
        throw reference("discrepancyId", "no discrepancy " + request.discrepancyId());
      }
      boolean quotesSource =
          d.assertions.stream().anyMatch(a -> a.span.sourceId == request.sourceId());
      if (!quotesSource) {
        throw reference(
            "discrepancyId",
            "discrepancy " + d.id + " has no assertion quoting source " + request.sourceId());
      }
    }
    TimelineClient.QuoteCheck check =
        timeline
            .check(
                request.eventId(),
                List.of(
                    new QuoteTarget(
                        "", request.sourceId(), request.quote(), request.sourceSha256())))
            .get(0);
    if (!request.originalText().equals(check.quote().exact())) {
      throw new ProblemException(
          FactcheckProblem.ORIGINAL_TEXT_MISMATCH,
          "originalText must be exactly the quoted span, '" + check.quote().exact() + "'",
          List.of(new Problem.Violation("originalText", "is not the quoted span")));
    }
    return check;
  }

  private static ProblemException reference(String field, String message) {
    return new ProblemException(
        FactcheckProblem.REFERENCE_INVALID,
        field + ": " + message,
        List.of(new Problem.Violation(field, message)));
  }

  private static void apply(
      Correction c, CorrectionRequest request, TimelineClient.QuoteCheck check) {
    c.target = QuotedSpan.of(check);
    c.discrepancy =
        request.discrepancyId() == null ? null : Discrepancy.findById(request.discrepancyId());
    c.eventId = request.eventId();
    c.type = request.type();
    c.originalText = request.originalText();
    c.correctedText =
        request.correctedText() == null || request.correctedText().isBlank()
            ? null
            : request.correctedText();
    c.reason = request.reason().strip();
    c.publicNote = request.publicNote().strip();
  }
}

package org.newsroom.timeline.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.newsroom.foundation.audit.ChangeLog;
import org.newsroom.foundation.audit.ChangeSet;
import org.newsroom.foundation.precondition.Preconditions;
import org.newsroom.foundation.problem.ProblemException;
import org.newsroom.timeline.analysis.AnalysisWriter;
import org.newsroom.timeline.event.Citation;
import org.newsroom.timeline.extraction.PrintedDates;
import org.newsroom.timeline.problem.TimelineProblem;

/**
 * Writes sources: takes articles in (keeps the text exactly, recognises text it already has,
 * derives the parsed and trusted publication dates, analyses them), corrects their metadata and
 * deletes the ones nothing cites. Each write is one transaction here; ingest demarcates its own, so
 * that a concurrent post of the same text is answered with the source that won.
 */
@ApplicationScoped
public class SourceWriter {

  @Inject AnalysisWriter analysis;
  @Inject ChangeLog changes;
  @Inject FactcheckReferences factcheck;

  /** The source holding the text, and whether this call created it. */
  public record Ingested(Source source, boolean created) {}

  /**
   * Stores the article unless the same text is already stored; either way answers with the source
   * that holds it. Safe under concurrent posts of the same text.
   */
  public Ingested ingest(
      @Valid SourceRequest request, Origin origin, String originRef, String requester) {
    return ingest(request, origin, originRef, requester, true);
  }

  /**
   * As {@link #ingest(SourceRequest, Origin, String, String)}; {@code analyse} false leaves the
   * analysis for later (the seed loader analyses once the curated events exist).
   */
  public Ingested ingest(
      @Valid SourceRequest request,
      Origin origin,
      String originRef,
      String requester,
      boolean analyse) {
    String sha256 = SourceText.sha256(request.text());
    Optional<Ingested> existing = existing(sha256);
    if (existing.isPresent()) {
      return existing.get();
    }
    try {
      return store(request, sha256, origin, originRef, requester, analyse);
    } catch (PersistenceException e) {
      // Someone stored the same text between our look-up and our insert.
      return existing(sha256).orElseThrow(() -> e);
    }
  }

  @Transactional(TxType.REQUIRES_NEW)
  Ingested store(
      SourceRequest request,
      String sha256,
      Origin origin,
      String originRef,
      String requester,
      boolean analyse) {
    Source source = new Source();
    source.content = request.text();
    source.contentSha256 = sha256;
    source.contentLength = SourceText.length(request.text());
    source.origin = origin;
    source.originRef = originRef;
    source.createdBy = requester;
    apply(source, request.metadata(), requester);
    source.persistAndFlush();
    // Kept as the person sent it; what the analysis then changes is its own change.
    ChangeSet<Source> touched = Source.changeSet(changes);
    touched.created(source);
    touched.record(ChangeLog.CREATED, requester);
    if (analyse) {
      analysis.analyse(source);
    }
    return new Ingested(source, true);
  }

  @Transactional(TxType.REQUIRES_NEW)
  Optional<Ingested> existing(String sha256) {
    return Source.findByContentHash(sha256).map(s -> new Ingested(s, false));
  }

  /**
   * Replaces the metadata and analyses the text again, so that mentions counted from a changed
   * trusted date are read again.
   *
   * @throws ProblemException 404, or 412/428 when {@code ifMatch} is stale or missing
   */
  @Transactional
  public Source update(long id, String ifMatch, @Valid SourceMetadata metadata, String requester) {
    Source source = Source.lock(id);
    Preconditions.requireMatch(ifMatch, source.version);
    ChangeSet<Source> touched = Source.changeSet(changes);
    touched.watch(source);
    apply(source, metadata, requester);
    touched.record(ChangeLog.EDITED, requester);
    analysis.analyse(source);
    source.flush();
    return source;
  }

  /**
   * Deletes a source nothing cites here and nothing quotes in factcheck-service. The question to
   * factcheck-service is asked outside the transaction; everything else is checked again under the
   * source's lock.
   *
   * @throws ProblemException 404; 412/428 for If-Match; 409 when a citation, discrepancy or
   *     correction quotes it; 503 when factcheck-service cannot say
   */
  public void delete(long id, String ifMatch, String by) {
    requireDeletable(Source.require(id), ifMatch);
    List<String> quoting = factcheck.quoting(id);
    if (!quoting.isEmpty()) {
      throw new ProblemException(
          TimelineProblem.SOURCE_IN_USE,
          "Source "
              + id
              + " is quoted in factcheck-service by "
              + String.join(", ", quoting)
              + "; a record of what was published cannot lose its text");
    }
    remove(id, ifMatch, by);
  }

  @Transactional(TxType.REQUIRES_NEW)
  void remove(long id, String ifMatch, String by) {
    Source source = Source.lock(id);
    requireDeletable(source, ifMatch);
    ChangeSet<Source> touched = Source.changeSet(changes);
    touched.watch(source);
    source.delete();
    touched.record(ChangeLog.DELETED, by);
  }

  private static void requireDeletable(Source source, String ifMatch) {
    Preconditions.requireMatch(ifMatch, source.version);
    long citations = Citation.count("source.id", source.id);
    if (citations > 0) {
      throw new ProblemException(
          TimelineProblem.SOURCE_IN_USE,
          "Source "
              + source.id
              + " is cited "
              + citations
              + " time(s); remove those citations first");
    }
  }

  /** Overwrites the metadata; dates left out are derived again from the printed date. */
  public void apply(Source source, SourceMetadata metadata, String requester) {
    source.outlet = metadata.outlet().strip();
    source.title = metadata.title();
    source.url = metadata.url();
    source.language = metadata.language();
    source.printedDate = metadata.printedDate();
    source.publishedOn =
        metadata.publishedOn() != null
            ? metadata.publishedOn()
            : PrintedDates.parse(metadata.printedDate()).orElse(null);
    if (metadata.trustedDate() != null) {
      source.trustedDate = metadata.trustedDate();
      source.trustedDateBasis = TrustedDateBasis.PERSON;
      source.trustedDateNote = metadata.trustedDateNote();
    } else {
      // Until the analysis dates the text: the printed date, if any.
      source.trustedDate = source.publishedOn;
      source.trustedDateBasis = source.publishedOn == null ? null : TrustedDateBasis.PRINTED;
      source.trustedDateNote = metadata.trustedDateNote();
    }
    source.updatedBy = requester;
  }
}

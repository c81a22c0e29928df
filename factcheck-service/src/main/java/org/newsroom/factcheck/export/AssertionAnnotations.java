package org.newsroom.factcheck.export;

import java.util.Map;
import org.newsroom.factcheck.discrepancy.DiscrepancyView;
import org.newsroom.factcheck.timeline.TimelineClient.SourceInfo;
import org.newsroom.foundation.annotation.QuotedText;
import org.newsroom.foundation.annotation.WebAnnotation;

/**
 * A discrepancy's assertions as W3C Web Annotations, one per assertion, in an AnnotationPage, with
 * the same target as timeline-service's citations. Motivation {@code assessing}: the body, the
 * discrepancy, is a fact-check of the quoted words.
 */
public final class AssertionAnnotations {

  public static final String MOTIVATION = "assessing";

  private AssertionAnnotations() {}

  public static WebAnnotation.Page page(
      DiscrepancyView d, String discrepancyUrl, Map<Long, SourceInfo> sources, SourceLinks links) {
    String pageId = discrepancyUrl + "/annotations";
    WebAnnotation.Body body = WebAnnotation.Body.json(discrepancyUrl);
    return WebAnnotation.Page.of(
        pageId,
        d.assertions().stream()
            .map(
                a -> {
                  SourceInfo info = sources.get(a.sourceId());
                  String url = info == null ? null : info.url();
                  return new QuotedText(
                          url != null && url.matches("(?i)https?://\\S+") ? url : null,
                          links.storedText(a.sourceId()),
                          a.sourceSha256(),
                          info == null ? null : info.createdAt(),
                          a.quote())
                      .annotate(pageId + "#assertion-" + a.index(), MOTIVATION, body);
                })
            .toList());
  }
}

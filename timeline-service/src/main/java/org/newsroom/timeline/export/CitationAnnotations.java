package org.newsroom.timeline.export;

import org.newsroom.foundation.annotation.QuotedText;
import org.newsroom.foundation.annotation.WebAnnotation;
import org.newsroom.foundation.quote.QuoteSelector;
import org.newsroom.timeline.event.Citation;
import org.newsroom.timeline.event.Event;

/**
 * An event's citations as W3C Web Annotations, one per citation, in an AnnotationPage. Motivation
 * {@code linking}: the body is the event, a resource related to the quoted words (the model has no
 * "citing"); the target is the quote in its source, as {@link QuotedText} describes.
 */
public final class CitationAnnotations {

  public static final String MOTIVATION = "linking";

  private CitationAnnotations() {}

  public static WebAnnotation.Page page(Event event, ApiLinks links) {
    String pageId = links.event(event.id) + "/annotations";
    WebAnnotation.Body body = WebAnnotation.Body.json(links.event(event.id));
    return WebAnnotation.Page.of(
        pageId,
        event.citations.stream()
            .map(c -> quoted(c, links).annotate(pageId + "#citation-" + c.id, MOTIVATION, body))
            .toList());
  }

  private static QuotedText quoted(Citation c, ApiLinks links) {
    return new QuotedText(
        ApiLinks.isWebUrl(c.source.url) ? c.source.url : null,
        links.sourceText(c.source.id),
        c.sourceSha256,
        c.source.createdAt,
        new QuoteSelector(c.exact, c.prefix, c.suffix, c.start, c.end));
  }
}

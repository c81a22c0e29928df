package org.newsroom.foundation.annotation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.newsroom.foundation.quote.QuoteSelector;

/**
 * An exact quote in a stored source text, and how to annotate it. The selectors count Unicode code
 * points in the stored text, as the model's TextPositionSelector does; so the target names that
 * text: the article's own URL with a {@code TimeState} whose {@code cached} copy is the stored
 * text, or the stored text itself when the article has no URL. A second state carries the SHA-256
 * of the text the quote was checked against, so a reader can tell whether the copy still holds.
 *
 * @param articleUrl the article's URL as published, or null
 * @param storedTextUrl where the exact stored text is served
 * @param sha256 lower-case hex SHA-256 of the UTF-8 text the quote was checked against
 * @param capturedAt when the text was stored, or null
 * @param quote the complete selector (exact, prefix, suffix, start, end)
 */
public record QuotedText(
    String articleUrl,
    String storedTextUrl,
    String sha256,
    OffsetDateTime capturedAt,
    QuoteSelector quote) {

  /** An annotation of this quote with the given id, motivation and body. */
  public WebAnnotation.Annotation annotate(String id, String motivation, WebAnnotation.Body body) {
    return new WebAnnotation.Annotation(null, id, "Annotation", motivation, body, target());
  }

  /** The quoted span as a SpecificResource. */
  public WebAnnotation.Target target() {
    List<WebAnnotation.Selector> selectors =
        List.of(
            new WebAnnotation.Selector(
                "TextQuoteSelector",
                quote.exact(),
                nonEmpty(quote.prefix()),
                nonEmpty(quote.suffix()),
                null,
                null),
            new WebAnnotation.Selector(
                "TextPositionSelector", null, null, null, quote.start(), quote.end()));
    List<WebAnnotation.State> states = new ArrayList<>();
    boolean published = articleUrl != null && !articleUrl.isBlank();
    if (published) {
      states.add(new WebAnnotation.State("TimeState", storedTextUrl, capturedAt, null));
    }
    if (sha256 != null) {
      states.add(new WebAnnotation.State(WebAnnotation.SHA256_STATE, null, null, sha256));
    }
    return new WebAnnotation.Target(
        "SpecificResource",
        published ? articleUrl : storedTextUrl,
        selectors,
        states.isEmpty() ? null : List.copyOf(states));
  }

  /** A quote at the very start or end of a text has no prefix or suffix, not an empty one. */
  private static String nonEmpty(String context) {
    return context == null || context.isEmpty() ? null : context;
  }
}

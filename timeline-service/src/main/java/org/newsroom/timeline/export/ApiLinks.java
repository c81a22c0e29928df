package org.newsroom.timeline.export;

import java.net.URI;
import java.util.Locale;
import org.newsroom.timeline.timeline.TimelineEntry.SourcedQuote;

/** Absolute links into this API, from the base URI a request came in on. */
public record ApiLinks(String base) {

  /** Links under a base such as {@code http://localhost:8081/}. */
  public static ApiLinks of(URI baseUri) {
    String b = baseUri.toString();
    return new ApiLinks(b.endsWith("/") ? b.substring(0, b.length() - 1) : b);
  }

  public String event(long id) {
    return base + "/api/v1/events/" + id;
  }

  public String source(long id) {
    return base + "/api/v1/sources/" + id;
  }

  public String sourceText(long id) {
    return base + "/api/v1/sources/" + id + "/text";
  }

  /**
   * Where a reader follows a citation: the article as published when it has an http(s) URL, else
   * the source in this API. Nothing else (no {@code javascript:}) ever becomes a link.
   */
  public String citation(SourcedQuote quote) {
    return isWebUrl(quote.url()) ? quote.url() : source(quote.sourceId());
  }

  static boolean isWebUrl(String url) {
    if (url == null) {
      return false;
    }
    String u = url.toLowerCase(Locale.ROOT);
    return (u.startsWith("https://") || u.startsWith("http://")) && !u.matches(".*\\s.*");
  }
}

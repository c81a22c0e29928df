package org.newsroom.foundation.problem;

import java.net.URI;

/**
 * A stable kind of failure. Its {@link #uri()} is the RFC 9457 {@code type} clients branch on; it
 * never changes once published.
 *
 * @param slug short, stable, kebab-case name, e.g. {@code citation-invalid}
 * @param status HTTP status the problem is answered with
 * @param title human-readable summary that does not change from occurrence to occurrence
 */
public record ProblemType(String slug, int status, String title) {

  public static final String PREFIX = "urn:newsroom:problem:";

  public URI uri() {
    return URI.create(PREFIX + slug);
  }
}

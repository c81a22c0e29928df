package org.newsroom.foundation.problem;

import java.net.URI;

/**
 * A stable kind of failure. Its {@link #uri()} is the RFC 9457 {@code type} clients branch on; it
 * never changes once published.
 */
public interface ProblemType {

  String PREFIX = "urn:newsroom:problem:";

  /** Short, stable, kebab-case name, e.g. {@code citation-mismatch}. */
  String slug();

  /** HTTP status the problem is answered with. */
  int status();

  /** Human-readable summary that does not change from occurrence to occurrence. */
  String title();

  default URI uri() {
    return URI.create(PREFIX + slug());
  }
}

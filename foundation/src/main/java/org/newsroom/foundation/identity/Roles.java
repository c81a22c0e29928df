package org.newsroom.foundation.identity;

/** Roles carried in the token's {@code groups} claim. */
public final class Roles {
  /** Files and edits: sources, events, discrepancies, corrections. */
  public static final String JOURNALIST = "journalist";

  /** Everything a journalist may do, plus review and delete. */
  public static final String EDITOR = "editor";

  private Roles() {}
}

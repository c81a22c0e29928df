package org.newsroom.timeline.extraction.name;

import org.newsroom.timeline.extraction.text.Span;

/**
 * One mention of a name. The span (UTF-16 indexes, end exclusive) covers the name only: a title in
 * front ("Foreign Minister") and a possessive "’s" are left out. {@code title} is the title as
 * written before the name, or null.
 */
public record NameMention(Span span, String text, String title) {}

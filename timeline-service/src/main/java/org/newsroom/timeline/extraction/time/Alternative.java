package org.newsroom.timeline.extraction.time;

/** Another reading of an ambiguous expression, and why it was not chosen. */
public record Alternative(DateValue value, String why) {}

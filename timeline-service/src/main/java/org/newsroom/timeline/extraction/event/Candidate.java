package org.newsroom.timeline.extraction.event;

import java.util.List;
import java.util.Set;
import org.newsroom.timeline.event.EventStatus;
import org.newsroom.timeline.extraction.text.Span;
import org.newsroom.timeline.extraction.time.DateMention;
import org.newsroom.timeline.extraction.time.DateValue;

/**
 * A happening one sentence places at a date: what the sentence says (title), when, its status from
 * tense and cue words, where, who, the key terms that identify it, and the sentence as citation.
 */
public record Candidate(
    String title,
    DateValue date,
    EventStatus status,
    String statusRule,
    String place,
    List<String> participants,
    Set<String> terms,
    Span citation,
    DateMention mention,
    String rule) {}

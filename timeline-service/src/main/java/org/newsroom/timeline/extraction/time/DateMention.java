package org.newsroom.timeline.extraction.time;

import java.time.LocalDate;
import java.util.List;
import org.newsroom.timeline.extraction.text.Span;
import org.newsroom.timeline.extraction.text.Tense;

/**
 * A temporal expression found in a text and read: where it is, what it resolves to (null when
 * nothing dates it), the anchor it was read against and what that rests on, the rule, and the
 * readings set aside.
 *
 * @param anchorMention for anchor basis MENTION, the expression it was counted from
 */
public record DateMention(
    Expression expression,
    Span span,
    Span sentence,
    String text,
    int scope,
    MentionKind kind,
    DateValue value,
    LocalDate anchorDate,
    AnchorBasis anchorBasis,
    Span anchorMention,
    String rule,
    String explanation,
    Tense tense,
    String tenseCue,
    List<Alternative> alternatives) {}

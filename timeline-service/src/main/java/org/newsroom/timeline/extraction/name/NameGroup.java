package org.newsroom.timeline.extraction.name;

import java.util.List;

/**
 * The mentions of one name in one text. {@code canonical} is the most frequent form of more than
 * one word (ties go to the earliest), or the most frequent form when there is none; {@code
 * variants} are the distinct surface forms in the order they first appear; {@code mentions} are in
 * text order.
 */
public record NameGroup(
    String canonical, NameType type, List<String> variants, List<NameMention> mentions) {

  public NameGroup {
    variants = List.copyOf(variants);
    mentions = List.copyOf(mentions);
  }
}

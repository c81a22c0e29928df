package org.newsroom.timeline.extraction.claim;

import java.util.Map;
import java.util.Optional;

/**
 * The kinds of happening a sentence can report, each named by the words that report it. Two reports
 * of one happening use words of one kind ("talks", "summit", "met"), so reports are compared kind
 * by kind.
 */
public enum Happening {
  /** People meeting: "talks", "summit", "met", "gathered". */
  MEETING,
  /** Someone going somewhere: "visit", "trip", "flew", "arrived". */
  TRAVEL,
  /** A call between people: "phone call", "phoned". */
  CALL,
  /** Violence: "attack", "strike", "bombing", "shelled". */
  ATTACK,
  /** A vote: "election", "referendum", "voted". */
  VOTE,
  /** A document signed: "signed", "signing". */
  SIGNING;

  private static final Map<String, Happening> WORDS =
      Map.ofEntries(
          Map.entry("meeting", MEETING),
          Map.entry("meetings", MEETING),
          Map.entry("meet", MEETING),
          Map.entry("meets", MEETING),
          Map.entry("met", MEETING),
          Map.entry("talks", MEETING),
          Map.entry("summit", MEETING),
          Map.entry("summits", MEETING),
          Map.entry("negotiations", MEETING),
          Map.entry("conference", MEETING),
          Map.entry("gathered", MEETING),
          Map.entry("gathering", MEETING),
          Map.entry("session", MEETING),
          Map.entry("assembly", MEETING),
          Map.entry("discussions", MEETING),
          Map.entry("convened", MEETING),
          Map.entry("visit", TRAVEL),
          Map.entry("visits", TRAVEL),
          Map.entry("visited", TRAVEL),
          Map.entry("visiting", TRAVEL),
          Map.entry("trip", TRAVEL),
          Map.entry("trips", TRAVEL),
          Map.entry("arrive", TRAVEL),
          Map.entry("arrives", TRAVEL),
          Map.entry("arrived", TRAVEL),
          Map.entry("arrival", TRAVEL),
          Map.entry("flew", TRAVEL),
          Map.entry("travelled", TRAVEL),
          Map.entry("traveled", TRAVEL),
          Map.entry("tour", TRAVEL),
          Map.entry("landed", TRAVEL),
          Map.entry("journey", TRAVEL),
          Map.entry("phoned", CALL),
          Map.entry("attack", ATTACK),
          Map.entry("attacks", ATTACK),
          Map.entry("attacked", ATTACK),
          Map.entry("strike", ATTACK),
          Map.entry("strikes", ATTACK),
          Map.entry("airstrike", ATTACK),
          Map.entry("bombing", ATTACK),
          Map.entry("bombed", ATTACK),
          Map.entry("shelling", ATTACK),
          Map.entry("shelled", ATTACK),
          Map.entry("explosion", ATTACK),
          Map.entry("raid", ATTACK),
          Map.entry("vote", VOTE),
          Map.entry("voted", VOTE),
          Map.entry("election", VOTE),
          Map.entry("elections", VOTE),
          Map.entry("referendum", VOTE),
          Map.entry("ballot", VOTE),
          Map.entry("signed", SIGNING),
          Map.entry("signing", SIGNING));

  /** The kind a lower-case word reports, if it reports one on its own. */
  public static Optional<Happening> of(String lowerWord) {
    return Optional.ofNullable(WORDS.get(lowerWord));
  }
}

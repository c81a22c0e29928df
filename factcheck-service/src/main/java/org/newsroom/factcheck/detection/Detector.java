package org.newsroom.factcheck.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where sources disagree, from what timeline-service's analysis read out of them. Pure: the
 * sources and the events that cite them in, the discrepancies out, each naming its rule. The rules:
 * {@link PublicationDateRule}, {@link FigureRule}, {@link HappeningDateRule}, {@link StatusRule}.
 */
public final class Detector {

  public static final String NAME = "newsroom-detection";

  /** Raise when a rule changes what it finds. */
  public static final String VERSION = "1.0.0";

  public static final String DETECTOR = NAME + "/" + VERSION;

  private Detector() {}

  /** Every discrepancy among these sources, in rule order. */
  public static List<Detected> detect(
      List<SourceFacts> sources, List<SourceFacts.EventFacts> events) {
    Story story = new Story(sources, events);
    List<Detected> found = new ArrayList<>();
    found.addAll(PublicationDateRule.find(story));
    found.addAll(FigureRule.find(story));
    found.addAll(HappeningDateRule.find(story));
    found.addAll(StatusRule.find(story));
    List<Detected> withEvents = new ArrayList<>(found.size());
    for (Detected d : found) {
      withEvents.add(d.eventId() != null ? d : d.withEvent(story.eventFor(d.sides())));
    }
    return withEvents;
  }
}

package org.newsroom.timeline.extraction.name;

/** What a name names, decided by the cues around all its mentions. */
public enum NameType {
  PERSON,
  PLACE,
  ORGANISATION,
  /** Names of events and things, and names no cue types. */
  OTHER
}

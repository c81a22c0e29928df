package org.newsroom.timeline.extraction.text;

/**
 * A stretch of a text in UTF-16 indexes, {@code end} exclusive. Analysis works in these; results
 * leave the extraction package in code points (see {@link Document#codePoints(Span)}).
 */
public record Span(int start, int end) {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean contains(int index) {
    return start <= index && index < end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  public String of(String text) {
    return text.substring(start, end);
  }
}

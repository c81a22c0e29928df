package org.newsroom.timeline.extraction.quantity;

/**
 * How the text hedges a quantity. The word that set it is kept beside it on {@link Quantity}, so a
 * comparer can tell "almost five" (just below five) from "less than five" (anything below).
 */
public enum Qualifier {
  /** No hedge: "five hours". */
  EXACTLY,
  /** "about", "around", "roughly", "some", "an estimated", "or so". */
  APPROXIMATELY,
  /** "almost", "nearly", "under", "less than", "fewer than", "barely". */
  LESS_THAN,
  /** "more than", "over", "above", "in excess of", "upwards of". */
  MORE_THAN,
  /** "at least", "no fewer than", "no less than", "a minimum of", "or more". */
  AT_LEAST,
  /** "at most", "up to", "no more than", "a maximum of", "as many as", "or less". */
  AT_MOST
}

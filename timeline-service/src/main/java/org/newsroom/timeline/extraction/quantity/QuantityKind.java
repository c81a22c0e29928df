package org.newsroom.timeline.extraction.quantity;

/** What a quantity measures. */
public enum QuantityKind {
  /** A length of time: "almost five hours", "a three-year war". */
  DURATION,
  /** A share in hundredths: "20%", "30 per cent". */
  PERCENT,
  /** An amount of a currency: "$300bn", "€2.5 billion". */
  MONEY,
  /** A number of things: "three officials", "2,000 troops". */
  COUNT,
  /** A share in words or digits: "a third", "two-thirds", "1/2". */
  FRACTION,
  /** A number with nothing counted after it: "the toll rose to 50". */
  NUMBER
}

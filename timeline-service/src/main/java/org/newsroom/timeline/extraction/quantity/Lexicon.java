package org.newsroom.timeline.extraction.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The English news words the quantity rules read. Lower case throughout. */
final class Lexicon {

  private Lexicon() {}

  static final Map<String, Integer> ONES =
      Map.ofEntries(
          Map.entry("zero", 0),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19));

  static final Map<String, Integer> TENS =
      Map.of(
          "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
          "eighty", 80, "ninety", 90);

  /** Scale words after a number: "2.5 billion", "three million". */
  static final Map<String, Double> SCALES =
      Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);

  /** Abbreviated scales that mean nothing else: "$300bn", "5 mn". */
  static final Map<String, Double> SCALE_ABBREVIATIONS =
      Map.of("bn", 1e9, "mn", 1e6, "mln", 1e6, "tn", 1e12, "trn", 1e12);

  /** Abbreviated scales that may be units too ("100m" sprint, "5k" run): read after a currency. */
  static final Map<String, Double> AMBIGUOUS_SCALES = Map.of("m", 1e6, "k", 1e3, "b", 1e9);

  /** Denominators of fractions in words, singular and plural. */
  static final Map<String, Integer> DENOMINATORS =
      Map.ofEntries(
          Map.entry("half", 2),
          Map.entry("halves", 2),
          Map.entry("third", 3),
          Map.entry("thirds", 3),
          Map.entry("quarter", 4),
          Map.entry("quarters", 4),
          Map.entry("fourth", 4),
          Map.entry("fourths", 4),
          Map.entry("fifth", 5),
          Map.entry("fifths", 5),
          Map.entry("sixth", 6),
          Map.entry("sixths", 6),
          Map.entry("seventh", 7),
          Map.entry("sevenths", 7),
          Map.entry("eighth", 8),
          Map.entry("eighths", 8),
          Map.entry("ninth", 9),
          Map.entry("ninths", 9),
          Map.entry("tenth", 10),
          Map.entry("tenths", 10));

  /** Vulgar fraction characters. */
  static final Map<String, Double> VULGAR =
      Map.ofEntries(
          Map.entry("½", 1 / 2.0),
          Map.entry("⅓", 1 / 3.0),
          Map.entry("⅔", 2 / 3.0),
          Map.entry("¼", 1 / 4.0),
          Map.entry("¾", 3 / 4.0),
          Map.entry("⅕", 1 / 5.0),
          Map.entry("⅖", 2 / 5.0),
          Map.entry("⅗", 3 / 5.0),
          Map.entry("⅘", 4 / 5.0),
          Map.entry("⅙", 1 / 6.0),
          Map.entry("⅚", 5 / 6.0),
          Map.entry("⅛", 1 / 8.0),
          Map.entry("⅜", 3 / 8.0),
          Map.entry("⅝", 5 / 8.0),
          Map.entry("⅞", 7 / 8.0));

  /** Plural number words that give no number: "hundreds of", "billions of dollars". */
  static final Set<String> VAGUE =
      Set.of(
          "dozens", "hundreds", "thousands", "millions", "billions", "trillions", "tens", "scores");

  /** Every word a spelled-out number can be made of. */
  static final Set<String> NUMBER_WORDS;

  static {
    Set<String> words = new HashSet<>();
    words.addAll(ONES.keySet());
    words.addAll(TENS.keySet());
    words.addAll(SCALES.keySet());
    words.addAll(DENOMINATORS.keySet());
    words.addAll(Set.of("hundred", "dozen", "and", "a", "an"));
    NUMBER_WORDS = Set.copyOf(words);
  }

  /** Duration units, by any spelling, to the unit reported. */
  static final Map<String, String> DURATION_UNITS =
      Map.ofEntries(
          Map.entry("second", "second"),
          Map.entry("seconds", "second"),
          Map.entry("secs", "second"),
          Map.entry("minute", "minute"),
          Map.entry("minutes", "minute"),
          Map.entry("min", "minute"),
          Map.entry("mins", "minute"),
          Map.entry("hour", "hour"),
          Map.entry("hours", "hour"),
          Map.entry("hr", "hour"),
          Map.entry("hrs", "hour"),
          Map.entry("day", "day"),
          Map.entry("days", "day"),
          Map.entry("week", "week"),
          Map.entry("weeks", "week"),
          Map.entry("month", "month"),
          Map.entry("months", "month"),
          Map.entry("year", "year"),
          Map.entry("years", "year"),
          Map.entry("yr", "year"),
          Map.entry("yrs", "year"),
          Map.entry("decade", "decade"),
          Map.entry("decades", "decade"),
          Map.entry("century", "century"),
          Map.entry("centuries", "century"));

  /** Singular unit words: "a five-year term" and "a five year term" name the thing after. */
  static final Set<String> SINGULAR_UNITS =
      Set.of(
          "second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "min",
          "hr", "yr");

  /** Words after a duration that make it a point in time: "six days ago", "two weeks later". */
  static final Set<String> DATE_AFTER =
      Set.of(
          "ago",
          "later",
          "earlier",
          "before",
          "after",
          "prior",
          "previously",
          "beforehand",
          "afterwards",
          "afterward",
          "hence");

  /** Words before "a"/"an" + unit that make it a length of time: "for a year", "lasted an hour". */
  static final Set<String> ARTICLE_DURATION_CUES =
      Set.of(
          "for", "lasted", "lasting", "last", "lasts", "took", "take", "takes", "taking", "spent",
          "spend", "within", "after", "during");

  static final Map<String, String> CURRENCY_SYMBOLS =
      Map.of("$", "USD", "£", "GBP", "€", "EUR", "¥", "JPY", "₹", "INR", "₽", "RUB", "₴", "UAH");

  /** Letters written against "$": "US$5bn", "A$2m". */
  static final Map<String, String> DOLLAR_PREFIXES =
      Map.of(
          "US", "USD", "U.S.", "USD", "A", "AUD", "AU", "AUD", "C", "CAD", "CA", "CAD", "HK", "HKD",
          "NZ", "NZD", "S", "SGD", "NT", "TWD");

  /** ISO codes, matched in capitals only. */
  static final Set<String> CURRENCY_CODES =
      Set.of(
          "USD", "EUR", "GBP", "JPY", "CNY", "RUB", "UAH", "CHF", "INR", "AUD", "CAD", "HKD", "NZD",
          "SGD", "SAR", "AED", "TRY", "ILS", "KRW", "BRL", "ZAR", "SEK", "NOK", "DKK", "PLN");

  /** Currency words after an amount: "300 billion dollars". */
  static final Map<String, String> CURRENCY_WORDS =
      Map.ofEntries(
          Map.entry("dollar", "USD"),
          Map.entry("dollars", "USD"),
          Map.entry("euro", "EUR"),
          Map.entry("euros", "EUR"),
          Map.entry("pound", "GBP"),
          Map.entry("pounds", "GBP"),
          Map.entry("sterling", "GBP"),
          Map.entry("yen", "JPY"),
          Map.entry("yuan", "CNY"),
          Map.entry("renminbi", "CNY"),
          Map.entry("rouble", "RUB"),
          Map.entry("roubles", "RUB"),
          Map.entry("ruble", "RUB"),
          Map.entry("rubles", "RUB"),
          Map.entry("hryvnia", "UAH"),
          Map.entry("hryvnias", "UAH"),
          Map.entry("hryvnas", "UAH"),
          Map.entry("rupee", "INR"),
          Map.entry("rupees", "INR"),
          Map.entry("franc", "CHF"),
          Map.entry("francs", "CHF"));

  /** Words before "dollars" that name whose dollars. */
  static final Map<String, String> DOLLAR_ADJECTIVES =
      Map.of(
          "us", "USD",
          "u.s.", "USD",
          "american", "USD",
          "canadian", "CAD",
          "australian", "AUD",
          "singapore", "SGD",
          "taiwan", "TWD");

  static final Set<String> MONTHS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec");

  /** Words after a number that make it a clock time: "9 am", "1400 GMT". */
  static final Set<String> TIME_WORDS =
      Set.of(
          "am", "pm", "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "est", "edt", "et", "pt",
          "pst", "pdt", "msk", "o'clock", "o’clock");

  /** Words before "9.30" that make it a clock time. */
  static final Set<String> CLOCK_CUES = Set.of("at", "until", "till", "from", "around", "about");

  /** Determiners and possessive pronouns, stripped before a subject. */
  static final Set<String> DETERMINERS =
      Set.of(
          "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
          "your", "my", "all", "both", "each", "every", "any", "no", "another", "such", "some");

  static final Set<String> PRONOUNS =
      Set.of(
          "it", "they", "them", "he", "she", "we", "you", "i", "us", "him", "me", "this", "that",
          "these", "those", "which", "who", "whom", "what", "one", "ones", "others", "there",
          "here");

  /** Prepositions a noun phrase may hang on: "the meeting in the Saudi capital lasted". */
  static final Set<String> PHRASE_PREPOSITIONS =
      Set.of(
          "in", "at", "on", "between", "with", "among", "from", "near", "via", "through", "across",
          "along", "into", "under", "inside", "outside", "around");

  /** Words that are no part of a noun phrase. */
  static final Set<String> STOP;

  static {
    Set<String> stop = new HashSet<>(DETERMINERS);
    stop.addAll(PRONOUNS);
    stop.addAll(
        List.of(
            // prepositions
            "of",
            "in",
            "on",
            "at",
            "by",
            "for",
            "with",
            "from",
            "to",
            "into",
            "onto",
            "over",
            "under",
            "about",
            "around",
            "after",
            "before",
            "since",
            "during",
            "between",
            "among",
            "against",
            "across",
            "through",
            "toward",
            "towards",
            "within",
            "without",
            "via",
            "per",
            "than",
            "as",
            "like",
            "near",
            "up",
            "down",
            "off",
            "out",
            "upon",
            "amid",
            "amidst",
            "despite",
            "following",
            "including",
            "until",
            "till",
            "above",
            "below",
            "beyond",
            "behind",
            "beside",
            "besides",
            "inside",
            "outside",
            "throughout",
            "along",
            "onto",
            // conjunctions
            "and",
            "or",
            "but",
            "nor",
            "so",
            "yet",
            "if",
            "while",
            "when",
            "because",
            "although",
            "though",
            "whereas",
            "whether",
            "whose",
            "where",
            "why",
            "how",
            // auxiliaries and common verbs
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "being",
            "has",
            "have",
            "had",
            "do",
            "does",
            "did",
            "will",
            "would",
            "can",
            "could",
            "may",
            "might",
            "must",
            "shall",
            "should",
            "said",
            "says",
            "say",
            "told",
            "tell",
            "began",
            "begin",
            "took",
            "take",
            "ran",
            "run",
            "met",
            "came",
            "come",
            "went",
            "go",
            "made",
            "make",
            "held",
            "hold",
            "left",
            "fell",
            "rose",
            "lost",
            "spent",
            "paid",
            "won",
            "saw",
            "led",
            "sent",
            "kept",
            "got",
            "gave",
            "became",
            "become",
            "remained",
            "remains",
            "lasted",
            "last",
            "lasts",
            "according",
            "goes",
            "comes",
            "gets",
            "makes",
            "takes",
            "seems",
            "needs",
            "wants",
            "stays",
            "shows",
            "helps",
            "includes",
            "holds",
            "lies",
            "sits",
            "stands",
            "accounts",
            "faces",
            "hopes",
            "expects",
            "looks",
            "appears",
            "continues",
            "depends",
            "remain",
            "added",
            "begins",
            "ends",
            "starts",
            "opens",
            "closes",
            "follows",
            "marks",
            "meets",
            "calls",
            "leads",
            "sees",
            "gives",
            "keeps",
            "puts",
            "sets",
            "brings",
            "becomes",
            "seeks",
            "aims",
            "threatens",
            "warns",
            "insists",
            "argues",
            "urges",
            "vows",
            "means",
            "lets",
            // adverbs and hedges
            "not",
            "now",
            "also",
            "still",
            "only",
            "just",
            "already",
            "then",
            "even",
            "more",
            "most",
            "less",
            "least",
            "very",
            "too",
            "nearly",
            "almost",
            "roughly",
            "ago",
            "later",
            "earlier",
            "again",
            "once",
            "twice",
            "never",
            "ever",
            "here",
            "there",
            "well",
            "other",
            "same",
            "own",
            "few",
            "many",
            "much",
            "several",
            "whole",
            "half",
            "first",
            "second",
            "third",
            "next",
            "likely",
            "unlikely",
            "reportedly",
            "currently"));
    STOP = Set.copyOf(stop);
  }

  /** Words in "-ly" that are nouns or adjectives, and so may stand in a noun phrase. */
  static final Set<String> LY_WORDS =
      Set.of(
          "supply",
          "family",
          "ally",
          "rally",
          "assembly",
          "italy",
          "july",
          "monopoly",
          "anomaly",
          "reply",
          "belly",
          "fly",
          "daily",
          "weekly",
          "monthly",
          "yearly",
          "quarterly",
          "hourly",
          "early",
          "elderly",
          "holy",
          "only",
          "lily",
          "jelly",
          "bully",
          "tally",
          "folly",
          "sally",
          "homily");

  /** Plurals that do not end in -s. */
  static final Set<String> IRREGULAR_PLURALS =
      Set.of(
          "people",
          "men",
          "women",
          "children",
          "police",
          "personnel",
          "staff",
          "cattle",
          "feet",
          "teeth",
          "mice",
          "geese",
          "aircraft",
          "sheep",
          "deer",
          "fish",
          "livestock",
          "militia");

  /** Words in -s that are no plurals. */
  static final Set<String> NOT_PLURAL =
      Set.of(
          "news",
          "gas",
          "series",
          "species",
          "means",
          "lens",
          "bus",
          "chaos",
          "atlas",
          "canvas",
          "bias",
          "alias",
          "cosmos",
          "ethos",
          "always",
          "perhaps",
          "whereas",
          "its",
          "his",
          "hers",
          "ours",
          "yours",
          "theirs",
          "this",
          "thus",
          "was",
          "has",
          "does",
          "is",
          "as",
          "us",
          "across",
          "paris",
          "tunis",
          "memphis",
          "minneapolis",
          "indianapolis",
          "athens",
          "wales",
          "lewis",
          "davis",
          "francis",
          "jones",
          "kansas",
          "texas",
          "arkansas",
          "honduras",
          "cyprus",
          "belarus",
          "mauritius",
          "marcus",
          "brussels",
          "netherlands",
          "philippines",
          "bahamas",
          "emirates");

  /** Counting words that may stand between a number and what it counts: "two more officials". */
  static final Set<String> COUNT_MODIFIERS = Set.of("more", "other", "further", "additional");

  /** Verbs between a subject and a tenure: "has been foreign minister for 20 years". */
  static final Set<String> COPULAS =
      Set.of(
          "been",
          "was",
          "is",
          "are",
          "were",
          "became",
          "become",
          "becomes",
          "remained",
          "remains",
          "served",
          "serving",
          "serves",
          "as",
          "be");

  /** Words that say how long someone has held a role, stripped from it. */
  static final Set<String> TENURE_ADJECTIVES =
      Set.of(
          "veteran",
          "former",
          "longtime",
          "long-time",
          "long-serving",
          "longest-serving",
          "serving",
          "current",
          "acting",
          "incumbent",
          "seasoned",
          "then");

  /** Words between a subject and its verb: "are likely to", "could", "has". */
  static final Set<String> AUXILIARIES =
      Set.of(
          "is",
          "are",
          "was",
          "were",
          "be",
          "been",
          "being",
          "has",
          "have",
          "had",
          "will",
          "would",
          "could",
          "can",
          "may",
          "might",
          "should",
          "must",
          "shall",
          "do",
          "does",
          "did",
          "likely",
          "unlikely",
          "expected",
          "set",
          "due",
          "to",
          "not",
          "n't",
          "also",
          "only",
          "just",
          "already",
          "still",
          "reportedly",
          "now",
          "ultimately",
          "eventually",
          "again",
          "finally",
          "then",
          "never",
          "often",
          "usually",
          "typically",
          "probably",
          "possibly",
          "allegedly",
          "meant",
          "supposed",
          "scheduled",
          "planned",
          "designed",
          "intended",
          "going",
          "able");

  /** How long something went on: "the meeting lasted five hours". */
  static final Set<String> LAST_VERBS = Set.of("last", "lasts", "lasted", "lasting");

  /** "The journey took five hours". */
  static final Set<String> TAKE_VERBS = Set.of("take", "takes", "took", "taken", "taking");

  /** "The programme ran for two years" (only with "for"). */
  static final Set<String> RUN_VERBS =
      Set.of(
          "ran",
          "run",
          "runs",
          "running",
          "went",
          "continued",
          "stretched",
          "dragged",
          "drags",
          "dragging",
          "burned",
          "burnt",
          "raged",
          "lingered",
          "persisted");

  /** Verbs whose subject the amount after them is about: "prices rose by 5%". */
  static final Set<String> AMOUNT_VERBS =
      Set.of(
          "rise",
          "rises",
          "rose",
          "risen",
          "rising",
          "fall",
          "falls",
          "fell",
          "fallen",
          "falling",
          "drop",
          "drops",
          "dropped",
          "dropping",
          "increase",
          "increases",
          "increased",
          "decrease",
          "decreases",
          "decreased",
          "grow",
          "grows",
          "grew",
          "grown",
          "shrink",
          "shrinks",
          "shrank",
          "shrunk",
          "climb",
          "climbs",
          "climbed",
          "jump",
          "jumps",
          "jumped",
          "reduce",
          "reduces",
          "reduced",
          "decline",
          "declines",
          "declined",
          "plunge",
          "plunges",
          "plunged",
          "surge",
          "surges",
          "surged",
          "soar",
          "soars",
          "soared",
          "slump",
          "slumps",
          "slumped",
          "slide",
          "slides",
          "slid",
          "tumble",
          "tumbled",
          "tumbles",
          "lose",
          "loses",
          "lost",
          "spend",
          "spends",
          "spent",
          "pay",
          "pays",
          "paid",
          "raise",
          "raises",
          "raised",
          "earn",
          "earns",
          "earned",
          "invest",
          "invests",
          "invested",
          "gain",
          "gains",
          "gained",
          "exceed",
          "exceeds",
          "exceeded",
          "reach",
          "reaches",
          "reached",
          "total",
          "totals",
          "totalled",
          "totaled",
          "cost",
          "costs",
          "costing",
          "worth",
          "stood",
          "stands",
          "stand",
          "account",
          "accounts",
          "accounted",
          "owe",
          "owes",
          "owed",
          "borrowed",
          "received",
          "slip",
          "slips",
          "slipped",
          "edged",
          "valued",
          "amounted",
          "amounts");

  /** "a third of", "a third said": what may follow a fraction that is no ordinal. */
  static final Set<String> FRACTION_FOLLOWERS =
      Set.of(
          "of",
          "more",
          "less",
          "than",
          "said",
          "say",
          "says",
          "were",
          "are",
          "was",
          "is",
          "have",
          "had",
          "has",
          "will",
          "would",
          "could",
          "can",
          "may",
          "might",
          "voted",
          "believe",
          "believed",
          "think",
          "thought",
          "support",
          "supported",
          "oppose",
          "opposed",
          "want",
          "wanted",
          "agree",
          "agreed",
          "do",
          "did",
          "the",
          "its",
          "their",
          "his",
          "her",
          "our",
          "this",
          "that",
          "these",
          "those");

  /** Words before "half" that make it a part of a match or a pair: "the first half". */
  static final Set<String> HALF_BLOCKERS =
      Set.of(
          "first",
          "second",
          "other",
          "latter",
          "former",
          "and",
          "top",
          "bottom",
          "back",
          "front",
          "better",
          "second-half",
          "first-half");

  /** A qualifier phrase: words (lower case), the qualifier they set, and whether they follow. */
  record Phrase(List<String> words, Qualifier qualifier, String text) {
    static Phrase of(String text, Qualifier qualifier) {
      return new Phrase(List.of(text.split(" ")), qualifier, text);
    }
  }

  /** Qualifiers before a number, longest first. */
  static final List<Phrase> PREFIX_QUALIFIERS;

  /** Qualifiers after a quantity: "20 years or so". */
  static final List<Phrase> SUFFIX_QUALIFIERS =
      List.of(
          Phrase.of("or so", Qualifier.APPROXIMATELY),
          Phrase.of("or more", Qualifier.AT_LEAST),
          Phrase.of("or longer", Qualifier.AT_LEAST),
          Phrase.of("or less", Qualifier.AT_MOST),
          Phrase.of("or fewer", Qualifier.AT_MOST));

  /** Every word of a prefix qualifier: a capitalised one before a number is no name. */
  static final Set<String> QUALIFIER_WORDS;

  static {
    List<Phrase> phrases = new ArrayList<>();
    for (String p :
        List.of(
            "almost",
            "nearly",
            "just under",
            "well under",
            "under",
            "less than",
            "fewer than",
            "barely",
            "just below",
            "well below",
            "below",
            "just short of",
            "short of",
            "not quite",
            "just shy of",
            "shy of")) {
      phrases.add(Phrase.of(p, Qualifier.LESS_THAN));
    }
    for (String p :
        List.of(
            "more than",
            "over",
            "above",
            "in excess of",
            "upwards of",
            "upward of",
            "just over",
            "well over",
            "just above",
            "well above",
            "greater than",
            "exceeding")) {
      phrases.add(Phrase.of(p, Qualifier.MORE_THAN));
    }
    for (String p :
        List.of(
            "about",
            "around",
            "roughly",
            "some",
            "approximately",
            "approx",
            "an estimated",
            "estimated",
            "circa",
            "close to",
            "just about",
            "round about",
            "somewhere around",
            "in the region of")) {
      phrases.add(Phrase.of(p, Qualifier.APPROXIMATELY));
    }
    for (String p :
        List.of(
            "at least",
            "no fewer than",
            "no less than",
            "a minimum of",
            "not less than",
            "not fewer than")) {
      phrases.add(Phrase.of(p, Qualifier.AT_LEAST));
    }
    for (String p :
        List.of(
            "at most",
            "up to",
            "no more than",
            "a maximum of",
            "as many as",
            "as much as",
            "not more than",
            "as long as",
            "as high as")) {
      phrases.add(Phrase.of(p, Qualifier.AT_MOST));
    }
    phrases.sort(Comparator.comparingInt((Phrase p) -> -p.words().size()));
    PREFIX_QUALIFIERS = List.copyOf(phrases);
    Set<String> words = new HashSet<>();
    for (Phrase p : phrases) {
      words.addAll(p.words());
    }
    QUALIFIER_WORDS = Set.copyOf(words);
  }
}

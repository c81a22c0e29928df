package org.newsroom.timeline.extraction.name;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Comparison keys for names. {@link #fold} makes the spelling differences of transliteration and
 * typing disappear (case, diacritics, y/i, doubled letters); {@link #sameName} decides whether two
 * surface forms, from one text or two, name the same person, place or organisation.
 */
public final class NameKey {

  /** Words that may stand before a name and are not part of it, folded. */
  private static final Set<String> TITLES = foldAll(union(Lexicon.TITLE_HEADS, Set.of("the")));

  private static final Set<String> PARTICLES = foldAll(Lexicon.PARTICLES);

  /** Words a name of an organisation or place joins its parts with ("Bank of England"). */
  private static final Set<String> JOINERS = Set.of("of", "the", "and", "for", "on");

  private static final Set<String> SUFFIXES =
      foldAll(union(Lexicon.ORG_SUFFIXES, Lexicon.PLACE_SUFFIXES));

  /** A token this long or longer may lose or gain one final letter and stay the same name. */
  private static final int LONG_TOKEN = 6;

  private NameKey() {}

  /**
   * The comparison key of a name: lower case, diacritics removed, apostrophes and dots dropped,
   * hyphens and spaces made one space, "y" read as "i" and doubled letters single. "Erdoğan" →
   * "erdogan"; "Zelenskyy", "Zelensky" and "Zelenskiy" → "zelenski"; "U.S." → "us".
   */
  public static String fold(String name) {
    return String.join(" ", tokens(name));
  }

  /**
   * The key under which one name's spellings meet across texts, for equality lookups: a person's
   * folded surname ("Volodymyr Zelenskyy", "Zelensky" → {@code zelenski}), the folded core of any
   * other name ("the Saudi Arabia" → {@code saudi arabia}). Coarser than {@link #sameName}: two
   * people with one surname share a key.
   */
  public static String key(String name, NameType type) {
    List<String> core = core(name);
    if (core.isEmpty()) {
      return fold(name);
    }
    return type == NameType.PERSON ? core.get(core.size() - 1) : String.join(" ", core);
  }

  /** The folded tokens of a name. */
  static List<String> tokens(String name) {
    List<String> tokens = new ArrayList<>(4);
    if (name == null || name.isEmpty()) {
      return tokens;
    }
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder token = new StringBuilder(16);
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK) {
        continue;
      }
      if (cp == '\'' || cp == '’' || cp == '‘' || cp == '`' || cp == 'ʼ' || cp == '.') {
        continue;
      }
      if (Character.isLetterOrDigit(cp)) {
        appendFolded(token, Character.toLowerCase(cp));
      } else if (token.length() > 0) {
        tokens.add(spelling(token));
        token.setLength(0);
      }
    }
    if (token.length() > 0) {
      tokens.add(spelling(token));
    }
    return tokens;
  }

  /** The folded form of one word. */
  static String foldWord(String word) {
    List<String> tokens = tokens(word);
    return tokens.size() == 1 ? tokens.get(0) : String.join(" ", tokens);
  }

  private static void appendFolded(StringBuilder out, int cp) {
    switch (cp) {
      case 'ı' -> out.append('i');
      case 'ł' -> out.append('l');
      case 'ø' -> out.append('o');
      case 'đ', 'ð' -> out.append('d');
      case 'ß' -> out.append("ss");
      case 'æ' -> out.append("ae");
      case 'œ' -> out.append("oe");
      case 'þ' -> out.append("th");
      default -> out.appendCodePoint(cp);
    }
  }

  /** "y" as "i", then runs of one letter as one: the spelling differences of transliteration. */
  private static String spelling(CharSequence raw) {
    StringBuilder out = new StringBuilder(raw.length());
    char last = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == 'y') {
        c = 'i';
      }
      if (c != last || Character.isDigit(c)) {
        out.append(c);
      }
      last = c;
    }
    return out.toString();
  }

  /**
   * The tokens that identify a name: folded, without titles in front ("Prince", "President"),
   * without particles ("bin", "al", "von der") and without initials, as long as something is left.
   */
  static List<String> core(String name) {
    return core(tokens(name));
  }

  static List<String> core(List<String> folded) {
    int from = 0;
    while (from < folded.size() - 1 && TITLES.contains(folded.get(from))) {
      from++;
    }
    List<String> core = new ArrayList<>(folded.size() - from);
    for (int i = from; i < folded.size(); i++) {
      String token = folded.get(i);
      if (!PARTICLES.contains(token) && !(i > from && JOINERS.contains(token))) {
        core.add(token);
      }
    }
    if (core.isEmpty()) {
      return new ArrayList<>(folded.subList(from, folded.size()));
    }
    if (core.size() > 2) {
      core.removeIf(token -> token.length() == 1 && !Character.isDigit(token.charAt(0)));
    }
    return core;
  }

  /**
   * True when the two forms are variants of one name: the same core tokens; a surname alone and a
   * full name ending in it ("Zelensky" / "Volodymyr Zelenskyy"); a shorter full name inside a
   * longer one with the same last token ("Tayyip Erdogan" / "Recep Tayyip Erdoğan"); a long last
   * token missing its final letter ("Ushako" / "Ushakov"); an acronym and the name it abbreviates.
   * False for different people who share a first name ("Donald Trump" / "Donald Tusk") and for
   * surnames that differ by a substituted letter ("Hansen" / "Jansen").
   */
  public static boolean sameName(String a, String b) {
    if (a == null || b == null || a.isBlank() || b.isBlank()) {
      return false;
    }
    List<String> ta = tokens(a);
    List<String> tb = tokens(b);
    List<String> ca = core(ta);
    List<String> cb = core(tb);
    if (ca.isEmpty() || cb.isEmpty()) {
      return false;
    }
    if (sameCore(ca, cb, joined(ta), joined(tb))) {
      return true;
    }
    return isAcronymOf(a, b) || isAcronymOf(b, a);
  }

  /** True when a name joins its parts with "of" / "for" ("Bank of England"). */
  private static boolean joined(List<String> folded) {
    for (int i = 1; i < folded.size(); i++) {
      if (folded.get(i).equals("of") || folded.get(i).equals("for")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Core tokens of two names match: the last tokens match and the shorter name's other tokens
   * appear in order among the longer name's. A single token matches a longer name only by its last
   * token, and never when that last token is a suffix ("Palace") or the name is joined with "of".
   */
  static boolean sameCore(List<String> a, List<String> b, boolean aJoined, boolean bJoined) {
    if (a.size() > b.size()) {
      return sameCore(b, a, bJoined, aJoined);
    }
    String lastB = b.get(b.size() - 1);
    if (!tokenMatch(a.get(a.size() - 1), lastB)) {
      return false;
    }
    if (a.size() == 1) {
      return b.size() == 1 || (!bJoined && !SUFFIXES.contains(lastB));
    }
    int j = 0;
    for (int i = 0; i < a.size() - 1; i++) {
      while (j < b.size() - 1 && !tokenMatch(a.get(i), b.get(j))) {
        j++;
      }
      if (j >= b.size() - 1) {
        return false;
      }
      j++;
    }
    return true;
  }

  /**
   * Two folded tokens are one spelling: equal, or one is the other with one final letter more and
   * the shorter has at least six letters. A final "s" (Robert / Roberts) and the Slavic feminine
   * "-a" after "v" or "n" (Ivanov / Ivanova) make different names.
   */
  static boolean tokenMatch(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    String shorter = a.length() < b.length() ? a : b;
    String longer = a.length() < b.length() ? b : a;
    if (longer.length() != shorter.length() + 1
        || shorter.length() < LONG_TOKEN
        || !longer.startsWith(shorter)) {
      return false;
    }
    char added = longer.charAt(longer.length() - 1);
    char before = shorter.charAt(shorter.length() - 1);
    if (!Character.isLetter(added) || added == 's') {
      return false;
    }
    return !(added == 'a' && (before == 'v' || before == 'n'));
  }

  /**
   * True when {@code acronym} is written in capitals and its letters are the initials of the
   * capitalised words of {@code name}, which must name an organisation or place by its last word
   * ("EU" / "European Union", "US" / "United States").
   */
  static boolean isAcronymOf(String acronym, String name) {
    String letters = acronym.replace(".", "").trim();
    if (letters.length() < 2 || letters.length() > 6) {
      return false;
    }
    for (int i = 0; i < letters.length(); i++) {
      if (!Character.isUpperCase(letters.charAt(i))) {
        return false;
      }
    }
    String[] words = name.trim().split("[\\s\\-‑]+");
    StringBuilder initials = new StringBuilder();
    boolean suffix = false;
    for (String word : words) {
      if (word.isEmpty() || JOINERS.contains(word.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (!Character.isUpperCase(word.codePointAt(0))) {
        return false;
      }
      initials.appendCodePoint(word.codePointAt(0));
      suffix |= SUFFIXES.contains(foldWord(word));
    }
    return suffix && initials.length() >= 2 && initials.toString().equals(letters);
  }

  /** True for a folded organisation or place suffix ("palace", "compani"). */
  static boolean isSuffix(String folded) {
    return SUFFIXES.contains(folded);
  }

  static Set<String> foldAll(Set<String> words) {
    Set<String> folded = new HashSet<>();
    for (String word : words) {
      folded.add(fold(word));
    }
    return Set.copyOf(folded);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    return union;
  }
}

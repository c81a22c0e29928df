package org.newsroom.timeline.extraction.name;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsroom.timeline.extraction.text.Document;
import org.newsroom.timeline.extraction.text.Sentence;
import org.newsroom.timeline.extraction.text.Span;
import org.newsroom.timeline.extraction.text.Token;

/**
 * Finds the names of people, places and organisations in a news text and groups the mentions of
 * each.
 *
 * <p>A name is a run of capitalised words, with particles ("bin", "von der") and "of" after an
 * organisation word inside it. Titles in front ("US Secretary of State", "Kremlin spokesperson")
 * become the mention's title; a possessive "’s" is cut off. Words capitalised only because they
 * open a sentence are kept only when the text uses them capitalised elsewhere; lines set in
 * capitals (headlines, section heads) are skipped, and lines in title case keep only the names the
 * rest of the text confirms.
 *
 * <p>Each mention votes for a type from the words around it: a title or a speech verb for a person;
 * a locative preposition, a "X, Y" place pair, a place suffix or a country for a place; an
 * organisation suffix or noun for an organisation. A group takes the type with most votes. A
 * surname alone joins the one full name that ends in it; spelling variants ({@link NameKey}) join.
 */
public final class NameFinder {

  private static final int PERSON = 0;
  private static final int PLACE = 1;
  private static final int ORG = 2;
  private static final int OTHER = 3;
  private static final NameType[] TYPES = {
    NameType.PERSON, NameType.PLACE, NameType.ORGANISATION, NameType.OTHER
  };

  private static final Set<String> GAZETTEER = NameKey.foldAll(Lexicon.GAZETTEER);
  private static final Set<String> GAZETTEER_MULTI = NameKey.foldAll(Lexicon.GAZETTEER_MULTI);
  private static final Set<String> FIRST_NAME_HONORIFICS = Set.of("sir", "dame");
  private static final int MAX_ACRONYM = 6;

  private enum LineKind {
    NORMAL,
    CAPITALS,
    TITLE_CASE
  }

  private NameFinder() {}

  /** The names of the document, grouped, in the order of their first mention. */
  public static List<NameGroup> find(Document doc) {
    return new Analysis(doc).run();
  }

  /** A stretch of name tokens in one sentence, before the checks that need the whole text. */
  private static final class Segment {
    int sentence;
    int from;
    int to;
    int lastEnd; // char end of the last name token (a possessive cut off)
    int after; // token index after the name and its possessive marks
    boolean possessive;
    String title;
    int contextStart; // first token of title + name
    boolean qualifier; // the words before a title ("Kremlin" in "Kremlin spokesperson")
    boolean personNoun;
    boolean dateline;
    boolean initial;
  }

  /** One mention with the votes its context casts. */
  private static final class Cand {
    int sentence;
    int firstTok;
    int afterTok;
    int contextStart;
    int start;
    int end;
    String text;
    String title;
    List<String> words = new ArrayList<>(3);
    List<String> core;
    boolean possessive;
    boolean qualifier;
    boolean personNoun;
    boolean dateline;
    boolean titleLine;
    boolean speech;
    boolean leftPlace;
    boolean leftOrg;
    boolean looksPersonal;
    boolean hasThe;
    final double[] votes = new double[4];
  }

  private static final class Group {
    final List<Cand> mentions = new ArrayList<>();
    List<String> core;
    boolean joined;
    int parent;

    Group(int index) {
      parent = index;
    }
  }

  /** The state of one run over one document. */
  private static final class Analysis {
    private final String text;
    private final List<Sentence> sentences;
    private final LineKind[] lineKinds;
    private final Set<String> lowerWords = new HashSet<>();
    private final Set<String> knownNonInitial = new HashSet<>();
    private final List<List<String>> fullNames = new ArrayList<>();
    private final Set<String> firstNames = new HashSet<>();
    private final List<Segment> segments = new ArrayList<>();
    private final List<Cand> cands = new ArrayList<>();

    // per sentence
    private List<Token> toks;
    private int n;
    private boolean[] nameish;
    private boolean[] initial;
    private boolean[] datelineTok;

    Analysis(Document doc) {
      this.text = doc.text();
      this.sentences = doc.sentences();
      this.lineKinds = new LineKind[doc.paragraphs().size()];
    }

    List<NameGroup> run() {
      for (Sentence s : sentences) {
        for (Token t : s.tokens()) {
          if (t.isWord() && Character.isLowerCase(t.text().codePointAt(0))) {
            lowerWords.add(t.lower());
          }
        }
      }
      classifyLines();
      for (Sentence s : sentences) {
        if (lineKinds[s.paragraph()] == LineKind.NORMAL) {
          load(s);
          buildSegments(s);
        }
      }
      collectStatistics();
      int current = -1;
      int firstOfSentence = 0;
      for (Segment g : segments) {
        if (g.sentence != current) {
          if (current >= 0) {
            linkSentence(firstOfSentence);
          }
          current = g.sentence;
          firstOfSentence = cands.size();
          load(sentences.get(current));
        }
        resolve(g);
      }
      if (current >= 0) {
        linkSentence(firstOfSentence);
      }
      titleCaseLines();
      cands.sort(Comparator.comparingInt(c -> c.start));
      return group();
    }

    // ---------------------------------------------------------------- lines

    private void classifyLines() {
      int[] letterWords = new int[lineKinds.length];
      int[] capitals = new int[lineKinds.length];
      int[] capWords = new int[lineKinds.length];
      int[] lowerNonSmall = new int[lineKinds.length];
      int[] commonCaps = new int[lineKinds.length];
      for (Sentence s : sentences) {
        int p = s.paragraph();
        boolean first = true;
        for (Token t : s.tokens()) {
          if (!t.isWord()) {
            continue;
          }
          int letters = letters(t.text());
          if (letters == 0) {
            continue;
          }
          if (letters >= 2) {
            letterWords[p]++;
            if (isAllCaps(t.text())) {
              capitals[p]++;
            }
          }
          int cp = t.text().codePointAt(0);
          if (Character.isUpperCase(cp)) {
            capWords[p]++;
            String bare = bareLower(t);
            if (!first && (lowerWords.contains(bare) || Lexicon.SMALL_WORDS.contains(bare))) {
              commonCaps[p]++;
            }
          } else if (Character.isLowerCase(cp) && !Lexicon.SMALL_WORDS.contains(t.lower())) {
            lowerNonSmall[p]++;
          }
          first = false;
        }
      }
      for (int p = 0; p < lineKinds.length; p++) {
        if (letterWords[p] >= 1 && capitals[p] * 10 >= letterWords[p] * 6) {
          lineKinds[p] = LineKind.CAPITALS;
        } else if (capWords[p] >= 5
            && lowerNonSmall[p] * 10 <= capWords[p] + lowerNonSmall[p]
            && commonCaps[p] >= 2) {
          lineKinds[p] = LineKind.TITLE_CASE;
        } else {
          lineKinds[p] = LineKind.NORMAL;
        }
      }
    }

    // ---------------------------------------------------------------- tokens

    private void load(Sentence s) {
      toks = s.tokens();
      n = toks.size();
      initial = new boolean[n];
      nameish = new boolean[n];
      datelineTok = new boolean[n];
      int label = s.firstInParagraph() ? leadingCapitals() : 0;
      boolean dateline = false;
      if (label > 0 && label < n) {
        String mark = toks.get(label).text();
        if (mark.equals(",") || mark.equals("(") || isDash(mark)) {
          dateline = true;
          for (int k = 0; k < label; k++) {
            datelineTok[k] = true;
          }
        }
      }
      boolean wordSeen = false;
      boolean datelineDash = false;
      for (int k = 0; k < n; k++) {
        // "KESSEL, March 3 (Wire) – Officials said": the dash after a dateline opens the sentence
        boolean afterDateline =
            dateline && !datelineDash && k > 0 && isDash(toks.get(k - 1).text());
        datelineDash |= afterDateline;
        initial[k] = !wordSeen || afterDateline || (k > 0 && opensClause(k - 1));
        if (toks.get(k).isWord()) {
          wordSeen = true;
        }
      }
      boolean[] shout = shouting();
      for (int k = 0; k < n; k++) {
        nameish[k] = datelineTok[k] || (k >= label && !shout[k] && isNameish(k));
      }
    }

    /** Number of leading capitals-only words when a ":" "," or dash follows them, else 0. */
    private int leadingCapitals() {
      int k = 0;
      while (k < n
          && toks.get(k).isWord()
          && letters(toks.get(k).text()) >= 2
          && isAllCaps(toks.get(k).text())
          && !Lexicon.CAPS_FUNCTION.contains(toks.get(k).lower())) {
        k++;
      }
      if (k == 0 || k >= n) {
        return 0;
      }
      String mark = toks.get(k).text();
      return mark.equals(":") || mark.equals(",") || mark.equals("(") || isDash(mark) ? k : 0;
    }

    /** Runs of two or more words in capitals that are no function words: shouting, no names. */
    private boolean[] shouting() {
      boolean[] shout = new boolean[n];
      int k = 0;
      while (k < n) {
        if (!isCapsWord(k)) {
          k++;
          continue;
        }
        int j = k;
        int content = 0;
        while (j < n && isCapsWord(j)) {
          if (!Lexicon.CAPS_FUNCTION.contains(toks.get(j).lower())) {
            content++;
          }
          j++;
        }
        if (content >= 2) {
          for (int m = k; m < j; m++) {
            shout[m] = true;
          }
        }
        k = j;
      }
      return shout;
    }

    private boolean isCapsWord(int k) {
      Token t = toks.get(k);
      return t.isWord() && letters(t.text()) >= 2 && isAllCaps(t.text());
    }

    private boolean isNameish(int k) {
      Token t = toks.get(k);
      String x = t.text();
      if (!t.isWord() || hasDigit(x)) {
        return false;
      }
      if (!Character.isUpperCase(x.codePointAt(0)) && !isParticleHyphen(x)) {
        return false;
      }
      if (isContraction(x)) {
        return false;
      }
      String bare = bareLower(t);
      if (letters(x) < 2) {
        return false;
      }
      if (isAllCaps(x)) {
        if (Lexicon.CAPS_FUNCTION.contains(t.lower())) {
          return false;
        }
        if (Lexicon.TITLE_HEADS.contains(bare)) {
          return true;
        }
        return letters(x) <= MAX_ACRONYM && !Lexicon.NOT_ACRONYMS.contains(bare);
      }
      if (Lexicon.WEEKDAYS.contains(bare) || Lexicon.MONTHS.contains(bare)) {
        return false;
      }
      if (Lexicon.MONTH_ABBREVIATIONS.contains(bare)
          && k + 1 < n
          && (toks.get(k + 1).text().equals(".") || startsWithDigit(toks.get(k + 1)))) {
        return false;
      }
      if (bare.equals("may")
          && ((k > 0 && Lexicon.MAY_BEFORE.contains(toks.get(k - 1).lower()))
              || (k + 1 < n && startsWithDigit(toks.get(k + 1))))) {
        return false;
      }
      return !(initial[k] && Lexicon.OPENERS.contains(bare));
    }

    /** "We’ve", "Don’t", "It’s": contractions, no names. */
    private static boolean isContraction(String x) {
      int apostrophe = Math.max(x.lastIndexOf('’'), x.lastIndexOf('\''));
      if (apostrophe <= 0) {
        return false;
      }
      String tail = x.substring(apostrophe + 1).toLowerCase(Locale.ROOT);
      String head = x.substring(0, apostrophe).toLowerCase(Locale.ROOT);
      return switch (tail) {
        case "ve", "re", "ll", "m", "d" -> true;
        case "t" -> head.endsWith("n");
        case "s" -> Lexicon.OPENERS.contains(head);
        default -> false;
      };
    }

    /** True when token k opens a quotation, a bracket or a clause after a colon. */
    private boolean opensClause(int k) {
      String x = toks.get(k).text();
      switch (x) {
        case ":", "“", "«", "(", "[", "|", "•" -> {
          return true;
        }
        case "‘", "\"", "'" -> {
          int at = toks.get(k).start();
          boolean spaceBefore = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
          boolean spaceAfter =
              at + 1 >= text.length() || Character.isWhitespace(text.charAt(at + 1));
          return spaceBefore && !spaceAfter;
        }
        default -> {
          return false;
        }
      }
    }

    // ---------------------------------------------------------------- runs and titles

    private void buildSegments(Sentence s) {
      int i = 0;
      if (datelineTok.length > 0 && datelineTok[0]) {
        int j = 0;
        while (j < n && datelineTok[j]) {
          j++;
        }
        Segment g = segment(s.index(), 0, j, toks.get(j - 1).end(), j, false);
        g.dateline = true;
        segments.add(g);
        i = j;
      }
      while (i < n) {
        if (!nameish[i] && !particleChainStart(i) && !isInitialLetter(i)) {
          i++;
          continue;
        }
        int from = i;
        int j = i;
        int lastEnd = -1;
        int after = -1;
        while (true) {
          int[] possessive = possessive(j);
          if (possessive != null) {
            lastEnd = possessive[0];
            after = possessive[1];
            break;
          }
          int next = j + 1;
          if (next + 1 < n
              && toks.get(next).text().equals(".")
              && toks.get(next).start() == toks.get(j).end()
              && (isSingleCapital(j) || Lexicon.ABBREVIATED_TITLES.contains(toks.get(j).lower()))
              && (nameish[next + 1] || isInitialLetter(next + 1))) {
            j = next + 1;
            continue;
          }
          if (next < n
              && (nameish[next] || isInitialLetter(next) || isRegnal(j, next))
              && !datelineTok[next]) {
            j = next;
            continue;
          }
          int k = next;
          while (k < n && isParticle(k)) {
            k++;
          }
          if (k > next && k < n && nameish[k]) {
            j = k;
            continue;
          }
          if (next + 1 < n && toks.get(next).lower().equals("of") && takesOf(j)) {
            int m = next + 1;
            if (m + 1 < n && toks.get(m).lower().equals("the")) {
              m++;
            }
            boolean title = Lexicon.TITLE_HEADS.contains(bareLower(toks.get(j)));
            if (nameish[m]
                && (title
                    ? Lexicon.PORTFOLIOS.contains(bareLower(toks.get(m)))
                    : Lexicon.OF_HEADS.contains(bareLower(toks.get(j))))) {
              j = m;
              continue;
            }
          }
          break;
        }
        boolean possessive = after >= 0;
        if (!possessive) {
          lastEnd = toks.get(j).end();
          after = j + 1;
        }
        splitTitles(s.index(), from, j + 1, lastEnd, after, possessive);
        i = after;
      }
    }

    /** "Alexander II": a roman numeral after a name goes with it. */
    private boolean isRegnal(int j, int next) {
      String x = toks.get(next).text();
      if (x.length() < 2 || x.length() > 4 || !nameish[j] || isAllCaps(toks.get(j).text())) {
        return false;
      }
      for (int i = 0; i < x.length(); i++) {
        char c = x.charAt(i);
        if (c != 'I' && c != 'V' && c != 'X') {
          return false;
        }
      }
      return possessive(j) == null;
    }

    private boolean takesOf(int j) {
      String w = bareLower(toks.get(j));
      return Lexicon.OF_HEADS.contains(w) || Lexicon.TITLE_HEADS.contains(w);
    }

    private boolean particleChainStart(int i) {
      Token t = toks.get(i);
      if (!t.isWord()
          || !Lexicon.LEADING_PARTICLES.contains(t.text())
          || (i > 0 && nameish[i - 1])) {
        return false;
      }
      int k = i;
      while (k < n && isParticle(k)) {
        k++;
      }
      return k < n && nameish[k];
    }

    private boolean isParticle(int k) {
      Token t = toks.get(k);
      return t.isWord() && Lexicon.PARTICLES.contains(t.text());
    }

    private boolean isSingleCapital(int k) {
      String x = toks.get(k).text();
      return x.length() == 1 && Character.isUpperCase(x.charAt(0));
    }

    /** "J." in "Donald J. Trump": a capital letter with its full stop, then a name. */
    private boolean isInitialLetter(int k) {
      return isSingleCapital(k)
          && k + 2 < n
          && toks.get(k + 1).text().equals(".")
          && toks.get(k + 1).start() == toks.get(k).end()
          && nameish[k + 2]
          && !initial[k];
    }

    /** {char end of the name, token index after the marks} for a possessive at j, or null. */
    private int[] possessive(int j) {
      Token t = toks.get(j);
      String x = t.text();
      if (x.length() > 2) {
        char a = x.charAt(x.length() - 2);
        char s = x.charAt(x.length() - 1);
        if ((a == '’' || a == '\'') && (s == 's' || s == 'S')) {
          return new int[] {t.end() - 2, j + 1};
        }
      }
      if (j + 1 < n && isApostrophe(toks.get(j + 1)) && toks.get(j + 1).start() == t.end()) {
        if (j + 2 < n
            && toks.get(j + 2).lower().equals("s")
            && toks.get(j + 2).start() == toks.get(j + 1).end()) {
          return new int[] {t.end(), j + 3};
        }
        if (x.endsWith("s") && (j + 2 >= n || toks.get(j + 2).start() > toks.get(j + 1).end())) {
          return new int[] {t.end(), j + 2};
        }
      }
      return null;
    }

    private static boolean isApostrophe(Token t) {
      String x = t.text();
      return x.equals("’") || x.equals("'") || x.equals("‘");
    }

    /** Cuts a run into the words before a title, the title, and the name after it. */
    private void splitTitles(
        int sentence, int from, int to, int lastEnd, int after, boolean possessive) {
      if (!endsWithSuffix(from, to)) {
        for (int k = from; k < to; k++) {
          int m = matchTitle(k, to);
          if (m < 0) {
            continue;
          }
          boolean honorific = Lexicon.HONORIFICS.contains(bareLower(toks.get(k)));
          if (k > from && honorific && (m == to || wordsIn(from, k) >= 2)) {
            break; // "Martin Luther King": a name that holds a title word
          }
          if (k > from) {
            Segment q = segment(sentence, from, k, toks.get(k - 1).end(), k, false);
            q.qualifier = true;
            q.initial = initial[from];
            segments.add(q);
          }
          if (m < to) {
            Segment g = segment(sentence, m, to, lastEnd, after, possessive);
            g.title = text.substring(toks.get(k).start(), toks.get(m - 1).end());
            g.contextStart = extendTitleBack(k);
            segments.add(g);
          }
          return;
        }
      }
      Segment g = segment(sentence, from, to, lastEnd, after, possessive);
      g.initial = initial[from];
      titleBefore(g);
      segments.add(g);
    }

    private boolean endsWithSuffix(int from, int to) {
      String last = bareLower(toks.get(to - 1));
      return wordsIn(from, to) >= 2
          && (Lexicon.ORG_SUFFIXES.contains(last) || Lexicon.PLACE_SUFFIXES.contains(last))
          && !Lexicon.TITLE_HEADS.contains(last);
    }

    /** Lower-case modifiers before an in-run title ("former President"): part of the context. */
    private int extendTitleBack(int k) {
      int b = k;
      while (b > 0
          && isLowerWord(b - 1)
          && Lexicon.TITLE_MODIFIERS.contains(toks.get(b - 1).lower())) {
        b--;
      }
      return b;
    }

    /**
     * The end (exclusive) of a title phrase starting at k and ending before limit: modifiers, one
     * or more title words, "of" and a portfolio ("Secretary of State"). -1 when there is none.
     */
    private int matchTitle(int k, int limit) {
      int i = k;
      int end = -1;
      while (i < limit) {
        Token t = toks.get(i);
        if (!t.isWord()) {
          break;
        }
        String w = bareLower(t);
        boolean head = isTitleWord(w);
        if (head && w.equals("general") && end < 0 && i == k && wordsIn(i + 1, limit) < 2) {
          head = false; // "General Motors"
        }
        if (head) {
          end = i + 1;
          if (i + 1 < limit
              && toks.get(i + 1).text().equals(".")
              && Lexicon.ABBREVIATED_TITLES.contains(w)) {
            end = i + 2;
            i += 2;
            continue;
          }
          if (possessive(i) != null) {
            break;
          }
          i++;
          continue;
        }
        if (Lexicon.TITLE_MODIFIERS.contains(w)) {
          i++;
          continue;
        }
        if (w.equals("and")
            && i > k
            && i + 1 < limit
            && (Lexicon.TITLE_MODIFIERS.contains(bareLower(toks.get(i + 1)))
                || Lexicon.TITLE_HEADS.contains(bareLower(toks.get(i + 1))))) {
          i++;
          continue;
        }
        if (w.equals("of") && end == i) {
          int m = i + 1;
          if (m < limit && toks.get(m).lower().equals("the")) {
            m++;
          }
          int p = m;
          while (p < limit && Lexicon.PORTFOLIOS.contains(bareLower(toks.get(p)))) {
            p++;
          }
          if (p > m) {
            end = p;
            i = p;
            continue;
          }
        }
        break;
      }
      return end;
    }

    /** A lower-case title ("Kremlin spokesperson", "secretary of state") right before the name. */
    private void titleBefore(Segment g) {
      int from = g.from;
      int lo = from;
      for (int b = from - 1; b >= 0 && from - b <= 6; b--) {
        if (!isLowerWord(b)) {
          break;
        }
        String w = toks.get(b).lower();
        if (Lexicon.TITLE_HEADS.contains(w)
            || Lexicon.TITLE_MODIFIERS.contains(w)
            || Lexicon.PORTFOLIOS.contains(w)
            || w.equals("of")
            || w.equals("and")) {
          lo = b;
        } else {
          break;
        }
      }
      for (int start = lo; start < from; start++) {
        if (matchTitle(start, from) == from) {
          g.title = text.substring(toks.get(start).start(), toks.get(from - 1).end());
          g.contextStart = start;
          g.initial = false;
          markQualifier(g.sentence, start);
          return;
        }
      }
      if (from > 0 && isLowerWord(from - 1)) {
        String w = toks.get(from - 1).lower();
        if (Lexicon.PERSON_NOUNS.contains(w)) {
          g.personNoun = true;
        }
      }
    }

    /** The name right before a title qualifies it ("Kremlin" in "Kremlin spokesperson"). */
    private void markQualifier(int sentence, int titleStart) {
      for (int i = segments.size() - 1; i >= 0; i--) {
        Segment q = segments.get(i);
        if (q.sentence != sentence) {
          return;
        }
        if (q.after == titleStart && !q.possessive) {
          q.qualifier = true;
          return;
        }
      }
    }

    private Segment segment(
        int sentence, int from, int to, int lastEnd, int after, boolean possessive) {
      Segment g = new Segment();
      g.sentence = sentence;
      g.from = from;
      g.to = to;
      g.lastEnd = lastEnd;
      g.after = after;
      g.possessive = possessive;
      g.contextStart = from;
      return g;
    }

    // ---------------------------------------------------------------- statistics

    private void collectStatistics() {
      for (Segment g : segments) {
        List<Token> tokens = sentences.get(g.sentence).tokens();
        List<String> words = new ArrayList<>();
        for (int k = g.from; k < g.to; k++) {
          Token t = tokens.get(k);
          if (!t.isWord()) {
            continue;
          }
          String word = k == g.to - 1 ? text.substring(t.start(), g.lastEnd) : t.text();
          words.add(word);
          if (k != g.from || !g.initial) {
            knownNonInitial.add(NameKey.foldWord(word));
          }
        }
        if (!g.initial && !g.qualifier && words.size() >= 2) {
          List<String> core = NameKey.core(String.join(" ", words));
          if (core.size() >= 2) {
            fullNames.add(core);
            firstNames.add(core.get(0));
          }
        }
      }
    }

    // ---------------------------------------------------------------- segments to mentions

    private void resolve(Segment g) {
      int a = g.from;
      int b = g.to;
      boolean hasThe = false;
      while (a < b && toks.get(a).lower().equals("the")) {
        a++;
        hasThe = true;
      }
      if (a >= b) {
        return;
      }
      boolean first = g.initial && a == g.from;
      int words = wordsIn(a, b);
      if (first && !g.dateline) {
        if (words >= 2) {
          if (stripInitial(a, b)) {
            a = nextWord(a + 1, b);
            if (a >= b) {
              return;
            }
            words = wordsIn(a, b);
          }
        } else if (isCompound(toks.get(a).text())) {
          for (String part : toks.get(a).text().split("[-‑]")) {
            if (!acceptInitialWord(part) && !Lexicon.isDemonym(part)) {
              return;
            }
          }
        } else if (!acceptInitialSingle(a)) {
          return;
        }
      }
      // "US State Department": the country before an organisation is a name of its own.
      if (words >= 2 && isShortAcronym(a) && !isAcronym(nextWord(a + 1, b))) {
        piece(g, a, a + 1, hasThe);
        a = nextWord(a + 1, b);
        hasThe = false;
        words--;
      }
      // "European Commission Ursula von der Leyen": an organisation, then a person.
      for (int k = a; k < b - 1 && words >= 3; k++) {
        if (toks.get(k).isWord()
            && Lexicon.ORG_SUFFIXES.contains(bareLower(toks.get(k)))
            && !toks.get(k + 1).lower().equals("of")
            && wordsIn(k + 1, b) >= 2
            && !hasSuffix(k + 1, b)) {
          piece(g, a, k + 1, hasThe);
          a = k + 1;
          hasThe = false;
          break;
        }
      }
      piece(g, a, b, hasThe);
    }

    /** Drops demonyms ("Russian officials") and splits "Trump-Putin talks", then emits. */
    private void piece(Segment g, int a, int b, boolean hasThe) {
      int words = wordsIn(a, b);
      if (words == 1 && g.title == null && !g.dateline) {
        String w = bareLower(toks.get(a));
        if (Lexicon.isDemonym(w) && !keepDemonym(a, g)) {
          return;
        }
        if (isTitleWord(w) || Lexicon.NOT_ACRONYMS.contains(w)) {
          return;
        }
      } else if (words >= 2
          && Lexicon.isDemonym(bareLower(toks.get(a)))
          && isAcronym(nextWord(a + 1, b))) {
        // "Ukrainian SAS": the adjective describes the name after it ("Georgian Dream" stays)
        a = nextWord(a + 1, b);
        hasThe = false;
        if (wordsIn(a, b) == 1 && Lexicon.isDemonym(bareLower(toks.get(a)))) {
          return;
        }
      }
      if (wordsIn(a, b) == 1 && splitsHyphenated(g, a, b)) {
        return;
      }
      emit(g, a, b, hasThe);
    }

    private boolean stripInitial(int a, int b) {
      if (isAllCaps(toks.get(a).text())) {
        return false;
      }
      String w0 = bareLower(toks.get(a));
      if (Lexicon.OPENERS.contains(w0) || (w0.endsWith("ly") && w0.length() > 4)) {
        return true;
      }
      if (Lexicon.isDemonym(w0)) {
        return false;
      }
      String f0 = NameKey.foldWord(bare(toks.get(a)));
      if (knownNonInitial.contains(f0)) {
        return false;
      }
      if (lowerWords.contains(w0)) {
        return true;
      }
      List<String> rest = NameKey.core(range(nextWord(a + 1, b), b));
      if (rest.isEmpty()) {
        return false;
      }
      if (firstNames.contains(rest.get(0))) {
        return true; // "Read Ed": the rest starts with a first name already
      }
      for (List<String> full : fullNames) {
        int size = full.size();
        if (size >= rest.size()
            && endsWith(full, rest)
            && (size == rest.size() || !NameKey.tokenMatch(full.get(size - rest.size() - 1), f0))) {
          return true; // "Brave Zelensky" beside "Volodymyr Zelensky"
        }
      }
      return false;
    }

    private boolean acceptInitialSingle(int a) {
      return acceptInitialWord(bare(toks.get(a)));
    }

    /** A sentence-initial word is a name when it is an acronym or the text confirms it. */
    private boolean acceptInitialWord(String word) {
      if (word.isEmpty()) {
        return false;
      }
      if (isAllCaps(word)) {
        return true;
      }
      String f = NameKey.foldWord(word);
      if (GAZETTEER.contains(f) || knownNonInitial.contains(f)) {
        return true;
      }
      for (List<String> full : fullNames) {
        if (NameKey.tokenMatch(full.get(full.size() - 1), f)) {
          return true;
        }
      }
      return false;
    }

    /** "in Saudi and ...": a demonym used as a place after a preposition stays. */
    private boolean keepDemonym(int a, Segment g) {
      if (g.possessive) {
        return false;
      }
      if (speechAfter(g.after)) {
        return true;
      }
      if (a == 0 || !Lexicon.LOCATIVE.contains(toks.get(a - 1).lower())) {
        return false;
      }
      int k = g.after;
      if (k >= n || !isLowerWord(k)) {
        return true;
      }
      String next = toks.get(k).lower();
      return next.equals("and") || next.equals("or") || next.equals("but");
    }

    /** "Trump-Putin meeting", "US-Russia relations": each part is a name of its own. */
    private boolean splitsHyphenated(Segment g, int a, int b) {
      Token t = toks.get(a);
      String x = t.text();
      if (x.indexOf('-') < 0 && x.indexOf('‑') < 0) {
        return false;
      }
      int next = b == g.to ? g.after : b;
      boolean modifier =
          (b == g.to && g.possessive) || (next < n && isLowerWord(next) && !speechAfter(next));
      if (!modifier) {
        return false;
      }
      String[] parts = x.split("[-‑]");
      if (parts.length < 2 || Lexicon.HYPHEN_PREFIXES.contains(parts[0].toLowerCase(Locale.ROOT))) {
        return false;
      }
      for (String part : parts) {
        if (part.isEmpty() || !Character.isUpperCase(part.codePointAt(0))) {
          return false;
        }
      }
      int at = t.start();
      for (int p = 0; p < parts.length; p++) {
        String part = parts[p];
        int end = at + part.length();
        if (p == parts.length - 1 && b == g.to && g.possessive) {
          end = Math.min(end, g.lastEnd);
        }
        String word = text.substring(at, end);
        if (letters(word) >= 2 && !Lexicon.isDemonym(word)) {
          Cand c = newCand(g, a, b, at, end, false);
          c.words.add(word);
          finish(c);
        }
        at += part.length() + 1;
      }
      return true;
    }

    private void emit(Segment g, int a, int b, boolean hasThe) {
      if (a >= b || wordsIn(a, b) == 0) {
        return;
      }
      int end = b == g.to ? g.lastEnd : toks.get(b - 1).end();
      Cand c = newCand(g, a, b, toks.get(a).start(), end, hasThe);
      for (int k = a; k < b; k++) {
        Token t = toks.get(k);
        if (t.isWord()) {
          c.words.add(k == b - 1 ? text.substring(t.start(), end) : t.text());
        }
      }
      if (c.words.size() == 1 && letters(c.words.get(0)) < 2) {
        return;
      }
      finish(c);
    }

    private Cand newCand(Segment g, int a, int b, int start, int end, boolean hasThe) {
      Cand c = new Cand();
      c.sentence = g.sentence;
      c.firstTok = a;
      boolean last = b == g.to;
      c.afterTok = last ? g.after : b;
      c.possessive = last && g.possessive;
      c.contextStart = a == g.from ? g.contextStart : a;
      c.start = start;
      c.end = end;
      c.text = text.substring(start, end);
      c.title = a == g.from ? g.title : null;
      c.qualifier = g.qualifier && last;
      c.personNoun = g.personNoun && a == g.from;
      c.dateline = g.dateline;
      c.hasThe = hasThe;
      return c;
    }

    private void finish(Cand c) {
      c.core = NameKey.core(String.join(" ", c.words));
      if (c.core.isEmpty()) {
        return;
      }
      intrinsicVotes(c);
      if (!c.titleLine) {
        contextVotes(c);
      }
      cands.add(c);
    }

    // ---------------------------------------------------------------- votes

    private void intrinsicVotes(Cand c) {
      List<String> words = c.words;
      int size = words.size();
      String last = words.get(size - 1).toLowerCase(Locale.ROOT);
      String folded = String.join(" ", NameKey.tokens(String.join(" ", words)));
      // "Ministry of Health": the word before "of" is the head of the name.
      int of = words.indexOf("of");
      String head = of > 0 ? words.get(of - 1).toLowerCase(Locale.ROOT) : last;
      boolean suffix = false;
      if (Lexicon.ORG_SUFFIXES.contains(last) || Lexicon.ORG_SUFFIXES.contains(head)) {
        c.votes[ORG] += size == 1 ? 2 : 3;
        suffix = true;
      } else if (size > 1
          && (Lexicon.PLACE_SUFFIXES.contains(last) || Lexicon.PLACE_SUFFIXES.contains(head))) {
        c.votes[PLACE] += 3;
        suffix = true;
      }
      suffix |= of > 0;
      boolean event = false;
      for (String word : words) {
        if (Lexicon.EVENT_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
          event = true;
        }
      }
      if (event) {
        c.votes[OTHER] += 3;
      }
      boolean gazetteer = GAZETTEER_MULTI.contains(folded) || GAZETTEER.contains(folded);
      if (gazetteer) {
        c.votes[PLACE] += 3;
      }
      if (size == 2 && Lexicon.COMPASS.contains(words.get(0).toLowerCase(Locale.ROOT))) {
        c.votes[PLACE] += 4;
        suffix = true;
      }
      if (size > 1 && !suffix && !event && !gazetteer) {
        boolean particle = false;
        boolean common = false;
        boolean capitals = true;
        for (int i = 0; i < size; i++) {
          String word = words.get(i);
          String lower = word.toLowerCase(Locale.ROOT);
          if (i > 0 && (Lexicon.PARTICLES.contains(word) || isParticleHyphen(word))) {
            particle = true;
          }
          if (Character.isUpperCase(word.codePointAt(0)) && lowerWords.contains(lower)) {
            common = true;
          }
          capitals &= isAllCaps(word);
        }
        if (particle) {
          c.votes[PERSON] += 1;
        }
        if (!common && !capitals) {
          c.votes[PERSON] += 0.5;
          c.looksPersonal = true;
        }
      }
    }

    private void contextVotes(Cand c) {
      if (c.title != null) {
        c.votes[PERSON] += 3;
      }
      if (c.personNoun) {
        c.votes[PERSON] += 2;
      }
      if (c.dateline) {
        c.votes[PLACE] += 3;
      }
      boolean single = c.words.size() == 1;
      if (c.qualifier && !isGazetteer(c)) {
        c.votes[ORG] += 1;
      }
      int before = c.contextStart - 1;
      if (c.title == null && before >= 0 && toks.get(before).lower().equals("the")) {
        c.hasThe = true;
      }
      int prep = c.hasThe && c.contextStart == c.firstTok ? before - 1 : before;
      if (c.title == null && prep >= 0 && toks.get(prep).isWord() && !c.possessive) {
        String w = toks.get(prep).lower();
        String w2 = prep > 0 ? toks.get(prep - 1).lower() : "";
        if (Lexicon.LOCATIVE.contains(w)
            && !(w.equals("to") && Lexicon.TO_LISTENER.contains(w2))
            && !(w.equals("from") && Lexicon.FROM_SPEAKER.contains(w2))
            && !(w.equals("in") && Lexicon.IN_NOT_PLACE.contains(w2))) {
          c.votes[PLACE] += 1;
          c.leftPlace = true;
        }
      }
      if (c.title == null && before >= 0 && isLowerWord(before) && !c.hasThe) {
        String w = toks.get(before).lower();
        if (Lexicon.ORG_NOUNS_BEFORE.contains(w)) {
          c.votes[ORG] += 2;
          c.leftOrg = true;
        } else if (Lexicon.PLACE_NOUNS_BEFORE.contains(w)) {
          c.votes[PLACE] += 2;
        } else if ((w.equals("said") || w.equals("says") || w.equals("added"))
            && before > 0
            && (toks.get(before - 1).text().equals(",") || isClosingQuote(before - 1))) {
          c.speech = true; // "…,” said Trump
        }
      }
      if (c.hasThe && single && isAllCaps(c.words.get(0))) {
        c.votes[ORG] += 1;
      }
      if (before == firstWordIndex()
          && before >= 0
          && toks.get(before).lower().equals("by")
          && sentences.get(c.sentence).firstInParagraph()) {
        c.votes[PERSON] += 2; // byline
      }
      if (c.possessive) {
        return;
      }
      int k = c.afterTok;
      if (k < n && isLowerWord(k)) {
        if (!nounAfter(c, k) && k + 1 < n && isLowerWord(k + 1)) {
          nounAfter(c, k + 1);
        }
      }
      if (speechAfter(k)) {
        if (c.hasThe) {
          c.votes[ORG] += 1;
        } else {
          c.speech = true;
        }
      }
      // "In Beijing, ..." opens the sentence: the comma ends the phrase, no appositive follows
      boolean introduction = c.leftPlace && prep == firstWordIndex();
      if (k + 1 < n && toks.get(k).text().equals(",") && !introduction) {
        if (toks.get(k + 1).lower().equals("who")) {
          c.votes[PERSON] += 1;
        } else {
          appositive(c, k + 1);
        }
      }
    }

    private boolean nounAfter(Cand c, int k) {
      String w = toks.get(k).lower();
      if (Lexicon.PLACE_NOUNS_AFTER.contains(w)) {
        c.votes[PLACE] += 2;
        return true;
      }
      if (Lexicon.ORG_NOUNS_AFTER.contains(w)) {
        c.votes[ORG] += 2;
        return true;
      }
      return false;
    }

    private boolean speechAfter(int k) {
      int m = k;
      int gap = 0;
      while (m < n
          && gap < 4
          && (toks.get(m).text().equals(",") || Lexicon.SPEECH_GAP.contains(toks.get(m).lower()))) {
        m++;
        gap++;
      }
      return m < n && isLowerWord(m) && Lexicon.SPEECH_VERBS.contains(toks.get(m).lower());
    }

    /** "X, the Russian capital", "X, Trump’s envoy", "X, deputy chairman of ...". */
    private void appositive(Cand c, int k) {
      int arbitrary = 0;
      boolean determiner = false;
      for (int i = k; i < n && i < k + 8; i++) {
        Token t = toks.get(i);
        if (!t.isWord()) {
          if (isApostrophe(t) || (t.text().equals("s") && i > k)) {
            continue;
          }
          return;
        }
        String w = bareLower(t);
        boolean lower = Character.isLowerCase(t.text().codePointAt(0));
        if (w.length() < t.text().length()) {
          determiner = true;
          continue; // a possessive ("the country’s") is no head noun
        }
        if (lower && determiner && Lexicon.PLACE_APPOSITIVES.contains(w)) {
          c.votes[PLACE] += 2;
          return;
        }
        if (Lexicon.TITLE_HEADS.contains(w) || Lexicon.PERSON_NOUNS.contains(w)) {
          c.votes[PERSON] += 2;
          return;
        }
        if (lower && determiner && Lexicon.ORG_NOUNS_AFTER.contains(w)) {
          c.votes[ORG] += 2;
          return;
        }
        determiner |= Lexicon.DETERMINERS.contains(w);
        if (Lexicon.DETERMINERS.contains(w)
            || Lexicon.TITLE_MODIFIERS.contains(w)
            || Character.isUpperCase(t.text().codePointAt(0))) {
          continue;
        }
        if (lower && ++arbitrary <= 2) {
          continue;
        }
        return;
      }
    }

    /** Pairs and lists inside one sentence: "Riyadh, Saudi Arabia"; "in Lviv and Kyiv". */
    private void linkSentence(int from) {
      int to = cands.size();
      for (int i = from; i + 1 < to; i++) {
        Cand a = cands.get(i);
        Cand b = cands.get(i + 1);
        if (a.sentence != b.sentence
            || a.possessive
            || a.title != null
            || b.title != null
            || a.afterTok >= n
            || !toks.get(a.afterTok).text().equals(",")
            || b.contextStart != a.afterTok + 1) {
          continue;
        }
        if ((isGazetteer(b) || a.leftPlace) && endsPlacePair(b)) {
          a.votes[PLACE] += 2;
          b.votes[PLACE] += 2;
        }
      }
      for (int i = from; i < to; i++) {
        Cand a = cands.get(i);
        if (!a.leftPlace && !a.leftOrg) {
          continue;
        }
        List<Cand> chain = new ArrayList<>();
        boolean closed = false;
        Cand prev = a;
        for (int j = i + 1; j < to && !closed; j++) {
          Cand b = cands.get(j);
          if (prev.possessive || b.title != null) {
            break;
          }
          boolean comma = false;
          boolean conj = false;
          boolean ok = true;
          for (int k = prev.afterTok; k < b.contextStart; k++) {
            String x = toks.get(k).lower();
            if (x.equals(",")) {
              comma = true;
            } else if (x.equals("and") || x.equals("or")) {
              conj = true;
            } else {
              ok = false;
            }
          }
          if (!ok || (!comma && !conj)) {
            break;
          }
          chain.add(b);
          closed = conj;
          prev = b;
        }
        if (!closed) {
          continue;
        }
        for (Cand b : chain) {
          if (b.afterTok < n && Lexicon.LOCATIVE.contains(toks.get(b.afterTok).lower())) {
            continue; // "in Paris and George Parker in London"
          }
          if (a.leftPlace && !b.leftPlace) {
            b.votes[PLACE] += 1;
          }
          if (a.leftOrg && !b.leftOrg) {
            b.votes[ORG] += 2;
          }
        }
      }
    }

    private boolean endsPlacePair(Cand b) {
      int k = b.afterTok;
      if (b.possessive || k >= n) {
        return !b.possessive;
      }
      Token t = toks.get(k);
      if (speechAfter(k)) {
        return false;
      }
      if (!t.isWord() || startsWithDigit(t)) {
        return true;
      }
      String w = bareLower(t);
      if (Lexicon.WEEKDAYS.contains(w) || Lexicon.MONTHS.contains(w)) {
        return true;
      }
      return isLowerWord(k) && !Lexicon.LOCATIVE.contains(w);
    }

    private boolean isGazetteer(Cand c) {
      String folded = String.join(" ", NameKey.tokens(String.join(" ", c.words)));
      return GAZETTEER.contains(folded) || GAZETTEER_MULTI.contains(folded);
    }

    // ---------------------------------------------------------------- title-case lines

    /** In a headline set in title case only names the rest of the text confirms count. */
    private void titleCaseLines() {
      Set<String> known = new HashSet<>();
      for (Cand c : cands) {
        known.add(String.join(" ", c.core));
        if (c.core.size() >= 2 && c.looksPersonal) {
          known.add(c.core.get(c.core.size() - 1));
        }
      }
      for (Sentence s : sentences) {
        if (lineKinds[s.paragraph()] != LineKind.TITLE_CASE) {
          continue;
        }
        List<Token> tokens = s.tokens();
        List<int[]> units = new ArrayList<>(); // {start, end, token}
        for (int k = 0; k < tokens.size(); k++) {
          Token t = tokens.get(k);
          if (!t.isWord()
              || hasDigit(t.text())
              || !Character.isUpperCase(t.text().codePointAt(0))) {
            units.add(null);
            continue;
          }
          int end = possessiveEnd(t);
          int at = t.start();
          for (String part : text.substring(t.start(), end).split("[-‑]")) {
            if (!part.isEmpty()) {
              units.add(new int[] {at, at + part.length(), k});
            }
            at += part.length() + 1;
          }
          if (end < t.end()) {
            units.add(null);
          }
        }
        units.add(null);
        int i = 0;
        while (i < units.size()) {
          if (units.get(i) == null) {
            i++;
            continue;
          }
          int best = -1;
          for (int j = i; j < units.size() && units.get(j) != null && j - i < 6; j++) {
            String name = text.substring(units.get(i)[0], units.get(j)[1]);
            if (known.contains(String.join(" ", NameKey.core(name)))) {
              best = j;
            }
          }
          if (best < 0) {
            i++;
            continue;
          }
          Cand c = new Cand();
          c.sentence = s.index();
          c.start = units.get(i)[0];
          c.end = units.get(best)[1];
          c.text = text.substring(c.start, c.end);
          c.titleLine = true;
          c.firstTok = units.get(i)[2];
          for (String w : c.text.split("[\\s\\-‑]+")) {
            if (!w.isEmpty()) {
              c.words.add(w);
            }
          }
          finish(c);
          i = best + 1;
        }
      }
    }

    private int possessiveEnd(Token t) {
      String x = t.text();
      if (x.length() > 2) {
        char a = x.charAt(x.length() - 2);
        char s = x.charAt(x.length() - 1);
        if ((a == '’' || a == '\'') && (s == 's' || s == 'S')) {
          return t.end() - 2;
        }
      }
      return t.end();
    }

    // ---------------------------------------------------------------- grouping

    private List<NameGroup> group() {
      List<Group> groups = new ArrayList<>();
      Map<String, Integer> byKey = new HashMap<>();
      for (Cand c : cands) {
        String key = String.join(" ", c.core);
        Integer index = byKey.get(key);
        if (index == null) {
          index = groups.size();
          byKey.put(key, index);
          Group g = new Group(index);
          g.core = c.core;
          g.joined = joined(c.words);
          groups.add(g);
        }
        groups.get(index).mentions.add(c);
      }
      // Shorter full names join the one longer full name they fit ("Tayyip Erdogan").
      List<Group> multi = new ArrayList<>();
      for (Group g : groups) {
        if (g.core.size() >= 2) {
          multi.add(g);
        }
      }
      multi.sort(Comparator.comparingInt(g -> g.core.size()));
      for (Group a : multi) {
        Set<Integer> targets = new HashSet<>();
        for (Group b : multi) {
          if (b != a
              && b.core.size() >= a.core.size()
              && NameKey.sameCore(a.core, b.core, a.joined, b.joined)) {
            targets.add(root(groups, b.parent));
          }
        }
        targets.remove(root(groups, a.parent));
        if (targets.size() == 1) {
          union(groups, a.parent, targets.iterator().next());
        }
      }
      // A surname alone joins the one full name that ends in it.
      for (Group s : groups) {
        if (s.core.size() != 1) {
          continue;
        }
        String token = s.core.get(0);
        Set<Integer> targets = new HashSet<>();
        if (!GAZETTEER.contains(token)) {
          for (Group m : multi) {
            String last = m.core.get(m.core.size() - 1);
            if (!m.joined && !NameKey.isSuffix(last)) {
              if (NameKey.tokenMatch(token, last)) {
                targets.add(root(groups, m.parent));
              }
            }
          }
        }
        if (targets.isEmpty() && firstNameUse(s)) {
          for (Group m : multi) {
            if (NameKey.tokenMatch(token, m.core.get(0))) {
              targets.add(root(groups, m.parent));
            }
          }
        }
        if (targets.isEmpty() && !GAZETTEER.contains(token)) {
          // "Lula" / "Luiz Inácio Lula da Silva", "Tayyip" / "Recep Tayyip Erdoğan"
          for (Group m : multi) {
            for (int i = 1; i < m.core.size() - 1; i++) {
              if (!m.joined
                  && !NameKey.isSuffix(m.core.get(m.core.size() - 1))
                  && NameKey.tokenMatch(token, m.core.get(i))) {
                targets.add(root(groups, m.parent));
              }
            }
          }
        }
        if (targets.isEmpty()) {
          for (Group o : groups) {
            if (o != s && o.core.size() == 1 && NameKey.tokenMatch(token, o.core.get(0))) {
              targets.add(root(groups, o.parent));
            }
          }
          targets.remove(root(groups, s.parent));
          if (targets.size() > 1) {
            targets.clear();
          }
        }
        if (targets.size() == 1) {
          union(groups, s.parent, targets.iterator().next());
        }
      }
      // An acronym joins the one name it abbreviates ("EU" / "European Union").
      for (Group s : groups) {
        if (s.core.size() != 1) {
          continue;
        }
        String acronym = s.mentions.get(0).text;
        if (!isAllCaps(acronym)) {
          continue;
        }
        Set<Integer> targets = new HashSet<>();
        for (Group m : multi) {
          if (NameKey.isAcronymOf(acronym, m.mentions.get(0).text)) {
            targets.add(root(groups, m.parent));
          }
        }
        if (targets.size() == 1) {
          union(groups, s.parent, targets.iterator().next());
        }
      }
      Map<Integer, List<Cand>> merged = new LinkedHashMap<>();
      for (Cand c : cands) {
        int root = root(groups, byKey.get(String.join(" ", c.core)));
        merged.computeIfAbsent(root, r -> new ArrayList<>()).add(c);
      }
      List<NameGroup> result = new ArrayList<>(merged.size());
      for (List<Cand> mentions : merged.values()) {
        result.add(build(mentions));
      }
      return result;
    }

    private static boolean firstNameUse(Group s) {
      for (Cand c : s.mentions) {
        if (c.title != null
            && FIRST_NAME_HONORIFICS.contains(c.title.toLowerCase(Locale.ROOT).trim())) {
          return true;
        }
      }
      return false;
    }

    private static boolean joined(List<String> words) {
      for (int i = 1; i < words.size(); i++) {
        String w = words.get(i);
        if (w.equals("of") || w.equals("for")) {
          return true;
        }
      }
      return false;
    }

    private static int root(List<Group> groups, int i) {
      while (groups.get(i).parent != i) {
        groups.get(i).parent = groups.get(groups.get(i).parent).parent;
        i = groups.get(i).parent;
      }
      return i;
    }

    private static void union(List<Group> groups, int a, int b) {
      int ra = root(groups, a);
      int rb = root(groups, b);
      if (ra != rb) {
        // keep the earlier group as root so that order by first mention is stable
        if (ra < rb) {
          groups.get(rb).parent = ra;
        } else {
          groups.get(ra).parent = rb;
        }
      }
    }

    private NameGroup build(List<Cand> mentions) {
      double[] votes = new double[4];
      boolean personal = false;
      int speech = 0;
      for (Cand c : mentions) {
        for (int t = 0; t < 4; t++) {
          votes[t] += c.votes[t];
        }
        personal |= c.title != null || c.personNoun || c.looksPersonal;
        if (c.speech) {
          speech++;
        }
      }
      personal |= votes[PERSON] >= 1;
      if (personal) {
        votes[PERSON] += speech;
      }
      int best = OTHER;
      double max = 0;
      for (int t = 0; t < 4; t++) {
        if (votes[t] > max) {
          max = votes[t];
          best = t;
        }
      }
      Map<String, Integer> counts = new LinkedHashMap<>();
      Set<String> datelines = new HashSet<>();
      List<NameMention> out = new ArrayList<>(mentions.size());
      for (Cand c : mentions) {
        String form = normalise(c.text);
        counts.merge(form, 1, Integer::sum);
        if (c.dateline) {
          datelines.add(form);
        }
        out.add(new NameMention(new Span(c.start, c.end), c.text, c.title));
      }
      String canonical = null;
      int top = 0;
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        if (e.getKey().indexOf(' ') > 0 && e.getValue() > top) {
          canonical = e.getKey();
          top = e.getValue();
        }
      }
      if (canonical == null) {
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
          if (!datelines.contains(e.getKey()) && e.getValue() > top) {
            canonical = e.getKey();
            top = e.getValue();
          }
        }
      }
      if (canonical == null) {
        canonical = counts.keySet().iterator().next();
      }
      return new NameGroup(canonical, TYPES[best], new ArrayList<>(counts.keySet()), out);
    }

    // ---------------------------------------------------------------- helpers

    /** A title word, or its plural ("Presidents"). */
    private static boolean isTitleWord(String w) {
      return Lexicon.TITLE_HEADS.contains(w)
          || (w.length() > 3
              && w.endsWith("s")
              && Lexicon.TITLE_HEADS.contains(w.substring(0, w.length() - 1)));
    }

    private int firstWordIndex() {
      for (int k = 0; k < n; k++) {
        if (toks.get(k).isWord()) {
          return k;
        }
      }
      return -1;
    }

    private boolean isLowerWord(int k) {
      Token t = toks.get(k);
      return t.isWord() && Character.isLowerCase(t.text().codePointAt(0));
    }

    private boolean isClosingQuote(int k) {
      String x = toks.get(k).text();
      return x.equals("”") || x.equals("’") || x.equals("\"") || x.equals("'");
    }

    private int wordsIn(int a, int b) {
      int words = 0;
      for (int k = a; k < b && k < n; k++) {
        if (toks.get(k).isWord()) {
          words++;
        }
      }
      return words;
    }

    private int nextWord(int k, int b) {
      while (k < b && !toks.get(k).isWord()) {
        k++;
      }
      return k;
    }

    private boolean hasSuffix(int a, int b) {
      for (int k = a; k < b; k++) {
        String w = bareLower(toks.get(k));
        if (Lexicon.ORG_SUFFIXES.contains(w) || Lexicon.PLACE_SUFFIXES.contains(w)) {
          return true;
        }
      }
      return false;
    }

    private boolean isAcronym(int k) {
      return k < n && isAllCaps(toks.get(k).text());
    }

    private boolean isShortAcronym(int k) {
      String x = toks.get(k).text();
      return isAllCaps(x) && (letters(x) <= 2 || x.indexOf('.') > 0);
    }

    private String range(int a, int b) {
      StringBuilder out = new StringBuilder();
      for (int k = a; k < b; k++) {
        Token t = toks.get(k);
        if (t.isWord()) {
          if (out.length() > 0) {
            out.append(' ');
          }
          out.append(bare(t));
        }
      }
      return out.toString();
    }

    private static boolean endsWith(List<String> full, List<String> tail) {
      int offset = full.size() - tail.size();
      for (int i = 0; i < tail.size(); i++) {
        if (!NameKey.tokenMatch(full.get(offset + i), tail.get(i))) {
          return false;
        }
      }
      return true;
    }
  }

  // ------------------------------------------------------------------ static helpers

  private static String bare(Token t) {
    String x = t.text();
    if (x.length() > 2) {
      char a = x.charAt(x.length() - 2);
      char s = x.charAt(x.length() - 1);
      if ((a == '’' || a == '\'') && (s == 's' || s == 'S')) {
        return x.substring(0, x.length() - 2);
      }
    }
    return x;
  }

  private static String bareLower(Token t) {
    return bare(t).toLowerCase(Locale.ROOT);
  }

  private static String normalise(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
      } else {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int letters(String x) {
    int letters = 0;
    for (int i = 0; i < x.length(); i++) {
      if (Character.isLetter(x.charAt(i))) {
        letters++;
      }
    }
    return letters;
  }

  private static boolean isAllCaps(String x) {
    int letters = 0;
    for (int i = 0; i < x.length(); i++) {
      char c = x.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  private static boolean hasDigit(String x) {
    for (int i = 0; i < x.length(); i++) {
      if (Character.isDigit(x.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithDigit(Token t) {
    return Character.isDigit(t.text().charAt(0));
  }

  private static boolean isDash(String x) {
    return x.equals("–") || x.equals("—") || x.equals("-");
  }

  /** "Lind-Varga", "US-Russia": capitalised parts joined by hyphens. */
  private static boolean isCompound(String x) {
    String[] parts = x.split("[-‑]");
    if (parts.length < 2) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || !Character.isUpperCase(part.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** "al-Assad", "el-Sisi": a lower-case particle joined to a capitalised name. */
  private static boolean isParticleHyphen(String x) {
    int dash = x.indexOf('-');
    return dash > 0
        && dash + 1 < x.length()
        && Lexicon.PARTICLES.contains(x.substring(0, dash))
        && Character.isUpperCase(x.charAt(dash + 1));
  }
}

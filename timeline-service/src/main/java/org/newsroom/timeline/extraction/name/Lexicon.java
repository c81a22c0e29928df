package org.newsroom.timeline.extraction.name;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Closed lists of general English news language the name finder reads its cues from: titles,
 * function words, name particles, organisation and place suffixes, speech verbs, demonyms and a
 * short list of countries and continents. No list names a person, an outlet or a phrase from one
 * article. All entries are lower case.
 */
final class Lexicon {

  private Lexicon() {}

  private static Set<String> words(String list) {
    return Set.copyOf(Arrays.asList(list.trim().toLowerCase(Locale.ROOT).split("\\s+")));
  }

  /** Titles that stand before a name ("President", "Foreign Minister", "spokesperson"). */
  static final Set<String> TITLE_HEADS =
      words(
          """
          president vice-president president-elect premier chancellor minister secretary
          secretary-general envoy ambassador spokesperson spokesman spokeswoman adviser advisor
          aide chief director governor mayor senator congressman congresswoman representative
          rep sen gov commander admiral colonel col gen lieutenant lt captain capt sergeant sgt
          king queen prince princess sheikh sheikha emir sultan tsar czar pope cardinal
          archbishop bishop rabbi imam ayatollah sir dame lord lady mr mrs ms dr prof professor
          judge chairman chairwoman chairperson chair ceo executive leader correspondent editor
          presenter reporter columnist negotiator commissioner mp pm speaker marshal inspector
          superintendent councillor lawmaker general justice ombudsman
          """);

  /** Honorifics: titles that stay with a name and may stand before a first name alone. */
  static final Set<String> HONORIFICS =
      words(
          """
          sir dame lord lady prince princess king queen sheikh sheikha emir sultan tsar czar
          pope mr mrs ms dr prof cardinal archbishop bishop rabbi imam ayatollah
          """);

  /** Titles written as abbreviations, which may carry a full stop ("Mr.", "Gen."). */
  static final Set<String> ABBREVIATED_TITLES =
      words("mr mrs ms dr prof gen col lt capt sgt sen rep gov st");

  /** Words that qualify a title ("Foreign", "Prime", "national security", "deputy"). */
  static final Set<String> TITLE_MODIFIERS =
      words(
          """
          prime foreign defence defense finance deputy vice interior home justice health trade
          energy national security chief senior special first former acting attorney press
          policy economy economic economics education environment culture transport treasury
          state presidential executive managing general supreme crown grand opposition
          assistant associate principal permanent military political diplomatic top lead
          communications intelligence data then outgoing incoming interim caretaker regional
          international foreign-policy majority minority
          """);

  /** Words a title takes after "of" ("Secretary of State", "Chief of Staff"). */
  static final Set<String> PORTFOLIOS =
      words(
          """
          state defence defense foreign affairs finance health justice treasury exchequer
          interior commerce energy education agriculture labor labour transportation transport
          homeland security veterans housing trade industry culture war staff police
          """);

  /** Capitalised words a name goes on after with "of" ("Bank of England", "Gulf of Mexico"). */
  static final Set<String> OF_HEADS =
      words(
          """
          department ministry bank university institute republic kingdom house court council
          church college school museum office board bureau academy commonwealth federation
          league union organisation organization association society chamber gulf bay isle sea
          strait straits cape port city province state emirate principality duchy
          """);

  /** Words before a first part of a hyphenated place that keep it whole ("Saint-Denis"). */
  static final Set<String> HYPHEN_PREFIXES =
      words("saint st sainte san santa port fort el al abu abd abdel ben bin");

  /** Words that introduce a possessed noun phrase or an appositive ("the", "his"). */
  static final Set<String> DETERMINERS =
      words("the a an his her its their our this that these those whose");

  /** Lower-case nouns for a person that stand right before a name ("his counterpart X"). */
  static final Set<String> PERSON_NOUNS =
      words(
          """
          counterpart colleague wife husband son daughter brother sister father mother friend
          rival opponent candidate founder boss journalist writer author actor actress singer
          player lawyer analyst economist activist businessman businesswoman billionaire
          tycoon dictator tyrant strongman politician veteran hardliner successor predecessor
          nominee critic dissident blogger commentator historian scientist researcher expert
          survivor victim suspect defendant prisoner hostage soldier pilot doctor nurse
          teacher student head deputy manager coach
          """);

  /** Particles inside personal and Arabic, Dutch, German, French... names. */
  static final Set<String> PARTICLES =
      words(
          """
          bin bint ibn al el von van der den de du da di del della dos das la le ter ten zu
          """);

  /** Particles that may open a name in running text ("von der Leyen", "al-Assad"). */
  static final Set<String> LEADING_PARTICLES = words("von van bin ibn bint al el");

  /** Capitalised words that end an organisation's name. */
  static final Set<String> ORG_SUFFIXES =
      words(
          """
          department ministry council commission party fund agency committee union
          organisation organization association alliance institute institution university
          college school academy bank corporation corp company co inc ltd plc llc group holdings
          foundation trust society federation league office bureau service services authority
          board court tribunal parliament congress senate assembly cabinet government
          administration army navy force forces guard police command network news times post
          journal press airlines airways motors industries enterprises partners consortium
          church movement front brigade battalion club team fc centre center programme
          secretariat mission delegation embassy consulate house nations commonwealth
          conference exchange
          """);

  /** Capitalised words that end a place's name. */
  static final Set<String> PLACE_SUFFIXES =
      words(
          """
          palace street road avenue square bridge park airport station port harbour harbor bay
          beach island islands isles mountains mountain mount hills valley river lake sea ocean
          gulf strait straits peninsula desert coast region province oblast county district
          city town village heights plateau basin delta canal strip states kingdom castle
          tower cathedral mosque temple stadium arena hall hotel east west north south republic
          """);

  /** Capitalised words that make a name an event or a thing ("World War Two"). */
  static final Set<String> EVENT_WORDS =
      words(
          """
          war revolution games olympics cup championship championships festival awards prize
          hurricane storm typhoon cyclone
          """);

  /** Compass words that open a two-word place ("West Bank", "South Africa"). */
  static final Set<String> COMPASS =
      words("north south east west northern southern eastern western upper lower");

  /** Lower-case nouns after a name that make it a place ("Krasnodar region"). */
  static final Set<String> PLACE_NOUNS_AFTER =
      words(
          """
          region province oblast city town village county district river valley coast island
          capital border port airport station refinery plant base field strip peninsula sea
          enclave municipality neighbourhood neighborhood suburb
          """);

  /** Lower-case nouns after a name that make it an organisation ("Golos party"). */
  static final Set<String> ORG_NOUNS_AFTER =
      words(
          """
          party ministry agency company firm group bank council committee union alliance
          service organisation organization corporation newspaper broadcaster channel network
          website airline giant conglomerate consortium movement militia faction caucus team
          club
          """);

  /** Lower-case nouns before a name that make it an organisation ("company Transneft"). */
  static final Set<String> ORG_NOUNS_BEFORE =
      words(
          """
          company firm group agency party giant giants bank airline broadcaster newspaper
          outlet carrier manufacturer maker insurer lender operator producer retailer network
          channel platform organisation organization alliance bloc militia
          """);

  /** Lower-case nouns before a name that make it a place ("the city of", "region X"). */
  static final Set<String> PLACE_NOUNS_BEFORE =
      words("city town village region province capital port island county district");

  /** Appositive nouns that make the name before them a place ("X, the Russian capital"). */
  static final Set<String> PLACE_APPOSITIVES =
      words(
          """
          capital city town village region province country port state nation island township
          suburb district neighbourhood neighborhood settlement camp
          """);

  /** Verbs of speech after a person's name ("said", "told", "added"). */
  static final Set<String> SPEECH_VERBS =
      words(
          """
          said says say told tells added adds stated claimed claims insisted insists warned
          warns announced announces wrote writes confirmed confirms stressed stresses
          reiterated reiterates argued argues explained explains noted notes replied replies
          suggested suggests cautioned cautions declared declares recalled acknowledged
          admitted admits urged urges vowed vows tweeted asked asks commented responded
          responds concluded spoke speaks
          """);

  /** Words that may stand between a name and its speech verb ("Lavrov has also said"). */
  static final Set<String> SPEECH_GAP =
      words(
          """
          has have had also later then earlier previously again further once himself herself
          would will could reportedly recently repeatedly meanwhile initially separately
          quickly publicly privately today yesterday
          """);

  /** Prepositions that put a place after them ("in Riyadh", "from Kyiv"). */
  static final Set<String> LOCATIVE =
      words("in at from to into near across throughout outside inside towards toward within");

  /** Words after which "to" introduces a listener, not a destination. */
  static final Set<String> TO_LISTENER =
      words(
          """
          speak speaks spoke spoken speaking talk talks talked talking said say says explained
          write wrote written listen listened reply replied sent send sending give gave given
          offered offer appeal appealed according belongs belong loyal close next thanks
          opposed similar compared referring refer referred answer introduced introduce
          letter message call calls called phoned returned due married
          """);

  /** Words after which "from" introduces a speaker, not an origin. */
  static final Set<String> FROM_SPEAKER =
      words(
          """
          heard hear hearing comments comment reaction reactions response message letter call
          calls statement words support criticism request invitation quote quotes news update
          updates analysis pressure backing approval permission help aid demands
          """);

  /** Words after which "in" introduces a holding or a belief, not a place ("shares in X"). */
  static final Set<String> IN_NOT_PLACE =
      words(
          """
          shares share stake stakes stock investment investments invest invested investing
          interest confidence trust faith belief believe believes believed
          """);

  /** Ordinary words that open sentences; capitalised there, they are never names. */
  static final Set<String> OPENERS =
      words(
          """
          a an the and but or nor so yet for if as at by in on of to up with from into onto over
          under after before since until while when where why how what which who whom whose
          that this these those there here it its he she they we you i me him her them us our
          your their his my no not yes all any some many much more most few several both each
          every either neither other another such one two three four five six seven eight nine
          ten first second third last next then now still also even only just already again
          however meanwhile moreover furthermore nevertheless nonetheless instead indeed thus
          therefore hence otherwise earlier later today tonight yesterday tomorrow recently
          currently overall notably similarly finally please despite during without within
          against among amid between through throughout across around about above below behind
          beyond near toward towards upon via per unlike like according following speaking
          asked having being although though because unless whether once whereas nobody
          everyone everybody someone somebody anyone nothing everything something anything
          none let do does did is are was were be been has have had will would can could should
          might must shall oh well okay sorry thanks hello dear watch read follow click sign
          subscribe update updated related source posted published breaking live latest
          exclusive analysis opinion comment photo video image pictured meanwhile perhaps maybe
          sometimes often never always almost nearly just rather quite very too far less
          """);

  /** Function words that may be set in capitals ("BY Jane Doe", "ONLY US can"). */
  static final Set<String> CAPS_FUNCTION =
      words("a an the by of in on at to and or for with from only but as not no so if");

  /** All-capital words that are no names. */
  static final Set<String> NOT_ACRONYMS = words("ok tv am gdp id ii faq diy asap rip aka etc");

  /** Small function words a headline in title case leaves in lower case. */
  static final Set<String> SMALL_WORDS =
      words("a an the and or nor but of in on at to for by with from as vs via is per off up");

  static final Set<String> WEEKDAYS =
      words(
          "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays");

  static final Set<String> MONTHS =
      words("january february march april june july august september october november december");

  /** Month abbreviations: months only when a full stop or a number follows. */
  static final Set<String> MONTH_ABBREVIATIONS =
      words(
          "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat");

  /** Words before "May" that make it the month. */
  static final Set<String> MAY_BEFORE =
      words(
          "in on since until till by from last next early late mid this of during before after through");

  /** Nationality and group adjectives that are not themselves names ("Russian officials"). */
  static final Set<String> DEMONYMS =
      words(
          """
          american african mexican german cuban moroccan kenyan afghan venezuelan ugandan
          rwandan dominican guatemalan nicaraguan paraguayan uruguayan tibetan chechen slovak
          czech greek french dutch swiss thai welsh saudi israeli iraqi pakistani emirati
          yemeni qatari kuwaiti omani bahraini bangladeshi somali azerbaijani kazakh uzbek tajik
          kyrgyz turkmen nepali filipino soviet nazi western eastern northern southern arab
          muslim jewish sunni shia shiite catholic protestant baltic nordic westerner
          westerners brits poles turks kurds scots swedes danes finns arabs jews muslims
          """);

  /** Countries, continents and large regions of one word (general knowledge, not a story's). */
  static final Set<String> GAZETTEER =
      words(
          """
          afghanistan albania algeria angola argentina armenia australia austria azerbaijan
          bahrain bangladesh belarus belgium bolivia bosnia brazil britain bulgaria cambodia
          cameroon canada chile china colombia congo croatia cuba cyprus czechia denmark
          ecuador egypt england eritrea estonia ethiopia finland france georgia germany ghana
          greece guatemala haiti honduras hungary iceland india indonesia iran iraq ireland
          israel italy japan kazakhstan kenya kosovo kuwait kyrgyzstan laos latvia lebanon libya
          lithuania luxembourg malaysia mali mexico moldova mongolia montenegro morocco
          mozambique myanmar nepal netherlands nicaragua niger nigeria korea norway oman
          pakistan palestine panama paraguay peru philippines poland portugal qatar romania
          russia rwanda scotland senegal serbia singapore slovakia slovenia somalia spain sudan
          sweden switzerland syria taiwan tajikistan tanzania thailand tunisia turkey türkiye
          turkmenistan uganda ukraine uruguay uzbekistan venezuela vietnam wales yemen zambia
          zimbabwe uk us usa uae america africa asia europe antarctica oceania arctic balkans
          caucasus scandinavia
          """);

  /** Countries and regions of more than one word. */
  static final Set<String> GAZETTEER_MULTI =
      Set.of(
          "saudi arabia",
          "great britain",
          "united kingdom",
          "united states",
          "united states of america",
          "united arab emirates",
          "new zealand",
          "north korea",
          "south korea",
          "south africa",
          "south sudan",
          "sri lanka",
          "czech republic",
          "north america",
          "south america",
          "latin america",
          "middle east",
          "north macedonia",
          "ivory coast",
          "costa rica",
          "el salvador");

  /** True for a nationality or group adjective or its plural ("Russian", "Ukrainians"). */
  static boolean isDemonym(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (DEMONYMS.contains(w)) {
      return true;
    }
    if (w.length() > 5 && w.endsWith("s") && isDemonymStem(w.substring(0, w.length() - 1))) {
      return true;
    }
    return isDemonymStem(w);
  }

  private static boolean isDemonymStem(String w) {
    if (DEMONYMS.contains(w)) {
      return true;
    }
    if (w.length() < 5 || !w.chars().allMatch(Character::isLetter)) {
      return false;
    }
    return w.endsWith("ian") || w.endsWith("ean") || w.endsWith("ese") || w.endsWith("ish");
  }
}

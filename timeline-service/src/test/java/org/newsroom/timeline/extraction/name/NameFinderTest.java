package org.newsroom.timeline.extraction.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsroom.timeline.extraction.text.Document;
import org.newsroom.timeline.extraction.text.Span;

class NameFinderTest {

  // ------------------------------------------------------------------ helpers

  private static List<NameGroup> find(String text) {
    return NameFinder.find(Document.of(text));
  }

  /** Every mention's text, in text order. */
  private static List<String> mentions(String text) {
    List<String> out = new ArrayList<>();
    for (NameGroup g : find(text)) {
      for (NameMention m : g.mentions()) {
        out.add(m.text());
      }
    }
    return out;
  }

  /** The group holding a mention written exactly so. */
  private static NameGroup group(List<NameGroup> groups, String mention) {
    for (NameGroup g : groups) {
      for (NameMention m : g.mentions()) {
        if (m.text().equals(mention)) {
          return g;
        }
      }
    }
    fail("no mention \"" + mention + "\" in " + describe(groups));
    return null;
  }

  private static NameMention mention(List<NameGroup> groups, String text) {
    for (NameMention m : group(groups, text).mentions()) {
      if (m.text().equals(text)) {
        return m;
      }
    }
    throw new AssertionError(text);
  }

  private static String describe(List<NameGroup> groups) {
    StringBuilder out = new StringBuilder();
    for (NameGroup g : groups) {
      out.append(g.type()).append(' ').append(g.variants()).append("; ");
    }
    return out.toString();
  }

  private static String seed(String file) throws IOException {
    return Files.readString(Path.of("../seeds", file), StandardCharsets.UTF_8);
  }

  // ------------------------------------------------------------------ finding and typing

  @ParameterizedTest
  @CsvSource(
      delimiterString = "=>",
      value = {
        // a title before, a speech verb after
        "Finance Minister Ana Kowalczyk said on Friday that the budget would pass. => Ana Kowalczyk"
            + " => PERSON",
        "Marta Quinn told reporters the vote had been rigged. => Marta Quinn => PERSON",
        "Ombudsman Lior Katz says the report is late. => Lior Katz => PERSON",
        "“It is over,” said Lena Ortiz, visibly tired. => Lena Ortiz => PERSON",
        "The rebels freed Nadia Petrova, who had been held since June. => Nadia Petrova => PERSON",
        "Lars Eklund, the country’s trade commissioner, said exports rose. => Lars Eklund => PERSON",
        "The award went to Tomas Brandt, a veteran of the service. => Tomas Brandt => PERSON",
        "Police questioned his brother Karim Haddad on Monday. => Karim Haddad => PERSON",
        "By Ines Varga, Europe correspondent => Ines Varga => PERSON",
        "Ursula von der Leyen arrived on Monday. => Ursula von der Leyen => PERSON",
        // a locative preposition, a place pair, a place suffix or noun, a country
        "The delegation arrived in Tallinn late on Sunday. => Tallinn => PLACE",
        "Aid convoys left from Kessel at dawn. => Kessel => PLACE",
        "Talks resumed in Port Aldane, Veloria, on Wednesday. => Veloria => PLACE",
        "Talks resumed in Port Aldane, Veloria, on Wednesday. => Port Aldane => PLACE",
        "The ministers met at the Marlow Palace to sign the accord. => Marlow Palace => PLACE",
        "Trade unions in the Kessel Valley went on strike. => Kessel Valley => PLACE",
        "Supplies reached the Volta region by truck. => Volta => PLACE",
        "Floods hit Navarro, a port city in the south. => Navarro => PLACE",
        "Engineers repaired the Orsk oil refinery last week. => Orsk => PLACE",
        "Ukraine wants a ceasefire before winter. => Ukraine => PLACE",
        "Ministers from Poland and Estonia signed the accord. => Estonia => PLACE",
        "Refugees reached the West Bank on foot. => West Bank => PLACE",
        "The envoy toured the Middle East this month. => Middle East => PLACE",
        "Officials in Kyiv, Odesa and Lviv said the attacks continued. => Lviv => PLACE",
        "KESSEL, March 3 (Wire) – Officials said the bridge had reopened. => KESSEL => PLACE",
        "HALDEN (Wire) — The council voted on Thursday. => HALDEN => PLACE",
        "In Halden, Veloria’s trade spokesman Omar Reyes said talks failed. => Halden => PLACE",
        "In Halden, Veloria’s trade spokesman Omar Reyes said talks failed. => Omar Reyes =>"
            + " PERSON",
        // an organisation suffix or noun, "the" and an acronym
        "The Harbour Workers Union called a strike. => Harbour Workers Union => ORGANISATION",
        "A spokesperson for the Ministry of Water declined to comment. => Ministry of Water =>"
            + " ORGANISATION",
        "Investors fled from Orlan Bank after the report. => Orlan Bank => ORGANISATION",
        "Voters backed the Green Horizon party in the election. => Green Horizon => ORGANISATION",
        "The NPA said on Monday it would appeal. => NPA => ORGANISATION",
        "Analysts at the Halden Institute expect growth. => Halden Institute => ORGANISATION",
        "Shares in the oil company Vestra fell. => Vestra => ORGANISATION",
        "Staff at the Kessel State Department were told to stay home. => Kessel State Department"
            + " => ORGANISATION",
        "The Central Bank of Veloria raised rates. => Central Bank of Veloria => ORGANISATION",
        "The club sacked manager Erik Solberg on Monday. => Erik Solberg => PERSON",
        // events and things
        "Veterans of the Second Harbour War gathered. => Second Harbour War => OTHER",
        "Hurricane Delia made landfall near Port Aldane. => Hurricane Delia => OTHER",
      })
  void shouldFindAndTypeTheName(String text, String name, NameType type) {
    List<NameGroup> groups = find(text);
    assertEquals(type, group(groups, name).type(), describe(groups));
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = "=>",
      value = {
        "US Secretary of State Marco Rubio met his counterpart. => Marco Rubio => Secretary of"
            + " State",
        "Russian Foreign Minister Sergei Lavrov arrived late. => Sergei Lavrov => Foreign Minister",
        "Kremlin spokesperson Dmitry Peskov said nothing. => Dmitry Peskov => spokesperson",
        "It was President Putin who decided. => Putin => President",
        "Finance Minister Ana Kowalczyk said the budget would pass. => Ana Kowalczyk => Finance"
            + " Minister",
        "The bank’s chief executive Priya Raman resigned. => Priya Raman => chief executive",
        "Veloria’s foreign minister Petra Lind flew home. => Petra Lind => foreign minister",
        "Defence Secretary Tom Ashby visited the troops. => Tom Ashby => Defence Secretary",
        "Sir Alan Pryce chaired the inquiry. => Alan Pryce => Sir",
        "Crown Prince Faisal Al Noor opened the fair. => Faisal Al Noor => Crown Prince",
        "Dr. Ines Varga led the study. => Ines Varga => Dr.",
        "The vote was called by UN Secretary-General Rosa Almeida. => Rosa Almeida =>"
            + " Secretary-General",
        "Saudi National Security Advisor Mosaad bin Mohammad Al-Aiban attended. => Mosaad bin"
            + " Mohammad Al-Aiban => National Security Advisor",
        "Our security and defence editor Ruth Kemp reports. => Ruth Kemp => security and defence"
            + " editor",
        "The agency’s director, Hana Mori, resigned. => Hana Mori => ",
        "Lord Hale warned that the army was run down. => Hale => Lord",
        "Former President Lena Ortiz voted early. => Lena Ortiz => Former President",
        "Veloria’s Chancellor of the Exchequer Omar Reyes spoke. => Omar Reyes => Chancellor of the"
            + " Exchequer",
        "The PM met Mr Okafor on Tuesday. => Okafor => Mr",
        "Senate Majority Leader Tom Reyes called the vote. => Tom Reyes => Majority Leader",
        "Chief Justice Miriam Oduya ruled on Monday. => Miriam Oduya => Chief Justice",
      })
  void shouldSeparateTheTitleFromTheName(String text, String name, String title) {
    List<NameGroup> groups = find(text);
    NameMention m = mention(groups, name);
    assertEquals(title, m.title());
    for (String other : mentions(text)) {
      assertFalse(other.contains(name) && !other.equals(name), "title swallowed: " + other);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = "=>",
      value = {
        // sentence-initial ordinary words
        "Speaking on Tuesday, the minister left early. => Speaking",
        "Earlier, the council voted against it. => Earlier",
        "But officials said little about the plan. => But",
        "Consider the evidence carefully. => Consider",
        "Deep under the ground lies the ore. => Deep",
        "Tens of thousands marched through the city. => Tens",
        "Following the vote, the chamber emptied. => Following",
        "Normally the talks last a day. => Normally",
        "Brave Ana Kowalczyk spoke first, and Ana Kowalczyk spoke last. Brave souls clapped. =>"
            + " Brave Ana Kowalczyk",
        "Drones struck the depot overnight. => Drones",
        "“Nobody can dictate to another country,” Lena Ortiz said. => Nobody",
        "He said: “Someone must lead.” => Someone",
        // weekdays and months
        "The talks ended on Tuesday in Geneva. => Tuesday",
        "The talks ended in March in Geneva. => March",
        "On Monday, May 5, the court met in Geneva. => May",
        "Votes were counted on Feb. 18 in Geneva. => Feb",
        // pronoun, contractions
        "I think the plan is sound, Lena Ortiz said. => I",
        "We’ve been told it’s over. => We’ve",
        "It’s unclear who will lead. => It",
        "There’s no plan, said Lena Ortiz. => There",
        // titles alone
        "The President said the Foreign Minister would travel. => President",
        "The President said the Foreign Minister would travel. => Foreign Minister",
        "The Ukrainian leader said the Prime Minister was wrong. => Prime Minister",
        "The two Presidents can meet face-to-face. => Presidents",
        "The PM vowed the army would help. => PM",
        // demonyms
        "Russian officials met Ukrainian negotiators. => Russian",
        "Russian officials met Ukrainian negotiators. => Ukrainian",
        "The Americans left, and the Europeans stayed. => Americans",
        "Western sanctions have hurt the economy. => Western",
        "The French and Dutch delegations walked out. => French",
        // headline and section lines in capitals, labels
        "RUSSIA OFFERS NO CONCESSIONS\\nThe talks ended in Geneva. => RUSSIA",
        "US OR BUST\\nThe talks ended in Geneva. => US",
        "US OR BUST\\nThe talks ended in Geneva. => BUST",
        "PUTIN SPEAKING UP\\nThe talks ended in Geneva. => PUTIN",
        "READ FULL ARTICLE => READ",
        "SOURCE: www.example.com => SOURCE",
        "FILE PHOTO: Finance Minister Ana Kowalczyk speaks. => FILE",
        "A CONCLUSION to the long war is close. => CONCLUSION",
        "BY Noa Berg in Kessel => BY",
        // a title-case headline keeps only names the text confirms
        "Veloria Closes Border With Dravenia As Tensions Rise\\n"
            + "Officials said troops closed the border with Dravenia on Sunday. => Border",
        "Veloria Closes Border With Dravenia As Tensions Rise\\n"
            + "Officials said troops closed the border with Dravenia on Sunday. => Closes",
        // the first word after a dateline opens the sentence
        "KESSEL, March 3 (Wire) – Officials said the bridge had reopened. => Officials",
        "HALDEN (Wire) — Officials said the bridge had reopened. => Wire",
        // things that are no words
        "The MRLS BM-21 fired twice. => BM-21",
        "She was OK with it, said Lena Ortiz. => OK",
      })
  void shouldNotFind(String text, String word) {
    List<String> found = mentions(text.replace("\\n", "\n"));
    assertFalse(found.contains(word), word + " in " + found);
  }

  @Test
  void shouldFindNothingInAHeadlineLineButTheNamesBelowIt() {
    String text =
        "RUSSIA OFFERS NO CONCESSIONS\n\nRussian officials did not offer concessions, Ana Nowak"
            + " said in Kessel.";
    assertEquals(List.of("Ana Nowak", "Kessel"), mentions(text));
  }

  @Test
  void shouldFindNothingInAnEmptyText() {
    assertTrue(find("").isEmpty());
    assertTrue(find("the talks ended without a deal.").isEmpty());
  }

  @Test
  void shouldKeepAnAcronymInsideANormalSentence() {
    List<String> found =
        mentions("Ukraine wants to join NATO, and the EU says the SBU must be reformed.");
    assertTrue(found.containsAll(List.of("NATO", "EU", "SBU")), found.toString());
    assertEquals(
        NameType.ORGANISATION, group(find("The EU said on Monday it would respond."), "EU").type());
  }

  @Test
  void shouldKeepASentenceInitialNameTheTextUsesElsewhere() {
    String text = "Kowalczyk spoke first. Then Finance Minister Ana Kowalczyk left Kessel.";
    List<NameGroup> groups = find(text);
    assertSame(group(groups, "Kowalczyk"), group(groups, "Ana Kowalczyk"));
    assertEquals(NameType.PERSON, group(groups, "Kowalczyk").type());
  }

  @Test
  void shouldDropAnUnknownSentenceInitialWordBeforeAKnownName() {
    String text =
        "Interior Minister Ana Kowalczyk resigned. Defiant Kowalczyk refused to leave Kessel.";
    List<String> found = mentions(text);
    assertTrue(found.contains("Kowalczyk"), found.toString());
    assertFalse(found.contains("Defiant Kowalczyk"), found.toString());
  }

  @Test
  void shouldKeepAFullNameThatOpensASentence() {
    String text =
        "Kirill Varga, the head of the fund, said talks went well. Varga, who flew in, agreed.";
    List<NameGroup> groups = find(text);
    assertEquals(List.of("Kirill Varga", "Varga"), group(groups, "Varga").variants());
    assertEquals(NameType.PERSON, group(groups, "Varga").type());
  }

  // ------------------------------------------------------------------ spans and possessives

  @ParameterizedTest
  @CsvSource(
      delimiterString = "=>",
      value = {
        "Trump’s envoy arrived. Donald Trump said so. => Trump",
        "Trump's envoy arrived. Donald Trump said so. => Trump",
        "It is Donald Trump‘s new leadership. => Donald Trump",
        "Russian Foreign Minister Sergei Lavrov’s remarks were sharp. => Sergei Lavrov",
        "The Kessel Institute’s report was late. => Kessel Institute",
        "The ministers met at Kessel’s Marlow Palace. => Kessel",
        "Talks moved to Ana Nowak’s office in Veloria. => Ana Nowak",
      })
  void shouldCutThePossessiveOffTheName(String text, String name) {
    Document doc = Document.of(text);
    NameMention m = mention(NameFinder.find(doc), name);
    assertEquals(name, doc.of(m.span()));
    assertEquals(text.indexOf(name), m.span().start());
  }

  @Test
  void shouldSpanTheNameOnlyNotTheTitle() {
    String text = "Talks began after US Secretary of State Marco Rubio arrived.";
    Document doc = Document.of(text);
    NameMention m = mention(NameFinder.find(doc), "Marco Rubio");
    assertEquals(new Span(text.indexOf("Marco"), text.indexOf(" arrived")), m.span());
    assertEquals("Secretary of State", m.title());
  }

  @Test
  void shouldCountSpansInUtf16() {
    String text = "🙂 Talks began after Turkish President Recep Tayyip Erdoğan arrived in Ankara.";
    Document doc = Document.of(text);
    for (NameGroup g : NameFinder.find(doc)) {
      for (NameMention m : g.mentions()) {
        assertEquals(m.text(), doc.of(m.span()));
      }
    }
    assertEquals(
        text.indexOf("Recep"),
        mention(NameFinder.find(doc), "Recep Tayyip Erdoğan").span().start());
  }

  // ------------------------------------------------------------------ names with parts

  @ParameterizedTest
  @CsvSource(
      delimiterString = "=>",
      value = {
        "The talks were chaired by Faisal bin Farhan Al Saud in Kessel. => Faisal bin Farhan Al Saud",
        "Ursula von der Leyen arrived on Monday. => Ursula von der Leyen",
        "The court heard from Hendrik van der Berg on Tuesday. => Hendrik van der Berg",
        "Lawyers for Anne-Marie Duclos said she would appeal. => Anne-Marie Duclos",
        "Advisor Mosaad bin Mohammad Al-Aiban attended. => Mosaad bin Mohammad Al-Aiban",
        "The talks were held at the Al Diriyah Palace in Riyadh. => Al Diriyah Palace",
        "Troops fought near the Donets River in the east. => Donets River",
        "Historians compare him to Tsar Alexander II of Russia. => Alexander II",
        "The case against Donald J. Trump was dropped. => Donald J. Trump",
        "The Bank of England raised rates. => Bank of England",
        "The rebels seized Sharm el-Sheikh overnight. => Sharm el-Sheikh",
      })
  void shouldKeepParticlesAndPartsInsideTheName(String text, String name) {
    assertTrue(mentions(text).contains(name), mentions(text).toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = "=>",
      value = {
        "The Lind-Varga talks stalled in Kessel. => Lind, Varga",
        "US-Russia relations have thawed. => US, Russia",
        "The Veloria-Dravenia border stayed shut. => Veloria, Dravenia",
        "A Russian-American deal is near. => ",
      })
  void shouldSplitHyphenatedNamesUsedAsModifiers(String text, String parts) {
    List<String> expected = parts == null ? List.of() : Arrays.asList(parts.split(",\\s*"));
    List<String> found = mentions(text);
    for (String part : expected) {
      assertTrue(found.contains(part), part + " in " + found);
    }
    for (String word : found) {
      assertFalse(word.contains("-"), word);
    }
    if (expected.isEmpty()) {
      assertEquals(List.of(), found);
    }
  }

  @Test
  void shouldSplitAnOrganisationFromThePersonAfterIt() {
    List<NameGroup> groups =
        find("She met the head of the European Commission Ursula von der Leyen in Brussels.");
    assertEquals(NameType.ORGANISATION, group(groups, "European Commission").type());
    assertEquals(NameType.PERSON, group(groups, "Ursula von der Leyen").type());
  }

  @Test
  void shouldSplitTheCountryOffAnOrganisation() {
    List<NameGroup> groups = find("US State Department spokesperson Tamsin Reed said no.");
    assertEquals(NameType.PLACE, group(groups, "US").type());
    assertEquals(NameType.ORGANISATION, group(groups, "State Department").type());
    assertEquals("spokesperson", mention(groups, "Tamsin Reed").title());
  }

  @Test
  void shouldReadADatelineAsAPlace() {
    List<NameGroup> groups =
        find("KESSEL, March 3 (Wire) – Officials in Kessel said the bridge had reopened.");
    NameGroup kessel = group(groups, "KESSEL");
    assertSame(kessel, group(groups, "Kessel"));
    assertEquals(NameType.PLACE, kessel.type());
    assertEquals("Kessel", kessel.canonical());
  }

  // ------------------------------------------------------------------ grouping

  @ParameterizedTest
  @CsvSource(
      delimiterString = "|",
      value = {
        "Foreign Minister Sergei Lavrov arrived in Kessel. Lavrov said the talks were useful."
            + " | Sergei Lavrov | Lavrov",
        "Volodymyr Zelenskyy met reporters. Later, Zelensky said the visit was off."
            + " | Volodymyr Zelenskyy | Zelensky",
        "Volodymyr Zelenskyy met reporters. Later, Zelenskiy said the visit was off."
            + " | Volodymyr Zelenskyy | Zelenskiy",
        "Turkish President Recep Tayyip Erdoğan hosted talks. Tayyip Erdogan said Turkey could"
            + " mediate. | Recep Tayyip Erdoğan | Tayyip Erdogan",
        "Turkish President Recep Tayyip Erdoğan hosted talks. Officials said Erdogan was tired."
            + " | Recep Tayyip Erdoğan | Erdogan",
        "Kremlin aide Yuri Ushakov spoke first. Putin’s adviser Yuri Ushako said little."
            + " | Yuri Ushakov | Yuri Ushako",
        "Kremlin aide Yuri Ushakov spoke first. Officials said Ushako was calm."
            + " | Yuri Ushakov | Ushako",
        "Russian Foreign Minister Sergey Lavrov arrived. Sergei Lavrov said little."
            + " | Sergey Lavrov | Sergei Lavrov",
        "Ukraine wants to join NATO. Critics of Nato say it is too soon. | NATO | Nato",
        "Talks were held at the Al Diriyah Palace. Guards closed Diriyah Palace at dusk."
            + " | Al Diriyah Palace | Diriyah Palace",
        "Saudi Foreign Minister Prince Faisal bin Farhan Al Saud hosted. Later, Faisal bin Farhan"
            + " Al Saud left. | Faisal bin Farhan Al Saud | Faisal bin Farhan Al Saud",
        "Chief Justice Miriam Oduya ruled on Monday. Oduya wrote that the law stood."
            + " | Miriam Oduya | Oduya",
        "Sir Alan Pryce chaired the inquiry. Critics said Sir Alan had ignored evidence."
            + " | Alan Pryce | Alan",
        "The European Union imposed sanctions. The EU said more would follow. | European Union"
            + " | EU",
        "Maria Elena Vargas Torres spoke in Kessel. Officials said Vargas was right."
            + " | Maria Elena Vargas Torres | Vargas",
        "Talks moved to Kessel. KESSEL remained calm, said Ana Nowak. | Kessel | KESSEL",
        "Interior Minister Petra Lind said no. Ms Lind later relented. | Petra Lind | Lind",
      })
  void shouldGroupVariantsOfOneName(String text, String a, String b) {
    List<NameGroup> groups = find(text);
    assertSame(group(groups, a), group(groups, b), describe(groups));
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = "|",
      value = {
        "Donald Trump met Donald Tusk in Warsaw. Trump spoke first. | Donald Trump | Donald Tusk",
        "Donald Trump met Donald Tusk in Warsaw. Trump spoke first. | Trump | Donald Tusk",
        "Donald Trump met Donald Tusk in Warsaw. Tusk spoke first. | Tusk | Donald Trump",
        "Prime Minister Mette Hansen and her rival Lars Jansen clashed. Hansen accused Jansen."
            + " | Mette Hansen | Lars Jansen",
        "Prime Minister Mette Hansen and her rival Lars Jansen clashed. Hansen accused Jansen."
            + " | Hansen | Jansen",
        "Sergey Ivanov met Anna Ivanova in Minsk. Ivanov later left. | Sergey Ivanov | Anna Ivanova",
        "Sergey Ivanov met Anna Ivanova in Minsk. Ivanov later left. | Ivanov | Anna Ivanova",
        "Police said Maria Ortiz and her brother Carlos Ortiz spoke. Officials said Ortiz had"
            + " left. | Ortiz | Maria Ortiz",
        "Police said Maria Ortiz and her brother Carlos Ortiz spoke. Officials said Ortiz had"
            + " left. | Ortiz | Carlos Ortiz",
        "Police said Maria Ortiz and her brother Carlos Ortiz spoke. Officials said Ortiz had"
            + " left. | Maria Ortiz | Carlos Ortiz",
        "The Bank of England raised rates. Officials in England were surprised. | England | Bank"
            + " of England",
        "Staff at Marlow Palace went on strike. Officials in Marlow said little. | Marlow | Marlow"
            + " Palace",
        "Ukraine sent envoys to Kessel. Members of the House Ukraine caucus agreed. | Ukraine"
            + " | House Ukraine",
        "The European Commission and the EU Council met. Officials in Kessel agreed. | European"
            + " Commission | EU",
        "Olena Marchenko met Volodymyr Zelensky. Zelensky left. | Olena Marchenko | Zelensky",
      })
  void shouldKeepDifferentNamesApart(String text, String a, String b) {
    List<NameGroup> groups = find(text);
    assertNotEquals(group(groups, a), group(groups, b), describe(groups));
  }

  @Test
  void shouldPickTheMostFrequentFullFormAsCanonical() {
    List<NameGroup> groups =
        find(
            "Kowalczyk arrived in Kessel. Minister Ana Kowalczyk said talks went well. Later, Ana"
                + " Kowalczyk left, and Kowalczyk flew home.");
    NameGroup g = group(groups, "Kowalczyk");
    assertEquals("Ana Kowalczyk", g.canonical());
    assertEquals(List.of("Kowalczyk", "Ana Kowalczyk"), g.variants());
    assertEquals(4, g.mentions().size());
    assertEquals(NameType.PERSON, g.type());
  }

  @Test
  void shouldBreakACanonicalTieByTheEarliestForm() {
    List<NameGroup> groups =
        find(
            "Turkish President Tayyip Erdogan hosted talks. He later met Recep Tayyip Erdogan’s"
                + " aides, and Erdogan left.");
    NameGroup g = group(groups, "Erdogan");
    assertEquals("Tayyip Erdogan", g.canonical());
    assertEquals(List.of("Tayyip Erdogan", "Recep Tayyip Erdogan", "Erdogan"), g.variants());
  }

  @Test
  void shouldOrderGroupsByFirstMentionAndMentionsByPosition() {
    String text =
        "Ana Nowak flew to Kessel. In Kessel, Lena Ortiz met Ana Nowak. Ortiz said Nowak was"
            + " late.";
    List<NameGroup> groups = find(text);
    assertEquals(
        List.of("Ana Nowak", "Kessel", "Lena Ortiz"),
        groups.stream().map(NameGroup::canonical).toList());
    for (NameGroup g : groups) {
      for (int i = 1; i < g.mentions().size(); i++) {
        assertTrue(g.mentions().get(i - 1).span().end() <= g.mentions().get(i).span().start());
      }
    }
  }

  @Test
  void shouldTypeAGroupByTheVotesOfAllItsMentions() {
    String text =
        "Kessel said it would retaliate. Aid arrived in Kessel on Monday, and flights from"
            + " Kessel resumed.";
    assertEquals(NameType.PLACE, group(find(text), "Kessel").type());
    String person =
        "Ana Nowak said it would end. Critics in Kessel called Nowak weak. Nowak replied on"
            + " Tuesday.";
    assertEquals(NameType.PERSON, group(find(person), "Nowak").type());
  }

  @Test
  void shouldNotCallAPlaceThatSpeaksAPerson() {
    List<NameGroup> groups = find("Moscow said on Monday that talks would continue in Moscow.");
    assertEquals(NameType.PLACE, group(groups, "Moscow").type());
    List<NameGroup> org = find("The Kessel Board said it would appeal. The Kremlin says no.");
    assertEquals(NameType.ORGANISATION, group(org, "Kremlin").type());
  }

  @Test
  void shouldReadPlacePairsButNotPeopleLists() {
    List<NameGroup> places = find("Trump told reporters in Palm Beach, Florida, on Tuesday.");
    assertEquals(NameType.PLACE, group(places, "Palm Beach").type());
    assertEquals(NameType.PLACE, group(places, "Florida").type());
    List<NameGroup> people =
        find("Extra reporting by Ana Nowak in Kessel, Lena Ortiz in Halden and Omar Reyes in Orsk");
    assertEquals(NameType.PLACE, group(people, "Kessel").type());
    assertEquals(NameType.PERSON, group(people, "Lena Ortiz").type());
    assertEquals(NameType.PERSON, group(people, "Omar Reyes").type());
    assertEquals(NameType.PLACE, group(people, "Orsk").type());
  }

  @Test
  void shouldCarryAListCueToEveryMember() {
    List<NameGroup> groups = find("Officials in Halden, Orsk and Kessel said the attacks went on.");
    for (String place : List.of("Halden", "Orsk", "Kessel")) {
      assertEquals(NameType.PLACE, group(groups, place).type(), place);
    }
    List<NameGroup> firms = find("Shares in energy giants Vestra and Nordlys rose sharply.");
    assertEquals(NameType.ORGANISATION, group(firms, "Nordlys").type());
  }

  // ------------------------------------------------------------------ the seed articles

  @Test
  void shouldGroupAndTypeTheNamesOfTheSkyBlog() throws IOException {
    List<NameGroup> groups = find(seed("003_3d9e9ff6164c2b3f.txt"));
    NameGroup zelenskyy = group(groups, "Zelenskyy");
    assertSame(zelenskyy, group(groups, "Volodymyr Zelenskyy"));
    assertEquals(NameType.PERSON, zelenskyy.type());
    assertEquals("Volodymyr Zelenskyy", zelenskyy.canonical());

    NameGroup erdogan = group(groups, "Erdogan");
    assertSame(erdogan, group(groups, "Tayyip Erdogan"));
    assertSame(erdogan, group(groups, "Recep Tayyip Erdogan"));
    assertEquals(NameType.PERSON, erdogan.type());

    NameGroup lavrov = group(groups, "Lavrov");
    assertSame(lavrov, group(groups, "Sergei Lavrov"));
    assertEquals(NameType.PERSON, lavrov.type());
    assertEquals("Sergei Lavrov", lavrov.canonical());

    assertEquals(NameType.PLACE, group(groups, "Saudi Arabia").type());
    assertEquals(NameType.PLACE, group(groups, "Riyadh").type());
    assertSame(group(groups, "Rubio"), group(groups, "Marco Rubio"));
    assertEquals("Secretary of State", mention(groups, "Marco Rubio").title());
    assertSame(group(groups, "Starmer"), group(groups, "Keir Starmer"));
    assertEquals("Sir", mention(groups, "Keir Starmer").title());
    assertEquals(NameType.PLACE, group(groups, "Donets River").type());
    assertEquals(NameType.ORGANISATION, group(groups, "European Union").type());

    List<String> found = new ArrayList<>();
    groups.forEach(g -> g.mentions().forEach(m -> found.add(m.text())));
    for (String word :
        List.of("Speaking", "Consider", "Tuesday", "February", "Posted", "Similarly", "Now")) {
      assertFalse(found.contains(word), word);
    }
  }

  @Test
  void shouldGroupTheLookAlikesOfTheSun() throws IOException {
    List<NameGroup> groups = find(seed("000_49b9e2db92e32251.txt"));
    NameGroup zelensky = group(groups, "Zelensky");
    assertSame(zelensky, group(groups, "Volodymyr Zelensky"));
    assertEquals(NameType.PERSON, zelensky.type());
    NameGroup ushakov = group(groups, "Yuri Ushako");
    assertSame(ushakov, group(groups, "Yuri Ushakov"));
    assertSame(ushakov, group(groups, "Ushakov"));
    assertEquals("foreign policy advisor", mention(groups, "Yuri Ushako").title());
    NameGroup lavrov = group(groups, "Sergey Lavrov");
    assertSame(lavrov, group(groups, "Sergei Lavrov"));
    assertEquals("Sergei Lavrov", lavrov.canonical());
    assertSame(group(groups, "Keir"), group(groups, "Keir Starmer"));
    assertSame(group(groups, "Scholz"), group(groups, "Olaf Scholz"));
    assertSame(group(groups, "EU"), group(groups, "European Union"));
    assertEquals(NameType.PLACE, group(groups, "Diriyah Palace").type());
    assertEquals(NameType.PLACE, group(groups, "Riyadh").type());
    assertEquals("Kremlin", group(groups, "Kremlin").canonical());
    assertEquals(NameType.ORGANISATION, group(groups, "Kremlin").type());
    assertEquals("spokesperson", mention(groups, "Dmitry Peskov").title());
    assertEquals("Defence Secretary", mention(groups, "John Healey").title());
    assertNoMentionOnLines(
        seed("000_49b9e2db92e32251.txt"),
        groups,
        "US OR BUST",
        "PUTIN SPEAKING UP",
        "EUROPEAN TROUBLES");
  }

  @Test
  void shouldGroupTheLookAlikesOfTheAggregatorPage() throws IOException {
    String text = seed("001_697425ad9d472758.txt");
    List<NameGroup> groups = find(text);
    NameGroup palace = group(groups, "Al Diriyah Palace");
    assertSame(palace, group(groups, "Diriyah Palace"));
    assertEquals(NameType.PLACE, palace.type());
    NameGroup faisal = group(groups, "Faisal bin Farhan Al Saud");
    assertEquals(NameType.PERSON, faisal.type());
    assertEquals("Foreign Minister Prince", faisal.mentions().get(0).title());
    NameGroup riyadh = group(groups, "RIYADH");
    assertSame(riyadh, group(groups, "Riyadh"));
    assertEquals("Riyadh", riyadh.canonical());
    assertEquals(NameType.PLACE, riyadh.type());
    assertSame(group(groups, "U.S."), group(groups, "US"));
    assertEquals(NameType.PLACE, group(groups, "Palm Beach").type());
    assertEquals(NameType.PLACE, group(groups, "Florida").type());
    assertEquals(NameType.ORGANISATION, group(groups, "McCain Institute").type());
    assertEquals(NameType.PERSON, group(groups, "Mosaad bin Mohammad Al-Aiban").type());
    assertSame(group(groups, "Farkas"), group(groups, "Evelyn Farkas"));
    assertNoMentionOnLines(
        text, groups, "RUSSIA OFFERS NO CONCESSIONS", "READ FULL ARTICLE", "THE STRAITS TIMES");
  }

  @Test
  void shouldGroupTheLookAlikesOfTheSkyBlogAtMidday() throws IOException {
    List<NameGroup> groups = find(seed("004_6b3ec5b09c9cb09d.txt"));
    assertSame(group(groups, "Sergey Lavrov"), group(groups, "Sergei Lavrov"));
    assertSame(group(groups, "Dmitriev"), group(groups, "Kirill Dmitriev"));
    assertEquals(NameType.PERSON, group(groups, "Ursula von der Leyen").type());
    assertEquals(NameType.ORGANISATION, group(groups, "Caspian Pipeline Consortium").type());
    assertEquals(NameType.ORGANISATION, group(groups, "Transneft").type());
    assertEquals(NameType.PLACE, group(groups, "Krasnodar").type());
    assertEquals("security and defence editor", mention(groups, "Deborah Haynes").title());
  }

  @Test
  void shouldMatchTheSameNamesAcrossTheSeeds() throws IOException {
    List<String> zelensky = new ArrayList<>();
    List<String> lavrov = new ArrayList<>();
    List<String> nato = new ArrayList<>();
    for (String file : seedFiles().toList()) {
      for (NameGroup g : find(seed(file))) {
        if (g.variants().stream().anyMatch(v -> v.contains("Zelensk"))) {
          zelensky.add(g.canonical());
        }
        if (g.variants().contains("Lavrov")) {
          lavrov.add(g.canonical());
        }
        if (g.variants().contains("NATO") || g.variants().contains("Nato")) {
          nato.add(g.canonical());
        }
      }
    }
    assertEquals(5, zelensky.size(), zelensky.toString());
    for (List<String> same : List.of(zelensky, lavrov, nato)) {
      for (String a : same) {
        for (String b : same) {
          assertTrue(NameKey.sameName(a, b), a + " / " + b);
        }
      }
    }
    assertTrue(NameKey.sameName(zelensky.get(0), "Volodymyr Zelensky"));
    assertTrue(NameKey.sameName(lavrov.get(0), "Sergei Lavrov"));
    assertFalse(NameKey.sameName(zelensky.get(0), lavrov.get(0)));
  }

  static Stream<String> seedFiles() {
    return Stream.of(
        "000_49b9e2db92e32251.txt",
        "001_697425ad9d472758.txt",
        "002_956f4a7255e706f6.txt",
        "003_3d9e9ff6164c2b3f.txt",
        "004_6b3ec5b09c9cb09d.txt");
  }

  @ParameterizedTest
  @MethodSource("seedFiles")
  void shouldGiveWellFormedGroupsForEverySeed(String file) throws IOException {
    String text = seed(file);
    Document doc = Document.of(text);
    List<NameGroup> groups = NameFinder.find(doc);
    assertFalse(groups.isEmpty());
    Set<Integer> starts = new HashSet<>();
    int previousFirst = -1;
    List<Span> spans = new ArrayList<>();
    for (NameGroup g : groups) {
      assertNotNull(g.type());
      assertTrue(g.variants().contains(g.canonical()), g.toString());
      int first = g.mentions().get(0).span().start();
      assertTrue(first > previousFirst, "groups out of order at " + g.canonical());
      previousFirst = first;
      for (NameMention m : g.mentions()) {
        assertEquals(m.text(), doc.of(m.span()));
        assertTrue(starts.add(m.span().start()), "two mentions at " + m.span());
        assertFalse(m.text().endsWith("’s") || m.text().endsWith("'s"), m.text());
        assertTrue(Character.isLetter(m.text().codePointAt(0)), m.text());
        if (m.title() != null) {
          assertFalse(m.text().startsWith(m.title()), m.toString());
        }
        spans.add(m.span());
      }
    }
    for (Span a : spans) {
      for (Span b : spans) {
        assertTrue(a == b || !a.overlaps(b), a + " overlaps " + b);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Zelensky", "Putin", "Trump", "Lavrov"})
  void shouldTypeTheLeadersAsPeopleInEverySeedThatNamesThem(String surname) throws IOException {
    for (String file : seedFiles().toList()) {
      for (NameGroup g : find(seed(file))) {
        if (g.variants().contains(surname)) {
          assertEquals(NameType.PERSON, g.type(), file + " " + g);
        }
      }
    }
  }

  private static void assertNoMentionOnLines(String text, List<NameGroup> groups, String... lines) {
    for (String line : lines) {
      int at = text.indexOf(line);
      assertTrue(at >= 0, line);
      Span span = new Span(at, at + line.length());
      for (NameGroup g : groups) {
        for (NameMention m : g.mentions()) {
          assertFalse(span.overlaps(m.span()), m.text() + " in " + line);
        }
      }
    }
  }

  @Test
  void shouldReturnImmutableResults() {
    NameGroup g = group(find("Finance Minister Ana Kowalczyk said no."), "Ana Kowalczyk");
    assertThrows(UnsupportedOperationException.class, () -> g.mentions().add(null));
    assertThrows(UnsupportedOperationException.class, () -> g.variants().add("x"));
  }
}

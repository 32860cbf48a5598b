// Organizations, agreements and events named by a head word: the head
// (from data/heads.tsv) ends or starts a capitalised phrase, and the phrase
// around it is the name ("Russian Foreign Ministry", "Ministry of Foreign
// Affairs", "Iran nuclear deal", "G20 summit", "annexation of Crimea").
#include <algorithm>
#include <array>
#include <optional>

#include "extract/dates.h"
#include "extract/extractors.h"

namespace newsgraph::extract {

namespace {

// Connectors allowed inside a name between capitalised words.
bool connector(std::string_view w) {
  return w == "of" || w == "for" || w == "on" || w == "and" || w == "the" || w == "de" || w == "&" || w == "in";
}

class NamedThingExtractor : public Extractor {
 public:
  explicit NamedThingExtractor(std::shared_ptr<const Lexicons> lex) : lex_(std::move(lex)) {}
  std::string_view name() const override { return "named_things"; }

  void run(Annotation& a) const override {
    for (const Sentence& s : a.sentences)
      for (uint32_t t = s.first; t < s.last; ++t) {
        if (!a.tokens[t].word) continue;
        auto [begin, end] = lex_->heads.equal_range(std::string(token_text(a, t)));
        for (auto it = begin; it != end; ++it)
          if (try_head(a, s, t, it->second)) break;
      }
  }

 private:
  // A token that can stand in a proper name: a capitalised word (not a
  // sentence-initial common word), a number ("G20", "2254"), or a name the
  // gazetteer found.
  bool proper(const Annotation& a, uint32_t t) const {
    const Token& tok = a.tokens[t];
    if (const Span* s = a.span_at(t)) return s->kind == SpanKind::kName || s->kind == SpanKind::kAdjective;
    if (!tok.word) return false;
    if (!tok.capitalized && !(tok.start < a.text.size() && a.text[tok.start] >= '0' && a.text[tok.start] <= '9'))
      return false;
    if (sentence_start(a, t) && lex_->is_common_word(token_text(a, t))) return false;
    return true;
  }

  // A number in words or Roman numerals, as after "World War" ("I" is
  // too often the pronoun).
  static bool ordinal_word(std::string_view w) {
    for (std::string_view n : {"One", "Two", "Three", "Four", "Five", "II", "III", "IV", "VI"})
      if (w == n) return true;
    return false;
  }

  // A number as written: digits with separators, or an ordinal ("2,000",
  // "34.74", "13th"); not a name that starts with one ("3Com").
  static bool numeral(std::string_view w) {
    size_t digits = 0;
    while (digits < w.size() && ((w[digits] >= '0' && w[digits] <= '9') || w[digits] == ',' || w[digits] == '.')) ++digits;
    if (digits == 0 || w[0] < '0' || w[0] > '9') return false;
    std::string_view rest = w.substr(digits);
    return rest.empty() || rest == "st" || rest == "nd" || rest == "rd" || rest == "th";
  }

  // One or two digits: a side's goals, points or sets.
  static bool score_part(std::string_view w) {
    return !w.empty() && w.size() <= 2 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  }
  // A number written with digits, standing apart: "2254", not "2254th".
  static bool number(const Annotation& a, const Sentence& s, uint32_t t) {
    if (t >= s.last || !a.tokens[t].space_before) return false;
    std::string_view w = token_text(a, t);
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  }

  // Hyphens and slashes written without spaces join: "G-20", "U.S.-Russian".
  bool joiner(const Annotation& a, uint32_t t) const {
    std::string_view w = token_text(a, t);
    return (w == "-" || w == "\u2010" || w == "/") && !a.tokens[t].space_before && t + 1 < a.tokens.size() &&
           !a.tokens[t + 1].space_before;
  }

  // Extends left from `head` over proper tokens; returns the first token.
  uint32_t extend_left(const Annotation& a, const Sentence& s, uint32_t head) const {
    uint32_t first = head;
    std::optional<uint32_t> and_at;
    const bool legislation = token_text(a, head) == "Act" || token_text(a, head) == "Bill";
    // A company's name may start the sentence with a common word: "Nuclear
    // Data Inc said".
    const bool company = lex_->company_words.count(std::string(token_text(a, head))) > 0;
    while (first > s.first) {
      uint32_t p = first - 1;
      if (company && p == s.first && a.tokens[p].capitalized && a.tokens[p].word && !a.span_at(p) &&
          !function_word(token_text(a, p))) {
        first = p;
        break;
      }
      // "Dai-ichi Life": a lower-case part after a hyphen inside a word.
      if (p >= s.first + 2 && a.tokens[p].word && !a.tokens[p].capitalized && !a.tokens[p].space_before &&
          joiner(a, p - 1) && a.tokens[p - 2].capitalized && !a.span_at(p)) {
        first = p - 1;
        continue;
      }
      // "the pro-West Parliament", "anti-EU party": the word after the
      // prefix is what the stance is for or against, not part of the name
      // ("post-World War II" is another matter: "post" takes the name).
      if (!a.tokens[p].space_before && p >= s.first + 2 && joiner(a, p - 1) &&
          (token_text(a, p - 2) == "pro" || token_text(a, p - 2) == "anti"))
        break;
      // "their 3-0 FA Cup win", "Boro's 2-1 UEFA Cup win": a score, not
      // part of the name (but "the 9-11 Commission", "the June 8-10 summit").
      if (p >= s.first + 2 && token_text(a, p - 1) == "-" && !a.tokens[p].space_before && score_part(token_text(a, p)) &&
          score_part(token_text(a, p - 2))) {
        std::string_view before = p >= s.first + 3 ? token_text(a, p - 3) : "";
        if (!calendar_word(before) && before != "the" && before != "The") break;
      }
      if (proper(a, p) && !(a.span_at(p) && a.span_at(p)->type == NodeType::kPerson)) {
        const Span* sp = a.span_at(p);
        // Across "and", a name already found is another body: "Merrill
        // Lynch Capital Markets and Prudential-Bache Capital".
        if (sp && and_at && sp->type == NodeType::kOrganization) {
          first = *and_at + 1;
          break;
        }
        // A company's name ends on its legal form: "Salomon Brothers Inc.
        // Texas Oil" (a sentence the abbreviation did not end) is two.
        if (sp && sp->type == NodeType::kOrganization && lex_->company_forms.count(std::string(token_text(a, sp->last - 1))))
          break;
        first = sp ? sp->first : p;
      } else if (const Span* title = a.span_at(p); title && title->kind == SpanKind::kTitle && title->first == p &&
                 title->last == p + 1 && a.tokens[p].capitalized && !sentence_start(a, p) &&
                 (first == head || common_part(a, first))) {
        // A title word before a common word of the name is a word of the
        // name, not a person's title: "the Transport and General Workers
        // Union", "General Assembly".
        first = p;
      } else if (joiner(a, p) && p > s.first && proper(a, p - 1)) {
        first = p;
      } else if (possessive_join(a, s, p)) {
        first = p - 1;
      } else if (titled_possessive(a, s, p)) {
        // "the Prime Minister's Office", "the Information Commissioner's
        // Office": the office of a role is a body.
        first = a.span_at(p - 1)->first;
      } else if (company && !and_at && (token_text(a, p) == "and" || token_text(a, p) == "&") &&
                 partner(a, s, p - 1) && one_partner_after(a, p + 1, head)) {
        // "Hambrecht and Quist Inc", "Corroon and Black Corp", and with
        // one more partner before a comma, "Kidder, Peabody and Co Inc":
        // partners' surnames, each one word no other stage claimed.
        and_at = p;
        first = p - 1;
        if (first >= s.first + 2 && token_text(a, first - 1) == "," && partner(a, s, first - 2)) first -= 2;
        break;
      } else if (token_text(a, p) == "&" && first < head && p > s.first && proper(a, p - 1) &&
                 !(a.span_at(p - 1) && a.span_at(p - 1)->type == NodeType::kPerson)) {
        // "&" joins the words of one company's name, a known name among
        // them: "Daily Mail & General Trust", "Market & Opinion Research".
        const Span* left = a.span_at(p - 1);
        first = left ? left->first : p - 1;
      } else if ((token_text(a, p) == "and" || token_text(a, p) == "&") && p + 1 == head && p > s.first &&
                 (token_text(a, head) == "Co" || token_text(a, head) == "Co." || token_text(a, head) == "Company") &&
                 proper(a, p - 1)) {
        // "Morgan Stanley and Co", "Peters & Co": the partners' firm.
        first = p;
      } else if (legislation && first < head && (token_text(a, p) == "of" || token_text(a, p) == "the") &&
                 p > s.first && a.tokens[first].capitalized) {
        // "the Freedom of Information Act", "the Representation of the
        // People Act": a law's name runs through "of [the]" to a
        // capitalised word before it.
        // "Section 5 of the Public Order Act" names a part of the law.
        uint32_t q = token_text(a, p) == "the" && p > s.first + 1 && token_text(a, p - 1) == "of" ? p - 1 : p;
        if (token_text(a, q) != "of" || q == s.first || !proper(a, q - 1) || a.span_at(q - 1) ||
            !a.tokens[q - 1].word || !a.tokens[q - 1].capitalized)
          break;
        std::string_view part = token_text(a, q - 1);
        if (part == "Section" || part == "Article" || part == "Part" || part == "Clause" || part == "Schedule" ||
            part == "Chapter" || part == "Title")
          break;
        first = q - 1;
      } else if (token_text(a, p) == "and" && !and_at && p > s.first && common_part(a, p - 1)) {
        // "International Organizations and World Political Processes
        // Department", "Trade and Industry Committee"; not two names
        // ("Sheffield United and Leicester City").
        and_at = p;
        first = p;
      } else {
        break;
      }
    }
    return first;
  }

  // Extends right from `last` over "of/for/on" + capitalised words. After
  // a company word, "of" and "in" say where the company is: "Technical Data
  // Corp of Boston", "SG Securities in Paris" (but "Texas Oil and Gas Corp").
  uint32_t extend_right(const Annotation& a, const Sentence& s, uint32_t last, bool company = false,
                        bool event = false) const {
    uint32_t end = last;
    const uint32_t start = last;
    // Nothing follows a legal form in a company's name: "Co Inc and
    // Salomon Brothers Inc" are two companies.
    if (company && lex_->company_forms.count(std::string(token_text(a, last - 1)))) {
      // Only another legal form: "Morgan Stanley and Co Inc", "Corp Ltd".
      while (end < s.last && !a.span_at(end) && lex_->company_forms.count(std::string(token_text(a, end)))) ++end;
      return end;
    }
    // "and" joins what a preposition governs ("Ministry of Trade and
    // Industry") or a company's trades ("Oil and Gas Corp"), not two names
    // ("Sheffield United and Leicester").
    bool governed = company;
    // "United Bank of Switzerland and Dillon Reed": after a place the name
    // is whole, and "and" joins another.
    bool placed = false;
    while (end < s.last) {
      std::string_view w = token_text(a, end);
      if (company && (w == "of" || w == "in")) break;
      // "Port Authority of New York and New Jersey": another place may follow.
      if (w == "and" && (!governed || (placed && !(end + 1 < s.last && a.span_at(end + 1) &&
                                                    (a.span_at(end + 1)->type == NodeType::kCountry ||
                                                     a.span_at(end + 1)->type == NodeType::kPlace)))))
        break;
      if (w != "and") governed = true;
      if (end + 1 < s.last && connector(w) && w != "the") {
        uint32_t q = end + 1;
        if (q < s.last && token_text(a, q) == "the") ++q;
        // After a connector, a word: "Ministry of Foreign Affairs", not
        // "Ministry of Foreign Affairs in 1990".
        // A title may follow too: "Office of the Deputy Prime Minister".
        const Span* title = q < s.last ? a.span_at(q) : nullptr;
        if (title && title->kind == SpanKind::kTitle && w == "of" && a.tokens[q].capitalized) {
          end = title->last;
          continue;
        }
        // "Commission for Africa in Cape Town": a city says where the body
        // meets, not what it is ("Cooperation in Europe" is).
        if (w == "in" && city_at(a, s, q)) break;
        // An event is where it is held, and on what channel it is shown:
        // "the Game Developers Conference in the US", "the Academy Awards
        // on the BBC" (but "the Conference on Security and Co-operation").
        if (event && q < s.last && a.span_at(q)) {
          NodeType where = a.span_at(q)->type;
          if ((w == "in" && where == NodeType::kCountry) || (w == "on" && where == NodeType::kOrganization)) break;
        }
        // "Ministry of Defence on Friday": a date ends the name.
        if (q < s.last && proper(a, q) && (a.tokens[q].capitalized || a.span_at(q)) &&
            !(w != "of" && calendar_word(token_text(a, q)))) {
          const Span* sp = a.span_at(q);
          uint32_t next = sp ? sp->last : q + 1;
          // "the Treaty on the Non-Proliferation of Nuclear Weapons": a
          // hyphen inside a word joins its capitalised parts.
          auto hyphen_join = [&](uint32_t t) {
            return t + 1 < s.last && joiner(a, t) && !a.span_at(t) && a.tokens[t + 1].capitalized && proper(a, t + 1);
          };
          while (next < s.last && ((proper(a, next) && !starts_person(a, s, next)) || possessive_join(a, s, next) ||
                                   hyphen_join(next))) {
            const Span* more = a.span_at(next);
            next = more ? more->last : next + 1;
          }
          // "of the" and a body with its own head is another body: "the
          // Faculty of World Politics of the Lomonosov Moscow State
          // University" names two.
          if (w == "of" && q > end + 1 && (has_body_head(a, q, next) || (end > start && body_span(a, q)))) break;
          placed = w == "of" && sp && sp->last == next &&
                   (sp->type == NodeType::kCountry || sp->type == NodeType::kPlace);
          end = next;
          continue;
        }
      }
      break;
    }
    return end;
  }

  // Lower-case words inside the names of French, Spanish, Portuguese and
  // Italian bodies.
  static bool name_particle(std::string_view w) {
    for (std::string_view p : {"de", "du", "des", "di", "del", "della", "do", "da", "dos", "das", "la", "le", "les",
                               "pour", "et", "y"})
      if (w == p) return true;
    return false;
  }

  // Words that start a sentence, not a name: "But Acme Corp said".
  static bool function_word(std::string_view w) {
    for (std::string_view f : {"The", "A", "An", "And", "But", "Or", "In", "On", "At", "For", "By", "As", "If", "When",
                               "While", "After", "Before", "Since", "With", "From", "To", "Of", "Its", "Their", "Both",
                               "Meanwhile", "However", "Also", "Then", "So", "Yet", "Now", "Under", "Over", "Last"})
      if (w == f) return true;
    return false;
  }

  // A partner's surname in a firm's name: one capitalised word, not the
  // sentence's first, that no stage claimed and that is no English word.
  bool partner(const Annotation& a, const Sentence& s, uint32_t t) const {
    if (t < s.first || t >= s.last || a.span_at(t) || !a.tokens[t].word || !a.tokens[t].capitalized) return false;
    if (sentence_start(a, t) && lex_->is_common_word(token_text(a, t))) return false;
    // One word: the one before is not part of a name ("Lewis-Westco"), nor
    // a company's word ("Ltd and Phillips Petroleum Co").
    if (t > s.first && ((a.tokens[t - 1].word && a.tokens[t - 1].capitalized) || !a.tokens[t].space_before)) return false;
    if (lex_->company_words.count(std::string(token_text(a, t)))) return false;
    // Acronyms are companies, not partners: "FMC and Goldman Sachs".
    return !lex_->is_common_word(token_text(a, t)) && !a.tokens[t].all_caps;
  }

  // Tokens [first, head) after a partners' "and": one surname, then only
  // the company's words ("Hambrecht and Quist Inc", "Lomas and Nettleton
  // Financial Corp"); more is another company ("Compaq and Apple Computer
  // Inc", "MCA and Cineplex Odeon Corp").
  bool one_partner_after(const Annotation& a, uint32_t first, uint32_t head) const {
    if (first > head) return false;
    if (first == head) return true;  // "Dillon, Read and Co"
    if (a.span_at(first) || a.tokens[first].all_caps || lex_->is_common_word(token_text(a, first))) return false;
    for (uint32_t t = first + 1; t < head; ++t)
      if (!lex_->company_words.count(std::string(token_text(a, t)))) return false;
    return true;
  }

  // A capitalised common word that is no name's head: a word of a body's
  // field ("Trade", "Organizations").
  bool common_part(const Annotation& a, uint32_t t) const {
    if (a.span_at(t) || !a.tokens[t].capitalized || sentence_start(a, t)) return false;
    std::string w(token_text(a, t));
    return lex_->is_common_word(w) && !lex_->is_given_name(w) && lex_->heads.count(w) == 0;
  }

  // A known given name and a capitalised word: a person's name, which
  // ends the body's ("University of Chicago John Smith").
  bool starts_person(const Annotation& a, const Sentence& s, uint32_t t) const {
    if (a.span_at(t) || t + 1 >= s.last || !a.tokens[t + 1].capitalized || a.span_at(t + 1)) return false;
    std::string_view w = token_text(a, t);
    return lex_->is_given_name(w) && !lex_->is_common_word(w);
  }

  // Token t is the possessive inside a name: "Supreme People's Assembly",
  // "Association of Children's Hospices", "Magistrates' Court". The word
  // before is a common noun or a saint's name, so "Russia's Foreign
  // Ministry" stays apart.
  bool possessive_join(const Annotation& a, const Sentence& s, uint32_t t) const {
    std::string_view w = token_text(a, t);
    if (!(w == "'s" || w == "\u2019s" || w == "'" || w == "\u2019") || a.tokens[t].space_before) return false;
    if (t == s.first || t + 1 >= s.last || !a.tokens[t + 1].capitalized || a.span_at(t + 1)) return false;
    // A saint's name: "St Fintian's High School", "St Mary's College".
    if (t >= s.first + 2 && a.tokens[t - 1].capitalized && !a.span_at(t - 1)) {
      std::string_view saint = token_text(a, t - 2);
      if (saint == "St" || saint == "St." || saint == "Saint") return true;
    }
    return common_part(a, t - 1);
  }

  // The meeting of a body: a named event, where a meeting of people is a
  // meeting event of the meetings stage.
  // Where up to three lower-case common nouns ending at token p - 1 start,
  // "and" between two of them; p when there are none.
  uint32_t field_start(const Annotation& a, const Sentence& s, uint32_t p) const {
    uint32_t q = p;
    for (int words = 0; words < 3 && q > s.first + 1; ++words) {
      std::string_view w = token_text(a, q - 1);
      bool joined = w == "and" && q - 1 < p && q - 2 > s.first;
      if (joined) w = token_text(a, q - 2);
      const uint32_t at = joined ? q - 2 : q - 1;
      if (a.span_at(at) || !a.tokens[at].word || a.tokens[at].capitalized || w.size() < 3 || !lex_->is_common_word(w) ||
          w.ends_with("ly") || w.ends_with("ed") || connector(w) || w == "new" || w == "own" || w == "said")
        break;
      q = at;
    }
    return q;
  }

  static bool gathering(const Annotation& a, uint32_t head) {
    std::string_view w = token_text(a, head);
    return w == "meeting" || w == "meetings";
  }

  // "the meeting of the Group of Seven", "the G-7 meeting" and "Group of
  // Seven talks" are one gathering of that body; "the February meeting of
  // the G7" another. Empty when no body names it.
  std::string body_key(const Annotation& a, uint32_t first, uint32_t last, uint32_t head) const {
    std::string_view w = token_text(a, head);
    if (!gathering(a, head) && w != "talks") return {};
    const Span* body = nullptr;
    for (uint32_t t = first; t < last && !body; ++t)
      if (const Span* sp = a.span_at(t); sp && sp->type == NodeType::kOrganization && sp->entity >= 0) body = sp;
    if (!body) return {};
    const std::string& id = a.entities[body->entity].id;
    std::string key = "event:";
    key.append(id, id.find(':') + 1);
    if (first < head && (first < body->first || first >= body->last)) key.append("_").append(slug(a.slice(first, head)));
    key.append("_meeting");
    return key;
  }

  // "Syrian crisis", "Syria crisis" and "crisis in Syria" are one event:
  // for an event or agreement that one country and its head words name,
  // the id is the country's slug and those words. Empty otherwise.
  std::string country_key(const Annotation& a, const Head& h, uint32_t first, uint32_t last, uint32_t head,
                          uint32_t rest) const {
    // A country's body named by a lower-case head after it ("the Kenyan
    // parliament", "Kenya's parliament" in definite_body_extractor.cpp)
    // is keyed by the country too; its government has its own key.
    bool body = h.type == NodeType::kOrganization && h.form == Head::Form::kLower &&
                token_text(a, head) != "government";
    if (h.type != NodeType::kEvent && h.type != NodeType::kAgreement && !body) return {};
    // "Russian intervention" is Russia's, "intervention in Ukraine" Ukraine's:
    // the country names the agent, not the place.
    std::string_view w = token_text(a, head);
    if (w == "intervention" || w == "invasion" || w == "meeting" || w == "meetings" || w == "talks") return {};
    const Span* c = nullptr;
    uint32_t words_first = head, words_last = head + 1;
    if (h.form == Head::Form::kLower) {
      c = a.span_at(first);
      if (!c || c->last != rest) return {};
      words_first = rest;
      words_last = last;
    } else if (h.form == Head::Form::kIn) {
      c = a.span_at(last - 1);
      if (first != head) return {};  // "the Russian intervention in Ukraine": two countries
    } else {
      return {};
    }
    if (!c || c->type != NodeType::kCountry || c->entity < 0) return {};
    const std::string& country = a.entities[c->entity].id;
    std::string words = slug(singular(std::string(a.slice(words_first, words_last))));
    // A country's crisis, conflict and civil war are what news calls one
    // strife by turns ("the Syrian crisis", "the Syrian conflict", "the
    // Syrian civil war"; "the Ukraine crisis", "the Ukrainian conflict"):
    // one key, the broadest word's.
    if (h.type == NodeType::kEvent && (words == "conflict" || words == "civil_war")) words = "crisis";
    return std::string(to_string(h.type)) + ":" + country.substr(country.find(':') + 1) + "_" + words;
  }

  // Token t is the possessive after a capitalised title, right before the
  // name's next word.
  bool titled_possessive(const Annotation& a, const Sentence& s, uint32_t t) const {
    std::string_view w = token_text(a, t);
    if (!(w == "'s" || w == "\u2019s") || a.tokens[t].space_before || t == s.first || t + 1 >= s.last) return false;
    const Span* title = a.span_at(t - 1);
    return title && title->kind == SpanKind::kTitle && title->last == t && a.tokens[title->first].capitalized &&
           a.tokens[t + 1].capitalized;
  }

  // A city or capital of the gazetteer is named at t.
  bool city_at(const Annotation& a, const Sentence& s, uint32_t t) const {
    const Span* sp = a.span_at(t);
    if (!sp || sp->first != t || sp->type != NodeType::kPlace) return false;
    std::string_view kind = place_kind_at(a, *lex_, s, t);
    return kind == "city" || kind == "capital";
  }

  // A known body of more than one word starts at t ("Moscow State
  // University").
  bool body_span(const Annotation& a, uint32_t t) const {
    const Span* sp = a.span_at(t);
    return sp && sp->first == t && sp->last - sp->first >= 2 && sp->type == NodeType::kOrganization;
  }

  // Tokens [first, last) hold the head word of an organization's name.
  bool has_body_head(const Annotation& a, uint32_t first, uint32_t last) const {
    for (uint32_t t = first; t < last; ++t) {
      if (a.span_at(t)) continue;
      auto [begin, end] = lex_->heads.equal_range(std::string(token_text(a, t)));
      for (auto it = begin; it != end; ++it)
        if (it->second.type == NodeType::kOrganization && it->second.form == Head::Form::kName) return true;
    }
    return false;
  }

  bool try_head(Annotation& a, const Sentence& s, uint32_t head, const Head& h) const {
    if (const Span* sp = a.span_at(head); sp && sp->kind != SpanKind::kTitle) return false;
    uint32_t first = head, last = head + 1;
    uint32_t rest = head;  // kLower: where the lower-case modifiers start
    switch (h.form) {
      case Head::Form::kName: {
        first = extend_left(a, s, head);
        // A landmark's name ends on its head ("Stansted Airport in Essex"),
        // and one that runs on is another name's ("Manic Street
        // Preachers", "Janet Street-Porter").
        if (h.type == NodeType::kPlace) {
          if (head + 1 < s.last && (a.tokens[head + 1].capitalized || token_text(a, head + 1) == "-")) return false;
          // A given name alone before it makes a person: "Wayne Bridge".
          if (first + 1 == head && lex_->is_given_name(token_text(a, first))) return false;
        }
        last = h.type == NodeType::kPlace
                   ? head + 1
                   : extend_right(a, s, head + 1, lex_->company_words.count(std::string(token_text(a, head))) > 0,
                                  h.type == NodeType::kEvent);
        // A company's trades and legal form may follow a head: "Merrill
        // Lynch Capital Markets", "Prudential-Bache Capital Funding Inc".
        if (h.type == NodeType::kOrganization && last == head + 1) {
          while (last < s.last && a.tokens[last].space_before && !a.span_at(last) &&
                 lex_->company_words.count(std::string(token_text(a, last))))
            ++last;
          // The name then starts where the company word's would.
          if (last > head + 1) first = extend_left(a, s, last - 1);
        }
        // A name ends on a noun: drop a trailing adjective or connector
        // ("Conference of the Syrian" opposition -> "Conference").
        while (last > head + 1) {
          const Span* tail = a.span_at(last - 1);
          std::string_view w = token_text(a, last - 1);
          if (tail && tail->kind == SpanKind::kAdjective) last = tail->first;
          else if (!tail && (connector(w) || w == "the")) --last;
          else break;
        }
        // A number right after the head is part of the name: "Security
        // Council Resolution 2254", "Protocol 14", "World War Two".
        // Scores follow a cup ("FA Cup 3-1"), so digits only follow a war.
        if (last == head + 1 && h.type != NodeType::kOrganization && last < s.last) {
          bool war = token_text(a, head) == "War";
          std::string_view next = token_text(a, last);
          if ((number(a, s, last) && (war || h.type == NodeType::kAgreement)) || ordinal_word(next) ||
              (war && next == "I"))
            ++last;
        }
        // "Bill" before a surname is a given name: "Microsoft's Bill Gates".
        if (last == head + 1 && lex_->is_given_name(token_text(a, head)) && last < s.last &&
            a.tokens[last].capitalized)
          return false;
        // A head alone ("Ministry said"), or after numbers only ("13th
        // Championship"), names nothing in particular.
        if (first == head && last == head + 1) return false;
        // A year dates an event: "the 2004 Olympics".
        if (last == head + 1 && std::all_of(a.tokens.begin() + first, a.tokens.begin() + head, [&](const Token& tok) {
              std::string_view w = a.text.substr(tok.start, tok.end - tok.start);
              bool year = w.size() == 4 && (w.starts_with("19") || w.starts_with("20")) && numeral(w);
              return numeral(w) && !(year && h.type == NodeType::kEvent);
            }))
          return false;
        break;
      }
      case Head::Form::kNumber: {
        if (!number(a, s, head + 1)) return false;
        first = extend_left(a, s, head);
        last = head + 2;
        break;
      }
      case Head::Form::kLower: {
        // Up to two lower-case modifiers of kind ("nuclear", "civil")
        // between the proper part and the head: "Iran nuclear deal".
        uint32_t& p = rest;
        for (int i = 0; i < 2 && p > s.first; ++i) {
          uint32_t q = p - 1;
          if (a.span_at(q) || !lex_->head_modifiers.count(std::string(token_text(a, q)))) break;
          p = q;
        }
        // A body's field may be any common nouns, joined by "and": "the
        // Venezuelan energy and mines ministry", "the Colombian coffee
        // producers federation".
        // Only after a country or a place, whose body it is: not "Moi told
        // parliament".
        if (h.type == NodeType::kOrganization)
          if (uint32_t q = field_start(a, s, p); q < p) {
            const Span* whose = a.span_at(q - 1);
            if (whose && whose->last == q && (whose->type == NodeType::kCountry || whose->type == NodeType::kPlace))
              p = q;
          }
        uint32_t left = extend_left(a, s, p);
        if (left == p) return false;  // nothing proper before: "the nuclear deal"
        // Numbers alone make no name ("160 round" in a table), but a year
        // does: "the 1985 accord".
        bool named = false;
        for (uint32_t t = left; t < p && !named; ++t) {
          std::string_view w = token_text(a, t);
          named = a.tokens[t].capitalized || a.span_at(t) ||
                  (w.size() == 4 && (w.substr(0, 2) == "19" || w.substr(0, 2) == "20") && number(a, s, t));
        }
        if (!named) return false;
        // "the G-7 meeting", "an OPEC meeting": a body's gathering; a
        // meeting named by people is a meeting of theirs (meetings stage).
        if (gathering(a, head) && !(body_span(a, left) || (a.span_at(left) && a.span_at(left)->type == NodeType::kOrganization &&
                                                           a.span_at(left)->last == p)))
          return false;
        first = left;
        break;
      }
      case Head::Form::kOf: {
        uint32_t q = head + 2;
        if (q < s.last && token_text(a, q) == "the" && gathering(a, head)) ++q;
        if (q >= s.last || token_text(a, head + 1) != "of" || !proper(a, q)) return false;
        const Span* sp = a.span_at(q);
        last = sp ? sp->last : q + 1;
        if (gathering(a, head)) {
          // "the meeting of the Group of Seven", "the ministerial meeting
          // of the Arctic Council", "the meeting of NATO foreign ministers".
          if (!sp || sp->type != NodeType::kOrganization) return false;
          if (last + 1 < s.last && token_text(a, last + 1) == "ministers") last += 2;
          else if (last < s.last && (token_text(a, last) == "ministers" || token_text(a, last) == "leaders")) ++last;
          if (head > s.first && (calendar_word(token_text(a, head - 1)) ||
                                 lex_->head_modifiers.count(std::string(token_text(a, head - 1)))))
            first = head - 1;
          break;
        }
        // Whose: "the Russian invasion of Ukraine".
        if (const Span* adj = head > s.first ? a.span_at(head - 1) : nullptr; adj && adj->kind == SpanKind::kAdjective)
          first = adj->first;
        break;
      }
      case Head::Form::kFirst: {
        // Capitalised words follow, joined by the particles of the
        // language ("Banca Nazionale del Lavoro", "Caisse des Depots"),
        // then a legal form ("Societe Generale SA").
        if (!a.tokens[head].capitalized) return false;
        uint32_t e = head + 1;
        while (e < s.last) {
          const Span* sp = a.span_at(e);
          if (a.tokens[e].capitalized && a.tokens[e].space_before && proper(a, e) &&
              !(sp && sp->type == NodeType::kPerson) && !calendar_word(token_text(a, e))) {
            e = sp ? sp->last : e + 1;
          } else if (name_particle(token_text(a, e))) {
            uint32_t n = e + 1;
            if (n < s.last && name_particle(token_text(a, n))) ++n;  // "de la"
            if (n >= s.last || !a.tokens[n].capitalized) break;
            e = n;
          } else {
            break;
          }
        }
        if (e == head + 1 || !a.tokens[e - 1].capitalized) return false;
        while (e < s.last && !a.span_at(e) && lex_->company_forms.count(std::string(token_text(a, e)))) ++e;
        last = e;
        break;
      }
      case Head::Form::kIn: {
        // "the war in Iraq", "the crisis in the Ukraine"
        uint32_t q = head + 2;
        if (q < s.last && token_text(a, q) == "the") ++q;
        if (q >= s.last || token_text(a, head + 1) != "in") return false;
        const Span* sp = a.span_at(q);
        if (!sp || sp->first != q || sp->kind != SpanKind::kName ||
            (sp->type != NodeType::kCountry && sp->type != NodeType::kPlace))
          return false;
        last = sp->last;
        if (const Span* adj = head > s.first ? a.span_at(head - 1) : nullptr; adj && adj->kind == SpanKind::kAdjective)
          first = adj->first;
        break;
      }
    }
    // "The" before a name is the article, not the name: "The Office of the
    // Deputy Prime Minister" after a dash, "The Medical Foundation".
    if (first < head && token_text(a, first) == "The" && !a.span_at(first)) ++first;
    std::string canonical, government_id;
    // "the Kenyan Government", "UK government", "Government of Kenya": one
    // body, the country's government. Other governments ("the Labour
    // government") are no names.
    if (token_text(a, head) == "government" || token_text(a, head) == "Government") {
      const Span* c = a.span_at(first < head ? first : head + 2 < last ? head + 2 : head);
      if (!c || c->type != NodeType::kCountry || c->entity < 0 ||
          !((c->first == first && c->last <= head) || (c->first == head + 2 && c->last == last)))
        return false;
      const Entity& country = a.entities[c->entity];
      government_id = "organization:government_of_" + country.id.substr(country.id.find(':') + 1);
      canonical = "Government of " + with_article(country.canonical);
    }
    // Keys from the spans inside, before they move.
    std::string country_id = country_key(a, h, first, last, head, rest);
    if (country_id.empty()) country_id = body_key(a, first, last, head);
    std::string name(a.slice(first, last));
    // Spans swallowed by the name become nested mentions.
    std::vector<Span> inner;
    for (const Span& sp : a.spans)
      if (sp.first >= first && sp.last <= last) inner.push_back(sp);
      else if (sp.first < last && first < sp.last) return false;  // straddles the name's edge
    a.spans.erase(std::remove_if(a.spans.begin(), a.spans.end(),
                                 [&](const Span& sp) { return sp.first >= first && sp.last <= last; }),
                  a.spans.end());
    std::string id = std::string(to_string(h.type)) + ":" + slug(singular(name));
    if (!government_id.empty()) id = government_id;
    if (!country_id.empty()) id = country_id;
    if (const Entity* known = known_company(a, inner, first, last)) id = known->id, canonical = known->canonical;
    if (!add_mention(a, first, last, h.type, id, canonical)) return false;
    // A country inside a name is still named ("Iran" in "Iran nuclear
    // deal"); a city or body inside one is not ("Geneva process", "Arctic
    // Council"), unless it is what the event acts on ("annexation of
    // Crimea").
    for (const Span& sp : inner) {
      if (sp.entity < 0) continue;
      // A body named after its city is in the city's country: "Moscow
      // State University", "Tokyo Stock Exchange".
      // So is a landmark named after its place: "Edinburgh Airport".
      if ((h.type == NodeType::kOrganization || h.type == NodeType::kPlace) &&
          a.entities[sp.entity].type == NodeType::kPlace)
        for (const Relation& r : std::vector<Relation>(a.relations))
          if (r.source == a.entities[sp.entity].id && r.type == relation::kLocatedIn)
            link(a, id, r.target, h.type);
      if (a.entities[sp.entity].type != NodeType::kCountry && !(h.form == Head::Form::kOf && sp.first > head)) continue;
      a.nested.push_back(sp);
      link(a, id, a.entities[sp.entity].id, h.type);
    }
    return true;
  }

  // "Imperial Oil Ltd", "Amoco Corp." (where the abbreviation ends the
  // sentence and no gazetteer form is written so), "British Petroleum
  // PLC": a company of the gazetteer named by the words before the legal
  // forms is that company, not another of its own name. Other bodies so
  // named are companies of their own ("SNP Inc" is not the party).
  const Entity* known_company(const Annotation& a, const std::vector<Span>& inner, uint32_t first,
                              uint32_t last) const {
    if (inner.size() != 1 || inner[0].first != first || inner[0].entity < 0 ||
        inner[0].type != NodeType::kOrganization || inner[0].last >= last)
      return nullptr;
    for (uint32_t t = inner[0].last; t < last; ++t)
      if (!lex_->company_forms.count(std::string(token_text(a, t)))) return nullptr;
    auto m = lex_->names.longest(a, first, inner[0].last);
    if (m.length != inner[0].last - first) return nullptr;
    const Entity& known = a.entities[inner[0].entity];
    for (uint32_t v : *m.values) {
      const LexEntry& e = lex_->entries[v];
      if (e.kind == LexKind::kOrganization && lex_->organizations[e.index].kind == "company" &&
          known.id == "organization:" + lex_->organizations[e.index].slug)
        return &known;
    }
    return nullptr;
  }

  // Plural heads name the same thing: "Minsk agreements" ~ "Minsk agreement".
  static std::string singular(std::string name) {
    for (std::string_view plural : {"agreements", "Agreements", "accords", "Accords", "elections", "Elections"})
      if (std::string_view(name).ends_with(plural)) {
        name.pop_back();
        break;
      }
    return name;
  }

  // A country named inside the name: an organization's country, an
  // agreement's party, a landmark's country.
  static void link(Annotation& a, const std::string& id, const std::string& country, NodeType type) {
    Relation r;
    if (type == NodeType::kOrganization) {
      r.source = id, r.target = country, r.type = std::string(relation::kAffiliatedWith);
    } else if (type == NodeType::kAgreement) {
      r.source = country, r.target = id, r.type = std::string(relation::kPartyTo);
    } else if (type == NodeType::kPlace) {
      r.source = id, r.target = country, r.type = std::string(relation::kLocatedIn);
    } else {
      return;
    }
    for (const Relation& old : a.relations)
      if (old.key() == r.key()) return;
    a.relations.push_back(std::move(r));
  }

  std::shared_ptr<const Lexicons> lex_;
};

}  // namespace

std::unique_ptr<Extractor> make_named_thing_extractor(std::shared_ptr<const Lexicons> lexicons) {
  return std::make_unique<NamedThingExtractor>(std::move(lexicons));
}

}  // namespace newsgraph::extract

// Agreements named by what they are, not by a proper name: "the 21 billion
// dlr package", "a 15-1/2 year rescheduling accord", "the U.S.-Japanese
// semiconductor pact", "the pact on microchip trade", "a confidentiality
// agreement". News, wire copy above all, names most deals this way; the
// named ones ("Minsk agreements", "Iran nuclear deal") are the head-word
// extractor's and come first.
//
// The phrase is the head (an agreement noun, lower-case) and the words that
// pin it down: before it, amounts and durations, lower-case nouns of its
// subject ("coffee", "loan", "rescheduling"), and names of its parties (a
// country, its adjective, a body: "G8 aid package"); or, when nothing
// comes before, "on" and its subject after it ("accord on coffee
// quotas"). A bare "the deal" names nothing and gives nothing; nor do
// determiners, verbs and evaluative adjectives, where the phrase stops
// ("reached a new loan agreement" is "loan agreement").
//
// Identity: a phrase with a party's name in it ("U.S. trade deal") is the
// same agreement wherever it is told, like any name; one of common words
// and numbers only ("loan agreement", "300 mln dlr loan") is scoped to its
// article, since two articles' "trade deal" are rarely one deal and merging
// them would make a hub of unrelated meetings.
#include <algorithm>
#include <array>
#include <cctype>

#include "extract/dates.h"
#include "extract/extractors.h"

namespace newsgraph::extract {

namespace {

constexpr std::array<std::string_view, 16> kHeads = {
    "agreement", "agreements", "accord", "accords", "pact",         "pacts",     "deal",  "deals",
    "treaty",    "package",    "loan",   "loans",   "rescheduling", "ceasefire", "truce", "plan"};
// Heads that name a deal only with an amount or a party: "economic
// package", "fresh loans", "debt rescheduling", "telecoms deal" are
// policies, money and kinds of deal; "the 21 billion dlr package", "the 925
// mln dlr loan" deals.
constexpr std::array<std::string_view, 5> kWeakHeads = {"package", "loan", "rescheduling", "deal", "plan"};
// Plurals name one thing only with a party ("the Minsk agreements"):
// "trade agreements" are a kind, "loans 38.76 billion" a balance sheet.
constexpr std::array<std::string_view, 5> kPluralHeads = {"agreements", "accords", "pacts", "deals", "loans"};
// Plurals of money lent or deals done are many things, whoever is party:
// "Brazilian loans", "Texaco deals".
constexpr std::array<std::string_view, 2> kCountedHeads = {"deals", "loans"};
// What a package of money must be for to be a deal rather than a policy
// ("the Japanese economic package"), when no amount is given.
constexpr std::array<std::string_view, 8> kPackageSubjects = {"aid",   "rescue", "bailout", "debt",
                                                              "rescheduling", "financing", "refinancing", "credit"};
// A plan is a deal only when it settles debts between its parties ("Dome's
// debt plan", "Brazil's restructuring plan"), and has a party or an
// amount; "peace plan", "business plan" or "tax plan" propose or decide,
// and "the plan" alone names nothing.
constexpr std::array<std::string_view, 6> kPlanSubjects = {"debt", "rescue", "bailout", "restructuring",
                                                           "refinancing", "rescheduling"};

// Words where a description stops: function words, evaluative or temporal
// adjectives that do not say which deal it is, and the verbs that make,
// break and judge deals. Words in -ly and -ed, superlatives and ordinals
// stop it too (stops_at).
constexpr std::string_view kStops[] = {
    "a",        "an",        "the",       "this",      "that",      "these",    "those",     "its",       "his",
    "her",      "their",     "our",       "your",      "my",        "which",    "what",      "whose",     "any",
    "each",     "every",     "some",      "no",        "other",     "another",  "such",      "same",      "new",
    "current",  "final",     "first",     "second",    "third",     "last",     "previous",  "earlier",   "latest",
    "recent",   "possible",  "tentative", "formal",    "informal",  "separate", "similar",   "major",     "big",
    "huge",     "landmark",  "historic",  "controversial", "initial", "original", "existing", "overall",  "broad",
    "wide",     "comprehensive", "key",   "important", "special",   "draft",    "good",      "bad",       "better",
    "fair",     "whole",     "entire",    "so-called", "one",       "two",      "three",     "several",   "many",
    "great",    "quick",     "fresh",     "further",   "more",      "less",     "only",      "also",      "all",
    "both",     "own",       "long",      "short",     "full",      "sign",     "strike",    "reach",     "seek",
    "seeking",  "to",        "who",       "whom",      "we",        "they",     "i",         "you",       "he",
    "she",      "it",        "us",        "them",      "and",       "or",       "but",       "of",        "for",
    "from",     "in",        "at",        "by",        "on",        "as",       "into",      "than",      "was",
    "were",     "is",        "are",       "be",        "been",      "has",      "have",      "had",       "will",
    "would",    "could",     "should",    "may",       "can",       "not",      "up",        "over",      "about",
    "under",    "with",      "made",      "without",   "vs",        "old",      "term",      "definitive",
    "conditional", "exclusive", "lasting", "binding",  "outstanding", "pending", "prior",     "outgoing",
    "favorable", "favourable", "unfavorable", "satisfactory", "acceptable", "prompt", "unanimous", "reaching",
    "signing",   "concluding", "negotiating", "seperate"};

// Nouns after a head that show the phrase is about something else: "the
// 11.5 pct minimum loan rate", "a loan increase", "agreement talks".
constexpr std::array<std::string_view, 22> kAfterHead = {
    "rate",     "rates",     "increase",  "increases", "loss",   "losses",     "guarantee", "guarantees",
    "portfolio", "portfolios", "talks",   "negotiations", "demand", "growth",   "payments",  "repayments",
    "officer",  "officers",  "book",      "market",    "markets", "programme"};

// Words after a deal's head that end its noun phrase: prepositions,
// conjunctions and auxiliaries ("Bolivia's agreement with the IMF",
// "Mexico's loan package will be signed").
constexpr std::array<std::string_view, 27> kAfterPossessive = {
    "with", "on",  "for",  "to",   "between", "in",   "of",    "and",   "or",
    "but",  "at",  "by",   "from", "under",   "as",   "was",   "is",    "are",
    "were", "will", "would", "could", "has",  "had",  "have",  "may",   "might"};

// Nouns that "ceasefire" modifies: "the ceasefire line", "the truce
// monitors".
constexpr std::array<std::string_view, 14> kTruceModified = {
    "line",   "lines",    "zone",      "monitors", "monitoring", "violation", "violations",
    "deadline", "proposal", "proposals", "plan",   "meeting",    "meetings",  "call"};

// After "on", words that say no deal's subject follows: "agreement on
// how to", "agreement on details", "agreement on ways".
constexpr std::array<std::string_view, 22> kVagueSubjects = {
    "how",   "what",     "whether", "when",     "where",      "why",        "ways",     "way",    "details",   "rules",
    "terms", "elements", "issues",  "points",   "steps",      "measures",   "principles", "conditions", "matters",
    "questions", "behalf", "condition"};
// Nouns in -ing that are a deal's subject, not an act: "accord on
// rescheduling", "agreement on shipping".
constexpr std::array<std::string_view, 13> kNounsInIng = {"rescheduling", "refinancing", "financing", "pricing",
                                                         "shipping",     "fishing",     "banking",   "lending",
                                                         "borrowing",    "spending",    "funding",   "dumping",
                                                         "trading"};
// Words that end a subject after "on" and start a clause: "a pact on
// currency stability when ...", "an agreement on quotas means ...".
constexpr std::array<std::string_view, 8> kClauseWords = {"when", "where", "whether", "while", "between",
                                                         "means", "how",   "what"};

// Conjunctions, prepositions and determiners that start another clause or
// phrase: "the court approved it because necessary agreements ...",
// "neither agreement".
constexpr std::array<std::string_view, 20> kClauseStarts = {
    "because", "through", "since", "although", "though", "while",  "if",    "unless", "after", "before",
    "during",  "until",   "via",   "said",     "says",   "neither", "either", "each",  "every", "any"};

// Words in -ed that name a kind of loan or deal, not an act: "a secured
// loan agreement", "the syndicated loan", "an amended accord".
constexpr std::array<std::string_view, 6> kKindsInEd = {"secured", "unsecured", "syndicated",
                                                        "amended", "restated",  "revised"};

bool stops_at(std::string_view w) {
  if (std::find(std::begin(kStops), std::end(kStops), w) != std::end(kStops)) return true;
  if (in(kClauseStarts, w)) return true;
  if (std::find(kKindsInEd.begin(), kKindsInEd.end(), w) != kKindsInEd.end()) return false;
  auto ends = [&](std::string_view e) { return w.size() > e.size() + 2 && w.ends_with(e); };
  return ends("ly") || ends("ed") || ends("est") || (ends("th") && !w.ends_with("wth"));  // "growth" is a subject
}

// Words of an amount or a term: "21 billion dlr", "15-1/2 year", "five-year".
constexpr std::array<std::string_view, 16> kAmountWords = {"billion", "bln", "mln", "million", "dlr", "dlrs",
                                                           "dollar",  "pct", "year", "years", "month", "stg",
                                                           "yen",     "trillion", "pound", "euro"};

bool numeric(std::string_view w) {
  auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  return !w.empty() && digit(w.front()) &&
         std::all_of(w.begin(), w.end(), [&](char c) { return digit(c) || c == '.' || c == ',' || c == '/'; });
}

// "1986" before a deal dates it ("the July 1986 pact"); it is not its name.
bool year(std::string_view w) {
  return w.size() == 4 && (w.starts_with("19") || w.starts_with("20")) && numeric(w);
}

// A description told in the article: its slug, its id, and what it is
// about: its common words but the head, folded to the singular
// ("semiconductor"), and the numbers of its amount.
struct Told {
  std::string key, id;
  std::vector<std::string> subject, numbers;
};

// "17_year_rescheduling_agreement" ends with the words "rescheduling_agreement".
bool ends_with_words(std::string_view longer, std::string_view shorter) {
  return longer.size() > shorter.size() && longer.ends_with(shorter) &&
         longer[longer.size() - shorter.size() - 1] == '_';
}

// Adjectives that say how many are party to a deal, not what it is about:
// "a bilateral semiconductor pact" is about semiconductors.
constexpr std::array<std::string_view, 6> kPartiesAdjectives = {"bilateral", "multilateral", "trilateral",
                                                                "international", "regional",  "mutual"};

// "the accord on semiconductors ... a bilateral semiconductor pact": two
// descriptions of one article with one subject, and amounts that do not
// differ, are one deal, told again in other words. A subject with one word
// more is another deal ("an accord on coffee quotas ... the current coffee
// agreement"), and amounts tell deals apart ("the 600 mln ECU loan ... the
// 100 mln ECU loan").
bool same_subject(const Told& earlier, const Told& now) {
  if (!earlier.numbers.empty() && !now.numbers.empty() && earlier.numbers != now.numbers) return false;
  auto about = [](const std::vector<std::string>& words) {
    std::vector<std::string> out;
    for (const std::string& w : words)
      if (!in(kPartiesAdjectives, w)) out.push_back(w);
    return out;
  };
  std::vector<std::string> a = about(earlier.subject), b = about(now.subject);
  return !a.empty() && a == b;
}

class DescribedAgreementExtractor : public Extractor {
 public:
  std::string_view name() const override { return "described_agreements"; }

  void run(Annotation& a) const override {
    std::vector<Told> told;  // this article's descriptions, in order
    for (const Sentence& s : a.sentences)
      for (uint32_t t = s.first; t < s.last; ++t)
        if (Span* named = named_before_subject(a, s, t)) named->last = subject_after(a, s, t);
    for (const Sentence& s : a.sentences)
      for (uint32_t t = s.first; t < s.last; ++t)
        // "rescheduling agreement", "loan agreement": the last head is the
        // head; "deals with" is the verb.
        if (a.tokens[t].word && !a.tokens[t].capitalized && !a.span_at(t) && in(kHeads, token_text(a, t)) &&
            !(t + 1 < s.last && (in(kHeads, token_text(a, t + 1)) ||
                                 (token_text(a, t).starts_with("deal") && token_text(a, t + 1) == "with"))))
          describe(a, s, t, told);
    for (const Sentence& s : a.sentences)
      for (uint32_t t = s.first; t + 1 < s.last; ++t) the_ceasefire(a, s, t);
  }

 private:
  // "violating the cease-fire", "cooperate in the ceasefire": a truce said
  // with "the" alone is the one the article is about, its own agreement
  // (`agreement:ceasefire_in_<doc>`), unless the word after makes it a
  // modifier ("the ceasefire line", "the ceasefire talks").
  static void the_ceasefire(Annotation& a, const Sentence& s, uint32_t t) {
    std::string_view before = token_text(a, t);
    if ((before != "the" && before != "The") || !a.document) return;
    uint32_t head = t + 1, end = head + 1;
    std::string_view w = token_text(a, head);
    if (w == "cease" && head + 2 < s.last && token_text(a, head + 1) == "-" && token_text(a, head + 2) == "fire" &&
        !a.tokens[head + 1].space_before && !a.tokens[head + 2].space_before)
      end = head + 3;
    else if (w != "ceasefire" && w != "truce")
      return;
    for (uint32_t u = head; u < end; ++u)
      if (a.span_at(u)) return;
    if (end < s.last && a.tokens[end].word && !a.tokens[end].capitalized) {
      std::string_view next = token_text(a, end);
      if (in(kAfterHead, next) || in(kHeads, next) || in(kTruceModified, next)) return;
    }
    add_mention(a, head, end, NodeType::kAgreement, "agreement:ceasefire_in_" + slug(a.document->id), "");
  }

  // Whether token p is part of an amount or a term: "21 billion dlr",
  // "15-1/2 year", "17-year" (hyphens and slashes written inside a word).
  static bool amount_part(const Annotation& a, uint32_t p) {
    std::string_view w = token_text(a, p);
    if (w == "-" || w == "/") return !a.tokens[p].space_before;
    return (numeric(w) && !year(w)) || in(kAmountWords, w) || w == "$" || w == "\u00a3";
  }

  // "the Paris accord on currency stability ... reaffirm the currency
  // pact": the one agreement of the article named with every word that
  // describes this one (in its name or its subject after "on"), when its
  // head is an agreement noun too; empty if none or several.
  static std::string named_agreement(const Annotation& a, uint32_t first, uint32_t head) {
    auto lower = [](std::string_view w) {
      std::string out(w);
      for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return out;
    };
    std::string found;
    for (const Span& sp : a.spans) {
      if (sp.type != NodeType::kAgreement || sp.kind != SpanKind::kName || sp.entity < 0 || sp.last - sp.first < 2)
        continue;
      // Its head ends it or comes before the subject it took in.
      uint32_t h = sp.last - 1;
      for (uint32_t u = sp.first + 1; u < sp.last; ++u)
        if (token_text(a, u) == "on") {
          h = u - 1;
          break;
        }
      if (!in(kHeads, lower(token_text(a, h)))) continue;
      // A name has a proper word; a description's subject is same_subject's.
      bool proper = false;
      for (uint32_t u = sp.first; u < h && !proper; ++u) proper = a.tokens[u].capitalized;
      if (!proper) continue;
      // Its words, and those of its subject after "on": "the Paris accord
      // on currency stability".
      uint32_t end = h + 1 < sp.last ? sp.last : h;
      if (end == h && sp.last + 1 < a.tokens.size() && token_text(a, sp.last) == "on")
        end = std::min<uint32_t>(sp.last + 4, static_cast<uint32_t>(a.tokens.size()));
      bool all = true;
      for (uint32_t t = first; t < head && all; ++t) {
        bool seen = false;
        for (uint32_t u = sp.first; u < end && !seen; ++u) seen = lower(token_text(a, u)) == lower(token_text(a, t));
        all = seen;
      }
      if (!all) continue;
      const std::string& id = a.entities[sp.entity].id;
      if (!found.empty() && found != id) return "";
      found = id;
    }
    return found;
  }

  // Fills `told`'s subject and numbers from the phrase [first, last).
  static void subject_of(const Annotation& a, uint32_t first, uint32_t last, uint32_t head, Told& told) {
    for (uint32_t t = first; t < last; ++t) {
      std::string_view w = token_text(a, t);
      if (numeric(w)) told.numbers.emplace_back(w);
      if (t == head || !a.tokens[t].word || a.tokens[t].capitalized || a.span_at(t) || amount_part(a, t) ||
          year(w) || w == "on")
        continue;
      std::string word(w);
      if (word.size() > 3 && word.back() == 's' && !word.ends_with("ss")) word.pop_back();
      told.subject.push_back(std::move(word));
    }
    for (auto* v : {&told.subject, &told.numbers}) {
      std::sort(v->begin(), v->end());
      v->erase(std::unique(v->begin(), v->end()), v->end());
    }
  }

  // A name of an agreement that ends at the head t, when its subject
  // follows: "the 1986 bilateral pact on computer chip trade", "the Paris
  // accord on currency stability". The subject is the name's too, as it
  // is a description's. Spans stay sorted when it takes the subject in, as
  // no span starts in it.
  static Span* named_before_subject(Annotation& a, const Sentence& s, uint32_t t) {
    if (!a.tokens[t].word || a.tokens[t].capitalized || !in(kHeads, token_text(a, t))) return nullptr;
    const Span* sp = a.span_at(t);
    if (!sp || sp->type != NodeType::kAgreement || sp->kind != SpanKind::kName || sp->last != t + 1 ||
        !subject_after(a, s, t))
      return nullptr;
    return &a.spans[static_cast<size_t>(sp - a.spans.data())];
  }

  // The end of a short subject after "on" at head + 1: up to three
  // lower-case words that end the clause or the phrase; 0 where none.
  static uint32_t subject_after(const Annotation& a, const Sentence& s, uint32_t head) {
    if (head + 2 >= s.last || token_text(a, head + 1) != "on" || a.span_at(head + 1)) return 0;
    // "agreement on how to", "agreement on details", "an accord on
    // cutting output": a question, a vague noun or an act is no subject
    // that names a deal.
    std::string_view subject = token_text(a, head + 2);
    if (in(kVagueSubjects, subject) || (subject.size() > 5 && subject.ends_with("ing") && !in(kNounsInIng, subject)))
      return 0;
    uint32_t end = head + 2;
    while (end < s.last && end < head + 5 && a.tokens[end].word && !a.tokens[end].capitalized && !a.span_at(end) &&
           !stops_at(token_text(a, end)) && !in(kClauseWords, token_text(a, end)))
      ++end;
    if (end == head + 2) return 0;
    // "accord on semi-conductors": the subject's word goes on past the hyphen.
    if (end < s.last && !a.tokens[end].space_before && !a.tokens[end].word) {
      std::string_view w = token_text(a, end);
      if (w == "-" || w == "/") return 0;
    }
    // A verb or a function word ends the subject ("a pact on microchip
    // trade signed last September", "an accord on coffee quotas is
    // uncertain"); another noun or a name runs it on: not a short
    // description.
    if (end < s.last && a.tokens[end].word && !a.span_at(end) && !stops_at(token_text(a, end)) &&
        !in(kClauseWords, token_text(a, end)))
      return 0;
    return end;
  }

  // Whether token t, capitalised and claimed by no stage, is the first word
  // of an organization's name in the article.
  static bool short_company_name(const Annotation& a, uint32_t t) {
    if (!a.tokens[t].word || !a.tokens[t].capitalized || a.span_at(t) || sentence_start(a, t)) return false;
    std::string_view w = token_text(a, t);
    for (const Span& sp : a.spans)
      if (sp.type == NodeType::kOrganization && sp.kind == SpanKind::kName && sp.last > sp.first + 1 &&
          token_text(a, sp.first) == w)
        return true;
    return false;
  }

  // Whether the span at p names a party: a country, its adjective, a body.
  static bool party_at(const Annotation& a, uint32_t p) {
    const Span* sp = a.span_at(p);
    return sp && sp->entity >= 0 && (sp->type == NodeType::kCountry || sp->type == NodeType::kOrganization) &&
           (sp->kind == SpanKind::kName || sp->kind == SpanKind::kAdjective);
  }

  void describe(Annotation& a, const Sentence& s, uint32_t head,
                std::vector<Told>& told) const {
    // "loan rate", "loan increase": the noun phrase goes on past the head.
    if (head + 1 < s.last && in(kAfterHead, token_text(a, head + 1))) return;
    uint32_t first = head, words = 0;
    bool possessive = false;
    while (first > s.first) {
      const uint32_t p = first - 1;
      std::string_view w = token_text(a, p);
      // "Dome's restructuring plan": a party's possessive, or that of a
      // company's short name the later stages resolve ("Dome" for "Dome
      // Petroleum Ltd").
      // A possessive is a determiner: the phrase starts with it.
      if ((w == "'s" || w == "\u2019s") && p > s.first) {
        if (party_at(a, p - 1)) {
          first = a.span_at(p - 1)->first;
          possessive = true;
        } else if (short_company_name(a, p - 1)) {
          first = p - 1;
          possessive = true;
        }
        break;
      }
      if (const Span* sp = a.span_at(p)) {
        if (!party_at(a, p)) break;
        first = sp->first;
        // "U.S.-Japanese": two parties joined by a hyphen.
        if (first > s.first + 1 && token_text(a, first - 1) == "-" && party_at(a, first - 2))
          first = a.span_at(first - 2)->first;
        continue;
      }
      if (amount_part(a, p)) {
        first = p;
        continue;
      }
      if (!a.tokens[p].word || a.tokens[p].capitalized || stops_at(w) || calendar_word(w) || year(w) || ++words > 4)
        break;
      first = p;
    }
    // "Britain wants agreement", "Venezuela reviews foreign deals": a word
    // in -s right after a name is the name's verb, and the phrase starts
    // after it.
    for (uint32_t t = head; t-- > first + 1;) {
      std::string_view w = token_text(a, t);
      if (a.tokens[t].word && !a.span_at(t) && w.ends_with("s") && !w.ends_with("ss") && party_at(a, t - 1)) {
        first = t + 1;
        break;
      }
    }
    // "1987/88 farm price package": a phrase does not start inside a word.
    while (first < head && first > s.first && !a.tokens[first].space_before) ++first;
    bool amount = false;
    for (uint32_t t = first; t < head; ++t) {
      std::string_view w = token_text(a, t);
      amount = amount || numeric(w) || w == "$" || w == "\u00a3";
    }
    // An amount's words without a number are no amount: "billion-dollar
    // telecoms deal" is a "telecoms deal".
    while (first < head && !amount) {
      std::string_view w = token_text(a, first);
      if (!in(kAmountWords, w) && w != "-" && w != "/") break;
      ++first;
    }
    // 'the "Minsk" ceasefire agreement': a quoted name before is part of a
    // name this reading cannot make whole.
    if (first > s.first) {
      std::string_view before = token_text(a, first - 1);
      if (before == "\"" || before == "\u201d" || before == "'" || before == "\u2019") return;
    }
    // "Argentina's loan request", "Britain's treaty obligations": after a
    // possessive, the noun phrase may run on past the head, and where a
    // word other than a function word follows, it is taken to.
    if (possessive && head + 1 < s.last && a.tokens[head + 1].word && !a.tokens[head + 1].capitalized) {
      std::string_view next = token_text(a, head + 1);
      bool ends = std::find(std::begin(kStops), std::end(kStops), next) != std::end(kStops) ||
                  in(kClauseStarts, next) || in(kAfterPossessive, next) || next.ends_with("ed") || next.ends_with("ly");
      if (!ends) return;
    }
    bool proper = false;
    for (uint32_t t = first; t < head; ++t) proper = proper || party_at(a, t) || (t == first && short_company_name(a, t));
    std::string_view head_word = token_text(a, head);
    if (in(kWeakHeads, head_word) && !amount && !proper) return;
    if (in(kPluralHeads, head_word) && (!proper || in(kCountedHeads, head_word))) return;
    if (head_word == "package" && !amount) {
      bool subject = false;
      for (uint32_t t = first; t < head; ++t) subject = subject || in(kPackageSubjects, token_text(a, t));
      if (!subject) return;
    }
    if (head_word == "plan") {
      bool subject = false;
      for (uint32_t t = first; t < head; ++t) subject = subject || in(kPlanSubjects, token_text(a, t));
      if (!subject) return;
    }
    // "the pact on microchip trade", "a 1986 bilateral pact on computer
    // chip trade": the subject after "on" is part of the description, and
    // all of it where nothing comes before. A bare "deal on" is no name of
    // one ("a deal on future financing").
    uint32_t last = head + 1;
    if (first == head && head_word == "deal") return;
    if (uint32_t end = subject_after(a, s, head)) last = end;
    else if (first == head) return;
    for (const Span& sp : a.spans)
      if (sp.first < last && first < sp.last && (sp.first < first || sp.last > last)) return;  // straddles an edge
    std::string phrase(a.slice(first, last));
    const std::string key = slug(phrase);
    std::string id = "agreement:" + key;
    if (!proper && a.document) id.append("_in_").append(slug(a.document->id));
    // "the 17-year rescheduling agreement ... the rescheduling agreement":
    // a description that ends an earlier one of the article is that one.
    Told now{key, id, {}, {}};
    subject_of(a, first, last, head, now);
    for (const Told& earlier : told)
      if (ends_with_words(earlier.key, key) || (!proper && same_subject(earlier, now))) {
        id = earlier.id;
        break;
      }
    if (std::string named = named_agreement(a, first, head); !named.empty()) id = named;
    // Names inside become nested mentions: the country stays named.
    std::vector<Span> inner;
    for (const Span& sp : a.spans)
      if (sp.first >= first && sp.last <= last) inner.push_back(sp);
    a.spans.erase(std::remove_if(a.spans.begin(), a.spans.end(),
                                 [&](const Span& sp) { return sp.first >= first && sp.last <= last; }),
                  a.spans.end());
    if (!add_mention(a, first, last, NodeType::kAgreement, id, "")) {
      for (Span& sp : inner) a.add_span(std::move(sp));
      return;
    }
    now.id = id;
    told.push_back(std::move(now));
    for (const Span& sp : inner) {
      if (sp.entity < 0) continue;
      a.nested.push_back(sp);
      if (a.entities[sp.entity].type != NodeType::kCountry) continue;
      Relation r;
      r.source = a.entities[sp.entity].id;
      r.target = id;
      r.type = std::string(relation::kPartyTo);
      if (std::none_of(a.relations.begin(), a.relations.end(), [&](const Relation& o) { return o.key() == r.key(); }))
        a.relations.push_back(std::move(r));
    }
  }
};

}  // namespace

std::unique_ptr<Extractor> make_described_agreement_extractor() {
  return std::make_unique<DescribedAgreementExtractor>();
}

}  // namespace newsgraph::extract

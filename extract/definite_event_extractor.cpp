// Events an article names by a definite description of their kind: "the
// general election", "the next election", "the referendum". News writes so of the one event of that kind the article
// is about, and a reader takes it as that event ("the general election" of
// a British politics story in 2005 is the 2005 one). The named ones ("the
// 2004 Olympics", "the Iraqi election", "the Scottish referendum") are the
// head-word extractor's and come first; this stage only reads tokens no
// other has claimed.
//
// The phrase is "the", kind words ("general", "presidential") or words of
// time that keep the event ("next", "forthcoming"), and the head. Not
// taken: an indefinite or past event ("a general election", "the last
// election": another one than the article's), and a head that modifies
// the noun after it ("the election campaign", "the referendum result").
//
// Identity: the one event of its kind the article has already, named or
// described, of which this is a second mention ("the 2005 general
// election ... the election"); none where it has several; else scoped to
// the article
// ("event:general_election_in_<doc>"), as for agreements told by
// description: two articles' "the referendum" are one only where a name
// says so.
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "extract/extractors.h"

namespace newsgraph::extract {

namespace {

struct Kind {
  std::string_view head;
  NodeType type;
};

const std::vector<Kind>& kinds() {
  // Not "the ceasefire", "the truce": an article at war names several
  // (the Minsk one, the Syrian one), and the bare one is as often a
  // second mention of a named one as an agreement of its own.
  static const std::vector<Kind> all = {
      {"election", NodeType::kEvent},
      {"elections", NodeType::kEvent},
      {"referendum", NodeType::kEvent},
  };
  return all;
}

// Words of kind, part of the event's name: "the general election".
constexpr std::array<std::string_view, 9> kKindWords = {"general",     "presidential", "parliamentary",
                                                        "legislative", "local",        "mayoral",
                                                        "leadership",  "national",     "federal"};
// Words of time that keep the article's event: "the next election" is the
// one to come that the article is about. Not in the name.
constexpr std::array<std::string_view, 5> kTimeWords = {"next", "forthcoming", "coming", "upcoming", "planned"};
// Words after the head that end its phrase: a preposition, a conjunction,
// a verb of being or of time ("the election in May", "the referendum will
// be held"). Any other lower-case word is a noun the head modifies.
constexpr std::array<std::string_view, 32> kPhraseEnds = {
    "in",  "on",  "at",   "to",    "for",    "with",   "from", "after", "before", "by",   "as",
    "and", "or",  "but",  "was",   "is",     "were",   "are",  "has",   "had",    "have", "will",
    "would", "could", "may", "might", "should", "can", "due",  "which", "that",   "this"};

class DefiniteEventExtractor : public Extractor {
 public:
  std::string_view name() const override { return "definite_events"; }

  void run(Annotation& a) const override {
    for (const Sentence& s : a.sentences)
      for (uint32_t t = s.first; t + 1 < s.last; ++t)
        if (token_text(a, t) == "the" || token_text(a, t) == "The") t = try_at(a, s, t);
  }

 private:
  // The phrase after "the" at t, if any; returns the token to go on from.
  uint32_t try_at(Annotation& a, const Sentence& s, uint32_t the) const {
    uint32_t t = the + 1, first = 0;
    std::vector<std::string_view> kind_words;
    // "general" is also a title ("General Mark Milley"): a kind word may
    // be one, and is taken back from it.
    auto title_word = [&](uint32_t k) {
      const Span* sp = a.span_at(k);
      return sp && sp->kind == SpanKind::kTitle && sp->first == k && sp->last == k + 1 &&
             in(kKindWords, token_text(a, k));
    };
    std::vector<uint32_t> titled;  // kind words read as titles
    while (t < s.last && (!a.span_at(t) || title_word(t))) {
      std::string_view w = token_text(a, t);
      if (a.span_at(t)) titled.push_back(t);
      if (in(kKindWords, w)) {
        if (kind_words.empty()) first = t;
        kind_words.push_back(w);
      } else if (!in(kTimeWords, w) || !kind_words.empty()) {
        break;
      }
      ++t;
    }
    if (kind_words.empty()) first = t;
    for (const Kind& k : kinds()) {
      const uint32_t last = t + 1;
      if (last > s.last || a.span_at(t) || token_text(a, t) != k.head || !ends_phrase(a, s, last)) continue;
      // The name: the kind words and the head, in the singular.
      std::string label;
      for (std::string_view w : kind_words) label.append(w).append(" ");
      label += k.head == "elections" ? std::string_view("election") : k.head;
      // A second mention of the one the article has already; of one of
      // several, no new event.
      auto [named, count] = named_ones(a, k);
      if (count > 1) return last - 1;
      std::string id = named;
      if (id.empty()) {
        id = std::string(to_string(k.type)) + ":" + slug(label);
        if (a.document) id.append("_in_").append(slug(a.document->id));
      }
      // The mention starts at the kind words: "the" and the words of time
      // are no part of the name.
      a.spans.erase(std::remove_if(a.spans.begin(), a.spans.end(),
                                   [&](const Span& sp) {
                                     return sp.kind == SpanKind::kTitle &&
                                            std::find(titled.begin(), titled.end(), sp.first) != titled.end();
                                   }),
                    a.spans.end());
      add_mention(a, first, last, k.type, id, named.empty() ? label : std::string());
      return last - 1;
    }
    return the;
  }

  // The events of this kind the article has already, named ("the 2005
  // general election", "the US presidential election") or described
  // before ("the general election ... the election"): the first one's id
  // and how many there are.
  static std::pair<std::string, int> named_ones(const Annotation& a, const Kind& k) {
    const std::string_view word = k.head.substr(0, 8);  // "election" of "elections"
    std::string first;
    int count = 0;
    for (const Entity& e : a.entities)  // one entity per id
      if (e.type == k.type && e.id.find(word) != std::string::npos) {
        if (first.empty()) first = e.id;
        ++count;
      }
    return {first, count};
  }

  static bool ends_phrase(const Annotation& a, const Sentence& s, uint32_t t) {
    if (t >= s.last) return true;
    const Token& tok = a.tokens[t];
    std::string_view w = token_text(a, t);
    if (!tok.word || tok.capitalized || (w[0] >= '0' && w[0] <= '9')) return true;
    return in(kPhraseEnds, w);
  }
};

}  // namespace

std::unique_ptr<Extractor> make_definite_event_extractor() { return std::make_unique<DefiniteEventExtractor>(); }

}  // namespace newsgraph::extract

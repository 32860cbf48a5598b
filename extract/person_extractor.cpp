// People: runs of capitalised words that a title precedes ("President
// Vladimir Putin", "Mr Blair"), that start with a known given name
// ("Victoria Nuland"), or that a speech verb follows ("Alexei Arbatov said").
#include <array>
#include <set>
#include <string>

#include "extract/extractors.h"

namespace newsgraph::extract {

namespace {

// Lower-case particles inside names: "Staffan de Mistura", "Bashar al-Assad".
constexpr std::array<std::string_view, 22> kParticles = {"de", "da", "del", "della", "der", "den", "di", "du",
                                                         "van", "von", "al", "el", "bin", "ibn", "ben", "abu",
                                                         "bint", "dos", "das", "la", "le", "ter"};

// Capitalised words that are never part of a name.
constexpr std::array<std::string_view, 26> kNeverNames = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
    "March", "April", "June", "July", "August", "September", "October", "November", "December",
    "I", "God", "Christmas", "Easter", "Ramadan", "Internet", "Web", "TV"};

// Verbs of speech that follow a person's name in news.
// Capitalised words that a title may precede but that are no names: a
// sentence's pronoun or article after a broken title ("Secretary of State We").
constexpr std::array<std::string_view, 16> kClosedClass = {"We", "The", "He", "She", "It", "They", "This", "That",
                                                          "I",  "A",   "An", "In",  "On", "At",   "And",  "But"};

// Verbs that follow a person's name in news: speech, and meeting.
constexpr std::array<std::string_view, 16> kSpeechVerbs = {"said",   "says",  "told",     "added",   "tweeted", "wrote",
                                                           "stressed", "noted", "insisted", "argued", "warned",  "asked",
                                                           "met",    "meets", "urged",    "replied"};

class PersonExtractor : public Extractor {
 public:
  explicit PersonExtractor(std::shared_ptr<const Lexicons> lex) : lex_(std::move(lex)) {}
  std::string_view name() const override { return "people"; }

  void run(Annotation& a) const override {
    // Title-case sentences (headlines) come last: there, only names seen
    // in the running text, or after a title, count.
    std::vector<const Sentence*> headlines;
    const std::set<std::string> not_people = things(a);
    for (const Sentence& s : a.sentences) {
      if (title_case(a, s, *lex_)) {
        headlines.push_back(&s);
        continue;
      }
      for (uint32_t t = s.first; t < s.last;) {
        uint32_t end = run_end(a, s, t);
        if (end == t) {
          ++t;
          continue;
        }
        consider(a, s, t, end, not_people);
        t = end;
      }
    }
    std::vector<std::vector<std::string_view>> known;
    for (const Span& sp : a.spans)
      if (sp.type == NodeType::kPerson && sp.last - sp.first >= 2) {
        std::vector<std::string_view> words;
        for (uint32_t t = sp.first; t < sp.last; ++t) words.push_back(token_text(a, t));
        known.push_back(std::move(words));
      }
    for (const Sentence* s : headlines)
      for (uint32_t t = s->first; t < s->last; ++t) {
        if (!name_word(a, t)) continue;
        if (title_before(a, t)) {
          uint32_t end = run_end(a, *s, t);
          if (end > t) consider(a, *s, t, end, not_people);
          continue;
        }
        size_t best = 0;
        for (const auto& words : known) {
          if (words.size() <= best || t + words.size() > s->last) continue;
          bool same = true;
          for (size_t i = 0; i < words.size() && same; ++i) same = token_text(a, t + static_cast<uint32_t>(i)) == words[i];
          if (same) best = words.size();
        }
        if (best) {
          uint32_t end = t + static_cast<uint32_t>(best);
          add_mention(a, t, end, NodeType::kPerson, person_id(*lex_, a.slice(t, end)), "");
          t = end - 1;
        }
      }
  }

 private:
  bool free_word(const Annotation& a, uint32_t t) const {
    return a.tokens[t].word && !a.span_at(t);
  }
  bool name_word(const Annotation& a, uint32_t t) const {
    if (!free_word(a, t) || !a.tokens[t].capitalized) return false;
    std::string_view w = token_text(a, t);
    return !in(kNeverNames, w) && !(a.tokens[t].all_caps && w.size() > 4);  // "NATO"-like acronyms
  }
  bool particle(const Annotation& a, uint32_t t) const { return free_word(a, t) && in(kParticles, token_text(a, t)); }
  bool hyphen(const Annotation& a, uint32_t t) const {
    std::string_view w = token_text(a, t);
    return (w == "-" || w == "\u2010") && !a.tokens[t].space_before && t + 1 < a.tokens.size() &&
           !a.tokens[t + 1].space_before;
  }

  // The end of the name run starting at t (t itself when none starts there).
  uint32_t run_end(const Annotation& a, const Sentence& s, uint32_t t) const {
    uint32_t e = t;
    auto continues = [&](uint32_t i) {  // a name word, maybe after particles/hyphens
      uint32_t j = i;
      while (j < s.last && (particle(a, j) || hyphen(a, j))) ++j;
      if (j < s.last && name_word(a, j)) return j + 1;
      // "Kim Jong-il", "Li Gun-mo": a syllable after a hyphen.
      // Both syllables are short, and a word comes before them ("Putin-era"
      // and "Blair-led" are no names).
      if (j == i + 1 && hyphen(a, i) && i > t + 1 && j < s.last && free_word(a, j) && !a.tokens[j].capitalized &&
          token_text(a, j).size() <= 4 && token_text(a, i - 1).size() <= 4)
        return j + 1;
      return i;
    };
    if (name_word(a, t)) e = t + 1;
    else if ((e = continues(t)) == t) return t;
    for (int words = 1; words < 5; ++words) {
      uint32_t next = continues(e);
      if (next == e) break;
      e = next;
    }
    return e;
  }

  bool title_before(const Annotation& a, uint32_t t) const {
    if (t == 0) return false;
    const Span* s = a.span_at(t - 1);
    return s && s->kind == SpanKind::kTitle;
  }

  // "Lavrov, the Russian foreign minister": a title in apposition.
  bool titled_after(const Annotation& a, const Sentence& s, uint32_t last) const {
    if (last + 1 >= s.last || token_text(a, last) != ",") return false;
    uint32_t t = last + 1;
    std::string_view w = token_text(a, t);
    if (w == "the" || w == "a" || w == "an") ++t;
    for (int i = 0; i < 3 && t < s.last; ++i) {
      const Span* sp = a.span_at(t);
      if (sp && sp->kind == SpanKind::kTitle) return true;
      if (!sp || (sp->kind != SpanKind::kAdjective && sp->type != NodeType::kCountry)) return false;
      t = sp->last;
      if (t < s.last && (token_text(a, t) == "'s" || token_text(a, t) == "\u2019s")) ++t;
    }
    return false;
  }

  // Whether a word of [first, last) heads the names of things ("Motors",
  // "Party", "Act") or is a company's word ("Inc", "Bank").
  bool any_head(const Annotation& a, uint32_t first, uint32_t last) const {
    for (uint32_t i = first; i < last; ++i) {
      std::string w(token_text(a, i));
      if (lex_->heads.count(w) || lex_->company_words.count(w)) return true;
    }
    return false;
  }

  // "Presidents Bush and Putin", "princes William, Harry and Andrew": a
  // name after "and" or a comma, in a list of people that a plural title
  // starts.
  bool listed_after_plural_title(const Annotation& a, const Sentence& s, uint32_t first) const {
    uint32_t p = first;
    for (int names = 0; names < 8 && p > s.first + 1; ++names) {
      std::string_view joint = token_text(a, p - 1);
      if (joint != "and" && joint != ",") return false;
      const Span* before = a.span_at(p - 2);
      if (!before || before->type != NodeType::kPerson || before->kind != SpanKind::kName) return false;
      if (before->first == s.first) return false;
      if (plural_title_before(a, *lex_, before->first)) return true;
      p = before->first;
    }
    return false;
  }

  // From t: [the|a|an] title, then a capitalised word.
  bool title_then_name(const Annotation& a, const Sentence& s, uint32_t t) const {
    if (t < s.last && (token_text(a, t) == "the" || token_text(a, t) == "a" || token_text(a, t) == "an")) ++t;
    const Span* title = t < s.last ? a.span_at(t) : nullptr;
    return title && title->kind == SpanKind::kTitle && title->last < s.last && a.tokens[title->last].capitalized;
  }

  // Runs of name words that "which" follows somewhere in the article
  // ("Tods Murray, which has a client"), with each of their tails.
  std::set<std::string> things(const Annotation& a) const {
    std::set<std::string> out;
    for (const Sentence& s : a.sentences)
      for (uint32_t t = s.first; t < s.last;) {
        uint32_t end = run_end(a, s, t);
        if (end == t) {
          ++t;
          continue;
        }
        uint32_t after = end < s.last && token_text(a, end) == "," ? end + 1 : end;
        if (after < s.last && token_text(a, after) == "which")
          for (uint32_t f = t; f < end; ++f) out.insert(std::string(a.slice(f, end)));
        t = end;
      }
    return out;
  }

  void consider(Annotation& a, const Sentence& s, uint32_t first, uint32_t last,
                const std::set<std::string>& not_people) const {
    // "Presidents Bush and Putin": a plural title is no word of the name.
    if (auto m = lex_->plural_titles.longest(a, first, last); m.length && first + m.length < last)
      first += m.length;
    const bool plural_titled = first > s.first && plural_title_before(a, *lex_, first);
    // A capitalised common word that only starts the sentence is not a
    // name ("Speaking alongside Kerry").
    while (first < last && sentence_start(a, first) && lex_->is_common_word(token_text(a, first)) &&
           !lex_->is_given_name(token_text(a, first)) && !title_before(a, first))
      ++first;
    while (first < last && !name_word(a, first)) ++first;  // never start on a particle
    // "tech firms The EC says": an article or pronoun starts no name.
    while (first + 1 < last && in(kClosedClass, token_text(a, first)) && !title_before(a, first)) ++first;
    // "Unlike Paul Volcker", "Commerce Bruce Smart": a common word before a
    // given name and a surname is not the name's.
    // What is left must look like a person's name: two or three words, the
    // last no common word, none heading a thing's name.
    if (last - first >= 3 && last - first <= 4 && name_word(a, first) && lex_->is_common_word(token_text(a, first)) &&
        !lex_->is_given_name(token_text(a, first)) && !title_before(a, first) &&
        lex_->is_given_name(token_text(a, first + 1)) && name_word(a, first + 1) && name_word(a, last - 1) &&
        !lex_->is_common_word(token_text(a, last - 1)) && !any_head(a, first + 1, last))
      ++first;
    if (first >= last) return;
    // "Tods Murray, which has a client": things, not people, take "which".
    if (!title_before(a, first) && not_people.count(std::string(a.slice(first, last)))) return;
    uint32_t words = 0;
    for (uint32_t i = first; i < last; ++i) words += name_word(a, i) ? 1 : 0;
    bool titled = title_before(a, first) || plural_titled;
    bool given = lex_->is_given_name(token_text(a, first));
    bool speaks = last < s.last && in(kSpeechVerbs, token_text(a, last));
    bool all_common = true;
    for (uint32_t i = first; i < last; ++i)
      if (name_word(a, i) && !lex_->is_common_word(token_text(a, i))) all_common = false;
    // A lone unknown word that speaks or meets is a surname: "Kerry met
    // Lavrov", "Pushkov tweeted". Acronyms (all capitals) are bodies.
    // "the Qorvex says" is a thing's name.
    std::string_view det = first > s.first ? token_text(a, first - 1) : "";
    bool article = det == "the" || det == "The" || det == "a" || det == "A" || det == "an" || det == "An";
    bool lone_speaker = (speaks || titled_after(a, s, last)) && words == 1 && !all_common && !a.tokens[first].all_caps &&
                        !article;
    bool closed = words == 1 && in(kClosedClass, token_text(a, first));
    // "the General Election": a title before a head word is part of a name.
    if (titled && words == 1 && lex_->heads.count(std::string(token_text(a, first)))) return;
    // "Gibraltarians said": a people, not a person.
    if (words == 1 && token_text(a, first).size() > 5 && token_text(a, first).ends_with("ians")) return;
    // A particle between uncommon capitalised words is a name's: "Staffan
    // de Mistura", "Pieter van Vollenhoven"; not "Tour de France".
    bool particled = false;
    if (words >= 2) {
      bool uncommon = true;
      for (uint32_t i = first; i < last; ++i)
        if (name_word(a, i) && (lex_->is_common_word(token_text(a, i)) || a.tokens[i].all_caps)) uncommon = false;
      for (uint32_t i = first + 1; i + 1 < last && uncommon && !particled; ++i)
        particled = particle(a, i) && a.tokens[i].space_before;
    }
    // "the research firm Point Topic said": a body's name, whatever it does.
    if (!titled && !given && first > s.first && !a.span_at(first - 1) && lex_->is_body_noun(token_text(a, first - 1)) &&
        (!a.tokens[first - 1].capitalized || sentence_start(a, first - 1)))
      return;
    // "Hideo Maki, Director General of the bureau": a title in apposition.
    // Not when a name follows that title: "Iran's Islamic Republic,
    // Ayatollah Ruhollah Khomeini".
    bool titled_name = words >= 2 && !all_common && titled_after(a, s, last) && !title_then_name(a, s, last + 1);
    // "Tanni Grey Thompson, who has won": people take "who". One word
    // may be a team ("Chelsea, who beat"), so two or more, none of them a
    // word that heads the name of a thing.
    bool who_follows = words >= 2 && !all_common && last + 1 < s.last && token_text(a, last) == "," &&
                       token_text(a, last + 1) == "who" && !any_head(a, first, last);
    // "shareholders John Magnier and JP McManus": a name joined to a
    // person's is one too.
    bool joined = words >= 2 && !all_common && first >= s.first + 2 && token_text(a, first - 1) == "and" &&
                  a.span_at(first - 2) && a.span_at(first - 2)->type == NodeType::kPerson &&
                  a.span_at(first - 2)->kind == SpanKind::kName && !any_head(a, first, last);
    bool person = (titled && !closed) || (given && words >= 2) || (speaks && words >= 2 && !all_common) ||
                  lone_speaker || particled || titled_name || who_follows || joined ||
                  (!closed && listed_after_plural_title(a, s, first));
    if (!person) return;
    std::string name(a.slice(first, last));
    add_mention(a, first, last, NodeType::kPerson, person_id(*lex_, name), "");
  }

  std::shared_ptr<const Lexicons> lex_;
};

}  // namespace

std::unique_ptr<Extractor> make_person_extractor(std::shared_ptr<const Lexicons> lexicons) {
  return std::make_unique<PersonExtractor>(std::move(lexicons));
}

}  // namespace newsgraph::extract

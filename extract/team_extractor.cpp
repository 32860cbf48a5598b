// Teams: in a sports article, a town or country named as a side of a match
// is its team, an organization ("Bolton beat Burnley 2-1", "England coach
// Andy Robinson", "England's 18-17 defeat to France"). Where the article
// shows a name as a team once, its other mentions are the team too, except
// those that say where something is ("in France").
#include <algorithm>
#include <set>

#include "extract/extractors.h"

namespace newsgraph::extract {

namespace {

// Articles with at least this many sports words are sports articles
// (data/sport_words.tsv gives the figures on the corpus).
constexpr int kMinCues = 4;

std::string lower(std::string_view w) {
  std::string out(w);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool digits(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

class TeamExtractor : public Extractor {
 public:
  explicit TeamExtractor(std::shared_ptr<const Lexicons> lex) : lex_(std::move(lex)) {}
  std::string_view name() const override { return "teams"; }

  void run(Annotation& a) const override {
    if (!sports_article(a)) return;
    std::set<std::string> teams;
    // Twice, so that a list reaches its first member from its last
    // ("the winners of the Burnley and Blackburn replay").
    for (int pass = 0; pass < 2; ++pass)
      for (const Span& sp : a.spans) {
        // Clubs the gazetteers know ("Arsenal") are no candidates, but they
        // show which side of a list is teams.
        if (!candidate(sp) && !(sp.kind == SpanKind::kName && sp.type == NodeType::kOrganization)) continue;
        std::string name(a.slice(sp.first, sp.last));
        if (!teams.count(name) && (shown_as_team(a, sp) || listed_with_team(a, sp, teams))) teams.insert(name);
      }
    for (Span& sp : a.spans) {
      if (!candidate(sp) || !teams.count(std::string(a.slice(sp.first, sp.last))) || located(a, sp)) continue;
      Entity team;
      team.id = "organization:" + slug(a.slice(sp.first, sp.last));
      team.type = NodeType::kOrganization;
      sp.type = NodeType::kOrganization;
      sp.entity = a.intern(std::move(team));
    }
  }

 private:
  static bool candidate(const Span& sp) {
    return sp.kind == SpanKind::kName && sp.entity >= 0 && (sp.type == NodeType::kPlace || sp.type == NodeType::kCountry);
  }

  // The lower-cased word at t, with a hyphenated compound joined
  // ("fly-half"); `next` is the token after it.
  std::string word_at(const Annotation& a, uint32_t t, uint32_t* next) const {
    std::string w = lower(token_text(a, t));
    *next = t + 1;
    while (*next + 1 < a.tokens.size() && token_text(a, *next) == "-" && !a.tokens[*next].space_before &&
           !a.tokens[*next + 1].space_before && a.tokens[*next + 1].word) {
      w.push_back('-');
      w.append(lower(token_text(a, *next + 1)));
      *next += 2;
    }
    return w;
  }

  bool sports_article(const Annotation& a) const {
    int cues = 0;
    for (uint32_t t = 0, next = 0; t < a.tokens.size() && cues < kMinCues; t = next)
      if (lex_->sport_cues.count(word_at(a, t, &next))) ++cues;
    return cues >= kMinCues;
  }

  // A score at t: "2-1", "18-17".
  static bool score_at(const Annotation& a, uint32_t t) {
    return t + 2 < a.tokens.size() && digits(token_text(a, t)) && token_text(a, t + 1) == "-" &&
           !a.tokens[t + 1].space_before && !a.tokens[t + 2].space_before && digits(token_text(a, t + 2));
  }

  // "in France", "at Bolton": the name says where, whatever the article;
  // "in England's defeat" says where of the defeat.
  static bool located(const Annotation& a, const Span& sp) {
    if (sp.first == 0) return false;
    if (sp.last < a.tokens.size() && (token_text(a, sp.last) == "'s" || token_text(a, sp.last) == "\u2019s")) return false;
    std::string_view w = token_text(a, sp.first - 1);
    return w == "in" || w == "at" || w == "near" || w == "from" || w == "across" || w == "around" || w == "inside" ||
           w == "outside" || w == "into" || w == "to" || w == "throughout";
  }

  bool shown_as_team(const Annotation& a, const Span& sp) const {
    const uint32_t n = static_cast<uint32_t>(a.tokens.size());
    // "defeat to France", "win over Wales", "drew with Leeds", "at home to
    // Leicester": the other side of a result.
    if (sp.first >= 2) {
      std::string_view p = token_text(a, sp.first - 1);
      std::string pp = lower(token_text(a, sp.first - 2));
      if ((p == "to" || p == "over" || p == "by" || p == "with") &&
          (pp == "defeat" || pp == "win" || pp == "victory" || pp == "loss" || pp == "lost" || pp == "beaten" ||
           pp == "defeated" || pp == "drew" || pp == "draw" || pp == "home"))
        return true;
    }
    if (located(a, sp)) return false;
    // "beat Nicolas Kiefer of Germany 6-4": a player's country, not a side.
    if (sp.first >= 2 && token_text(a, sp.first - 1) == "of" && a.tokens[sp.first - 2].capitalized) return false;
    if (sp.first > 0) {
      std::string p = lower(token_text(a, sp.first - 1));
      if (p == "against" || p == "v" || p == "vs" || p == "versus" || lex_->sport_verbs.count(p)) return true;
      if (sp.first >= 3 && score_at(a, sp.first - 3)) return true;  // "2-1 Burnley"
    }
    uint32_t after = sp.last;
    if (after < n && (token_text(a, after) == "'s" || token_text(a, after) == "\u2019s")) ++after;
    if (after >= n) return false;
    uint32_t next = 0;
    std::string w = word_at(a, after, &next);
    return lex_->sport_roles.count(w) || lex_->sport_verbs.count(w) || score_at(a, after);
  }

  // "Bolton host Arsenal or Sheffield United": a name listed with a team
  // by "and", "or" or a comma.
  static bool listed_with_team(const Annotation& a, const Span& sp, const std::set<std::string>& teams) {
    auto joined_team = [&](const Span* other) {
      return other && (other->type == NodeType::kOrganization || other->type == NodeType::kPlace ||
                       other->type == NodeType::kCountry) &&
             other->kind == SpanKind::kName && teams.count(std::string(a.slice(other->first, other->last)));
    };
    auto joint = [&](uint32_t t) {
      std::string_view w = token_text(a, t);
      return w == "and" || w == "or" || w == ",";
    };
    if (sp.last + 1 < a.tokens.size() && joint(sp.last) && joined_team(a.span_at(sp.last + 1))) return true;
    if (sp.first >= 2 && joint(sp.first - 1) && joined_team(a.span_at(sp.first - 2))) return true;
    return false;
  }

  std::shared_ptr<const Lexicons> lex_;
};

}  // namespace

std::unique_ptr<Extractor> make_team_extractor(std::shared_ptr<const Lexicons> lexicons) {
  return std::make_unique<TeamExtractor>(std::move(lexicons));
}

}  // namespace newsgraph::extract

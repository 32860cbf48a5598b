#include "extract/extractors.h"

namespace newsgraph::extract {

std::string country_id(const Country& c) { return "country:" + c.slug; }
std::string place_id(const Place& p) { return "place:" + p.slug; }

std::string_view place_kind_at(const Annotation& a, const Lexicons& lex, const Sentence& s, uint32_t t) {
  auto m = lex.names.longest(a, t, s.last);
  if (m.length == 0) return {};
  for (uint32_t v : *m.values) {
    const LexEntry& e = lex.entries[v];
    if (e.kind == LexKind::kPlace) return lex.places[e.index].kind;
    if (e.kind == LexKind::kCapital) return "capital";
  }
  return {};
}

std::map<std::string, int> countries_named(const Annotation& a) {
  std::map<std::string, int> named;
  std::map<std::string_view, std::string_view> place_country;
  for (const Relation& r : a.relations)
    if (r.type == relation::kLocatedIn) place_country.emplace(r.source, r.target);
  for (const Span& sp : a.spans) {
    if (sp.entity < 0 || sp.kind == SpanKind::kTitle) continue;
    const Entity& e = a.entities[sp.entity];
    if (e.type == NodeType::kCountry) {
      ++named[e.id];
    } else if (e.type == NodeType::kPlace) {
      if (auto it = place_country.find(e.id); it != place_country.end()) ++named[std::string(it->second)];
    }
  }
  return named;
}

namespace {

// The key counted at least twice and twice as often as any other, or empty.
std::string leader_of(const std::map<std::string, int>& counts) {
  std::string best;
  int top = 0, second = 0;
  for (const auto& [id, count] : counts) {
    if (count > top) second = top, top = count, best = id;
    else if (count > second) second = count;
  }
  return top >= 2 && top >= 2 * second ? best : std::string();
}

}  // namespace

std::string leading_country(const Annotation& a) {
  std::map<std::string, int> named = countries_named(a);
  int most = 0;
  for (const auto& [id, count] : named) most = std::max(most, count);
  if (most >= 2) return leader_of(named);
  // Where the article names no country twice, its bodies of one country
  // count for it: a story of the Home Office, the Labour Party and the
  // Cabinet is about Britain though it never names Britain. Not where it
  // names countries: a story of Canada's federal government and an
  // American bidder is about Canada, and the bidder's country says nothing
  // of the government.
  std::map<std::string_view, std::string_view> body_country;
  for (const Relation& r : a.relations)
    if (r.type == relation::kAffiliatedWith && r.source.rfind("organization:", 0) == 0 &&
        r.target.rfind("country:", 0) == 0)
      body_country.emplace(r.source, r.target);
  for (const Span& sp : a.spans)
    if (sp.type == NodeType::kOrganization && sp.kind == SpanKind::kName && sp.entity >= 0)
      if (auto it = body_country.find(a.entities[sp.entity].id); it != body_country.end())
        ++named[std::string(it->second)];
  return leader_of(named);
}

const Span* country_owner_before(const Annotation& a, const Sentence& s, uint32_t t) {
  if (t == s.first) return nullptr;
  uint32_t p = t - 1;
  std::string_view w = token_text(a, p);
  bool possessive = (w == "'s" || w == "\u2019s") && !a.tokens[p].space_before;
  if (possessive) {
    if (p == s.first) return nullptr;
    --p;
  }
  const Span* sp = a.span_at(p);
  if (!sp || sp->last != p + 1 || sp->type != NodeType::kCountry || sp->entity < 0) return nullptr;
  if (possessive ? sp->kind != SpanKind::kName : sp->kind != SpanKind::kAdjective) return nullptr;
  if (a.entities[sp->entity].id.rfind("country:", 0) != 0) return nullptr;
  return sp;
}

std::pair<std::string, std::string> ministry_of(const Lexicons& lex, const Country& c, const std::string& portfolio) {
  if (const Organization* o = lex.ministry(c.code, portfolio)) return {"organization:" + o->slug, o->name};
  std::string label;
  bool word_start = true;
  for (char ch : portfolio) {
    if (ch == '_') ch = ' ';
    label += word_start && ch >= 'a' && ch <= 'z' ? static_cast<char>(ch - 'a' + 'A') : ch;
    word_start = ch == ' ';
  }
  // "Trade and Industry Ministry": joining words stay lower case.
  for (std::string_view joiner : {" And ", " Of ", " For "})
    for (size_t at = label.find(joiner); at != std::string::npos; at = label.find(joiner, at + 1))
      label[at + 1] = static_cast<char>(label[at + 1] - 'A' + 'a');
  return {"organization:" + c.slug + "_" + portfolio + "_ministry", label + " Ministry of " + with_article(c.name)};
}

namespace {

// The ids of the article's organizations with a mention for which `is`
// holds (given the slug).
template <typename Is>
std::vector<std::string> organizations_named(const Annotation& a, Is is) {
  std::vector<std::string> out;
  std::set<int32_t> mentioned;  // an entity a stage took its mentions from is not named
  for (const std::vector<Span>* spans : {&a.spans, &a.nested})
    for (const Span& sp : *spans) mentioned.insert(sp.entity);
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const Entity& e = a.entities[i];
    if (e.type != NodeType::kOrganization || e.id.rfind("organization:", 0) != 0) continue;
    if (mentioned.count(static_cast<int32_t>(i)) && is(std::string_view(e.id).substr(13))) out.push_back(e.id);
  }
  return out;
}

}  // namespace

std::vector<std::string> ministries_named(const Annotation& a, const Lexicons& lex, const std::string& portfolio) {
  const std::string tail = "_" + portfolio + "_ministry";
  return organizations_named(
      a, [&](std::string_view slug) {
        return (slug.ends_with(tail) && lex.country_by_slug(slug.substr(0, slug.size() - tail.size()))) ||
               lex.ministry_portfolio(slug) == portfolio;
      });
}

std::pair<std::string, std::string> country_body(const Lexicons& lex, const Country& c, const NationalBody& body) {
  if (!body.gazetteer_kind.empty()) {
    const Organization* only = nullptr;
    int n = 0;
    for (const Organization& o : lex.organizations)
      if (o.kind == body.gazetteer_kind && o.country == c.code) only = &o, ++n;
    if (n == 1) return {"organization:" + only->slug, only->name};
    if (n > 1) return {};
  }
  return {"organization:" + c.slug + "_" + body.key, body.label + " of " + with_article(c.name)};
}

std::vector<std::string> bodies_named(const Annotation& a, const Lexicons& lex, const NationalBody& body) {
  const std::string tail = "_" + body.key;
  return organizations_named(a, [&](std::string_view slug) {
    if (const Organization* o = lex.organization_by_slug(slug))
      return !body.gazetteer_kind.empty() && o->kind == body.gazetteer_kind && !o->country.empty();
    return slug.ends_with(tail) && lex.country_by_slug(slug.substr(0, slug.size() - tail.size()));
  });
}

void affiliate_with_country(Annotation& a, const std::string& id, const Country& c) {
  intern_country(a, c);
  Relation r;
  r.source = id;
  r.target = country_id(c);
  r.type = std::string(relation::kAffiliatedWith);
  for (const Relation& old : a.relations)
    if (old.key() == r.key()) return;
  a.relations.push_back(std::move(r));
}

std::string with_article(const std::string& country) {
  auto has = [&](std::string_view w) { return country.find(w) != std::string::npos; };
  bool plural = false;  // "Netherlands", "Philippines", "Bahamas", "Maldives", "Seychelles", "Comoros"
  for (std::string_view end : {"lands", "ines", "amas", "ives", "elles", "oros"})
    plural = plural || (country.size() > end.size() && country.compare(country.size() - end.size(), end.size(), end) == 0);
  return has("United ") || has("Republic") || has("Islands") || has("Kingdom") || plural ? "the " + country : country;
}

int32_t intern_country(Annotation& a, const Country& c) {
  Entity country;
  country.id = country_id(c);
  country.type = NodeType::kCountry;
  country.canonical = c.name;
  return a.intern(std::move(country));
}

const Title* plural_title_before(const Annotation& a, const Lexicons& lex, uint32_t first) {
  const uint32_t start = a.sentences[a.sentence_of[first]].first;
  for (uint32_t from = first > start + 4 ? first - 4 : start; from < first; ++from) {
    auto m = lex.plural_titles.longest(a, from, first);
    if (m.length == first - from && !a.span_at(from)) return &lex.title_list[m.values->front()];
  }
  return nullptr;
}

bool title_case(const Annotation& a, const Sentence& s, const Lexicons& lex) {
  size_t words = 0, capitalised_common = 0;
  for (uint32_t t = s.first + 1; t < s.last; ++t) {
    const Token& tok = a.tokens[t];
    if (!tok.word || tok.end - tok.start < 4) continue;
    ++words;
    std::string_view w = token_text(a, t);
    // Titles ("Foreign Minister") and known names are capitalised anywhere.
    if (tok.capitalized && !tok.all_caps && !a.span_at(t) && lex.is_common_word(w) && !lex.is_given_name(w))
      ++capitalised_common;
  }
  return capitalised_common >= 2 && capitalised_common * 10 >= words * 3;
}

std::string written(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

bool add_mention(Annotation& a, uint32_t first, uint32_t last, NodeType type, const std::string& id,
                 const std::string& canonical, SpanKind kind) {
  Span span;
  span.first = first;
  span.last = last;
  span.kind = kind;
  span.type = type;
  Entity e;
  e.id = id;
  e.type = type;
  e.canonical = written(canonical);  // a seat's or capital's name may be broken over lines
  // Intern only once the span is known to fit, so a rejected mention
  // leaves no entity behind.
  if (!a.add_span(span)) return false;
  int32_t index = a.intern(std::move(e));
  for (Span& s : a.spans)
    if (s.first == first && s.last == last) s.entity = index;
  return true;
}

}  // namespace newsgraph::extract

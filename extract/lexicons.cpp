#include "extract/lexicons.h"

#include "extract/name_tagger.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

namespace newsgraph::extract {

namespace {

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t end = s.find(sep, start);
    out.emplace_back(s.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

std::vector<std::string> list(std::string_view field) {
  std::vector<std::string> out;
  if (field.empty()) return out;
  for (auto& item : split(field, '|'))
    if (!item.empty()) out.push_back(item);
  return out;
}

// Reads a data file line by line: '#' comments and blank lines skipped;
// for TSV files the first other line must be `header`.
Status read_lines(const std::string& path, const std::string& header,
                  const std::function<Status(const std::vector<std::string>& fields, size_t line)>& row) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open (is the data folder right? see --data or NEWSGRAPH_DATA)");
  std::string line;
  size_t number = 0;
  bool seen_header = header.empty();
  size_t columns = header.empty() ? 1 : split(header, '\t').size();
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (!seen_header) {
      if (line != header) return Status::BadInput(path + ":" + std::to_string(number) + ": expected the header '" + header + "'");
      seen_header = true;
      continue;
    }
    std::vector<std::string> fields = header.empty() ? std::vector<std::string>{line} : split(line, '\t');
    if (fields.size() != columns)
      return Status::BadInput(path + ":" + std::to_string(number) + ": expected " + std::to_string(columns) +
                              " tab-separated fields, found " + std::to_string(fields.size()));
    Status s = row(fields, number);
    if (!s.ok()) return s;
  }
  if (!seen_header) return Status::BadInput(path + ": no header line '" + header + "'");
  return Status::Ok();
}

// "Georgia*" -> ("Georgia", ambiguous)
std::pair<std::string, bool> unstar(std::string name) {
  bool star = !name.empty() && name.back() == '*';
  if (star) name.pop_back();
  return {name, star};
}

// The plural of an English noun, as titles take it: "Presidents",
// "Secretaries", "spokesmen", "Princes", "Bishops".
std::string plural_of(std::string_view word) {
  std::string w(word);
  auto ends = [&](std::string_view tail) { return w.size() > tail.size() && std::string_view(w).ends_with(tail); };
  if (ends("man")) return w.substr(0, w.size() - 3) + "men";
  if (ends("y") && w.size() >= 2 && std::string_view("aeiou").find(w[w.size() - 2]) == std::string_view::npos)
    return w.substr(0, w.size() - 1) + "ies";
  if (ends("s") || ends("x") || ends("ch") || ends("sh")) return w + "es";
  return w + "s";
}

// "Presidents Bush and Putin", "princes William and Harry": the plural of
// each title of an office (not an abbreviation), unless the plural is a
// title already, into `plural_titles`.
void add_plural_titles(Lexicons& lex) {
  size_t singular = lex.title_list.size();
  for (size_t i = 0; i < singular; ++i) {
    const Title t = lex.title_list[i];
    // Offices only: "analysts", "champions" and "stars" also stand before
    // the names of firms, teams and bands.
    static const std::set<std::string> offices = {"head_of_state", "head_of_government", "minister", "legislator",
                                                  "diplomat", "military", "judicial", "royal", "religious"};
    // "Kings Cross", "Queens", "Kings Road": these plurals name places.
    if (!offices.count(t.kind) || t.title.empty() || t.title.find('.') != std::string::npos || t.title == "King" ||
        t.title == "Queen")
      continue;
    size_t cut = t.title.find_last_of(' ') + 1;  // npos + 1 == 0: a one-word title
    std::string_view last = std::string_view(t.title).substr(cut);
    if (last.size() < 3 || last.back() == 's' || !std::isalpha(static_cast<unsigned char>(last.back()))) continue;
    std::string plural = t.title.substr(0, cut) + plural_of(last);
    Tokenized words = tokenize(plural);
    if (lex.titles.longest(plural, words.tokens, 0, static_cast<uint32_t>(words.tokens.size())).length ==
        words.tokens.size())
      continue;
    lex.plural_titles.add(plural, static_cast<uint32_t>(lex.title_list.size()));
    lex.title_list.push_back({plural, t.kind, t.role, t.country});
  }
}

// ICU knows the English name of every language it has a code for: no
// list of ours to keep. Names of more than one word are left out.
void add_language_names(Lexicons& lex) {
  for (const char* const* code = icu::Locale::getISOLanguages(); *code; ++code) {
    icu::UnicodeString display;
    icu::Locale(*code).getDisplayLanguage(icu::Locale::getEnglish(), display);
    std::string name;
    display.toUTF8String(name);
    if (!name.empty() && name != *code && name.find(' ') == std::string::npos) lex.language_names.insert(name);
  }
}

}  // namespace

// ---------------------------------------------------------------------------
// WordTable

namespace {
// FNV-1a: words are a few bytes each, for which it is quicker than
// std::hash's and spreads them well enough for linear probing.
uint32_t word_hash(std::string_view s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h;
}
}  // namespace

WordTable::WordTable() : slots_(64) {}

uint32_t WordTable::find(std::string_view word) const {
  const uint32_t hash = word_hash(word);
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.number == kNone) return kNone;
    if (slot.hash == hash && slot.length == word.size() && bytes_.compare(slot.offset, slot.length, word) == 0)
      return slot.number;
  }
}

uint32_t WordTable::insert(std::string_view word) {
  if (uint32_t number = find(word); number != kNone) return number;
  if (2 * (count_ + 1) > slots_.size()) {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    for (const Slot& slot : old)
      if (slot.number != kNone) place(slot);
  }
  Slot slot{word_hash(word), static_cast<uint32_t>(bytes_.size()), static_cast<uint32_t>(word.size()),
            static_cast<uint32_t>(count_++)};
  bytes_ += word;
  place(slot);
  return slot.number;
}

void WordTable::place(const Slot& slot) {
  const size_t mask = slots_.size() - 1;
  size_t i = slot.hash & mask;
  while (slots_[i].number != kNone) i = (i + 1) & mask;
  slots_[i] = slot;
}

// ---------------------------------------------------------------------------
// PhraseMatcher

PhraseMatcher::PhraseMatcher(bool ignore_case) : ignore_case_(ignore_case), edges_(1024), values_(1) {}

std::string PhraseMatcher::key(std::string_view token) const {
  std::string k;
  k.reserve(token.size());
  for (size_t i = 0; i < token.size(); ++i) {
    if (token.compare(i, 3, "\u2019") == 0) {  // ’ matches '
      k += '\'';
      i += 2;
      continue;
    }
    char c = token[i];
    k += ignore_case_ && c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return k;
}

uint32_t PhraseMatcher::key_number(std::string_view token) const {
  bool plain = token.find("\u2019") == std::string_view::npos;
  if (plain && ignore_case_)
    for (char c : token) plain = plain && !(c >= 'A' && c <= 'Z');
  return plain ? keys_.find(token) : keys_.find(key(token));
}

unsigned char PhraseMatcher::first_key_byte(std::string_view token) const {
  if (token.empty()) return 0;
  if (token.starts_with("\u2019")) return '\'';
  char c = token[0];
  return static_cast<unsigned char>(ignore_case_ && c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
}

namespace {
// splitmix64's finaliser: node and key numbers are small and dense, and
// linear probing needs their bits spread over the whole word.
size_t spread(uint64_t x) {
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return static_cast<size_t>(x ^ (x >> 31));
}
}  // namespace

uint32_t PhraseMatcher::child(uint32_t node, uint32_t key) const {
  const uint64_t from = uint64_t{node} << 32 | key;
  const size_t mask = edges_.size() - 1;
  for (size_t i = spread(from) & mask;; i = (i + 1) & mask) {
    const Edge& e = edges_[i];
    if (e.child == 0) return 0;
    if (e.from == from) return e.child;
  }
}

void PhraseMatcher::add_child(uint32_t node, uint32_t key, uint32_t child) {
  if (2 * (edge_count_ + 1) > edges_.size()) {
    std::vector<Edge> old(edges_.size() * 2);
    old.swap(edges_);
    edge_count_ = 0;
    for (const Edge& e : old)
      if (e.child) add_child(static_cast<uint32_t>(e.from >> 32), static_cast<uint32_t>(e.from), e.child);
  }
  const uint64_t from = uint64_t{node} << 32 | key;
  const size_t mask = edges_.size() - 1;
  size_t i = spread(from) & mask;
  while (edges_[i].child) i = (i + 1) & mask;
  edges_[i] = {from, child};
  ++edge_count_;
}

void PhraseMatcher::add(std::string_view phrase, uint32_t value) {
  Tokenized t = tokenize(phrase);
  if (t.tokens.empty()) return;
  starts_[first_key_byte(phrase.substr(t.tokens[0].start, t.tokens[0].end - t.tokens[0].start))] = true;
  uint32_t node = 0;
  for (const Token& tok : t.tokens) {
    uint32_t number = keys_.insert(key(phrase.substr(tok.start, tok.end - tok.start)));
    uint32_t next = child(node, number);
    if (next == 0) {
      next = static_cast<uint32_t>(values_.size());
      values_.emplace_back();
      add_child(node, number, next);
    }
    node = next;
  }
  auto& values = values_[node];
  if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
}

template <typename KeyAt>
PhraseMatcher::Match PhraseMatcher::walk(uint32_t first, uint32_t last, KeyAt key_at) const {
  Match best;
  uint32_t node = 0;
  for (uint32_t t = first; t < last; ++t) {
    uint32_t key = key_at(t);
    if (key == kNoKey || (node = child(node, key)) == 0) break;
    if (!values_[node].empty()) best = {t - first + 1, &values_[node]};
  }
  return best;
}

PhraseMatcher::Match PhraseMatcher::longest(const Annotation& annotation, uint32_t first, uint32_t last) const {
  if (first >= last) return {};
  auto text_of = [&](uint32_t t) {
    return annotation.text.substr(annotation.tokens[t].start, annotation.tokens[t].end - annotation.tokens[t].start);
  };
  if (!starts_[first_key_byte(text_of(first))]) return {};
  std::vector<uint32_t>& keys = annotation.phrase_keys(*this);
  return walk(first, last, [&](uint32_t t) {
    if (keys[t] == kUnasked) keys[t] = key_number(text_of(t));
    return keys[t];
  });
}

PhraseMatcher::Match PhraseMatcher::longest(std::string_view text, const std::vector<Token>& tokens, uint32_t first,
                                            uint32_t last) const {
  if (first >= last || !starts_[first_key_byte(text.substr(tokens[first].start, tokens[first].end - tokens[first].start))])
    return {};
  return walk(first, last,
              [&](uint32_t t) { return key_number(text.substr(tokens[t].start, tokens[t].end - tokens[t].start)); });
}

// ---------------------------------------------------------------------------
// Lexicons

const Country* Lexicons::country_by_code(std::string_view code) const {
  auto it = country_by_code_.find(std::string(code));
  return it == country_by_code_.end() ? nullptr : &countries[it->second];
}

std::string Lexicons::portfolio(const std::vector<std::string>& words) const {
  std::string whole;
  for (const std::string& w : words) whole.append(whole.empty() ? "" : " ").append(w);
  if (auto it = portfolios.find(whole); it != portfolios.end()) return it->second;
  // Words of a longer portfolio keep their own form ("Foreign Economic
  // Relations and Trade"), as its name is one.
  std::string out;
  for (const std::string& w : words) out.append(out.empty() ? "" : "_").append(w);
  return out;
}

const Organization* Lexicons::ministry(std::string_view country_code, std::string_view portfolio) const {
  auto it = ministry_by_key_.find(std::string(country_code) + " " + std::string(portfolio));
  return it == ministry_by_key_.end() ? nullptr : &organizations[it->second];
}

std::string_view Lexicons::ministry_portfolio(std::string_view slug) const {
  auto it = portfolio_by_slug_.find(std::string(slug));
  return it == portfolio_by_slug_.end() ? std::string_view() : std::string_view(it->second);
}

const Organization* Lexicons::organization_by_slug(std::string_view slug) const {
  auto it = organization_by_slug_.find(std::string(slug));
  return it == organization_by_slug_.end() ? nullptr : &organizations[it->second];
}

const Country* Lexicons::country_by_slug(std::string_view slug) const {
  auto it = country_by_slug_.find(std::string(slug));
  return it == country_by_slug_.end() ? nullptr : &countries[it->second];
}

const Country* Lexicons::country_of_role(std::string_view role) const {
  auto it = country_of_role_.find(std::string(role));
  return it == country_of_role_.end() || it->second.empty() ? nullptr : country_by_slug(it->second);
}

std::string_view Lexicons::kind_of_role(std::string_view role) const {
  auto it = kind_of_role_.find(std::string(role));
  return it == kind_of_role_.end() ? std::string_view() : std::string_view(it->second);
}

bool Lexicons::is_common_word(std::string_view word) const {
  char buffer[64] = {};
  if (word.size() > sizeof buffer) return false;  // no English word is that long
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    buffer[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return english_words.count(std::string_view(buffer, word.size())) > 0;
}

bool Lexicons::is_body_noun(std::string_view word) const {
  if (word.empty()) return false;
  if (word[0] >= 'A' && word[0] <= 'Z') {
    std::string lower(word);
    lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
    return body_nouns.count(lower) > 0;
  }
  return body_nouns.count(word) > 0;
}

std::string person_id(const Lexicons& lexicons, std::string_view full_name) {
  // Fold the transliteration variants of each word ("Sergey" -> "sergei"),
  // and drop the Arabic article inside a name, which news writes or leaves
  // out at will: "Bashar al-Assad" and "Bashar Assad" are one person. A
  // first or last word stays: "Al Gore".
  std::string key;
  std::vector<std::string> words = split(slug(full_name), '_');
  words.erase(std::remove(words.begin(), words.end(), std::string()), words.end());
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& word = words[i];
    if ((word == "al" || word == "el") && i > 0 && i + 1 < words.size()) continue;
    auto it = lexicons.name_variants.find(word);
    if (!key.empty()) key += '_';
    key += it == lexicons.name_variants.end() ? word : it->second;
  }
  return "person:" + key;
}

Result<std::shared_ptr<const Lexicons>> load_lexicons(const std::string& data_dir, const std::string& user_lexicon,
                                                      bool name_model) {
  auto lex = std::make_shared<Lexicons>();
  auto add_name = [&](const std::string& raw, LexKind kind, uint32_t index) {
    auto [name, ambiguous] = unstar(raw);
    if (name.empty()) return;
    lex->entries.push_back({kind, index, ambiguous});
    lex->names.add(name, static_cast<uint32_t>(lex->entries.size() - 1));
  };

  // Countries.
  std::vector<std::vector<std::string>> seats;
  std::set<std::string> country_words;  // "Russian", "Federation": not a ministry's portfolio
  Status s = read_lines(data_dir + "/countries.tsv", "code\tslug\tname\tnames\tadjectives\tcapitals\tseats",
                        [&](const std::vector<std::string>& f, size_t) {
                          uint32_t i = static_cast<uint32_t>(lex->countries.size());
                          lex->countries.push_back({f[0], f[1], f[2], list(f[5])});
                          lex->country_by_code_.emplace(f[0], i);
                          lex->country_by_slug_.emplace(f[1], i);
                          add_name(f[2], LexKind::kCountryName, i);
                          for (auto& n : list(f[3])) add_name(n, LexKind::kCountryName, i);
                          for (auto& n : list(f[4])) add_name(n, LexKind::kCountryAdjective, i);
                          for (const std::string& form : list(f[3] + "|" + f[4] + "|" + f[2]))
                            for (const std::string& w : split(unstar(form).first, ' ')) country_words.insert(w);
                          for (auto& n : list(f[6])) add_name(n, LexKind::kSeat, i);
                          return Status::Ok();
                        });
  if (!s.ok()) return s;

  // Places: one place per name, the capital or else the most populous.
  std::map<std::string, uint32_t> best_place;
  std::map<std::string, bool> starred;
  auto better = [&](uint32_t a, uint32_t b) {
    const Place &p = lex->places[a], &q = lex->places[b];
    bool pc = p.kind == "capital", qc = q.kind == "capital";
    if (pc != qc) return pc;
    if (p.population != q.population) return p.population > q.population;
    return p.id < q.id;
  };
  s = read_lines(data_dir + "/places.tsv", "id\tslug\tname\tnames\tcountry\tkind\tpopulation",
                 [&](const std::vector<std::string>& f, size_t line) {
                   Place p{f[0], f[1], unstar(f[2]).first, f[4], f[5], 0};
                   if (!f[6].empty()) {
                     try {
                       p.population = std::stoll(f[6]);
                     } catch (...) {
                       return Status::BadInput(data_dir + "/places.tsv:" + std::to_string(line) + ": bad population");
                     }
                   }
                   uint32_t i = static_cast<uint32_t>(lex->places.size());
                   lex->places.push_back(p);
                   std::vector<std::string> names = list(f[3]);
                   names.insert(names.begin(), f[2]);
                   for (auto& raw : names) {
                     auto [name, star] = unstar(raw);
                     if (name.empty()) continue;
                     if (star) starred[name] = true;
                     auto [it, inserted] = best_place.emplace(name, i);
                     if (!inserted && better(i, it->second)) it->second = i;
                   }
                   return Status::Ok();
                 });
  if (!s.ok()) return s;
  for (const auto& [name, i] : best_place) {
    add_name(starred.count(name) ? name + "*" : name, LexKind::kPlace, i);
    // Big cities of several words, in any case: translated and hurried text
    // writes "new York", "Mexico city". Only big ones, whose folded names
    // are no common phrase.
    const Place& p = lex->places[i];
    if (!starred.count(name) && name.find(' ') != std::string::npos &&
        (p.kind == "capital" || p.population >= Lexicons::kFoldedCityPopulation))
      lex->folded_cities.add(name, static_cast<uint32_t>(lex->entries.size() - 1));
  }
  for (uint32_t i = 0; i < lex->countries.size(); ++i)
    for (const auto& capital : lex->countries[i].capitals)
      if (!best_place.count(capital)) add_name(capital, LexKind::kCapital, i);

  std::vector<std::pair<uint32_t, std::vector<std::string>>> government_forms;  // organization, its forms
  s = read_lines(data_dir + "/organizations.tsv", "slug\tname\taliases\tkind\tcountry",
                 [&](const std::vector<std::string>& f, size_t) {
                   uint32_t i = static_cast<uint32_t>(lex->organizations.size());
                   lex->organizations.push_back({f[0], unstar(f[1]).first, f[3], f[4]});
                   lex->organization_by_slug_.emplace(f[0], i);
                   add_name(f[1], LexKind::kOrganization, i);
                   for (auto& n : list(f[2])) add_name(n, LexKind::kOrganization, i);
                   if (f[3] == "government" && !f[4].empty()) government_forms.push_back({i, list(f[1] + "|" + f[2])});
                   return Status::Ok();
                 });
  if (!s.ok()) return s;

  s = read_lines(data_dir + "/titles.tsv", "title\tkind\trole\tcountry", [&](const std::vector<std::string>& f, size_t line) {
    if (!f[3].empty() && !lex->country_by_slug(f[3]))
      return Status::BadInput(data_dir + "/titles.tsv:" + std::to_string(line) + ": unknown country '" + f[3] + "'");
    uint32_t i = static_cast<uint32_t>(lex->title_list.size());
    lex->title_list.push_back({f[0], f[1], f[2], f[3]});
    lex->titles.add(f[0], i);
    // A role keeps a country only while every title of it names the same.
    auto [it, fresh] = lex->country_of_role_.emplace(f[2], f[3]);
    if (!fresh && it->second != f[3]) it->second.clear();
    auto [kind, first] = lex->kind_of_role_.emplace(f[2], f[1]);
    if (!first && kind->second != f[1])
      return Status::BadInput(data_dir + "/titles.tsv:" + std::to_string(line) + ": role '" + f[2] +
                              "' is of kind '" + kind->second + "' on an earlier line");
    return Status::Ok();
  });
  if (!s.ok()) return s;

  add_plural_titles(*lex);
  add_language_names(*lex);

  s = read_lines(data_dir + "/given_names.txt", "", [&](const std::vector<std::string>& f, size_t) {
    lex->given_names.insert(f[0]);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  s = read_lines(data_dir + "/english_words.txt", "", [&](const std::vector<std::string>& f, size_t) {
    lex->english_words.insert(f[0]);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  s = read_lines(data_dir + "/name_variants.tsv", "name\tvariants", [&](const std::vector<std::string>& f, size_t) {
    for (auto& v : list(f[1])) lex->name_variants.emplace(v, f[0]);
    return Status::Ok();
  });
  if (!s.ok()) return s;

  s = read_lines(data_dir + "/heads.tsv", "head\ttype\tform", [&](const std::vector<std::string>& f, size_t line) {
    Head h;
    auto type = parse_node_type(f[1]);
    if (!type) return Status::BadInput(data_dir + "/heads.tsv:" + std::to_string(line) + ": unknown type '" + f[1] + "'");
    h.type = *type;
    if (f[2] == "name") h.form = Head::Form::kName;
    else if (f[2] == "lower") h.form = Head::Form::kLower;
    else if (f[2] == "of") h.form = Head::Form::kOf;
    else if (f[2] == "number") h.form = Head::Form::kNumber;
    else if (f[2] == "in") h.form = Head::Form::kIn;
    else if (f[2] == "first") h.form = Head::Form::kFirst;
    else return Status::BadInput(data_dir + "/heads.tsv:" + std::to_string(line) +
                                 ": form must be name, lower, of, in, number or first");
    lex->heads.emplace(f[0], h);
    return Status::Ok();
  });
  if (!s.ok()) return s;

  s = read_lines(data_dir + "/company_words.txt", "word\tkind", [&](const std::vector<std::string>& f, size_t line) {
    if (f[1] != "form" && f[1] != "trade")
      return Status::BadInput(data_dir + "/company_words.txt:" + std::to_string(line) + ": kind must be form or trade");
    lex->company_words.insert(f[0]);
    if (f[1] == "form") lex->company_forms.insert(f[0]);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  s = read_lines(data_dir + "/portfolios.tsv", "form\tportfolio", [&](const std::vector<std::string>& f, size_t line) {
    if (f[0].empty() || f[1].empty() || f[1].find(' ') != std::string::npos)
      return Status::BadInput(data_dir + "/portfolios.tsv:" + std::to_string(line) +
                              ": a form and a portfolio of snake_case words are needed");
    lex->portfolios.emplace(f[0], f[1]);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  s = read_lines(data_dir + "/national_bodies.tsv", "name\tkey\tgazetteer_kind\tlabel",
                 [&](const std::vector<std::string>& f, size_t line) {
                   if (f[0].empty() || f[1].empty() || f[3].empty())
                     return Status::BadInput(data_dir + "/national_bodies.tsv:" + std::to_string(line) +
                                             ": a name, a key and a label are needed");
                   lex->national_bodies.emplace(f[0], NationalBody{f[1], f[2], f[3]});
                   return Status::Ok();
                 });
  if (!s.ok()) return s;
  // The gazetteer's ministries by country and portfolio: "Russian Foreign
  // Ministry", "Russian Ministry of Foreign Affairs" and "Ministry of
  // Foreign Affairs of the Russian Federation" are Russia's "foreign".
  for (const auto& [i, forms] : government_forms)
    for (const std::string& form : forms) {
      std::vector<std::string> words = split(unstar(form).first, ' ');
      auto at = std::find(words.begin(), words.end(), "Ministry");
      if (at == words.end()) continue;
      std::vector<std::string> portfolio;
      if (at + 1 != words.end() && (at[1] == "of" || at[1] == "for")) {
        for (auto w = at + 2; w != words.end() && *w != "of"; ++w) portfolio.push_back(*w);
      } else {
        for (auto w = words.begin(); w != at; ++w)
          if (!country_words.count(*w)) portfolio.push_back(*w);
      }
      if (portfolio.empty()) continue;
      for (std::string& w : portfolio)
        for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      std::string key = lex->portfolio(portfolio);
      lex->ministry_by_key_.emplace(lex->organizations[i].country + " " + key, i);
      lex->portfolio_by_slug_.emplace(lex->organizations[i].slug, key);
    }
  s = read_lines(data_dir + "/body_nouns.txt", "", [&](const std::vector<std::string>& f, size_t) {
    lex->body_nouns.insert(f[0]);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  s = read_lines(data_dir + "/sport_words.tsv", "word\tkind", [&](const std::vector<std::string>& f, size_t line) {
    if (f[1] == "cue") lex->sport_cues.insert(f[0]);
    else if (f[1] == "role") lex->sport_roles.insert(f[0]);
    else if (f[1] == "verb") lex->sport_verbs.insert(f[0]);
    else return Status::BadInput(data_dir + "/sport_words.tsv:" + std::to_string(line) + ": kind must be cue, role or verb");
    return Status::Ok();
  });
  if (!s.ok()) return s;
  s = read_lines(data_dir + "/head_modifiers.txt", "", [&](const std::vector<std::string>& f, size_t) {
    lex->head_modifiers.insert(f[0]);
    return Status::Ok();
  });
  if (!s.ok()) return s;

  s = read_lines(data_dir + "/officeholders.tsv", "name\tcountry\trole\tkind\tstart\tend",
                 [&](const std::vector<std::string>& f, size_t line) {
                   if (!lex->country_by_slug(f[1]) || !is_iso_date(f[4]) || (!f[5].empty() && !is_iso_date(f[5])))
                     return Status::BadInput(data_dir + "/officeholders.tsv:" + std::to_string(line) +
                                             ": unknown country or bad date");
                   uint32_t i = static_cast<uint32_t>(lex->officeholders.size());
                   lex->officeholders.push_back({f[0], f[1], f[2], f[3] == "leader", f[4], f[5]});
                   size_t space = f[0].rfind(' ');
                   lex->officeholders_by_surname.emplace(f[0].substr(space + 1), i);
                   return Status::Ok();
                 });
  if (!s.ok()) return s;
  for (uint32_t i = 0; i < lex->officeholders.size(); ++i)
    lex->officeholders_by_id.emplace(person_id(*lex, lex->officeholders[i].name), i);

  if (name_model) {
    auto tagger = NameTagger::load(data_dir + "/ner/names.model");
    if (!tagger.ok()) return tagger.status();
    lex->name_tagger = std::make_shared<const NameTagger>(std::move(tagger).value());
  }

  if (!user_lexicon.empty()) {
    s = read_lines(user_lexicon, "name\ttype\tlabel\tcountry", [&](const std::vector<std::string>& f, size_t line) {
      if (f[1] == "suppress") {
        add_name(f[0], LexKind::kSuppress, 0);
        return Status::Ok();
      }
      auto type = parse_node_type(f[1]);
      if (!type || *type == NodeType::kEntity || *type == NodeType::kEvent)
        return Status::BadInput(user_lexicon + ":" + std::to_string(line) + ": unknown type '" + f[1] +
                                "' (person, country, organization, agreement, place or suppress)");
      if (!f[3].empty() && !lex->country_by_slug(f[3]))
        return Status::BadInput(user_lexicon + ":" + std::to_string(line) + ": unknown country '" + f[3] + "'");
      uint32_t i = static_cast<uint32_t>(lex->user_entities.size());
      lex->user_entities.push_back({*type, f[2].empty() ? f[0] : f[2], f[3]});
      add_name(f[0], LexKind::kUser, i);
      return Status::Ok();
    });
    if (!s.ok()) return s;
  }
  return std::shared_ptr<const Lexicons>(std::move(lex));
}

}  // namespace newsgraph::extract

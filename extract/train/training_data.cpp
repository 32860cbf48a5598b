// Reading the tagger's training data and laying gold names on tokens.
#include <rapidjson/document.h>

#include <fstream>

#include "extract/train/name_training.h"

namespace newsgraph::extract {

namespace {

std::optional<NameType> parse_type(std::string_view name) {
  for (int t = 0; t < kNameTypeCount; ++t)
    if (to_string(static_cast<NameType>(t)) == name) return static_cast<NameType>(t);
  return std::nullopt;
}

}  // namespace

Result<std::vector<TrainingDocument>> read_training_documents(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open");
  std::vector<TrainingDocument> documents;
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty()) continue;
    auto bad = [&](const std::string& what) { return Status::BadInput(path + ":" + std::to_string(number) + ": " + what); };
    rapidjson::Document d;
    d.Parse(line.data(), line.size());
    if (d.HasParseError() || !d.IsObject()) return bad("not a JSON object");
    auto id = d.FindMember("id");
    auto text = d.FindMember("text");
    auto names = d.FindMember("names");
    if (id == d.MemberEnd() || !id->value.IsString() || text == d.MemberEnd() || !text->value.IsString() ||
        names == d.MemberEnd() || !names->value.IsArray())
      return bad("expected \"id\" and \"text\" strings and a \"names\" array");
    TrainingDocument doc;
    doc.id = id->value.GetString();
    doc.text.assign(text->value.GetString(), text->value.GetStringLength());
    uint32_t previous_end = 0;
    for (const auto& n : names->value.GetArray()) {
      if (!n.IsArray() || n.Size() != 3 || !n[0].IsUint() || !n[1].IsUint() || !n[2].IsString())
        return bad("a name must be [start, end, type]");
      auto type = parse_type(n[2].GetString());
      if (!type) return bad(std::string("unknown name type '") + n[2].GetString() + "' (PER, ORG, LOC or EVT)");
      GoldName g{n[0].GetUint(), n[1].GetUint(), *type};
      if (g.start >= g.end || g.end > doc.text.size() || g.start < previous_end)
        return bad("name [" + std::to_string(g.start) + ", " + std::to_string(g.end) +
                   ") is empty, outside the text or overlaps the one before");
      previous_end = g.end;
      doc.names.push_back(g);
    }
    documents.push_back(std::move(doc));
  }
  if (in.bad()) return Status::IoError(path + ": cannot read");
  return documents;
}

Annotation tokenized(const std::string& text) { return Annotation::of_text(text); }

std::vector<TaggedName> gold_token_names(const Annotation& a, const std::vector<GoldName>& names, size_t* unaligned) {
  std::vector<TaggedName> out;
  size_t t = 0, misfits = 0;
  for (const GoldName& g : names) {
    while (t < a.tokens.size() && a.tokens[t].end <= g.start) ++t;
    size_t last = t;
    while (last < a.tokens.size() && a.tokens[last].start < g.end) ++last;
    if (last == t) {  // only spaces
      ++misfits;
      continue;
    }
    bool fits = a.tokens[t].start == g.start && a.tokens[last - 1].end == g.end;
    if (a.sentence_of[t] != a.sentence_of[last - 1]) {
      ++misfits;
      continue;
    }
    if (!fits) ++misfits;
    if (!out.empty() && out.back().last > t) continue;  // two names in one token
    out.push_back({static_cast<uint32_t>(t), static_cast<uint32_t>(last), g.type, 1.0f});
  }
  if (unaligned) *unaligned += misfits;
  return out;
}

}  // namespace newsgraph::extract

#include "extract/name_tagger.h"

#include <algorithm>

#include "extract/name_model.h"

namespace newsgraph::extract {

std::string_view to_string(NameType type) {
  switch (type) {
    case NameType::kPerson: return "PER";
    case NameType::kOrganization: return "ORG";
    case NameType::kPlace: return "LOC";
    case NameType::kEvent: return "EVT";
  }
  return "?";
}

NameTagger::NameTagger(std::shared_ptr<const NameModel> model) : model_(std::move(model)) {}

Result<NameTagger> NameTagger::load(const std::string& path) {
  auto model = read_model(path);
  if (!model.ok()) return model.status();
  return NameTagger(std::move(model).value());
}

std::vector<TaggedName> NameTagger::tag(const Annotation& annotation, const Lexicons& lexicons) const {
  std::vector<TaggedName> names;
  NameFeatures features(annotation, lexicons, model_->bits);
  std::vector<Window> windows;
  WindowFeatures window_features;
  DecodeScratch scratch;
  std::vector<uint8_t> tags;
  std::vector<float> margins;
  for (const Sentence& s : annotation.sentences) {
    windows.clear();
    features.windows(s, windows);
    for (const Window& w : windows) {
      window_features.clear();
      features.features(w, window_features);
      decode(*model_, w, window_features, 0, scratch, tags, &margins);
      const uint32_t n = w.last - w.first;
      for (uint32_t k = 0; k < n;) {
        if (tags[k] == kOutside || is_inside(tags[k])) {
          ++k;
          continue;
        }
        NameType type = tag_type(tags[k]);
        uint32_t end = k + 1;
        while (end < n && tags[end] == inside_tag(type)) ++end;
        float score = margins[k];
        for (uint32_t i = k + 1; i < end; ++i) score = std::min(score, margins[i]);
        names.push_back({w.first + k, w.first + end, type, score});
        k = end;
      }
    }
  }
  return names;
}

}  // namespace newsgraph::extract

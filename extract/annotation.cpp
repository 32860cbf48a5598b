#include <algorithm>

#include "extract/extract.h"
#include "extract/lexicons.h"

namespace newsgraph::extract {

Annotation Annotation::of_text(std::string_view text) {
  Annotation a;
  a.text = text;
  Tokenized t = tokenize(text);
  a.tokens = std::move(t.tokens);
  a.sentences = std::move(t.sentences);
  a.sentence_of.assign(a.tokens.size(), 0);
  for (uint32_t s = 0; s < a.sentences.size(); ++s)
    for (uint32_t k = a.sentences[s].first; k < a.sentences[s].last; ++k) a.sentence_of[k] = s;
  return a;
}

std::string_view Annotation::slice(uint32_t first, uint32_t last) const {
  if (first >= last) return {};
  return text.substr(tokens[first].start, tokens[last - 1].end - tokens[first].start);
}

std::vector<uint32_t>& Annotation::phrase_keys(const PhraseMatcher& matcher) const {
  for (auto& [m, keys] : phrase_keys_)
    if (m == &matcher) return keys;
  return phrase_keys_.emplace_back(&matcher, std::vector<uint32_t>(tokens.size(), PhraseMatcher::kUnasked)).second;
}

Evidence Annotation::evidence(uint32_t first, uint32_t last) const {
  const Sentence& s = sentences[sentence_of[first]];
  last = std::clamp(last, first + 1, s.last);
  // The whole sentence when it is short enough, as it nearly always is;
  // else whole tokens around the mention, adding one on each side in turn
  // while the excerpt stays within the limit. Without a limit, text that
  // never ends a sentence (a feed's run-on list, adversarial input) would
  // copy the whole of it for every mention: quadratic time and memory.
  uint32_t from = s.first, to = s.last;
  if (tokens[to - 1].end - tokens[from].start > kMaxEvidenceText) {
    from = first;
    to = last;
    for (bool grew = true; grew;) {
      grew = false;
      if (from > s.first && tokens[to - 1].end - tokens[from - 1].start <= kMaxEvidenceText) {
        --from;
        grew = true;
      }
      if (to < s.last && tokens[to].end - tokens[from].start <= kMaxEvidenceText) {
        ++to;
        grew = true;
      }
    }
  }
  Evidence e;
  e.document = document ? document->id : std::string();
  e.start = tokens[from].start;
  e.end = tokens[to - 1].end;
  e.text = std::string(text.substr(e.start, e.end - e.start));
  return e;
}

int32_t Annotation::intern(Entity entity) {
  for (size_t i = 0; i < entities.size(); ++i)
    if (entities[i].id == entity.id) return static_cast<int32_t>(i);
  entities.push_back(std::move(entity));
  return static_cast<int32_t>(entities.size() - 1);
}

bool Annotation::add_span(Span span) {
  auto it = std::lower_bound(spans.begin(), spans.end(), span,
                             [](const Span& a, const Span& b) { return std::tie(a.first, a.last) < std::tie(b.first, b.last); });
  // Only neighbours can overlap: spans are sorted and never overlap each other.
  auto overlaps = [&](const Span& s) { return s.first < span.last && span.first < s.last; };
  if (it != spans.end() && overlaps(*it)) return false;
  if (it != spans.begin() && overlaps(*std::prev(it))) return false;
  spans.insert(it, std::move(span));
  return true;
}

const Span* Annotation::span_at(uint32_t t) const {
  const size_t n = spans.size();
  // The span whose first is the last at or before t is at i when
  // spans[i].first <= t < spans[i + 1].first.
  auto last_starting_at_or_before = [&](size_t i) {
    return i < n && spans[i].first <= t && (i + 1 == n || t < spans[i + 1].first);
  };
  size_t i = span_hint_;
  if (!last_starting_at_or_before(i)) {
    if (last_starting_at_or_before(i + 1)) {
      ++i;
    } else {
      auto it = std::upper_bound(spans.begin(), spans.end(), t, [](uint32_t v, const Span& s) { return v < s.first; });
      if (it == spans.begin()) return nullptr;
      i = static_cast<size_t>(it - spans.begin()) - 1;
    }
  }
  span_hint_ = i;
  return t < spans[i].last ? &spans[i] : nullptr;
}

}  // namespace newsgraph::extract

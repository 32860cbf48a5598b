// Checks on what extraction finds in one document (extract.h, graph.h:
// offsets are byte offsets into Document::text, half-open [start, end)).
#include <algorithm>
#include <set>

#include "tests/fuzz/fuzz_checks.h"

namespace newsgraph::fuzz {
namespace {

std::string span_text(std::string_view text, uint32_t start, uint32_t end) {
  return "[" + std::to_string(start) + ", " + std::to_string(end) + ") of " + std::to_string(text.size()) +
         " bytes" + (start <= end && end <= text.size() ? ": \"" + std::string(text.substr(start, end - start)) + "\"" : "");
}

void check_span(std::string_view text, uint32_t start, uint32_t end, std::string_view what) {
  require(start <= end && end <= text.size(), std::string(what) + " lies outside the text", span_text(text, start, end));
  require(on_char_boundary(text, start) && on_char_boundary(text, end),
          std::string(what) + " cuts a UTF-8 character", span_text(text, start, end));
}

void check_evidence(const Document& document, const std::vector<Evidence>& evidence, const std::string& owner) {
  require(evidence.size() <= kMaxEvidence, "more evidence than kMaxEvidence", owner);
  require(std::is_sorted(evidence.begin(), evidence.end()) &&
              std::adjacent_find(evidence.begin(), evidence.end()) == evidence.end(),
          "evidence not sorted and unique", owner);
  for (const Evidence& e : evidence) {
    require(e.document == document.id, "evidence names another document", owner + ": " + e.document);
    check_span(document.text, e.start, e.end, "evidence of " + owner);
    require(e.text == std::string_view(document.text).substr(e.start, e.end - e.start),
            "evidence text is not the text at its offsets", owner + ": " + span_text(document.text, e.start, e.end) +
                                                                 " but text \"" + e.text + "\"");
  }
}

}  // namespace

void check_tokens(std::string_view text, const extract::Tokenized& tokenized) {
  uint32_t previous_end = 0;
  for (const extract::Token& token : tokenized.tokens) {
    require(token.start < token.end, "an empty token", span_text(text, token.start, token.end));
    require(token.start >= previous_end, "tokens overlap or go backwards", span_text(text, token.start, token.end));
    check_span(text, token.start, token.end, "a token");
    previous_end = token.end;
  }
  uint32_t previous_last = 0;
  for (const extract::Sentence& sentence : tokenized.sentences) {
    require(sentence.first < sentence.last && sentence.last <= tokenized.tokens.size() && sentence.first >= previous_last,
            "a sentence is not a range of tokens after the one before",
            std::to_string(sentence.first) + ".." + std::to_string(sentence.last) + " of " +
                std::to_string(tokenized.tokens.size()) + " tokens");
    previous_last = sentence.last;
  }
}

void check_facts(const Document& document, const DocumentFacts& facts) {
  require(facts.document.id == document.id, "facts name another document", facts.document.id);

  std::set<std::string> ids;
  for (size_t i = 0; i < facts.entities.size(); ++i) {
    const Entity& e = facts.entities[i];
    require(i == 0 || facts.entities[i - 1].id < e.id, "entities not sorted by id and unique", e.id);
    std::string prefix = std::string(to_string(e.type)) + ":";
    require(e.id.starts_with(prefix) && e.id.size() > prefix.size(), "an entity id is not \"type:slug\" of its type",
            e.id + " of type " + prefix);
    require(is_utf8(e.id), "an entity id is not valid UTF-8", e.id);
    for (const auto& [name, count] : e.names) {
      require(count > 0 && is_utf8(name), "an entity name is invalid or counted 0", e.id + ": " + name);
    }
    for (const std::string& d : e.documents) require(d == document.id, "an entity names another document", e.id);
    require(e.date.empty() || is_calendar_date(e.date), "an entity date is not an ISO calendar date",
            e.id + " on " + e.date);
    check_evidence(document, e.evidence, e.id);
    ids.insert(e.id);
  }

  require(std::is_sorted(facts.mentions.begin(), facts.mentions.end()), "mentions not in text order");
  for (const Mention& m : facts.mentions) {
    check_span(document.text, m.start, m.end, "a mention of " + m.entity);
    require(m.start < m.end, "an empty mention", m.entity);
    auto entity = std::lower_bound(facts.entities.begin(), facts.entities.end(), m.entity,
                                   [](const Entity& e, const std::string& id) { return e.id < id; });
    require(entity != facts.entities.end() && entity->id == m.entity, "a mention of an entity the facts lack",
            m.entity);
    require(entity->type == m.type, "a mention's type is not its entity's", m.entity);
  }

  for (const Relation& r : facts.relations) {
    std::string name = r.source + " -" + r.type + "-> " + r.target;
    require(ids.count(r.source) && ids.count(r.target), "a relation end is not an entity of the facts", name);
    require(!r.type.empty(), "a relation without a type", name);
    require(r.date.empty() || is_calendar_date(r.date), "a relation date is not an ISO calendar date",
            name + " on " + r.date);
    check_evidence(document, r.evidence, name);
  }

  GraphBuilder builder;
  builder.add(facts);
  check_graph(builder.build());
}

}  // namespace newsgraph::fuzz

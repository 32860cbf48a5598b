#include <algorithm>
#include <map>

#include "extract/extractors.h"
#include "extract/name_tagger.h"

namespace newsgraph::extract {


Pipeline::Pipeline(std::shared_ptr<const Lexicons> lexicons) : lexicons_(std::move(lexicons)) {
  // The order matters: each extractor reads the spans of those before it.
  extractors_.push_back(make_gazetteer_extractor(lexicons_));
  extractors_.push_back(make_title_extractor(lexicons_));
  extractors_.push_back(make_named_thing_extractor(lexicons_));
  extractors_.push_back(make_team_extractor(lexicons_));
  // Before the contexts and people: "IETF said" is a body's voice.
  extractors_.push_back(make_acronym_extractor(lexicons_));
  // Before people: "Qwest said" is a person's way of speaking, "Qwest
  // chairman" shows a company.
  extractors_.push_back(make_organization_context_extractor(lexicons_));
  extractors_.push_back(make_person_extractor(lexicons_));
  extractors_.push_back(make_place_context_extractor(lexicons_));
  // The tagger fills the gaps the rules leave: names without a title, a
  // known given name or a gazetteer entry. Before coreference, so that a
  // surname alone resolves to a name it found.
  if (lexicons_->name_tagger) extractors_.push_back(make_model_name_extractor(lexicons_, lexicons_->name_tagger));
  // After every name: a described agreement takes in the names before its
  // head ("U.S. trade deal") and stops at any other.
  extractors_.push_back(make_described_agreement_extractor());
  extractors_.push_back(make_definite_event_extractor());
  extractors_.push_back(make_definite_body_extractor(lexicons_));
  extractors_.push_back(make_country_body_extractor(lexicons_));
  extractors_.push_back(make_coreference_extractor(lexicons_));
  extractors_.push_back(make_officeholder_extractor(lexicons_));
  extractors_.push_back(make_affiliation_extractor(lexicons_));
  extractors_.push_back(make_officeholder_affiliation_extractor(lexicons_));
  extractors_.push_back(make_home_country_affiliation_extractor(lexicons_));
  extractors_.push_back(make_aide_affiliation_extractor(lexicons_));
  extractors_.push_back(make_visit_extractor(lexicons_));
  extractors_.push_back(make_meeting_extractor(lexicons_));
}

Pipeline::~Pipeline() = default;
Pipeline::Pipeline(Pipeline&&) noexcept = default;

std::vector<std::string_view> Pipeline::stages() const {
  std::vector<std::string_view> out;
  for (const auto& e : extractors_) out.push_back(e->name());
  return out;
}

Annotation Pipeline::annotate(const Document& document) const {
  Annotation a = Annotation::of_text(document.text);
  a.document = &document;
  for (const auto& e : extractors_) e->run(a);
  return a;
}

DocumentFacts Pipeline::extract(const Document& document) const {
  Annotation a = annotate(document);
  DocumentFacts facts;
  facts.document = {document.id, document.title, document.date, document.source, document.url};

  // Mentions: every name span (and nested name) counts for its entity.
  std::vector<Span> all = a.spans;
  all.insert(all.end(), a.nested.begin(), a.nested.end());
  for (const Span& s : all) {
    if (s.entity < 0 || (s.kind != SpanKind::kName && s.kind != SpanKind::kAdjective)) continue;
    Entity& e = a.entities[s.entity];
    uint32_t start = a.tokens[s.first].start, end = a.tokens[s.last - 1].end;
    e.names[written(a.text.substr(start, end - start))] += 1;
    // "Lord Coe", "Sir Edward", "Mr Blair": peerage, knighthood and
    // courtesy titles are part of how a name is written; keep that form too.
    // So are a monarch's and a pope's ("King Abdullah", "Pope Benedict"):
    // news names them so, and the bare regnal name is anyone's.
    if (s.type == NodeType::kPerson && s.first > 0)
      if (const extract::Span* t = a.span_at(s.first - 1); t && t->kind == SpanKind::kTitle && t->last == s.first) {
        std::string_view title = a.slice(t->first, t->last);
        bool part_of_name = t->last - t->first == 1 && lexicons_->is_regnal_role(t->role);
        for (std::string_view form : {"Lord", "Lady", "Baroness", "Baron", "Sir", "Dame", "Mr", "Mr.", "Mrs", "Mrs.",
                                      "Ms", "Ms.", "Miss", "Dr", "Dr."})
          part_of_name = part_of_name || title == form;
        if (part_of_name)
          e.names[written(a.text.substr(a.tokens[t->first].start, end - a.tokens[t->first].start))] += 1;
      }
    // "princes William and Harry": "Prince William" and "Prince Harry".
    if (s.type == NodeType::kPerson && s.first > 0)
      if (const Title* plural = plural_title_before(a, *lexicons_, s.first); plural && lexicons_->is_regnal_role(plural->role))
        e.names[plural->role + " " + written(a.text.substr(start, end - start))] += 1;
    e.mentions += 1;
    e.documents.insert(document.id);
    merge_evidence(e.evidence, {a.evidence(s.first, s.last)});
    facts.mentions.push_back({start, end, e.id, e.type});
  }
  std::sort(facts.mentions.begin(), facts.mentions.end());

  // Relations: one per key in a document, its evidence merged. Endpoints
  // that are only referenced (a place's country) stay in as entities
  // without this document.
  std::map<std::tuple<std::string, std::string, std::string, std::string>, Relation> relations;
  for (Relation& r : a.relations) {
    r.documents.insert(document.id);
    auto [it, inserted] = relations.emplace(std::make_tuple(r.source, r.target, r.type, r.date), r);
    if (!inserted) {
      it->second.roles.insert(r.roles.begin(), r.roles.end());
      merge_evidence(it->second.evidence, r.evidence);
    }
  }
  std::set<std::string> referenced;
  for (auto& [key, r] : relations) {
    referenced.insert(r.source);
    referenced.insert(r.target);
  }
  // A relation from an entity that lost all its mentions (a single-word
  // person resolved to the full name) has no document to stand on.
  std::set<std::string> present;
  for (const Entity& e : a.entities)
    if (!e.documents.empty()) present.insert(e.id);
  for (auto& [key, r] : relations) {
    bool source_ok = present.count(r.source) > 0;
    if (!source_ok) continue;
    facts.relations.push_back(std::move(r));
  }
  std::set<std::string> needed;
  for (const Relation& r : facts.relations) needed.insert(r.source), needed.insert(r.target);
  for (Entity& e : a.entities) {
    if (e.documents.empty() && !needed.count(e.id)) continue;
    // A person's roles also live on the node.
    facts.entities.push_back(std::move(e));
  }
  std::sort(facts.entities.begin(), facts.entities.end(), [](const Entity& x, const Entity& y) { return x.id < y.id; });
  return facts;
}

}  // namespace newsgraph::extract

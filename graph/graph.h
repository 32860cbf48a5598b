// graph: the data model every stage speaks, and the knowledge graph.
//
// What this header offers:
//   - Status and Result<T>: errors are returned, never thrown across stages.
//   - Plain data types that stages exchange: Document (one article),
//     Evidence, Mention, Entity, Relation, DocumentFacts (what extraction
//     found in one document).
//   - GraphBuilder: merges DocumentFacts and whole graphs into one
//     KnowledgeGraph. The merge is a function of content only: the same set
//     of inputs in any order, in any grouping, gives the same graph.
//   - KnowledgeGraph: an immutable directed multigraph on a Boost.Graph
//     compressed sparse row graph whose nodes are Entities and whose edges
//     are Relations,
//     held in canonical order (nodes by id, edges by Relation key).
//   - Views: the who-met-whom graph, the country graph, and filters by
//     type, date and weight, each a new KnowledgeGraph.
//
// Offsets are byte offsets into the document's original UTF-8 text,
// half-open [start, end).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace newsgraph {

// ---------------------------------------------------------------------------
// Status and Result

// The outcome of an operation. Codes map onto the program's exit codes
// (CONTRACT.md): bad input and I/O failures exit 1, bad usage exits 2.
class Status {
 public:
  enum class Code { kOk, kBadInput, kIoError, kBadUsage };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status BadInput(std::string message) { return Status(Code::kBadInput, std::move(message)); }
  static Status IoError(std::string message) { return Status(Code::kIoError, std::move(message)); }
  static Status BadUsage(std::string message) { return Status(Code::kBadUsage, std::move(message)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  int exit_code() const { return ok() ? 0 : code_ == Code::kBadUsage ? 2 : 1; }

 private:
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// A value or the Status that explains its absence. value() on an error is a
// programming error (checked by assert in debug builds).
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT: must not be Ok
  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }

 private:
  std::optional<T> value_;
  Status status_;
};

// ---------------------------------------------------------------------------
// Documents

// One article as read from its source. `text` is the article's text exactly
// as it will be analysed (for HTML, the extracted text); every offset in the
// graph points into it.
struct Document {
  std::string id;      // file name without extension, or the feed/JSONL id
  std::string title;
  std::string date;    // publication date, ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD), or empty
  std::string source;  // path of the file it came from
  std::string url;
  std::string text;
};

// What the graph keeps of a document: everything but the text.
struct DocumentInfo {
  std::string id, title, date, source, url;
  auto operator<=>(const DocumentInfo&) const = default;
};

// ---------------------------------------------------------------------------
// Node and relation types

enum class NodeType : uint8_t { kPerson, kCountry, kOrganization, kAgreement, kEvent, kPlace, kEntity };

// "person", "country", ...; "entity" for a node of unknown type.
std::string_view to_string(NodeType type);
// The inverse of to_string; nullopt for an unknown name.
std::optional<NodeType> parse_node_type(std::string_view name);

// Relation types named in CONTRACT.md and DESIGN.md.
namespace relation {
inline constexpr std::string_view kParticipant = "participant";        // person/country -> event
inline constexpr std::string_view kAffiliatedWith = "affiliated_with";  // person -> country/organization
inline constexpr std::string_view kMetWith = "met_with";                // person -> person (meetings view)
inline constexpr std::string_view kVisited = "visited";                 // person -> place/country
inline constexpr std::string_view kDiscussed = "discussed";             // event -> agreement/event/country
inline constexpr std::string_view kPartyTo = "party_to";                // country -> agreement
inline constexpr std::string_view kMemberOf = "member_of";              // country -> organization
inline constexpr std::string_view kLocatedIn = "located_in";            // place -> country
inline constexpr std::string_view kPartOf = "part_of";                  // meeting -> summit
}  // namespace relation

// Event kinds (Entity::kind) for meetings.
namespace event_kind {
inline constexpr std::string_view kMeeting = "meeting";
inline constexpr std::string_view kPhoneCall = "phone_call";
}  // namespace event_kind

// ---------------------------------------------------------------------------
// Provenance

// Where a fact was read: a span of one document and the sentence around it.
// [start, end) are the byte offsets of `text` (the sentence) in the document.
struct Evidence {
  std::string document;
  uint32_t start = 0;
  uint32_t end = 0;
  std::string text;
  auto operator<=>(const Evidence&) const = default;
};

// Nodes and edges keep at most this many evidence spans: the first ones in
// Evidence order, so the choice does not depend on the order of merging.
inline constexpr size_t kMaxEvidence = 8;

// Adds `more` to `evidence`, keeping it sorted, unique and capped.
void merge_evidence(std::vector<Evidence>& evidence, const std::vector<Evidence>& more);

// ---------------------------------------------------------------------------
// Attribute values carried through from graphs users bring.
using Value = std::variant<bool, int64_t, double, std::string, std::vector<std::string>>;
using Attributes = std::map<std::string, Value>;

// ---------------------------------------------------------------------------
// Entities and relations

// A node of the graph: one real-world entity, or one event. Extraction fills
// one per entity per document; GraphBuilder merges those with equal ids.
struct Entity {
  // "type:slug", computed from content (a normalised name, an ISO code, an
  // event's participants and date). Equal ids merge.
  std::string id;
  NodeType type = NodeType::kEntity;

  // Display name. GraphBuilder derives it: `canonical` where set, else the
  // most frequent full form among `names` (see GraphBuilder).
  std::string label;
  // A fixed name from a gazetteer ("United States"); empty when none.
  std::string canonical;
  // Every surface form seen, with how often it was seen.
  std::map<std::string, uint64_t> names;
  std::set<std::string> roles;  // "Foreign Minister", as written
  // A person's (or organization's, place's) country: a country node id.
  // GraphBuilder derives it from the heaviest affiliated_with/located_in
  // link to a country.
  std::string country;
  uint64_t mentions = 0;
  std::set<std::string> documents;  // document ids
  std::vector<Evidence> evidence;   // sorted, capped at kMaxEvidence

  // Events only.
  std::string kind;    // event_kind, or "summit", "election", ...
  std::string date;    // ISO, as precise as known
  std::string place;   // a place or country node id
  std::string status;  // "occurred", "planned", "ongoing"

  Attributes attributes;  // anything else (kept through read/write)
};

// An edge of the graph. Relations with equal (source, target, type, date)
// merge: weights add, sets unite, evidence merges.
struct Relation {
  std::string source;  // node id
  std::string target;  // node id
  std::string type;    // relation::k*
  std::string date;    // ISO or empty; part of the identity (a visit on two dates is two visits)
  uint64_t weight = 1;
  std::set<std::string> roles;  // affiliated_with: "Foreign Minister"
  std::set<std::string> documents;
  std::vector<Evidence> evidence;
  Attributes attributes;

  auto key() const { return std::tie(source, target, type, date); }
};

// A mention of an entity in one document.
struct Mention {
  uint32_t start = 0;
  uint32_t end = 0;
  std::string entity;  // Entity::id
  NodeType type = NodeType::kEntity;
  auto operator<=>(const Mention&) const = default;
};

// Everything extraction found in one document. Every Relation's endpoints
// name Entities of the same DocumentFacts.
struct DocumentFacts {
  DocumentInfo document;
  std::vector<Mention> mentions;  // in text order
  std::vector<Entity> entities;   // one per id
  std::vector<Relation> relations;
};

// ---------------------------------------------------------------------------
// The knowledge graph

class KnowledgeGraph {
 public:
  using NodeIndex = uint32_t;
  using EdgeIndex = uint32_t;

  KnowledgeGraph();
  ~KnowledgeGraph();
  KnowledgeGraph(KnowledgeGraph&&) noexcept;
  KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept;
  KnowledgeGraph(const KnowledgeGraph&);
  KnowledgeGraph& operator=(const KnowledgeGraph&);

  size_t node_count() const;
  size_t edge_count() const;

  // Nodes in id order; edges in Relation::key() order.
  //
  // Nodes and relations are stored compactly (a node with nothing but an
  // id and a type takes 48 bytes, a relation a few dozen: a million-edge
  // graph takes tens of megabytes, not the hundreds an Entity or Relation
  // each would), so node() and edge() make the Entity or Relation on
  // request and return it by value: hold it in a variable while pointers,
  // references or views into it are in use. Loops over many nodes or edges
  // that need only ids, labels, types, dates or weights read them with the
  // accessors below, which copy nothing.
  Entity node(NodeIndex i) const;
  const std::string& node_id(NodeIndex i) const;
  const std::string& node_label(NodeIndex i) const;
  NodeType node_type(NodeIndex i) const;
  Relation edge(EdgeIndex e) const;
  std::string_view edge_type(EdgeIndex e) const;
  std::string_view edge_date(EdgeIndex e) const;
  uint64_t edge_weight(EdgeIndex e) const;
  NodeIndex source(EdgeIndex e) const;
  NodeIndex target(EdgeIndex e) const;
  // Edges leaving / entering a node, in edge order.
  std::vector<EdgeIndex> out_edges(NodeIndex i) const;
  std::vector<EdgeIndex> in_edges(NodeIndex i) const;

  std::optional<NodeIndex> find(std::string_view id) const;

  // The documents the graph was built from, by id.
  const std::vector<DocumentInfo>& documents() const;
  // Graph-level attributes (a user graph's "graph" object, say).
  const Attributes& attributes() const;

 private:
  friend class GraphBuilder;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Merges documents' facts and graphs into one KnowledgeGraph.
//
// Merge rules (commutative and associative, so order never matters):
//   - nodes with equal ids merge; names, mentions and counts add; sets
//     unite; evidence merges (merge_evidence); a scalar attribute that
//     differs keeps the smaller value in byte order (so for status,
//     "occurred" wins over "ongoing" over "planned");
//   - relations with equal key() merge the same way, weights adding;
//   - documents with equal ids keep the smaller DocumentInfo;
//   - label: `canonical` if set, else the most frequent name among the
//     fullest forms (for people, those of two words or more, a leading
//     Sir, Dame, Lord or Lady not counting as a word), ties by byte
//     order; country: the target of the heaviest affiliated_with (or, for
//     places, located_in) link to a country, ties by id;
//   - a relation whose endpoint is missing gets a node of type entity.
class GraphBuilder {
 public:
  GraphBuilder();
  ~GraphBuilder();
  GraphBuilder(GraphBuilder&&) noexcept;
  GraphBuilder& operator=(GraphBuilder&&) noexcept;

  void add(DocumentFacts facts);
  void add(const KnowledgeGraph& graph);
  void add_document(DocumentInfo info);
  void add_entity(Entity entity);
  void add_relation(Relation relation);
  void set_attribute(std::string name, Value value);
  // Many at once, as when a graph file is read: the vectors are taken over
  // (not copied) and sorted and merged once, at build(). The result is that
  // of adding them one by one. Relations added so are kept in a few bytes
  // each (their ids and types interned) until build(), so a reader may hand
  // over a big file's links in batches as it reads them.
  void add_entities(std::vector<Entity> entities);
  void add_relations(std::vector<Relation> relations);

  // The merged graph, in canonical order. The builder is left empty.
  KnowledgeGraph build();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// ---------------------------------------------------------------------------
// IdIndex

// The positions of distinct ids, for joining millions of links to their
// nodes. std::unordered_map costs a bucket, a node and the key per lookup,
// each a cache miss on big graphs; this keeps (hash, position, where the id
// is) in one open-addressed array and a copy of the ids packed in one
// string, so a lookup reads one slot and the one id whose hash matches, from
// memory a few bytes per id (not the entities' hundreds) that stays in cache
// far longer.
class IdIndex {
 public:
  // Room for about `expected` ids; more may be added (the table grows).
  // The index keeps a copy of the ids it holds; an id is at most 16 MB
  // long (longer ones are programming errors: checked by assert).
  explicit IdIndex(size_t expected = 0);

  // Adds `id` at `position` and returns nullopt, unless an equal id is in
  // already: then nothing changes and its position is returned.
  std::optional<uint32_t> insert(std::string_view id, uint32_t position);
  std::optional<uint32_t> find(std::string_view id) const;
  size_t size() const { return size_; }

 private:
  // 16 bytes, so that four share a cache line.
  struct Slot {
    uint64_t where = 0;  // the id in keys_: offset << 24 | size
    uint32_t hash = 0;   // high bits of the id's hash: most mismatches end here
    uint32_t position = kEmpty;
  };
  static constexpr uint32_t kEmpty = UINT32_MAX;
  size_t slot_of(std::string_view id, size_t hash) const;
  std::string_view key(const Slot& s) const;
  void grow();

  std::vector<Slot> slots_;  // a power of two, at most half full
  std::string keys_;
  size_t size_ = 0;
};

// ---------------------------------------------------------------------------
// Views and filters

struct ViewOptions {
  // "full": every node and edge; "meetings": people and one met_with edge
  // per pair that met, weight = distinct meetings, `dates` attribute listing
  // their dates; "countries": countries, linked when their people met or
  // they took part in the same event, weight = distinct events.
  std::string view = "full";
  std::set<NodeType> types;  // keep only these node types (empty: all)
  std::string from, to;      // ISO dates; events outside [from, to] are dropped
  double min_weight = 0;     // edges lighter than this are dropped
};

// The graph that an analysis or export of `options` runs on. Bad options
// (an unknown view, a malformed date) give kBadUsage.
Result<KnowledgeGraph> make_view(const KnowledgeGraph& graph, const ViewOptions& options);
// The same, consuming `graph`: the full view without filters is `graph`
// itself, moved, not a copy.
Result<KnowledgeGraph> make_view(KnowledgeGraph&& graph, const ViewOptions& options);

// True when `date` is an ISO date of the precision YYYY, YYYY-MM or YYYY-MM-DD.
bool is_iso_date(std::string_view date);

}  // namespace newsgraph

// The statistical name tagger (extract/name_tagger.h), its model file and
// its trainer, on sentences written for the test.
#include <catch2/catch.hpp>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <tuple>

#include "extract/extractors.h"
#include "extract/name_model.h"
#include "extract/name_tagger.h"
#include "extract/train/name_training.h"

using namespace newsgraph;
using namespace newsgraph::extract;

namespace {

const std::shared_ptr<const Lexicons>& lexicons() {
  static const std::shared_ptr<const Lexicons> lex = [] {
    auto l = load_lexicons(NEWSGRAPH_TEST_DATA_DIR);
    if (!l.ok()) throw std::runtime_error(l.status().message());
    return l.value();
  }();
  return lex;
}

const std::string kModelPath = std::string(NEWSGRAPH_TEST_DATA_DIR) + "/ner/names.model";

// A folder of its own for the files a test writes, removed at the end.
struct TemporaryFolder {
  std::filesystem::path path = std::filesystem::temp_directory_path() /
                               ("newsgraph_name_tagger_test_" + std::to_string(::getpid()));
  TemporaryFolder() { std::filesystem::create_directories(path); }
  ~TemporaryFolder() { std::filesystem::remove_all(path); }
  std::string file(const std::string& name) const { return (path / name).string(); }
};

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void write_bytes(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// A training document: `names` are (text, type) in the order they occur.
TrainingDocument document(const std::string& text, const std::vector<std::pair<std::string, NameType>>& names) {
  TrainingDocument d;
  d.id = "test";
  d.text = text;
  size_t from = 0;
  for (const auto& [name, type] : names) {
    size_t at = text.find(name, from);
    REQUIRE(at != std::string::npos);
    d.names.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(at + name.size()), type});
    from = at + name.size();
  }
  return d;
}

using Found = std::vector<std::pair<std::string, std::string>>;  // (text, "PER"...)

Found tag_text(const NameTagger& tagger, const std::string& text) {
  Annotation a = tokenized(text);
  Found out;
  for (const TaggedName& n : tagger.tag(a, *lexicons())) out.emplace_back(a.slice(n.first, n.last), to_string(n.type));
  return out;
}

const NameTagger& committed_tagger() {
  static const NameTagger tagger = [] {
    auto t = NameTagger::load(kModelPath);
    if (!t.ok()) throw std::runtime_error(t.status().message());
    return t.value();
  }();
  return tagger;
}

// A few sentences with invented names, so that only training can know them.
std::vector<TrainingDocument> tiny_training_set() {
  const NameType per = NameType::kPerson, org = NameType::kOrganization, loc = NameType::kPlace;
  return {
      document("Zarvok Telmani visited Quorlia yesterday.", {{"Zarvok Telmani", per}, {"Quorlia", loc}}),
      document("Officials of Brannix Group met Zarvok Telmani.", {{"Brannix Group", org}, {"Zarvok Telmani", per}}),
      document("The minister flew to Quorlia on Monday.", {{"Quorlia", loc}}),
      document("Brannix Group opened an office in Quorlia.", {{"Brannix Group", org}, {"Quorlia", loc}}),
      document("Zarvok Telmani said the talks went well.", {{"Zarvok Telmani", per}}),
      document("Later, Brannix Group said it would grow.", {{"Brannix Group", org}}),
  };
}

std::shared_ptr<const NameModel> train(const std::vector<TrainingDocument>& documents, uint64_t seed, int epochs) {
  NameTrainer trainer(lexicons(), TrainingOptions{16, seed});
  for (const TrainingDocument& d : documents) trainer.add(d);
  for (int e = 0; e < epochs; ++e) trainer.epoch();
  return std::make_shared<const NameModel>(trainer.model());
}

}  // namespace

TEST_CASE("a model trained on a few sentences tags a new sentence") {
  NameTagger tagger(train(tiny_training_set(), 1, 5));
  CHECK(tag_text(tagger, "Brannix Group hired Zarvok Telmani in Quorlia.") ==
        Found{{"Brannix Group", "ORG"}, {"Zarvok Telmani", "PER"}, {"Quorlia", "LOC"}});
  CHECK(tag_text(tagger, "nothing here is named at all.").empty());
}

TEST_CASE("the trainer counts what it was given") {
  NameTrainer trainer(lexicons(), TrainingOptions{16, 1});
  for (const TrainingDocument& d : tiny_training_set()) trainer.add(d);
  CHECK(trainer.counts().documents == 6);
  CHECK(trainer.counts().names == 9);
  CHECK(trainer.counts().unaligned == 0);
  CHECK(trainer.counts().outside_windows == 0);
}

TEST_CASE("the committed model tags clear cases") {
  struct Case {
    std::string text;
    Found names;
  };
  for (const Case& c : std::vector<Case>{
           {"Chief executive Satya Nadella of Microsoft spoke in Seattle.",
            {{"Satya Nadella", "PER"}, {"Microsoft", "ORG"}, {"Seattle", "LOC"}}},
           {"Angela Merkel met Emmanuel Macron in Berlin on Tuesday.",
            {{"Angela Merkel", "PER"}, {"Emmanuel Macron", "PER"}, {"Berlin", "LOC"}}},
           {"Talks between Hamas and Fatah resumed in Cairo, said Mahmoud Abbas.",
            {{"Hamas", "ORG"}, {"Fatah", "ORG"}, {"Cairo", "LOC"}, {"Mahmoud Abbas", "PER"}}},
           {"The company said profits rose by 5% last year.", {}},
       }) {
    CAPTURE(c.text);
    CHECK(tag_text(committed_tagger(), c.text) == c.names);
  }
}

TEST_CASE("tagging is deterministic and scores are margins") {
  const std::string text = "Chief executive Satya Nadella of Microsoft spoke in Seattle. Ravi Okonkwo of Brannix left.";
  Annotation first = tokenized(text), second = tokenized(text);
  std::vector<TaggedName> a = committed_tagger().tag(first, *lexicons());
  std::vector<TaggedName> b = committed_tagger().tag(second, *lexicons());
  REQUIRE(a.size() == b.size());
  REQUIRE_FALSE(a.empty());
  for (size_t i = 0; i < a.size(); ++i) {
    CHECK(std::tie(a[i].first, a[i].last, a[i].type, a[i].score) == std::tie(b[i].first, b[i].last, b[i].type, b[i].score));
    CHECK(a[i].score >= 0);
  }
}

TEST_CASE("training with a fixed seed gives the same model bytes") {
  TemporaryFolder folder;
  REQUIRE(write_model(*train(tiny_training_set(), 7, 3), folder.file("a.model")).ok());
  REQUIRE(write_model(*train(tiny_training_set(), 7, 3), folder.file("b.model")).ok());
  std::string a = read_bytes(folder.file("a.model"));
  CHECK(a.size() > 100);
  CHECK(a == read_bytes(folder.file("b.model")));
}

TEST_CASE("a model file reads back the weights it was written with") {
  TemporaryFolder folder;
  NameModel m = NameModel::zero(8);
  // Multiples of 0.5 up to 32767 * 0.5: the stored int16 scale is 0.5 exactly.
  m.weights[3 * kTagCount + 1] = 32767 * 0.5f;
  m.weights[3 * kTagCount + 4] = -2.5f;
  m.weights[200 * kTagCount + 0] = 0.5f;
  m.weights[255 * kTagCount + 8] = -100.0f;
  m.transitions[kSentenceStart][begin_tag(NameType::kPlace)] = 1.25f;
  m.transitions[begin_tag(NameType::kPerson)][inside_tag(NameType::kPerson)] = 3.0f;
  REQUIRE(write_model(m, folder.file("m.model")).ok());
  auto back = read_model(folder.file("m.model"));
  REQUIRE(back.ok());
  CHECK(back.value()->bits == 8);
  CHECK(back.value()->weights == m.weights);
  for (int p = 0; p <= kTagCount; ++p)
    for (int t = 0; t < kTagCount; ++t) {
      CAPTURE(p, t);
      CHECK(back.value()->transitions[p][t] == m.transitions[p][t]);
    }
}

TEST_CASE("a missing, truncated or damaged model file gives a Status naming it") {
  TemporaryFolder folder;
  const std::string good = read_bytes(kModelPath);
  REQUIRE(good.size() > 200);

  auto missing = NameTagger::load(folder.file("none.model"));
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == Status::Code::kIoError);
  CHECK(missing.status().message().rfind(folder.file("none.model") + ":", 0) == 0);

  std::string flipped = good;
  flipped[good.size() / 2] = static_cast<char>(flipped[good.size() / 2] ^ 0x5A);
  std::string wrong_magic = good;
  wrong_magic[0] = 'X';
  struct Case {
    std::string name, bytes, says;
  };
  for (const Case& c : std::vector<Case>{
           {"empty", "", "no NGNAMES header"},
           {"magic only", good.substr(0, 8), "truncated"},
           {"header cut", good.substr(0, 30), "truncated"},
           {"half", good.substr(0, good.size() / 2), "checksum mismatch"},
           {"last byte missing", good.substr(0, good.size() - 1), "checksum mismatch"},
           {"a byte flipped", flipped, "checksum mismatch"},
           {"wrong magic", wrong_magic, "no NGNAMES header"},
           {"text", "O\tB-PER\n", "no NGNAMES header"},
       }) {
    CAPTURE(c.name);
    std::string path = folder.file("bad.model");
    write_bytes(path, c.bytes);
    auto loaded = NameTagger::load(path);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.status().code() == Status::Code::kBadInput);
    CHECK(loaded.status().message().rfind(path + ": ", 0) == 0);
    CHECK(loaded.status().message().find(c.says) != std::string::npos);
  }
}

TEST_CASE("a model written for another feature set is refused") {
  TemporaryFolder folder;
  std::string bytes = read_bytes(kModelPath);
  REQUIRE(bytes.size() > 200);
  bytes[12] = static_cast<char>(bytes[12] + 1);  // feature version, after magic and format version
  // Recompute the trailing checksum (FNV-1a 64, little-endian) so that only the version is wrong.
  uint64_t h = 14695981039346656037ull;
  for (size_t i = 0; i + 8 < bytes.size(); ++i) h = (h ^ static_cast<unsigned char>(bytes[i])) * 1099511628211ull;
  for (int i = 0; i < 8; ++i) bytes[bytes.size() - 8 + i] = static_cast<char>((h >> (8 * i)) & 0xFF);
  write_bytes(folder.file("other.model"), bytes);
  auto loaded = NameTagger::load(folder.file("other.model"));
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.status().message().find("feature set") != std::string::npos);
}

TEST_CASE("decoding keeps to BIO: an inside tag only after a begin tag") {
  NameModel m = NameModel::zero(8);
  m.weights[5 * kTagCount + inside_tag(NameType::kPerson)] = 10;  // bucket 5 votes I-PER
  WindowFeatures f;
  f.buckets = {5, 5};
  f.offsets = {0, 1, 2};
  DecodeScratch scratch;
  std::vector<uint8_t> tags;
  std::vector<float> margins;
  decode(m, Window{0, 2, true}, f, 0, scratch, tags, &margins);
  CHECK(tags == std::vector<uint8_t>{begin_tag(NameType::kPerson), inside_tag(NameType::kPerson)});
  // Either token tagged otherwise loses the I-PER vote: 10.
  CHECK(margins == std::vector<float>{10, 10});
  decode(m, Window{0, 1, true}, f, 1, scratch, tags);
  CHECK(tags == std::vector<uint8_t>{kOutside});  // I-PER cannot open a window; the ties go to O
}

TEST_CASE("only tokens near a capitalised word are scored") {
  struct Case {
    std::string text;
    std::vector<std::pair<uint32_t, uint32_t>> windows;
  };
  for (const Case& c : std::vector<Case>{
           {"the old man said that Ravi Okonkwo would go home soon .", {{4, 8}}},
           // A sentence's first common word stands alone; hyphen parts follow a name.
           {"The company said Kim Jong-un left.", {{0, 1}, {2, 7}}},
           {"Reports say it rained .", {{0, 1}}},
           {"nothing is named here .", {}},
       }) {
    CAPTURE(c.text);
    Annotation a = tokenized(c.text);
    REQUIRE(a.sentences.size() == 1);
    NameFeatures features(a, *lexicons(), 16);
    std::vector<Window> windows;
    features.windows(a.sentences[0], windows);
    std::vector<std::pair<uint32_t, uint32_t>> got;
    for (const Window& w : windows) got.emplace_back(w.first, w.last);
    CHECK(got == c.windows);
  }
}

TEST_CASE("the model name extractor adds names where no span is") {
  const std::string text = "Chief executive Satya Nadella of Microsoft spoke in Seattle.";
  Annotation a = tokenized(text);
  // Seattle (token 8) is already a name: the tagger's LOC must not replace it.
  REQUIRE(a.slice(8, 9) == "Seattle");
  REQUIRE(add_mention(a, 8, 9, NodeType::kCountry, "country:test_seattle", ""));
  make_model_name_extractor(lexicons(), std::make_shared<const NameTagger>(committed_tagger()))->run(a);
  std::vector<std::tuple<std::string, std::string, NodeType>> spans;
  for (const Span& s : a.spans) {
    REQUIRE(s.entity >= 0);
    spans.emplace_back(a.slice(s.first, s.last), a.entities[s.entity].id, a.entities[s.entity].type);
  }
  CHECK(spans == std::vector<std::tuple<std::string, std::string, NodeType>>{
                     {"Satya Nadella", "person:satya_nadella", NodeType::kPerson},
                     {"Microsoft", "organization:microsoft", NodeType::kOrganization},
                     {"Seattle", "country:test_seattle", NodeType::kCountry},
                 });
}

TEST_CASE("training data errors name the file and line") {
  TemporaryFolder folder;
  struct Case {
    std::string line, says;
  };
  for (const Case& c : std::vector<Case>{
           {"[1, 2]", "not a JSON object"},
           {R"({"id": "a", "text": "Bo"})", "\"names\" array"},
           {R"({"id": "a", "text": "Bo", "names": [[0, 2]]})", "[start, end, type]"},
           {R"({"id": "a", "text": "Bo", "names": [[0, 2, "PERSON"]]})", "unknown name type 'PERSON'"},
           {R"({"id": "a", "text": "Bo", "names": [[0, 3, "PER"]]})", "outside the text"},
           {R"({"id": "a", "text": "Bo Li", "names": [[0, 5, "PER"], [3, 5, "PER"]]})", "overlaps"},
       }) {
    CAPTURE(c.line);
    std::string path = folder.file("data.jsonl");
    write_bytes(path, R"({"id": "ok", "text": "Bo", "names": [[0, 2, "PER"]]})" "\n" + c.line + "\n");
    auto read = read_training_documents(path);
    REQUIRE_FALSE(read.ok());
    CHECK(read.status().message().rfind(path + ":2: ", 0) == 0);
    CHECK(read.status().message().find(c.says) != std::string::npos);
  }
  std::string path = folder.file("good.jsonl");
  write_bytes(path, R"({"id": "g", "genre": "news", "text": "Bo Li left", "names": [[0, 5, "PER"]]})" "\n");
  auto read = read_training_documents(path);
  REQUIRE(read.ok());
  REQUIRE(read.value().size() == 1);
  CHECK(read.value()[0].names.size() == 1);
  CHECK(read.value()[0].names[0].end == 5);
}

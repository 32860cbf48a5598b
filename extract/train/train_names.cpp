// newsgraph-train-names: trains the name tagger on data/ner (see
// data/ner/README.md) and writes the model file.
//
//   newsgraph-train-names --data data/ner --lexicons data --out data/ner/names.model --epochs 6 --seed 1
//   newsgraph-train-names --data data/ner --lexicons data --evaluate data/ner/names.model --test
//
// Prints the dev scores after each epoch (and with --test, the test scores
// of the final model) to standard output. Exit 0 on success, 1 on bad
// input, 2 on bad usage.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>

#include "extract/train/name_training.h"

using namespace newsgraph;
using namespace newsgraph::extract;

namespace {

std::string line(const char* what, const Score& s) {
  char buffer[160];
  std::snprintf(buffer, sizeof buffer, "%-4s gold %5zu found %5zu correct %5zu  P %.3f R %.3f F1 %.3f", what, s.gold,
                s.found, s.correct, s.precision(), s.recall(), s.f1());
  return buffer;
}

void print(const std::string& title, const Evaluation& e) {
  std::cout << title << "\n";
  for (int t = 0; t < kNameTypeCount; ++t)
    std::cout << "  " << line(std::string(to_string(static_cast<NameType>(t))).c_str(), e.by_type[t]) << "\n";
  std::cout << "  " << line("all", e.all) << "\n";
}

int fail(const Status& s) {
  std::cerr << "newsgraph-train-names: " << s.message() << "\n";
  return s.exit_code();
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Trains the newsgraph name tagger (data/ner/README.md)"};
  std::string data_dir, lexicon_dir, out, evaluate_path;
  int epochs = 6;
  uint64_t seed = 1;
  uint32_t bits = 18;
  bool test = false;
  app.add_option("--data", data_dir, "folder with train.jsonl, dev.jsonl and test.jsonl")->required();
  app.add_option("--lexicons", lexicon_dir, "newsgraph's data folder (gazetteers, name lists)")->required();
  app.add_option("--out", out, "model file to write");
  app.add_option("--epochs", epochs, "passes over the training data")->check(CLI::Range(1, 1000));
  app.add_option("--seed", seed, "seed of the training order");
  app.add_option("--bits", bits, "2^bits feature buckets")->check(CLI::Range(8, 26));
  app.add_option("--evaluate", evaluate_path, "score this model instead of training one");
  app.add_flag("--test", test, "also score the final model on test.jsonl");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  if (out.empty() == evaluate_path.empty()) return fail(Status::BadUsage("give --out (to train) or --evaluate (to score a model)"));

  auto lexicons = load_lexicons(lexicon_dir);
  if (!lexicons.ok()) return fail(lexicons.status());
  auto dev = read_training_documents(data_dir + "/dev.jsonl");
  if (!dev.ok()) return fail(dev.status());

  std::shared_ptr<const NameModel> model;
  if (!evaluate_path.empty()) {
    auto loaded = read_model(evaluate_path);
    if (!loaded.ok()) return fail(loaded.status());
    model = loaded.value();
  } else {
    auto train = read_training_documents(data_dir + "/train.jsonl");
    if (!train.ok()) return fail(train.status());
    NameTrainer trainer(lexicons.value(), TrainingOptions{bits, seed});
    for (const TrainingDocument& d : train.value()) trainer.add(d);
    const auto& c = trainer.counts();
    std::cout << "training: " << c.documents << " documents, " << c.tokens << " tokens, " << c.scored_tokens
              << " scored in " << c.windows << " windows; " << c.names << " names (" << c.unaligned
              << " not on token boundaries, " << c.outside_windows << " outside the windows)\n";
    for (int e = 1; e <= epochs; ++e) {
      trainer.epoch();
      NameTagger tagger(std::make_shared<const NameModel>(trainer.model()));
      Evaluation score = evaluate(tagger, *lexicons.value(), dev.value());
      char buffer[120];
      std::snprintf(buffer, sizeof buffer, "epoch %d: dev P %.3f R %.3f F1 %.3f", e, score.all.precision(),
                    score.all.recall(), score.all.f1());
      std::cout << buffer << "\n" << std::flush;
    }
    model = std::make_shared<const NameModel>(trainer.model());
    Status written = write_model(*model, out);
    if (!written.ok()) return fail(written);
    // Score what was written: the stored weights are rounded.
    auto reread = read_model(out);
    if (!reread.ok()) return fail(reread.status());
    model = reread.value();
  }
  NameTagger tagger(model);
  print("dev", evaluate(tagger, *lexicons.value(), dev.value()));
  if (test) {
    auto test_documents = read_training_documents(data_dir + "/test.jsonl");
    if (!test_documents.ok()) return fail(test_documents.status());
    print("test", evaluate(tagger, *lexicons.value(), test_documents.value()));
  }
  return 0;
}

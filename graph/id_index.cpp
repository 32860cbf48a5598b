#include <cassert>
#include <functional>

#include "graph/graph.h"

namespace newsgraph {

namespace {

size_t table_size(size_t expected) {
  size_t size = 16;
  while (size < 2 * expected) size *= 2;
  return size;
}

uint32_t high_bits(size_t hash) { return static_cast<uint32_t>(hash >> 32); }

constexpr unsigned kSizeBits = 24;

}  // namespace

IdIndex::IdIndex(size_t expected) : slots_(table_size(expected)) {}

std::string_view IdIndex::key(const Slot& s) const {
  return std::string_view(keys_).substr(s.where >> kSizeBits, s.where & ((1u << kSizeBits) - 1));
}

// Linear probing from the slot of the hash's low bits to the slot that
// holds `id` or the empty one where it would go.
size_t IdIndex::slot_of(std::string_view id, size_t hash) const {
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.position == kEmpty) return i;
    if (s.hash == high_bits(hash) && key(s) == id) return i;
  }
}

std::optional<uint32_t> IdIndex::insert(std::string_view id, uint32_t position) {
  if (2 * (size_ + 1) > slots_.size()) grow();
  const size_t hash = std::hash<std::string_view>{}(id);
  Slot& s = slots_[slot_of(id, hash)];
  if (s.position != kEmpty) return s.position;
  assert(id.size() < (1u << kSizeBits));
  s = Slot{uint64_t{keys_.size()} << kSizeBits | id.size(), high_bits(hash), position};
  keys_.append(id);
  ++size_;
  return std::nullopt;
}

std::optional<uint32_t> IdIndex::find(std::string_view id) const {
  const Slot& s = slots_[slot_of(id, std::hash<std::string_view>{}(id))];
  if (s.position == kEmpty) return std::nullopt;
  return s.position;
}

// The ids stay where they are in keys_; only the slots are placed anew.
void IdIndex::grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  const size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.position == kEmpty) continue;
    size_t i = std::hash<std::string_view>{}(key(s)) & mask;
    while (slots_[i].position != kEmpty) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

}  // namespace newsgraph

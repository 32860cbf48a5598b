// The name tagger's model file.
//
// Format (all integers little-endian; version 1):
//
//   bytes             what
//   8                 magic "NGNAMES\n"
//   4                 format version (1)
//   4                 feature version (kFeatureVersion of name_model.h)
//   4                 tag count (kTagCount: O, B/I of PER, ORG, LOC, EVT)
//   4                 bits: the model has 2^bits feature buckets
//   4                 row count R
//   4                 float32 scale: a stored weight w means w * scale
//   4*(T+1)*T         float32 transitions[previous][tag], previous T = sentence start
//                     (pairs that BIO forbids are stored as -infinity and read as that)
//   R rows, by increasing bucket:
//     varint          bucket minus the previous row's bucket (the first: minus 0)
//     2*T             int16 weights of the bucket, tag by tag
//   8                 FNV-1a 64 of every byte before it
//
// Buckets absent from the rows weigh 0. The checksum catches a truncated
// or damaged file before any field is trusted.
#include <bit>
#include <cmath>
#include <cstring>
#include <fstream>
#include <iterator>

#include "extract/name_model.h"

namespace newsgraph::extract {

namespace {

constexpr char kMagic[8] = {'N', 'G', 'N', 'A', 'M', 'E', 'S', '\n'};
constexpr uint32_t kFormatVersion = 1;
constexpr uint32_t kMinBits = 8, kMaxBits = 26;
constexpr size_t kHeaderSize = 8 + 6 * 4;

uint64_t fnv1a(const std::string& bytes, size_t size) {
  uint64_t h = 14695981039346656037ull;
  for (size_t i = 0; i < size; ++i) h = (h ^ static_cast<unsigned char>(bytes[i])) * 1099511628211ull;
  return h;
}

void put32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
}
void put64(std::string& out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
}
void put_float(std::string& out, float f) { put32(out, std::bit_cast<uint32_t>(f)); }
void put_varint(std::string& out, uint32_t v) {
  while (v >= 0x80) {
    out += static_cast<char>((v & 0x7F) | 0x80);
    v >>= 7;
  }
  out += static_cast<char>(v);
}

// Reads fields from the file's bytes; any read past the end sets `failed`.
struct Reader {
  const std::string& bytes;
  size_t end;
  size_t at = 0;
  bool failed = false;
  uint32_t u32() {
    if (at > end || end - at < 4) return failed = true, 0;
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + i])) << (8 * i);
    at += 4;
    return v;
  }
  float f32() { return std::bit_cast<float>(u32()); }
  int16_t i16() {
    if (at > end || end - at < 2) return failed = true, 0;
    uint16_t v = static_cast<uint16_t>(static_cast<unsigned char>(bytes[at]) |
                                       (static_cast<unsigned char>(bytes[at + 1]) << 8));
    at += 2;
    return static_cast<int16_t>(v);
  }
  uint32_t varint() {
    uint32_t v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      if (at >= end) return failed = true, 0;
      unsigned char c = static_cast<unsigned char>(bytes[at++]);
      v |= static_cast<uint32_t>(c & 0x7F) << shift;
      if (!(c & 0x80)) return v;
    }
    return failed = true, 0;
  }
};

}  // namespace

Status write_model(const NameModel& model, const std::string& path) {
  float largest = 0;
  for (float w : model.weights) largest = std::max(largest, std::fabs(w));
  const float scale = largest > 0 ? largest / 32767.0f : 1.0f;
  auto quantised = [&](float w) { return static_cast<int16_t>(std::lround(w / scale)); };

  std::string rows;
  uint32_t count = 0, previous = 0;
  for (uint32_t b = 0; b < model.buckets(); ++b) {
    const float* row = &model.weights[static_cast<size_t>(b) * kTagCount];
    bool any = false;
    for (int t = 0; t < kTagCount; ++t) any = any || quantised(row[t]) != 0;
    if (!any) continue;
    put_varint(rows, b - previous);
    previous = b;
    for (int t = 0; t < kTagCount; ++t) {
      uint16_t q = static_cast<uint16_t>(quantised(row[t]));
      rows += static_cast<char>(q & 0xFF);
      rows += static_cast<char>(q >> 8);
    }
    ++count;
  }

  std::string out(kMagic, sizeof kMagic);
  put32(out, kFormatVersion);
  put32(out, kFeatureVersion);
  put32(out, kTagCount);
  put32(out, model.bits);
  put32(out, count);
  put_float(out, scale);
  for (const auto& from : model.transitions)
    for (float w : from) put_float(out, w);
  out += rows;
  put64(out, fnv1a(out, out.size()));

  // Whole or not at all: a temporary file, then rename.
  std::string temporary = path + ".tmp";
  {
    std::ofstream f(temporary, std::ios::binary | std::ios::trunc);
    if (!f) return Status::IoError(temporary + ": cannot write");
    f.write(out.data(), static_cast<std::streamsize>(out.size()));
    if (!f.flush()) return Status::IoError(temporary + ": cannot write");
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) return Status::IoError(path + ": cannot rename " + temporary + " to it");
  return Status::Ok();
}

Result<std::shared_ptr<const NameModel>> read_model(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return Status::IoError(path + ": cannot open the name model");
  std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  if (f.bad()) return Status::IoError(path + ": cannot read the name model");
  auto bad = [&](const std::string& what) { return Status::BadInput(path + ": not a usable name model: " + what); };

  if (bytes.size() < sizeof kMagic || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
    return bad("no NGNAMES header");
  if (bytes.size() < kHeaderSize + 8) return bad("truncated");
  const size_t body = bytes.size() - 8;
  Reader checksum{bytes, bytes.size(), body};
  uint64_t stored = checksum.u32();
  stored |= static_cast<uint64_t>(checksum.u32()) << 32;
  if (stored != fnv1a(bytes, body)) return bad("checksum mismatch (truncated or damaged)");

  Reader r{bytes, body, sizeof kMagic};
  uint32_t format = r.u32(), features = r.u32(), tags = r.u32(), bits = r.u32(), count = r.u32();
  float scale = r.f32();
  if (format != kFormatVersion) return bad("format version " + std::to_string(format) + ", expected " + std::to_string(kFormatVersion));
  if (features != kFeatureVersion)
    return bad("written for feature set " + std::to_string(features) + ", this program computes set " +
               std::to_string(kFeatureVersion) + " (retrain it)");
  if (tags != static_cast<uint32_t>(kTagCount)) return bad(std::to_string(tags) + " tags, expected " + std::to_string(kTagCount));
  if (bits < kMinBits || bits > kMaxBits) return bad("bucket bits " + std::to_string(bits) + " out of range");
  if (!std::isfinite(scale) || scale <= 0) return bad("bad weight scale");
  if (count > (uint32_t{1} << bits)) return bad("more rows than buckets");

  auto model = std::make_shared<NameModel>(NameModel::zero(bits));
  for (int p = 0; p <= kTagCount; ++p)
    for (int t = 0; t < kTagCount; ++t) {
      float w = r.f32();
      if (!transition_allowed(p, t)) continue;  // stays -infinity, whatever was stored
      if (!std::isfinite(w)) return bad("bad transition weight");
      model->transitions[p][t] = w;
    }
  uint64_t bucket = 0;
  for (uint32_t i = 0; i < count; ++i) {
    uint32_t step = r.varint();
    if (r.failed) break;
    bucket += step;
    if (bucket >= model->buckets() || (i > 0 && step == 0))
      return bad("row " + std::to_string(i) + ": bucket out of range or repeated");
    float* row = &model->weights[bucket * kTagCount];
    for (int t = 0; t < kTagCount; ++t) row[t] = static_cast<float>(r.i16()) * scale;
  }
  if (r.failed) return bad("truncated rows");
  if (r.at != body) return bad("trailing bytes after the rows");
  return std::shared_ptr<const NameModel>(std::move(model));
}

}  // namespace newsgraph::extract

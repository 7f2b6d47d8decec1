// The entity extractor's token keys (src/entities_fold.cpp) are fold_key's,
// with key_hash's hash, on any text: ASCII, accented, typographic
// punctuation, other scripts, invalid UTF-8.
#include <catch2/catch.hpp>

#include <random>

#include "analyze/gazetteer.h"
#include "analyze/utf8.h"
#include "entities_internal.h"

namespace {

using analyze::entities::FoldedWord;
using analyze::entities::KeyWriter;
using analyze::entities::WordFolder;

// key_hash as first written, a byte at a time.
std::uint64_t reference_hash(std::string_view key) {
  const auto mix = [](std::uint64_t h, std::uint64_t w) {
    h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 31);
  };
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ key.size();
  for (std::size_t i = 0; i < key.size(); i += 8) {
    std::uint64_t w = 0;
    for (std::size_t b = 0; b < 8 && i + b < key.size(); ++b) w |= std::uint64_t{static_cast<unsigned char>(key[i + b])} << (8 * b);
    h = mix(h, w);
  }
  h = (h ^ (h >> 29)) * 0x94D049BB133111EBull;
  return (h ^ (h >> 32)) | 1;
}

// Pieces random words are made of.
const std::vector<std::string> kPieces = {"a", "Z", "deep", "Seek", "R1", "-", "_", " ", "'", "é", "É", "ç", "œ", "Œ", "ß", "ø",
                                          "\u2019", "\u2013", "\u00A0", "\u202F", "\u0130", "\u023A", "Ω", "日本", "🚀", "\xC3",
                                          "\xE2\x80", "\xFF", "0", "9", "\u0301"};

std::string random_word(std::mt19937& rng) {
  std::string word;
  for (std::size_t n = rng() % 6; n > 0; --n) word += kPieces[rng() % kPieces.size()];
  return word;
}

}  // namespace

TEST_CASE("key_hash reads 8 bytes at a time as it read them one by one", "[entities]") {
  std::mt19937 rng(7);
  for (int i = 0; i < 20000; ++i) {
    std::string s(rng() % 30, ' ');
    for (char& c : s) c = static_cast<char>(rng());
    REQUIRE(analyze::key_hash(s) == reference_hash(s));
  }
}

TEST_CASE("token keys are fold_key's, with their hash", "[entities]") {
  const WordFolder folder;
  std::mt19937 rng(11);
  std::string keys, scratch;
  KeyWriter writer(keys, 16);
  std::vector<std::pair<std::size_t, std::string>> expected;
  for (int i = 0; i < 20000; ++i) {
    const std::string word = random_word(rng);
    const std::size_t at = writer.used();
    const FoldedWord folded = folder.fold(word, writer, scratch);
    const std::string key = analyze::fold_key(word);
    INFO(word);
    REQUIRE(folded.size == key.size());
    REQUIRE(folded.hash == analyze::key_hash(key));
    expected.emplace_back(at, key);
  }
  writer.finish();
  for (const auto& [at, key] : expected) REQUIRE(keys.substr(at, key.size()) == key);
}

TEST_CASE("folding tells letters and inner capitals", "[entities]") {
  const WordFolder folder;
  std::string keys, scratch;
  KeyWriter writer(keys, 0);
  const auto fold = [&](std::string_view w) { return folder.fold(w, writer, scratch); };
  CHECK(fold("DeepSeek").inner_upper);
  CHECK_FALSE(fold("Deepseek").inner_upper);
  CHECK(fold("ÉtatÉ").inner_upper);
  CHECK_FALSE(fold("État").inner_upper);
  CHECK(fold("État").letter);
  CHECK_FALSE(fold("’-").letter);
  CHECK(fold("openai").ascii);
  CHECK_FALSE(fold("élysée").ascii);
}

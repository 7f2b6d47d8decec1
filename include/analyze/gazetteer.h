// Gazetteers and phrase tables for the entity extractor: lists of known
// names (data/gazetteer/*.tsv and the user's --gazetteer files) and word
// lists, matched over tokens by longest match on folded keys.
//   "Le R1 de Deepseek" → "R1" (product DeepSeek R1, form "R1") and
//   "Deepseek" (company DeepSeek, form "Deepseek"): keys are case- and
//   accent-folded ("deepseek"), hyphens count as spaces ("DeepSeek-R1" =
//   "DeepSeek R1"); the extractor then checks the case of what it matched.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analyze/document.h"

namespace analyze {

// The key two spellings of a name share: folded (lower case, no accents,
// ASCII apostrophe), '-' and '_' as spaces, spaces collapsed and trimmed.
// "Qwen 2.5-Max" → "qwen 2.5 max"; "L’Oréal" → "l'oreal".
std::string name_key(std::string_view surface);

// Whether `key` has a '-', '_' or ' ': the characters that separate the
// words of a name key ("start-up" is "start up").
bool has_key_separator(std::string_view key);

// Appends the key of one token to a key being built over several tokens:
// `space_before` adds a separating space. Keeps `key` as name_key would.
// Returns true when `token_key` went in unchanged (it has no '-', '_', ' ').
bool append_token_key(std::string& key, std::string_view token_key, bool space_before);

// The bytes key[0, n) as a little-endian word (n <= 8), with no byte read
// outside the key: two overlapping loads, so no loop and no memcpy call.
inline std::uint64_t load_le_tail(const char* p, std::size_t n) {
  static_assert(std::endian::native == std::endian::little, "key_hash reads words little-endian");
  if (n >= 4) {
    std::uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    return lo | static_cast<std::uint64_t>(hi) << (8 * (n - 4));
  }
  if (n >= 2) {
    std::uint16_t lo, hi;
    std::memcpy(&lo, p, 2);
    std::memcpy(&hi, p + n - 2, 2);
    return lo | static_cast<std::uint64_t>(hi) << (8 * (n - 2));
  }
  return n == 1 ? static_cast<unsigned char>(p[0]) : 0;
}

// The steps of key_hash, for code that folds a key and hashes it in one
// pass (the entity extractor's token keys): start, mix each 8-byte word
// (the last one zero-padded), finish.
namespace key_hashing {
inline std::uint64_t start(std::size_t size) { return 0x9E3779B97F4A7C15ull ^ size; }
inline std::uint64_t mix(std::uint64_t h, std::uint64_t word) {
  h = (h ^ word) * 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 31);
}
inline std::uint64_t finish(std::uint64_t h) {
  h = (h ^ (h >> 29)) * 0x94D049BB133111EBull;
  return (h ^ (h >> 32)) | 1;
}
}  // namespace key_hashing

// The hash of a key, as PhraseTable and the token facts compute it: eight
// bytes at a time (keys are short words), never 0 (the empty slot).
inline std::uint64_t key_hash(std::string_view key) {
  std::uint64_t h = key_hashing::start(key.size());
  std::size_t i = 0;
  for (; i + 8 <= key.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, key.data() + i, 8);
    h = key_hashing::mix(h, w);
  }
  if (i < key.size()) h = key_hashing::mix(h, load_le_tail(key.data() + i, key.size() - i));
  return key_hashing::finish(h);
}

// 64-bit hashes in one flat array (open addressing), each with an optional
// 32-bit value: one cache line for most look-ups, no node to chase.
class HashSet {
 public:
  static constexpr std::uint32_t kAbsent = 0xFFFFFFFFu;
  // Room for n hashes without growing (for an empty set).
  void reserve(std::size_t n, bool with_values);
  void insert(std::uint64_t h) { insert(h, 0, false); }
  // Maps h to `value`; keeps the value h already has. Returns h's value.
  std::uint32_t insert_value(std::uint64_t h, std::uint32_t value) { return insert(h, value, true); }
  bool contains(std::uint64_t h) const { return slot_of(h) != kAbsent; }
  std::uint32_t value(std::uint64_t h) const {
    const std::uint32_t slot = slot_of(h);
    return slot == kAbsent || values_.empty() ? kAbsent : values_[slot];
  }
  // Sets h's value, whether h is new or not.
  void set_value(std::uint64_t h, std::uint32_t value) {
    insert(h, value, true);
    values_[slot_of(h)] = value;
  }
  // ORs `bits` into h's value (0 when h is new).
  void merge_value(std::uint64_t h, std::uint32_t bits) {
    insert(h, 0, true);
    values_[slot_of(h)] |= bits;
  }
  template <class F>
  void for_each(F&& f) const {
    for (std::uint64_t h : slots_)
      if (h) f(h);
  }

 private:
  std::uint32_t insert(std::uint64_t h, std::uint32_t value, bool with_value);
  std::uint32_t slot_of(std::uint64_t h) const {
    if (slots_.empty()) return kAbsent;
    for (std::size_t i = home(h);; i = (i + 1) & mask_) {
      if (slots_[i] == h) return static_cast<std::uint32_t>(i);
      if (slots_[i] == 0) return kAbsent;
    }
  }
  // The first slot to probe: the hash's high bits, mixed (its low bit is always 1).
  std::size_t home(std::uint64_t h) const { return static_cast<std::size_t>((h * 0x9E3779B97F4A7C15ull) >> 40) & mask_; }
  std::vector<std::uint64_t> slots_;
  std::vector<std::uint32_t> values_;  // parallel to slots_, when values are kept
  std::size_t mask_ = 0, size_ = 0;
};

// Whether a token may end between these two characters of a key: the
// character class changes (letter, digit, space, other).
bool boundary(char before, char after);

// Phrases (names, cue words) looked up by key, token by token. Each phrase
// carries an int value; a key may carry several.
// token_hash for PhraseTable::longest when the caller knows no token hash.
struct NoTokenHashes {
  std::uint64_t operator()(std::size_t) const { return 0; }
};

class PhraseTable {
 public:
  void add(std::string_view phrase, int value);
  void add_key(std::string key, int value);

  // Values of exactly this key, or nullptr.
  const std::vector<int>* find(std::string_view key) const;
  // True when some phrase key starts with `key` (at a token boundary).
  bool has_prefix(std::string_view key) const { return prefixes_.contains(key_hash(key)); }
  // The same, for a key whose hash is known (a token's).
  bool may_start(std::uint64_t hash) const { return prefixes_.contains(hash); }
  // Calls f(key, values) for each key.
  template <class F>
  void for_each_key(F&& f) const {
    for (std::size_t i = 0; i < keys_.size(); ++i) f(std::string_view(keys_[i]), values_[i]);
  }
  // Calls f(hash) for each key and prefix a token can be: prefixes of the
  // keys' first words at token boundaries ("deepseek" for "deepseek r1").
  template <class F>
  void for_each_first_token(F&& f) const {
    for (const std::string& key : keys_) {
      const std::string_view word = std::string_view(key).substr(0, key.find(' '));
      for_each_boundary(word, [&](std::size_t n) { f(key_hash(word.substr(0, n))); });
    }
  }
  // Calls f(n) for each n where key.substr(0, n) ends at a possible token boundary.
  template <class F>
  static void for_each_boundary(std::string_view key, F&& f) {
    for (std::size_t i = 1; i < key.size(); ++i)
      if (boundary(key[i - 1], key[i])) f(i);
    f(key.size());
  }
  bool empty() const { return values_.empty(); }

  // Longest match starting at token `first`: keys[i] is the key of token i,
  // space[i] whether white space precedes it. Calls accept(end, values) for
  // each matching end, longest first, until it returns true; returns that
  // end, or `first` when nothing was accepted. `scratch` avoids allocations.
  // `first_hash`, when not 0, is key_hash(keys(first)), known to the caller;
  // token_hash(i), when not 0, is key_hash(keys(i)) for a key with no
  // separator: then most phrases are ruled out on the second token without
  // building the key of the two.
  template <class Keys, class Space, class Accept, class TokenHash = NoTokenHashes>
  std::size_t longest(const Keys& keys, const Space& space, std::size_t first, std::size_t limit, std::string& scratch,
                      Accept&& accept, std::uint64_t first_hash = 0, const TokenHash& token_hash = {}) const {
    std::size_t ends[8];
    const std::vector<int>* found[8];
    std::size_t n = 0;
    scratch.clear();
    const std::string_view first_key = keys(first);
    if (!first_hash) first_hash = key_hash(first_key);
    if (!prefixes_.contains(first_hash)) return first;
    std::size_t i = first;
    if (!has_key_separator(first_key)) {
      // The first token alone, its key as it is.
      const std::uint32_t index = phrases_.value(first_hash);
      if (index != HashSet::kAbsent && keys_[index] == first_key) ends[n] = first + 1, found[n++] = &values_[index];
      const std::uint64_t second = first + 1 < limit ? token_hash(first + 1) : 0;
      const bool goes_on = longer_.contains(first_hash) && first + 1 < limit &&
                           !(second && space(first + 1) && !after_space_.contains(second));
      i = goes_on ? first + 1 : limit;
      scratch.assign(first_key);
    }
    for (; i < limit; ++i) {
      const bool verbatim = append_token_key(scratch, keys(i), i > first && space(i));
      const std::uint64_t h = i == first && verbatim ? first_hash : key_hash(scratch);
      if (!prefixes_.contains(h)) break;
      const std::uint32_t index = phrases_.value(h);
      if (index != HashSet::kAbsent && keys_[index] == scratch && n < 8) ends[n] = i + 1, found[n++] = &values_[index];
      if (!longer_.contains(h)) break;  // no phrase goes on after this one
    }
    while (n > 0) {
      --n;
      if (accept(ends[n], *found[n])) return ends[n];
    }
    return first;
  }

 private:
  std::vector<std::string> keys_;         // each phrase key once
  std::vector<std::vector<int>> values_;  // parallel to keys_
  HashSet phrases_;                       // key hash → index in keys_
  HashSet prefixes_;                      // keys and their prefixes at token boundaries
  HashSet longer_;                        // the prefixes some longer key continues
  HashSet after_space_;                   // what a token after a space may be in a key: "r1", "r", "labs"
};

// One known entity: its canonical name, every form it is written in
// (forms[0] is the name) and, for a product, the maker's name.
struct GazetteerEntry {
  EntityType type = EntityType::Company;
  std::vector<std::string> forms;
  std::string owner;
  const std::string& name() const { return forms.front(); }
};

// Known entities; a form is a phrase whose value is entry * kMaxForms + form.
class Gazetteer {
 public:
  static constexpr int kMaxForms = 64;

  // Parses `content` (lines "type<TAB>name<TAB>aliases[<TAB>owner]", aliases
  // separated by '|', '#' comments). On a malformed line returns false and
  // sets *error to "source:line: what is wrong".
  bool load(std::string_view source, std::string_view content, std::string* error);

  const std::vector<GazetteerEntry>& entries() const { return entries_; }
  const PhraseTable& phrases() const { return phrases_; }
  static int entry_of(int value) { return value / kMaxForms; }
  static int form_of(int value) { return value % kMaxForms; }

 private:
  bool add_line(std::string_view line, std::string* why);
  std::vector<GazetteerEntry> entries_;
  PhraseTable phrases_;
};

}  // namespace analyze

// Internal to the figure extractor and the number parser: the look-up tables
// they build once from data/figures/*.tsv (word maps, phrase tables, word
// roles). Keys are folded words (make_word_key); phrases are sequences of them.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/numbers.h"
#include "flat_string_map.h"

namespace analyze::figures_detail {

// A map from folded words, looked up by string_view without allocating.
template <class V>
using StringMap = FlatStringMap<V>;

template <class V>
const V* find_in(const StringMap<V>& map, std::string_view key) {
  return map.find(key);
}

// Calls `row` with the tab-separated fields of each line of the embedded file
// `name`, skipping blank lines and '#' comments. Throws when the file is missing.
void for_each_row(std::string_view name, const std::function<void(std::span<const std::string_view>)>& row);

// A number written in a data file ("1e6", "0.01"), locale-independent; throws when malformed.
double data_number(std::string_view field, std::string_view file);

// The folded keys of a phrase from the data ("près d’" → "pres" "de").
std::vector<std::string> phrase_keys(std::string_view phrase);

template <class V>
struct PhraseMatch {
  const V* value = nullptr;
  std::size_t length = 0;  // lexemes matched
  explicit operator bool() const { return value != nullptr; }
};

// Phrases (sequences of folded words) with a value each, matched against
// lexemes forward from a position or backward from one; the longest wins.
template <class V>
class PhraseTable {
 public:
  void add(std::string_view phrase, V value) {
    std::vector<std::string> keys = phrase_keys(phrase);
    if (keys.empty()) return;
    const auto index = static_cast<std::uint32_t>(phrases_.size());
    auto& starting = by_first_[keys.front()];
    auto& ending = by_last_[keys.back()];
    phrases_.push_back({std::move(keys), std::move(value)});
    const auto longer = [&](std::uint32_t a, std::uint32_t b) { return phrases_[a].keys.size() > phrases_[b].keys.size(); };
    for (auto* list : {&starting, &ending}) {
      list->push_back(index);
      std::stable_sort(list->begin(), list->end(), longer);
    }
  }

  // The longest phrase starting at lex[i] that `accept` (phrase value, first
  // and end lexeme) allows.
  template <class Accept>
  PhraseMatch<V> forward(std::span<const Lexeme> lex, std::size_t i, Accept accept) const {
    if (i >= lex.size()) return {};
    const auto* list = find_in(by_first_, lex[i].key);
    if (!list) return {};
    for (const std::uint32_t index : *list) {
      const Phrase& p = phrases_[index];
      if (i + p.keys.size() > lex.size()) continue;
      bool same = true;
      for (std::size_t k = 1; k < p.keys.size() && same; ++k) same = lex[i + k].key == p.keys[k];
      if (same && accept(p.value, i, i + p.keys.size())) return {&p.value, p.keys.size()};
    }
    return {};
  }
  PhraseMatch<V> forward(std::span<const Lexeme> lex, std::size_t i) const {
    return forward(lex, i, [](const V&, std::size_t, std::size_t) { return true; });
  }

  // The longest phrase ending right before lex[end], starting at or after `floor`.
  PhraseMatch<V> backward(std::span<const Lexeme> lex, std::size_t end, std::size_t floor = 0) const {
    if (end == 0 || end <= floor) return {};
    const auto* list = find_in(by_last_, lex[end - 1].key);
    if (!list) return {};
    for (const std::uint32_t index : *list) {
      const Phrase& p = phrases_[index];
      if (p.keys.size() > end - floor) continue;
      const std::size_t start = end - p.keys.size();
      bool same = true;
      for (std::size_t k = 0; k + 1 < p.keys.size() && same; ++k) same = lex[start + k].key == p.keys[k];
      if (same) return {&p.value, p.keys.size()};
    }
    return {};
  }

  // True when some phrase starts with `key` (a cheap pre-check).
  bool starts_with(std::string_view key) const { return find_in(by_first_, key) != nullptr; }

 private:
  struct Phrase {
    std::vector<std::string> keys;
    V value;
  };
  std::vector<Phrase> phrases_;
  StringMap<std::vector<std::uint32_t>> by_first_, by_last_;
};

// Roles of words in the figure grammar (data/figures/words.tsv).
enum WordRole : std::uint16_t {
  kMoneyCue = 1 << 0,
  kChangeVerb = 1 << 1,
  kVagueFew = 1 << 2,
  kVagueSome = 1 << 3,
  kNotNoun = 1 << 4,
  kSkipAfter = 1 << 5,
  kNotRateAfter = 1 << 6,
  kOrdinal = 1 << 7,
  kTimeOfDay = 1 << 8,
  kChina = 1 << 9,
  kPeopleVerb = 1 << 10,
  kGoods = 1 << 11,
};

class WordRoles {
 public:
  void load(std::string_view file);
  // The roles of a folded word, exact entries and prefix entries ("invest*").
  std::uint16_t of(std::string_view key) const;
  bool has(std::string_view key, WordRole role) const { return (of(key) & role) != 0; }

 private:
  StringMap<std::uint16_t> exact_;
  std::array<std::vector<std::pair<std::string, std::uint16_t>>, 256> prefixes_;  // by first byte
};

}  // namespace analyze::figures_detail

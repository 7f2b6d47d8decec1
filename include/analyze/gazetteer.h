// Gazetteers and phrase tables for the entity extractor: lists of known
// names (data/gazetteer/*.tsv and the user's --gazetteer files) and word
// lists, matched over tokens by longest match on folded keys.
//   "Le R1 de Deepseek" → "R1" (product DeepSeek R1, form "R1") and
//   "Deepseek" (company DeepSeek, form "Deepseek"): keys are case- and
//   accent-folded ("deepseek"), hyphens count as spaces ("DeepSeek-R1" =
//   "DeepSeek R1"); the extractor then checks the case of what it matched.
#pragma once

#include <cstdint>
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

// Appends the key of one token to a key being built over several tokens:
// `space_before` adds a separating space. Keeps `key` as name_key would.
void append_token_key(std::string& key, std::string_view token_key, bool space_before);

// Phrases (names, cue words) looked up by key, token by token. Each phrase
// carries an int value; a key may carry several.
class PhraseTable {
 public:
  void add(std::string_view phrase, int value);
  void add_key(std::string key, int value);

  // Values of exactly this key, or nullptr.
  const std::vector<int>* find(const std::string& key) const;
  // True when some phrase key starts with `key` (at a token boundary).
  bool has_prefix(const std::string& key) const { return prefixes_.count(key) != 0; }
  bool empty() const { return values_.empty(); }

  // Longest match starting at token `first`: keys[i] is the key of token i,
  // space[i] whether white space precedes it. Calls accept(end, values) for
  // each matching end, longest first, until it returns true; returns that
  // end, or `first` when nothing was accepted. `scratch` avoids allocations.
  template <class Keys, class Space, class Accept>
  std::size_t longest(const Keys& keys, const Space& space, std::size_t first, std::size_t limit, std::string& scratch,
                      Accept&& accept) const {
    std::size_t ends[8];
    const std::vector<int>* found[8];
    std::size_t n = 0;
    scratch.clear();
    for (std::size_t i = first; i < limit; ++i) {
      append_token_key(scratch, keys(i), i > first && space(i));
      if (!has_prefix(scratch)) break;
      if (const auto* values = find(scratch); values && n < 8) ends[n] = i + 1, found[n++] = values;
    }
    while (n > 0) {
      --n;
      if (accept(ends[n], *found[n])) return ends[n];
    }
    return first;
  }

 private:
  std::unordered_map<std::string, std::vector<int>> values_;
  std::unordered_set<std::string> prefixes_;
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

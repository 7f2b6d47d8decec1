// The cue lexicon of the claim stage, read from data/claims/cues.tsv.
#include <algorithm>
#include <stdexcept>

#include "analyze/embedded_data.h"
#include "analyze/utf8.h"
#include "claims_internal.h"

namespace analyze::claims {
namespace {

struct KindName {
  std::string_view name;
  CueKind kind;
};

constexpr KindName kKinds[] = {
    {"role", CueKind::Role},           {"role_weak", CueKind::WeakRole},           {"purpose", CueKind::Purpose},     {"perf_verb", CueKind::PerfVerb},
    {"perf_cmp", CueKind::PerfComparative}, {"cost_cmp", CueKind::CostComparative}, {"similar", CueKind::Similar},
    {"perf_noun", CueKind::PerfNoun},  {"contrast", CueKind::Contrast}, {"clause", CueKind::Clause},
    {"clause_comma", CueKind::ClauseAfterComma}, {"speech", CueKind::Speech}, {"agent_verb", CueKind::AgentVerb},
    {"fine_agent", CueKind::FineAgent}, {"supplier", CueKind::Supplier}, {"anaphor", CueKind::Anaphor},
    {"pronoun", CueKind::Pronoun},     {"intro", CueKind::Intro}, {"acquisition", CueKind::Acquisition},
    {"bought", CueKind::Bought},       {"cost_multiple", CueKind::CostMultiple},
    {"third_party", CueKind::ThirdParty}, {"benchmark", CueKind::Benchmark},
    {"group", CueKind::Group}, {"rival", CueKind::Rival},
};

std::optional<CueKind> kind_from_name(std::string_view name) {
  for (const KindName& k : kKinds)
    if (k.name == name) return k.kind;
  return std::nullopt;
}

// Splits a phrase as the tokenizer splits text: on spaces, around hyphens
// ("start-up" → "start" "-" "up") and after an elided article
// ("d’exploitation" → "d'" "exploitation"); folds each word.
std::vector<std::string> phrase_words(std::string_view phrase) {
  std::vector<std::string> words;
  std::size_t pos = 0;
  while (pos < phrase.size()) {
    const std::size_t space = std::min(phrase.find(' ', pos), phrase.size());
    std::string word = fold_key(phrase.substr(pos, space - pos));
    pos = space + 1;
    if (word.empty()) continue;
    const std::size_t apostrophe = word.find('\'');
    if (apostrophe != std::string::npos && apostrophe + 1 < word.size() && is_elision_prefix(word.substr(0, apostrophe))) {
      words.push_back(word.substr(0, apostrophe + 1));
      word.erase(0, apostrophe + 1);
    }
    for (std::size_t hyphen; (hyphen = word.find('-')) != std::string::npos && word.size() > 1;) {
      if (hyphen > 0) words.push_back(word.substr(0, hyphen));
      words.push_back("-");
      word.erase(0, hyphen + 1);
    }
    if (!word.empty()) words.push_back(std::move(word));
  }
  return words;
}

}  // namespace

CueLexicon::CueLexicon() {
  const auto data = embedded_file("claims/cues.tsv");
  if (!data) throw std::runtime_error("claims/cues.tsv is not compiled in");
  for (std::string_view line : split_lines(*data)) {
    if (line.empty() || line.front() == '#') continue;
    const auto fields = split_tabs(line);
    const auto kind = kind_from_name(fields[0]);
    if (!kind || fields.size() < 2) throw std::runtime_error("claims/cues.tsv: bad line: " + std::string(line));
    CuePhrase phrase{*kind, phrase_words(fields[1]), {}, fields.size() > 2 ? std::string(fields[2]) : std::string()};
    for (std::string& w : phrase.words) {
      const bool is_prefix = w.size() > 1 && w.back() == '*';
      if (is_prefix) w.pop_back();
      phrase.prefix.push_back(is_prefix);
    }
    if (!phrase.words.empty()) phrases_.push_back(std::move(phrase));
  }
  for (const CuePhrase& phrase : phrases_)
    if (phrase.prefix[0] && phrase.words[0].size() < 3)
      throw std::runtime_error("claims/cues.tsv: a stem needs three letters at least: " + phrase.words[0]);
  flatten_words();
  index_phrases();
}

void CueLexicon::flatten_words() {
  for (const CuePhrase& phrase : phrases_) {
    first_word_.push_back(static_cast<std::uint32_t>(cue_words_.size()));
    for (std::size_t k = 0; k < phrase.words.size(); ++k) {
      cue_words_.push_back({static_cast<std::uint32_t>(chars_.size()), static_cast<std::uint32_t>(phrase.words[k].size()), phrase.prefix[k]});
      chars_ += phrase.words[k];
    }
  }
  first_word_.push_back(static_cast<std::uint32_t>(cue_words_.size()));
}

namespace {
std::uint64_t hash_key(std::uint64_t key) { return key * 0x9E3779B97F4A7C15ull; }
}  // namespace

CueLexicon::Slot& CueLexicon::slot_for(std::uint64_t key) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t slot = hash_key(key) >> slot_shift_;
  while (slots_[slot].key != key && slots_[slot].key != 0) slot = (slot + 1) & mask;
  slots_[slot].key = key;
  return slots_[slot];
}

const CueLexicon::Slot* CueLexicon::find(std::uint64_t key) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t slot = hash_key(key) >> slot_shift_;; slot = (slot + 1) & mask) {
    if (slots_[slot].key == key) return &slots_[slot];
    if (slots_[slot].key == 0) return nullptr;
  }
}

// A phrase goes under its first two words when its second word has a key of
// its own (a stem shorter than three bytes has not), else under its first.
// The table is at most a quarter full.
void CueLexicon::index_phrases() {
  std::vector<std::pair<std::uint64_t, std::uint32_t>> keyed;  // (key, phrase id)
  for (std::size_t id = 0; id < phrases_.size(); ++id) {
    const CuePhrase& p = phrases_[id];
    const std::uint64_t first = static_cast<std::uint64_t>(key_of(p.words[0])) << 32;
    const bool by_pair = p.words.size() > 1 && (!p.prefix[1] || p.words[1].size() >= 3);
    keyed.emplace_back(by_pair ? first | key_of(p.words[1]) : first, static_cast<std::uint32_t>(id));
    if (by_pair) keyed.emplace_back(first, UINT32_MAX);  // the first word's slot must exist
  }
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  std::size_t size = 16;
  slot_shift_ = 60;
  while (size < 4 * keyed.size()) size *= 2, --slot_shift_;
  slots_.assign(size, Slot{});
  for (std::size_t k = 0; k < keyed.size();) {
    Slot& slot = slot_for(keyed[k].first);
    slot.begin = static_cast<std::uint32_t>(candidates_.size());
    for (; k < keyed.size() && keyed[k].first == slot.key; ++k)
      if (keyed[k].second == UINT32_MAX) slot.has_pairs = true;
      else candidates_.push_back(keyed[k].second);
    slot.end = static_cast<std::uint32_t>(candidates_.size());
  }
}

// Whether phrase `id` is found at word `i`. Words are short: compared inline
// (and the function inlined in match()).
inline bool CueLexicon::phrase_at(std::uint32_t id, const FoldedWords& words, std::size_t i) const {
  const std::uint32_t first = first_word_[id], end = first_word_[id + 1];
  if (i + (end - first) > words.size()) return false;
  for (std::uint32_t k = first; k < end; ++k, ++i) {
    const CueWord& cue = cue_words_[k];
    const std::string_view word = words[i];
    if (cue.prefix ? word.size() < cue.size : word.size() != cue.size) return false;
    const char* const chars = chars_.data() + cue.offset;
    for (std::uint32_t b = 0; b < cue.size; ++b)
      if (word[b] != chars[b]) return false;
  }
  return true;
}

void CueLexicon::match(const FoldedWords& words, std::vector<CueMatch>& out) const {
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::uint64_t first_key = static_cast<std::uint64_t>(words.key(i)) << 32;
    const Slot* alone = find(first_key);
    if (!alone) continue;
    const std::uint32_t second_key = alone->has_pairs && i + 1 < words.size() ? words.key(i + 1) : 0;
    const Slot* pair = second_key != 0 ? find(first_key | second_key) : nullptr;
    // Both lists in file order, merged: the matches come in file order.
    std::uint32_t a = alone->begin, b = pair ? pair->begin : 0;
    const std::uint32_t a_end = alone->end, b_end = pair ? pair->end : 0;
    const std::size_t first_match = out.size();
    while (a < a_end || b < b_end) {
      const bool take_a = b == b_end || (a < a_end && candidates_[a] < candidates_[b]);
      const std::uint32_t id = candidates_[take_a ? a++ : b++];
      if (!phrase_at(id, words, i)) continue;
      const CuePhrase& phrase = phrases_[id];
      out.push_back({phrase.kind, &phrase.value, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + phrase.words.size())});
    }
    // Longest first, in file order among equals: a stable insertion sort (few matches, no allocation).
    for (std::size_t k = first_match + 1; k < out.size(); ++k)
      for (std::size_t j = k; j > first_match && out[j - 1].end < out[j].end; --j) std::swap(out[j - 1], out[j]);
  }
}

}  // namespace analyze::claims

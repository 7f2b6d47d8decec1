// The cue lexicon of the claim stage, read from data/claims/cues.tsv.
#include <algorithm>
#include <cstring>
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
      const std::string& word = phrase.words[k];
      const std::size_t head_size = std::min<std::size_t>(word.size(), 8);
      std::uint64_t head = 0;
      std::memcpy(&head, word.data(), head_size);
      char mask_bytes[8] = {};
      std::memset(mask_bytes, 0xFF, head_size);
      std::uint64_t head_mask;  // in memory order, as head: whatever the byte order
      std::memcpy(&head_mask, mask_bytes, 8);
      cue_words_.push_back({head, head_mask, static_cast<std::uint32_t>(chars_.size()), static_cast<std::uint32_t>(word.size()), phrase.prefix[k]});
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

bool CueLexicon::may_hold(std::uint64_t key) const {
  const std::uint64_t bit = hash_key(key) >> (64 - kFilterBits);
  return (filter_[bit / 64] >> (bit % 64)) & 1;
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
// A pair's slot lists the phrases under its first word too, merged in file
// order: a word looks at one list. The table is at most a quarter full.
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
  // The ids under each key, in file order (keyed is sorted by key, stably).
  std::vector<std::pair<std::uint64_t, std::vector<std::uint32_t>>> lists;
  for (const auto& [key, id] : keyed) {
    if (lists.empty() || lists.back().first != key) lists.push_back({key, {}});
    if (id != UINT32_MAX) lists.back().second.push_back(id);
    else slot_for(key).has_pairs = true;
  }
  const auto alone_ids = [&](std::uint64_t key) {
    const auto it = std::lower_bound(lists.begin(), lists.end(), key, [](const auto& l, std::uint64_t k) { return l.first < k; });
    return it != lists.end() && it->first == key ? it->second : std::vector<std::uint32_t>();
  };
  for (auto& [key, ids] : lists) {
    if (key & 0xFFFFFFFFu) {
      const std::vector<std::uint32_t> alone = alone_ids(key & ~0xFFFFFFFFull);
      ids.insert(ids.end(), alone.begin(), alone.end());
      std::sort(ids.begin(), ids.end());
    }
    Slot& slot = slot_for(key);
    slot.begin = static_cast<std::uint32_t>(candidates_.size());
    for (const std::uint32_t id : ids) candidates_.push_back({cue_words_[first_word_[id]], id});
    slot.end = static_cast<std::uint32_t>(candidates_.size());
    const std::uint64_t bit = hash_key(key) >> (64 - kFilterBits);
    filter_[bit / 64] |= 1ull << (bit % 64);
  }
}

// Whether word `i` is `cue`: eight bytes at once, then byte by byte (words
// are short: compared inline, and the function inlined in match()).
inline bool CueLexicon::word_is(const CueWord& cue, const FoldedWords& words, std::size_t i) const {
  const std::uint32_t size = words.size_of(i);
  if (cue.prefix ? size < cue.size : size != cue.size) return false;
  if ((words.head(i) & cue.head_mask) != cue.head) return false;
  if (cue.size <= 8) return true;
  const std::string_view word = words[i];
  const char* const chars = chars_.data() + cue.offset;
  for (std::uint32_t b = 8; b < cue.size; ++b)
    if (word[b] != chars[b]) return false;
  return true;
}

// Whether the words of phrase `id` after its first follow word `i`.
bool CueLexicon::rest_at(std::uint32_t id, const FoldedWords& words, std::size_t i) const {
  const std::uint32_t first = first_word_[id] + 1, end = first_word_[id + 1];
  if (i + 1 + (end - first) > words.size()) return false;
  for (std::uint32_t k = first; k < end; ++k)
    if (!word_is(cue_words_[k], words, ++i)) return false;
  return true;
}

void CueLexicon::match(const FoldedWords& words, std::vector<CueMatch>& out) const {
  const std::size_t n = words.size();
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint64_t first_key = static_cast<std::uint64_t>(words.key(i)) << 32;
    if (!may_hold(first_key)) continue;
    const Slot* slot = find(first_key);
    if (!slot) continue;
    if (slot->has_pairs && i + 1 < n) {
      const std::uint64_t pair_key = first_key | words.key(i + 1);
      if (const Slot* pair = may_hold(pair_key) ? find(pair_key) : nullptr) slot = pair;
    }
    const std::size_t first_match = out.size();
    for (std::uint32_t c = slot->begin; c < slot->end; ++c) {
      const Candidate& candidate = candidates_[c];
      if (!word_is(candidate.first, words, i) || !rest_at(candidate.id, words, i)) continue;
      const CuePhrase& phrase = phrases_[candidate.id];
      out.push_back({phrase.kind, &phrase.value, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + phrase.words.size())});
    }
    // Longest first, in file order among equals: a stable insertion sort (few matches, no allocation).
    for (std::size_t k = first_match + 1; k < out.size(); ++k)
      for (std::size_t j = k; j > first_match && out[j - 1].end < out[j].end; --j) std::swap(out[j - 1], out[j]);
  }
}

}  // namespace analyze::claims

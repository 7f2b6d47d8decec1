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

bool word_matches(const CuePhrase& phrase, std::size_t k, std::string_view word) {
  const std::string& w = phrase.words[k];
  return phrase.prefix[k] ? word.substr(0, w.size()) == w : word == w;
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
  for (std::size_t id = 0; id < phrases_.size(); ++id) {
    const CuePhrase& phrase = phrases_[id];
    if (phrase.prefix[0] && phrase.words[0].size() < 3)
      throw std::runtime_error("claims/cues.tsv: a stem needs three letters at least: " + phrase.words[0]);
    by_key_[key_of(phrase.words[0])].push_back(id);
  }
}

std::uint32_t CueLexicon::key_of(std::string_view word) {
  const std::size_t n = std::min<std::size_t>(word.size(), 3);
  std::uint32_t key = static_cast<std::uint32_t>(n) << 24;
  for (std::size_t i = 0; i < n; ++i) key |= static_cast<std::uint32_t>(static_cast<unsigned char>(word[i])) << (8 * i);
  return key;
}

void FoldedWords::add(std::string_view token_text) {
  const auto start = static_cast<std::uint32_t>(buffer_.size());
  append_folded(buffer_, token_text);
  bounds_.emplace_back(start, static_cast<std::uint32_t>(buffer_.size()));
}

std::vector<CueMatch> CueLexicon::match(const FoldedWords& words) const {
  std::vector<CueMatch> out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto it = by_key_.find(key_of(words[i]));
    if (it == by_key_.end()) continue;
    const std::size_t first_match = out.size();
    for (const std::size_t id : it->second) {
      const CuePhrase& phrase = phrases_[id];
      if (i + phrase.words.size() > words.size()) continue;
      bool ok = true;
      for (std::size_t k = 0; k < phrase.words.size() && ok; ++k) ok = word_matches(phrase, k, words[i + k]);
      if (ok)
        out.push_back({phrase.kind, &phrase.value, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + phrase.words.size())});
    }
    if (out.size() - first_match > 1)  // (stable_sort allocates even for one element)
      std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(first_match), out.end(),
                       [](const CueMatch& a, const CueMatch& b) { return a.end > b.end; });
  }
  return out;
}

}  // namespace analyze::claims

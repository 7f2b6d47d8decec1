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
    {"bought", CueKind::Bought},
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

bool word_matches(const CuePhrase& phrase, std::size_t k, const std::string& word) {
  const std::string& w = phrase.words[k];
  return phrase.prefix[k] ? word.compare(0, w.size(), w) == 0 : word == w;
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
    if (phrase.words.empty()) continue;
    const std::size_t id = phrases_.size();
    if (phrase.prefix[0]) {
      by_first_stem_[phrase.words[0]].push_back(id);
      if (std::find(stem_lengths_.begin(), stem_lengths_.end(), phrase.words[0].size()) == stem_lengths_.end())
        stem_lengths_.push_back(phrase.words[0].size());
    } else {
      by_first_word_[phrase.words[0]].push_back(id);
    }
    phrases_.push_back(std::move(phrase));
  }
}

std::vector<CueMatch> CueLexicon::match(const std::vector<std::string>& words) const {
  std::vector<CueMatch> out;
  std::vector<std::size_t> candidates;
  for (std::size_t i = 0; i < words.size(); ++i) {
    candidates.clear();
    if (const auto it = by_first_word_.find(words[i]); it != by_first_word_.end())
      candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    for (const std::size_t len : stem_lengths_) {
      if (words[i].size() < len) continue;
      if (const auto it = by_first_stem_.find(words[i].substr(0, len)); it != by_first_stem_.end())
        candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    }
    const std::size_t first_match = out.size();
    for (const std::size_t id : candidates) {
      const CuePhrase& phrase = phrases_[id];
      if (i + phrase.words.size() > words.size()) continue;
      bool ok = true;
      for (std::size_t k = 1; k < phrase.words.size() && ok; ++k) ok = word_matches(phrase, k, words[i + k]);
      if (ok)
        out.push_back({phrase.kind, &phrase.value, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + phrase.words.size())});
    }
    std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(first_match), out.end(),
                     [](const CueMatch& a, const CueMatch& b) { return a.end > b.end; });
  }
  return out;
}

}  // namespace analyze::claims

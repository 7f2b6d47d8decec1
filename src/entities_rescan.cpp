// Second reading of the article for the entities found: every form a group
// was written in, and its short forms (a person's surname, a company without
// its "Labs" or "Inc.", a product without its maker), wherever the first
// reading left the words free. "la start-up Brumea Labs … Brumea a levé" →
// one company with two mentions.
#include <algorithm>
#include <array>

#include "entities_internal.h"

namespace analyze::entities {
namespace {

// The forms to look for: key hash → group (kShared when two groups share
// it), and the hashes of their first words, tested on each free token.
struct GroupForms {
  static constexpr std::uint32_t kShared = 0xFFFFFFFEu;
  HashSet group_of;
  HashSet first_words;
  std::array<std::uint64_t, 64> first_word_bits{};  // a 4096-bit filter before first_words: most tokens stop there
  std::size_t max_words = 0;
  std::vector<bool> coined;  // the group has a form with an inner capital or a digit
  bool empty = true;

  static std::size_t filter_bit(std::uint64_t h) { return static_cast<std::size_t>(h >> 52); }
  bool may_start(std::uint64_t h) const {
    return (first_word_bits[filter_bit(h) >> 6] >> (filter_bit(h) & 63) & 1) && first_words.contains(h);
  }

  void add(std::string_view key, int group) {
    if (key.empty()) return;
    empty = false;
    const std::size_t space = key.find(' ');
    const std::uint64_t first = key_hash(key.substr(0, space));
    first_words.insert(first);
    first_word_bits[filter_bit(first) >> 6] |= 1ull << (filter_bit(first) & 63);
    max_words = std::max<std::size_t>(max_words, 1 + static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')));
    const std::uint64_t h = key_hash(key);
    const std::uint32_t g = static_cast<std::uint32_t>(group);
    if (const std::uint32_t known = group_of.insert_value(h, g); known != g) group_of.set_value(h, kShared);
  }
};

bool kept(const Extraction& ex, const std::vector<int>& group, const Votes& votes) {
  bool strong = false;
  for (int k : group) strong = strong || !ex.candidates[static_cast<std::size_t>(k)].weak;
  return strong && !rejected(votes, group.size());
}

GroupForms collect_forms(const Doc& doc, const Extraction& ex, const std::vector<std::vector<int>>& groups) {
  GroupForms forms;
  forms.coined.assign(groups.size(), false);
  forms.group_of.reserve(2 * ex.keys.size(), true);  // a key and a short form or two per candidate
  forms.first_words.reserve(2 * ex.keys.size(), false);
  std::vector<std::string> shorts;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const Votes votes = group_votes(ex, groups[g]);
    if (!kept(ex, groups[g], votes)) continue;
    const EntityType type = best_type(votes);
    for (int k : groups[g]) {
      const Candidate& c = ex.candidates[static_cast<std::size_t>(k)];
      if (doc.info[c.first].kind == TokenKind::Handle) continue;
      for (std::size_t i = c.first; i < c.end; ++i) forms.coined[g] = forms.coined[g] || doc.info[i].any(kCamel | kDigit);
      const std::string& key = ex.keys[static_cast<std::size_t>(k)];
      shorts.clear();
      if (type == EntityType::Person) surname_keys(doc, c, shorts);
      if (type == EntityType::Company) company_short_keys(doc, c, shorts);
      if (type == EntityType::Product) shorts.push_back(product_short_key(c, key, HashSet{}));
      for (const std::string& s : shorts) forms.add(s, static_cast<int>(g));
      forms.add(key, static_cast<int>(g));
    }
  }
  return forms;
}

// Whether the token's case lets it name the group: a capital, or a coined
// name's lower-case spelling ("deepseek", "r1").
bool case_allows(const TokenInfo& t, bool coined) { return t.any(kCap | kCapitals | kCamel) || (coined && t.any(kDigit | kLower)); }

// The longest form of `forms` at token i over free tokens: (end, group), or (i, -1).
std::pair<std::size_t, int> form_at(const Doc& doc, const Extraction& ex, const GroupForms& forms, std::size_t i, std::string& key) {
  std::pair<std::size_t, int> best{i, -1};
  key.clear();
  const std::size_t limit = std::min<std::size_t>(doc.sentence_end(i), i + 3 * forms.max_words);
  for (std::size_t j = i; j < limit && ex.cover[j] == kFree; ++j) {
    const bool verbatim = append_token_key(key, doc.key(j), j > i && doc.info[j].has(kSpace));
    const std::uint32_t group = forms.group_of.value(j == i && verbatim ? doc.info[i].hash : key_hash(key));
    if (group == HashSet::kAbsent) continue;
    if (j == i && key.size() < 2) continue;
    if (group == GroupForms::kShared || !case_allows(doc.info[i], forms.coined[group])) continue;
    best = {j + 1, static_cast<int>(group)};
  }
  return best;
}

// A short form that is also a French word, opening a sentence before a
// lower-case word other than a verb of speech or action, is that word:
// "Son action a perdu 8 %" after "Masayoshi Son".
bool is_determiner_use(const Doc& doc, std::size_t i, std::size_t end) {
  if (end != i + 1 || !doc.info[i].has(kInitial | kCommon) || end >= doc.size()) return false;
  const TokenInfo& next = doc.info[end];
  return next.has(kLower | kLetters) && (next.cue_single & kCueSubjectVerb) == 0;
}

}  // namespace

Votes group_votes(const Extraction& ex, const std::vector<int>& group) {
  Votes total{};
  for (int k : group)
    for (std::size_t t = 0; t < total.size(); ++t) total[t] += ex.candidates[static_cast<std::size_t>(k)].votes[t];
  return total;
}

void rescan_short_forms(const Doc& doc, Extraction& ex, std::vector<std::vector<int>>& groups) {
  const GroupForms forms = collect_forms(doc, ex, groups);
  if (forms.empty) return;
  for (std::size_t i = 0, n = doc.size(); i < n; ++i) {
    const TokenInfo& t = doc.info[i];
    if (ex.cover[i] != kFree || !forms.may_start(t.hash) || !can_start(t) || t.kind == TokenKind::Handle) continue;
    const auto [end, group] = form_at(doc, ex, forms, i, ex.scratch);
    if (group < 0 || is_determiner_use(doc, i, end)) continue;
    Candidate c;
    c.first = static_cast<std::uint32_t>(i);
    c.end = static_cast<std::uint32_t>(end);
    c.origin = ex.candidates[static_cast<std::size_t>(groups[static_cast<std::size_t>(group)].front())].origin;
    groups[static_cast<std::size_t>(group)].push_back(static_cast<int>(ex.candidates.size()));
    ex.candidates.push_back(c);
    ex.claim(c, kEntity);
    i = end - 1;
  }
}

}  // namespace analyze::entities

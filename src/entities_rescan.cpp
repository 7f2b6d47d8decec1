// Second reading of the article for the entities found: every form a group
// was written in, and its short forms (a person's surname, a company without
// its "Labs" or "Inc.", a product without its maker), wherever the first
// reading left the words free. "la start-up Brumea Labs … Brumea a levé" →
// one company with two mentions.
#include "entities_internal.h"

namespace analyze::entities {
namespace {

struct GroupForms {
  PhraseTable table;         // value: group index
  std::vector<bool> coined;  // the group has a form with an inner capital or a digit
};

bool kept(const Extraction& ex, const std::vector<int>& group, const Votes& votes) {
  bool strong = false;
  for (int k : group) strong = strong || !ex.candidates[static_cast<std::size_t>(k)].weak;
  return strong && !rejected(votes, group.size());
}

GroupForms collect_forms(const Doc& doc, const Extraction& ex, const std::vector<std::vector<int>>& groups) {
  GroupForms forms;
  forms.coined.assign(groups.size(), false);
  std::vector<std::string> shorts;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const Votes votes = group_votes(ex, groups[g]);
    if (!kept(ex, groups[g], votes)) continue;
    const EntityType type = best_type(votes);
    for (int k : groups[g]) {
      const Candidate& c = ex.candidates[static_cast<std::size_t>(k)];
      if (doc.info[c.first].kind == TokenKind::Handle) continue;
      for (std::size_t i = c.first; i < c.end; ++i) forms.coined[g] = forms.coined[g] || doc.info[i].any(kCamel | kDigit);
      const std::string key = candidate_key(doc, c);
      shorts.clear();
      shorts.push_back(key);
      if (type == EntityType::Person) surname_keys(doc, c, shorts);
      if (type == EntityType::Company) company_short_keys(doc, c, shorts);
      if (type == EntityType::Product) shorts.push_back(product_short_key(c, key, KeySet{}));
      for (std::string& s : shorts)
        if (!s.empty()) forms.table.add_key(std::move(s), static_cast<int>(g));
    }
  }
  return forms;
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
  if (forms.table.empty()) return;
  const auto key = [&](std::size_t i) { return doc.key(i); };
  const auto space = [&](std::size_t i) { return doc.info[i].has(kSpace); };
  for (std::size_t i = 0; i < doc.size(); ++i) {
    const TokenInfo& t = doc.info[i];
    if (ex.cover[i] != kFree || !can_start(t) || t.kind == TokenKind::Handle) continue;
    int group = -1;
    const std::size_t end = forms.table.longest(key, space, i, doc.sentence_end(i), ex.scratch, [&](std::size_t end, const auto& values) {
      for (std::size_t k = i; k < end; ++k)
        if (ex.cover[k] != kFree) return false;
      if (values.size() != 1) return false;  // two entities share the form
      if (doc.key(i).size() < 2 && end == i + 1) return false;
      group = values.front();
      return t.any(kCap | kCapitals | kCamel) || (t.has(kDigit) && forms.coined[static_cast<std::size_t>(group)]) ||
             (t.has(kLower) && forms.coined[static_cast<std::size_t>(group)]);
    });
    if (end == i) continue;
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

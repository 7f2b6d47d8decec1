// Claim-pair groups: the cost or performance comparisons of all articles
// about the same two entities ("cost ratio DeepSeek R1 / o1"), each ratio
// turned to the group's order of the pair.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "compare_internal.h"

namespace analyze::compare_detail {
namespace {

struct PairKey {
  std::size_t a, b;  // clusters, a < b
  ClaimKind kind;
  auto operator<=>(const PairKey&) const = default;
};

struct Entry {
  const std::string* source;
  ComparisonFact* fact;  // its strings move into the group's value
  bool flipped;  // the article names the pair as (b, a)
};

// subject/object: computed from the two figures when the article gives them, else as the words state it.
std::optional<double> ratio_of(const ComparisonFact& c) {
  if (c.ratio) return c.ratio;
  if (c.subject_value && c.object_value && *c.object_value != 0) return *c.subject_value / *c.object_value;
  return c.stated_ratio;
}

Candidate candidate(const Entry& e, const CompareOptions& options) {
  ComparisonFact& c = *e.fact;
  Candidate out;
  GroupValue& v = out.value;
  v.source = *e.source;
  const EntityRef &a = e.flipped ? c.object : c.subject, &b = e.flipped ? c.subject : c.object;
  v.subject = a.entity.name;
  v.object = b.entity.name;
  v.text = std::move(c.ratio_text);
  v.context = std::move(c.text);
  v.a_value = e.flipped ? c.object_value : c.subject_value;
  v.b_value = e.flipped ? c.subject_value : c.object_value;
  std::optional<double> ratio = ratio_of(c);
  if (ratio && e.flipped) ratio = *ratio != 0 ? std::optional<double>(1 / *ratio) : std::nullopt;
  v.value = ratio;
  if (ratio) {
    v.written = v.stated = out.judged.stated = Bounds{ratio, ratio};
    out.judged.widened = tolerance_bounds(v.stated, options);
    out.judged.numbers = {*ratio};
  }
  out.judged.source = *e.source;
  v.compared = ratio.has_value();
  return out;
}

bool entry_order(const Entry& x, const Entry& y) {
  const ComparisonFact &a = *x.fact, &b = *y.fact;
  return std::tie(*x.source, a.sentence, a.text, a.ratio_text, a.ratio, a.stated_ratio, x.flipped) <
         std::tie(*y.source, b.sentence, b.text, b.ratio_text, b.ratio, b.stated_ratio, y.flipped);
}

FactGroup pair_group(const PairKey& key, std::vector<Entry> entries, const EntityResolver& names, const CompareOptions& options) {
  std::sort(entries.begin(), entries.end(), entry_order);
  FactGroup g;
  g.kind = GroupKind::Comparison;
  g.claim_kind = key.kind;
  g.subject = names.display_name(key.a);
  g.object = names.display_name(key.b);
  g.names = names.names(key.a);
  g.names.insert(g.names.end(), names.names(key.b).begin(), names.names(key.b).end());
  g.title = fmt::format("{} ratio {} / {}", to_string(key.kind), g.subject, g.object);
  std::vector<Candidate> candidates;
  for (const Entry& e : entries) candidates.push_back(candidate(e, options));
  settle_group(g, std::move(candidates));
  return g;
}

}  // namespace

std::vector<FactGroup> pair_groups(std::vector<ArticleFacts>& articles, const ResolvedRefs& refs, const CompareOptions& options) {
  std::map<PairKey, std::vector<Entry>> by_key;
  std::size_t next = 0;
  for (ArticleFacts& article : articles) {
    for (ComparisonFact& c : article.comparisons) {
      const auto [subject_ref, object_ref] = refs.comparisons[next++];
      const std::size_t s = refs.names.cluster_of(subject_ref), o = refs.names.cluster_of(object_ref);
      if (s == o) continue;  // "R1" against "DeepSeek R1": no pair to compare
      by_key[PairKey{std::min(s, o), std::max(s, o), c.kind}].push_back(Entry{&article.source, &c, s > o});
    }
  }
  std::vector<FactGroup> groups;
  for (auto& [key, entries] : by_key) groups.push_back(pair_group(key, std::move(entries), refs.names, options));
  return groups;
}

}  // namespace analyze::compare_detail

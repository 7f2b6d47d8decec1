// Turning a group's candidate values into its report: repeats merged,
// verdict, positions; and compare_articles(), which orders the groups.
#include <algorithm>
#include <set>

#include "analyze/utf8.h"
#include "compare_internal.h"

namespace analyze {
namespace compare_detail {
namespace {

// The same value, written the same way, again in the same article: one value, two mentions.
bool is_repeat(const GroupValue& kept, const GroupValue& v) {
  return kept.source == v.source && kept.stated == v.stated && kept.currency == v.currency && kept.per == v.per &&
         kept.approx == v.approx && kept.vague == v.vague && fold_key(kept.text) == fold_key(v.text);
}

template <typename Keep>
std::size_t distinct_sources(const std::vector<GroupValue>& values, Keep keep) {
  std::set<std::string_view> sources;
  for (const GroupValue& v : values)
    if (keep(v)) sources.insert(v.source);
  return sources.size();
}

}  // namespace

void settle_group(FactGroup& group, std::vector<Candidate> candidates) {
  std::vector<Judged> judged;
  std::vector<std::size_t> judged_value;  // index into group.values
  std::size_t source_start = 0;  // candidates come sorted by source: repeats are looked for in this run only
  for (Candidate& c : candidates) {
    if (!group.values.empty() && group.values.back().source != c.value.source) source_start = group.values.size();
    const auto run = group.values.begin() + static_cast<std::ptrdiff_t>(source_start);
    auto repeat = std::find_if(run, group.values.end(), [&](const GroupValue& kept) { return is_repeat(kept, c.value); });
    if (repeat != group.values.end()) {
      ++repeat->mentions;
      continue;
    }
    group.values.push_back(std::move(c.value));
    if (group.values.back().compared) judged.push_back(std::move(c.judged)), judged_value.push_back(group.values.size() - 1);
  }
  group.articles = distinct_sources(group.values, [](const GroupValue&) { return true; });
  if (group.verdict == Agreement::NotComparable) {  // decided by the caller (currencies): numbers that cannot meet
    group.cross_article = distinct_sources(group.values, [](const GroupValue& v) { return v.written.low || v.written.high; }) >= 2;
    return;
  }
  group.cross_article = distinct_sources(group.values, [](const GroupValue& v) { return v.compared; }) >= 2;
  Judgement j = judge(judged);
  group.verdict = j.verdict;
  group.note = std::move(j.note);
  group.spread = j.spread;
  group.positions = std::move(j.positions);
  for (std::size_t i = 0; i < judged.size(); ++i) group.values[judged_value[i]].position = j.position_of[i];
}

}  // namespace compare_detail

namespace {

int severity(Agreement a) {
  switch (a) {
    case Agreement::Conflict: return 0;
    case Agreement::NotComparable: return 1;
    case Agreement::MinorDifference: return 2;
    case Agreement::Agree: return 3;
    case Agreement::Insufficient: return 4;
  }
  return 5;
}

}  // namespace

ComparisonReport compare_articles(std::vector<ArticleFacts> articles, const CompareOptions& options) {
  ComparisonReport report;
  report.articles = articles.size();
  for (const ArticleFacts& a : articles) {
    report.figure_facts += a.figures.size();
    report.comparison_facts += a.comparisons.size();
    report.skipped_figures += a.skipped_figures;
  }
  const compare_detail::ResolvedRefs refs = compare_detail::resolve_refs(articles);
  report.groups = compare_detail::figure_groups(articles, refs, options);
  for (FactGroup& g : compare_detail::pair_groups(articles, refs, options)) report.groups.push_back(std::move(g));
  // Disagreements worth reading first: stated by two articles, worst verdict first.
  using Order = std::tuple<bool, int, GroupKind, const std::string&, const std::string&, const std::string&>;
  auto order = [](const FactGroup& g) { return Order(!g.cross_article, severity(g.verdict), g.kind, g.title, g.currency, g.unit); };
  std::sort(report.groups.begin(), report.groups.end(), [&](const FactGroup& a, const FactGroup& b) { return order(a) < order(b); });
  return report;
}

}  // namespace analyze

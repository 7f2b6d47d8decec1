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
bool is_repeat(const Candidate& a, const Candidate& b) {
  return a.value.source == b.value.source && a.judged.stated == b.judged.stated && a.value.currency == b.value.currency &&
         a.value.per == b.value.per && a.value.approx == b.value.approx && a.value.vague == b.value.vague &&
         fold_key(a.value.text) == fold_key(b.value.text);
}

template <typename Keep>
std::size_t distinct_sources(const std::vector<GroupValue>& values, Keep keep) {
  std::set<std::string_view> sources;
  for (const GroupValue& v : values)
    if (keep(v)) sources.insert(v.source);
  return sources.size();
}

}  // namespace

void settle_group(FactGroup& group, const std::vector<Candidate>& candidates) {
  std::vector<Judged> judged;
  std::vector<std::size_t> judged_value;  // index into group.values
  std::vector<const Candidate*> kept;
  for (const Candidate& c : candidates) {
    auto repeat = std::find_if(kept.begin(), kept.end(), [&](const Candidate* k) { return is_repeat(*k, c); });
    if (repeat != kept.end()) {
      ++group.values[static_cast<std::size_t>(repeat - kept.begin())].mentions;
      continue;
    }
    kept.push_back(&c);
    group.values.push_back(c.value);
    if (c.value.compared) judged.push_back(c.judged), judged_value.push_back(group.values.size() - 1);
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

ComparisonReport compare_articles(const std::vector<ArticleFacts>& articles, const CompareOptions& options) {
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
  std::sort(report.groups.begin(), report.groups.end(), [](const FactGroup& a, const FactGroup& b) {
    return std::tuple(!a.cross_article, severity(a.verdict), a.kind, a.title, a.currency, a.unit) <
           std::tuple(!b.cross_article, severity(b.verdict), b.kind, b.title, b.currency, b.unit);
  });
  return report;
}

}  // namespace analyze

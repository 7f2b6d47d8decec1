// Stated relations of comparisons and the check of an article's own
// arithmetic: "94 % moins cher" with 5,576 M$ against 100 M$ → computed
// 94.4 % → consistent. See docs/claims.md for the tolerance rule.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "analyze/report.h"
#include "claims_internal.h"

namespace analyze::claims {
namespace {

// How the stated relation is expressed, so the check compares like with like.
enum class Scale { PercentLess, PercentMore, PercentOf, Times, TimesLess };

// Digits after the decimal separator of a number as written ("4,75 %" → 2).
int decimals_of(std::string_view text) {
  const std::size_t sep = text.find_first_of(",.");
  if (sep == std::string_view::npos) return 0;
  int n = 0;
  for (std::size_t i = sep + 1; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) ++n;
  return n;
}

}  // namespace

std::optional<double> stated_ratio(std::string_view relation, const Figure* percent, std::optional<double> times) {
  const bool has_percent = percent && percent->value;
  const double p = has_percent ? *percent->value : 0.0;
  if (relation == "cheaper") {
    if (has_percent) return (100.0 - p) / 100.0;
    if (times && *times > 0) return 1.0 / *times;
  } else if (relation == "more_expensive") {
    if (has_percent) return 1.0 + p / 100.0;
    if (times) return *times;
  } else if (relation == "share") {
    if (has_percent) return p / 100.0;
  }
  return std::nullopt;
}

void check_arithmetic(Claim& claim, std::optional<double> stated, bool approximate, const Claim* figures) {
  if (!figures) figures = &claim;
  if (figures->subject_value && figures->object_value && *figures->object_value != 0)
    claim.ratio = *figures->subject_value / *figures->object_value;
  if (stated) claim.stated_ratio = stated;
  if (!claim.ratio || !stated) return;
  // Compare in the unit the article used: percentage points when it states a
  // percentage, "times" when it states a multiple.
  const bool as_times = *stated > 1.0 || (*stated < 1.0 && claim.ratio_text.find("fois") != std::string::npos);
  double stated_unit, computed_unit, tolerance;
  if (as_times) {
    const bool less = *stated < 1.0;
    stated_unit = less ? 1.0 / *stated : *stated;
    computed_unit = less ? 1.0 / *claim.ratio : *claim.ratio;
    tolerance = 0.5 * std::pow(10.0, -decimals_of(claim.ratio_text));
    if (approximate) tolerance = std::max(tolerance, 0.1 * stated_unit);
  } else {
    const bool less = claim.ratio_text.find("moins") != std::string::npos;
    stated_unit = (less ? 1.0 - *stated : *stated) * 100.0;
    computed_unit = (less ? 1.0 - *claim.ratio : *claim.ratio) * 100.0;
    tolerance = 0.5 * std::pow(10.0, -decimals_of(claim.ratio_text));
    if (approximate) tolerance = std::max({tolerance, 1.0, 0.05 * stated_unit});
  }
  const double difference = std::fabs(stated_unit - computed_unit);
  claim.verdict = difference <= tolerance + 1e-9 ? Verdict::Consistent : Verdict::Inconsistent;
  claim.verdict_note = fmt::format("stated {} ({}), figures give {:.1f}{} ({} vs {}): {}", claim.ratio_text,
                                   format_number(stated_unit), computed_unit, as_times ? " times" : " %",
                                   format_number(*figures->subject_value), format_number(*figures->object_value),
                                   claim.verdict == Verdict::Consistent ? "within rounding" : "differs by more than rounding");
}

namespace {

// Kind and unordered pair of entities of a claim.
using PairKey = std::tuple<ClaimKind, int, int>;
PairKey pair_key(const Claim& c) { return {c.kind, std::min(c.subject, c.object), std::max(c.subject, c.object)}; }

}  // namespace

void check_against_text(std::vector<Claim>& claims) {
  // The first claim of each pair whose amounts give a ratio.
  std::map<PairKey, std::size_t> with_amounts;
  for (std::size_t i = 0; i < claims.size(); ++i)
    if (claims[i].ratio && claims[i].subject_value && claims[i].object_value) with_amounts.emplace(pair_key(claims[i]), i);
  for (Claim& c : claims) {
    if (!c.stated_ratio || c.ratio || c.verdict != Verdict::NotChecked || c.subject < 0 || c.object < 0) continue;
    const auto it = with_amounts.find(pair_key(c));
    if (it == with_amounts.end()) continue;
    Claim amounts = claims[it->second];  // oriented as c
    if (amounts.subject != c.subject) std::swap(amounts.subject_value, amounts.object_value);
    check_arithmetic(c, c.stated_ratio, false, &amounts);
  }
}

}  // namespace analyze::claims

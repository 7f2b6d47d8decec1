// The verdict of one group: agree, minor difference or conflict, with the
// positions the articles take (see docs/compare.md for the rules).
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

#include "compare_internal.h"

namespace analyze::compare_detail {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

double low_of(const Bounds& b) { return b.low.value_or(-kInfinity); }
double high_of(const Bounds& b) { return b.high.value_or(kInfinity); }

// a ≤ b, forgiving the float noise of rate conversions (0,06 × 1000).
bool at_most(double a, double b) {
  if (a <= b) return true;
  return std::isfinite(a) && std::isfinite(b) && a - b <= 1e-9 * std::max(std::abs(a), std::abs(b));
}

bool near_equal(double a, double b) { return at_most(a, b) && at_most(b, a); }

using Cluster = std::vector<std::size_t>;

// Values whose ranges (stated or widened, per `range`) share a number: a
// sweep in order of lower bound, keeping the running intersection. One
// cluster exactly when all ranges share a number.
std::vector<Cluster> clusters(const std::vector<Judged>& values, std::vector<std::size_t> members,
                              Bounds Judged::*range) {
  std::sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) {
    const Bounds &ra = values[a].*range, &rb = values[b].*range;
    const double la = low_of(ra), lb = low_of(rb), ha = high_of(ra), hb = high_of(rb);
    if (la != lb) return la < lb;
    if (ha != hb) return ha < hb;
    return std::tie(values[a].source, values[a].numbers) < std::tie(values[b].source, values[b].numbers);
  });
  std::vector<Cluster> out;
  double shared_high = kInfinity;
  for (std::size_t i : members) {
    const Bounds& r = values[i].*range;
    if (out.empty() || !at_most(low_of(r), shared_high)) out.emplace_back(), shared_high = kInfinity;
    out.back().push_back(i);
    shared_high = std::min(shared_high, high_of(r));
  }
  return out;
}

Position position_of(const std::vector<Judged>& values, const Cluster& cluster) {
  Position p;
  std::set<std::string_view> sources;
  for (std::size_t i : cluster) {
    sources.insert(values[i].source);
    for (double n : values[i].numbers) {
      p.range.low = std::min(p.range.low.value_or(n), n);
      p.range.high = std::max(p.range.high.value_or(n), n);
    }
  }
  p.sources.assign(sources.begin(), sources.end());
  return p;
}

std::optional<Spread> spread_of(const std::vector<Judged>& values, const std::vector<std::size_t>& members) {
  std::optional<Spread> s;
  for (std::size_t i : members)
    for (double n : values[i].numbers) {
      if (!s) s = Spread{n, n, std::nullopt};
      s->min = std::min(s->min, n);
      s->max = std::max(s->max, n);
    }
  if (s && s->min > 0) s->ratio = s->max / s->min;
  return s;
}

std::string describe(const Position& p) {
  std::string range = short_number(*p.range.low);
  if (*p.range.high != *p.range.low) range += "–" + short_number(*p.range.high);
  return fmt::format("{} ({} article{})", range, p.sources.size(), p.sources.size() > 1 ? "s" : "");
}

std::string note_for(Agreement verdict, const Judgement& j, bool all_same_point) {
  switch (verdict) {
    case Agreement::Agree: return all_same_point ? "same value" : "the values and bounds overlap";
    case Agreement::MinorDifference:
      return j.spread && j.spread->ratio ? fmt::format("within rounding or 10 % (max/min {:.3g})", *j.spread->ratio)
                                         : "within rounding or 10 %";
    case Agreement::Conflict: {
      std::string note = fmt::format("the articles take {} positions: ", j.positions.size());
      for (std::size_t i = 0; i < j.positions.size(); ++i) note += (i ? " vs " : "") + describe(j.positions[i]);
      return note;
    }
    default: return {};
  }
}

}  // namespace

Judgement judge(const std::vector<Judged>& values) {
  Judgement j;
  j.position_of.assign(values.size(), -1);
  std::vector<std::size_t> bounded;
  for (std::size_t i = 0; i < values.size(); ++i)
    if ((values[i].stated.low || values[i].stated.high) && !values[i].numbers.empty()) bounded.push_back(i);
  j.spread = spread_of(values, bounded);
  const std::vector<Cluster> strict = clusters(values, bounded, &Judged::stated);
  const std::vector<Cluster> loose = clusters(values, bounded, &Judged::widened);
  for (std::size_t p = 0; p < loose.size(); ++p) {
    j.positions.push_back(position_of(values, loose[p]));
    for (std::size_t i : loose[p]) j.position_of[i] = static_cast<int>(p);
  }
  if (bounded.size() < 2) {
    j.verdict = Agreement::Insufficient;
    j.note = bounded.empty() ? "no value with a number" : "only one value with a number";
    return j;
  }
  j.verdict = strict.size() == 1 ? Agreement::Agree : loose.size() == 1 ? Agreement::MinorDifference : Agreement::Conflict;
  const bool all_same_point = std::all_of(bounded.begin(), bounded.end(), [&](std::size_t i) {
    const Bounds& b = values[i].stated;
    const Bounds& first = values[bounded[0]].stated;
    return b.low && b.high && first.low && near_equal(*b.low, *b.high) && near_equal(*b.low, *first.low);
  });
  j.note = note_for(j.verdict, j, all_same_point);
  return j;
}

}  // namespace analyze::compare_detail

// Comparisons resting on figures: two amounts set against each other in a
// sentence ("60 $ … ; 2,19 $", "5,6 M$ alors que 100 M$"), and clauses in
// contrast where one side spends and the other is named ("Là où OpenAI
// investit des milliards, la start-up chinoise …").
#include <algorithm>

#include "claims_internal.h"

namespace analyze::claims {

bool is_cost_role(Role r) {
  return r == Role::Price || r == Role::TrainingCost || r == Role::OperatingCost || r == Role::Investment;
}

namespace {

// Amounts a cost comparison may rest on: costs, and amounts of unknown role;
// not revenues, valuations, fines or market losses.
bool may_be_cost(Role r) { return is_cost_role(r) || r == Role::Other || r == Role::None; }

std::optional<double> exact_value(const Figure& f) {
  return f.vague || !f.value ? std::nullopt : f.value;
}

bool same_currency(const Figure& a, const Figure& b) { return a.currency.empty() || b.currency.empty() || a.currency == b.currency; }

bool comparable_rates(const Figure& a, const Figure& b) { return a.per.empty() || b.per.empty() || a.per == b.per; }

// The entities standing for a figure's subject: the subject and the names
// coordinated with it in the sentence ("dépensés par OpenAI, Google et Microsoft").
std::vector<int> subject_group(const SentenceView& view, int subject) {
  for (std::size_t k = 0; k < view.entities.size(); ++k)
    if (view.entities[k].index == subject) return syntax::coordinated(view, k);
  return {subject};
}

bool has_cost_signal(const Context& ctx, const SentenceView& view, std::uint32_t first, std::uint32_t end) {
  for (const Ref& f : view.figures) {
    const Figure& figure = ctx.figures[static_cast<std::size_t>(f.index)];
    if (f.first >= first && f.first < end && figure.kind == FigureKind::Money && may_be_cost(figure.role)) return true;
  }
  for (const CueMatch& c : view.cues) {
    if (c.first < first || c.first >= end) continue;
    if (c.kind == CueKind::CostComparative) return true;
    if ((c.kind == CueKind::Role || c.kind == CueKind::WeakRole) && is_cost_role(role_from_string(*c.value).value_or(Role::None)))
      return true;
  }
  return false;
}

// The subject of the first cost amount on tokens [first, end); -1 if none.
int money_subject_in(const Context& ctx, const SentenceView& view, std::uint32_t first, std::uint32_t end) {
  for (const Ref& f : view.figures) {
    const Figure& figure = ctx.figures[static_cast<std::size_t>(f.index)];
    if (f.first >= first && f.first < end && figure.kind == FigureKind::Money && may_be_cost(figure.role))
      return ctx.direct_subjects[static_cast<std::size_t>(f.index)];
  }
  return -1;
}

// Which money figures to set against each other: each with the next one, or,
// when a contrast splits them into two lists of the same length ("0,60 $ et
// 2,50 $, alors que X est facturé 15 $ et 75 $"), the first of each list, then
// the second...
std::vector<std::pair<const Ref*, const Ref*>> figure_pairs(const SentenceView& view, const std::vector<const Ref*>& money) {
  std::vector<std::pair<const Ref*, const Ref*>> pairs;
  const std::size_t half = money.size() / 2;
  if (half >= 2 && money.size() % 2 == 0 && view.has_cue(CueKind::Contrast, money[half - 1]->end, money[half]->first) &&
      !view.has_cue(CueKind::Contrast, money[0]->end, money[half - 1]->first)) {
    for (std::size_t k = 0; k < half; ++k) pairs.emplace_back(money[k], money[half + k]);
    return pairs;
  }
  for (std::size_t k = 1; k < money.size(); ++k) pairs.emplace_back(money[k - 1], money[k]);
  return pairs;
}

void figure_pair_claims(const Context& ctx, const SentenceView& view, ClaimSink& sink) {
  std::vector<const Ref*> money;
  for (const Ref& f : view.figures)
    if (ctx.figures[static_cast<std::size_t>(f.index)].kind == FigureKind::Money) money.push_back(&f);
  for (const auto& [pa, pb] : figure_pairs(view, money)) {
    const Ref& ra = *pa;
    const Ref& rb = *pb;
    const Figure& a = ctx.figures[static_cast<std::size_t>(ra.index)];
    const Figure& b = ctx.figures[static_cast<std::size_t>(rb.index)];
    const int sa = ctx.direct_subjects[static_cast<std::size_t>(ra.index)];
    const int sb = ctx.direct_subjects[static_cast<std::size_t>(rb.index)];
    if (!comparable_rates(a, b) || !may_be_cost(a.role) || !may_be_cost(b.role)) continue;
    if (sa >= 0 && owner_or_self(ctx.entities, sa) == owner_or_self(ctx.entities, sb)) continue;
    const bool contrast = view.has_cue(CueKind::Contrast, ra.end, rb.first);
    const bool same_cost_role = a.role == b.role && is_cost_role(a.role);
    // Amounts in two currencies are compared only when the sentence sets them
    // against each other, and no ratio is computed (no conversion is done).
    const bool currencies_match = same_currency(a, b);
    if (!contrast && (!same_cost_role || !currencies_match)) continue;
    if (sa < 0 && sb < 0 && !(exact_value(a) && exact_value(b))) continue;
    for (const int object : subject_group(view, sb)) {
      Claim c;
      c.kind = ClaimKind::Cost;
      c.subject = sa;
      c.object = object;
      c.subject_value = exact_value(a);
      c.object_value = exact_value(b);
      c.subject_figure = ra.index;
      c.object_figure = rb.index;
      if (currencies_match) check_arithmetic(c, std::nullopt, false);
      sink.add(view, std::move(c));
    }
  }
}

// "X obtient 65,8 % au test SWE-bench, contre 54,6 % pour Y": two scores of
// two names across a contrast, in a sentence about a benchmark.
void score_pair_claims(const Context& ctx, const SentenceView& view, ClaimSink& sink) {
  if (std::none_of(view.cues.begin(), view.cues.end(), [](const CueMatch& c) { return c.kind == CueKind::Benchmark; })) return;
  const Ref* previous = nullptr;
  for (const Ref& f : view.figures) {
    if (ctx.figures[static_cast<std::size_t>(f.index)].kind != FigureKind::Percent) continue;
    if (previous && view.has_cue(CueKind::Contrast, previous->end, f.first)) {
      Claim c;
      c.kind = ClaimKind::Performance;
      c.subject = ctx.direct_subjects[static_cast<std::size_t>(previous->index)];
      c.object = ctx.direct_subjects[static_cast<std::size_t>(f.index)];
      c.subject_value = exact_value(ctx.figures[static_cast<std::size_t>(previous->index)]);
      c.object_value = exact_value(ctx.figures[static_cast<std::size_t>(f.index)]);
      c.subject_figure = previous->index;
      c.object_figure = f.index;
      if (c.subject >= 0 && c.object >= 0) {
        check_arithmetic(c, std::nullopt, false);
        sink.add(view, std::move(c));
      }
    }
    previous = &f;
  }
}

// Bounds of the two sides of a contrast at `cue`: the clause before it and
// the rest; when the contrast word opens the sentence ("Là où X …, Y …"),
// its own clause up to the first comma, then the rest.
std::pair<std::pair<std::uint32_t, std::uint32_t>, std::pair<std::uint32_t, std::uint32_t>> contrast_sides(
    const SentenceView& view, const CueMatch& cue) {
  const auto n = static_cast<std::uint32_t>(view.words.size());
  std::uint32_t a_first = cue.first;
  while (a_first > 0 && view.clause[a_first - 1] == view.clause[cue.first > 0 ? cue.first - 1 : 0]) --a_first;
  if (cue.first > 0 && a_first < cue.first) return {{a_first, cue.first}, {cue.end, n}};
  std::uint32_t comma = cue.end;
  while (comma < n && view.words[comma] != ",") ++comma;
  return {{cue.end, comma}, {std::min(comma + 1, n), n}};
}

void contrast_claims(const Context& ctx, const std::vector<SentenceView>& views, const SentenceView& view, ClaimSink& sink) {
  for (const CueMatch& cue : view.cues) {
    if (cue.kind != CueKind::Contrast) continue;
    const auto [a, b] = contrast_sides(view, cue);
    if (a.first >= a.second || b.first >= b.second) continue;
    const int fig_a = money_subject_in(ctx, view, a.first, a.second);
    const int fig_b = money_subject_in(ctx, view, b.first, b.second);
    const int main_a = fig_a >= 0 ? fig_a : main_entity(ctx, views, view, a.first, a.second);
    const int main_b = fig_b >= 0 ? fig_b : main_entity(ctx, views, view, b.first, b.second);
    if (main_a < 0 || main_b < 0 || owner_or_self(ctx.entities, main_a) == owner_or_self(ctx.entities, main_b)) continue;
    const bool strong = *cue.value == "strong" && (fig_a >= 0 || fig_b >= 0);
    const bool both_costs = has_cost_signal(ctx, view, a.first, a.second) && has_cost_signal(ctx, view, b.first, b.second);
    if (!strong && !both_costs) continue;
    for (const int object : subject_group(view, main_b)) {
      Claim c;
      c.kind = ClaimKind::Cost;
      c.subject = main_a;
      c.object = object;
      sink.add(view, std::move(c));
    }
  }
}

}  // namespace

// The first company or product on tokens [first, end), or the company a
// definite description there stands for ("la société chinoise").
int main_entity(const Context& ctx, const std::vector<SentenceView>& views, const SentenceView& view, std::uint32_t first,
                std::uint32_t end) {
  for (const Ref& r : view.entities) {
    if (r.first < first || r.first >= end) continue;
    const Entity& e = ctx.entities[static_cast<std::size_t>(r.index)];
    if ((e.type == EntityType::Company || e.type == EntityType::Product) && !syntax::is_complement(view, r) &&
        !syntax::is_source(view, r, e.type))
      return r.index;
  }
  for (const CueMatch& c : view.cues)
    if (c.kind == CueKind::Anaphor && c.first >= first && c.first < end) return resolve_anaphor(ctx, views, view, c);
  return -1;
}

int contrasted_entity(const Context& ctx, const std::vector<SentenceView>& views, const SentenceView& view, std::uint32_t pos) {
  for (const CueMatch& cue : view.cues) {
    if (cue.kind != CueKind::Contrast) continue;
    const auto [a, b] = contrast_sides(view, cue);
    const bool in_a = pos >= a.first && pos < a.second;
    const auto other = in_a ? b : a;
    if (other.first < other.second) return main_entity(ctx, views, view, other.first, other.second);
  }
  return -1;
}

void find_figure_comparisons(const Context& ctx, const std::vector<SentenceView>& views, const SentenceView& view,
                             ClaimSink& sink) {
  figure_pair_claims(ctx, view, sink);
  score_pair_claims(ctx, view, sink);
  contrast_claims(ctx, views, view, sink);
}

}  // namespace analyze::claims

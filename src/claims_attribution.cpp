// Subject and role of each figure: who the amount is about and what it is.
// The subject is the best-placed entity of the figure's sentence (same
// comma segment and clause before it, "avec X" after a price, "dépensés par
// X"...), else the subject of the same amount elsewhere in the article, else
// the entity in focus in the sentences just before. See docs/claims.md.
#include <algorithm>
#include <tuple>

#include "claims_internal.h"

namespace analyze::claims {
namespace {

// Money a maker spends on its product: a product named as its subject hands it to its maker.
bool is_makers_spending(Role role) {
  return role == Role::TrainingCost || role == Role::OperatingCost || role == Role::Investment || role == Role::Funding;
}

// "6 M$ pour développer R1", "5 M$ à construire": a purpose after the amount.
std::optional<Role> purpose_role(const SentenceView& view, const Ref& fig) {
  for (std::uint32_t p = fig.end; p < view.words.size() && p < fig.end + 4; ++p) {
    if (view.words[p] != "pour" && view.words[p] != "a") continue;
    for (const CueMatch& c : view.cues)
      if (c.kind == CueKind::Purpose && (c.first == p + 1 || c.first == p + 2)) return role_from_string(*c.value);
  }
  return std::nullopt;
}

// The role cue of `kind` nearest the figure in its clause (a cue before it counts a bit more).
std::optional<Role> cue_role(const SentenceView& view, const Ref& fig, CueKind kind) {
  const std::uint16_t clause = view.clause[fig.first];
  std::optional<Role> best;
  double best_distance = 1e9;
  for (const CueMatch& c : view.cues) {
    if (c.kind != kind || c.first >= view.clause.size() || view.clause[c.first] != clause) continue;
    if (c.first >= fig.first && c.first < fig.end) continue;
    const double distance = c.end <= fig.first ? fig.first - c.end : 1.5 * (c.first - fig.end) + 1;
    const auto role = role_from_string(*c.value);
    // A role word just before the amount names it ("un chiffre d’affaires mondial de 350 Md$"),
    // whatever else the clause says.
    if (role && c.end <= fig.first && distance <= 3) return role;
    if (role && (distance < best_distance || *role == Role::Fine)) {
      if (best == Role::Fine) continue;  // an "amende" anywhere in the clause decides
      best = role;
      best_distance = distance;
    }
  }
  return best;
}

// The role a word of the sentence gives the figure, if any.
std::optional<Role> find_role(const SentenceView& view, const Ref& fig, const Figure& figure) {
  if (figure.kind == FigureKind::Quantity) return Role::None;
  const bool is_rate = !figure.per.empty();
  std::optional<Role> role = purpose_role(view, fig);
  if (!role) role = cue_role(view, fig, CueKind::Role);
  if (!role && is_rate) return Role::Price;
  if (!role) role = cue_role(view, fig, CueKind::WeakRole);
  // Nobody raises or is valued "par mois": a rate near a fund-raising is what something costs.
  if (role && is_rate && (*role == Role::Funding || *role == Role::Valuation)) return Role::Price;
  if (role && figure.kind != FigureKind::Money && *role == Role::Funding) return std::nullopt;  // "obtient 85,7 % au test"
  return role;
}

// The company the article is about, when one clearly dominates: named at
// least three times, more often than any other company; -1 otherwise.
int dominant_company(const std::vector<Entity>& entities) {
  int best = -1;
  std::size_t best_count = 0, second = 0;
  for (std::size_t i = 0; i < entities.size(); ++i) {
    if (entities[i].type != EntityType::Company) continue;
    const std::size_t n = entities[i].mentions.size();
    if (n > best_count) second = best_count, best_count = n, best = static_cast<int>(i);
    else second = std::max(second, n);
  }
  return best_count >= 3 && best_count > second ? best : -1;
}

// "Vélocia a entraîné son modèle Vela-2 pour 4 M€": a product with no known
// maker spends through the company named before it in its clause.
int spending_company(const Context& ctx, const std::vector<SentenceView>& views, const SentenceView& view, const Ref& fig,
                     int product) {
  const Entity& e = ctx.entities[static_cast<std::size_t>(product)];
  if (e.type != EntityType::Product) return product;
  if (e.owner >= 0) return e.owner;
  const Ref* product_ref = nullptr;
  for (const Ref& r : view.entities)
    if (r.index == product && r.end <= fig.first) product_ref = &r;
  if (!product_ref) return product;
  int company = product;
  for (const Ref& r : view.entities)
    if (r.end <= product_ref->first && view.clause[r.first] == view.clause[product_ref->first] &&
        ctx.entities[static_cast<std::size_t>(r.index)].type == EntityType::Company && !syntax::is_complement(view, r))
      company = r.index;
  if (company != product) return company;
  // "L’entreprise affirme que son modèle Vela-2 … pour un coût de 3,2 M$":
  // the company a description before the product stands for.
  for (const CueMatch& c : view.cues)
    if (c.kind == CueKind::Anaphor && c.end <= product_ref->first && *c.value != "product")
      if (const int described = resolve_anaphor(ctx, views, view, c); described >= 0) company = described;
  return company;
}

// A pronoun, possessive or definite description: the sentence goes on about someone named before.
bool refers_back(const SentenceView& view) {
  return std::any_of(view.cues.begin(), view.cues.end(),
                     [](const CueMatch& c) { return c.kind == CueKind::Pronoun || c.kind == CueKind::Anaphor; });
}

// "Au total, les jeunes pousses ont récolté 1,2 Md€": the sentence speaks of
// a sector; "la CNIL a infligé à un concurrent une amende": of a rival it
// does not name.
bool about_a_group(const SentenceView& view) {
  return std::any_of(view.cues.begin(), view.cues.end(), [&](const CueMatch& c) {
    if (c.kind == CueKind::Group) return true;
    if (c.kind != CueKind::Rival) return false;
    return std::none_of(view.entities.begin(), view.entities.end(), [&](const Ref& r) { return r.first >= c.end && r.first <= c.end + 3; });
  });
}

// Whether the clause of the figure at `span` names no one.
bool clause_names_nobody(const SentenceView& view, Span span) {
  std::uint32_t t = 0;
  while (t < view.tokens.size() && view.tokens[t]->start < span.start) ++t;
  if (t >= view.tokens.size()) return view.entities.empty();
  return std::none_of(view.entities.begin(), view.entities.end(), [&](const Ref& r) { return view.clause[r.first] == view.clause[t]; });
}

// The subject of each exact amount (kind, value, currency) in the sentence
// that names it: the first figure with a subject wins. A sorted vector, not a
// map: no allocation per figure.
class SubjectsOfAmounts {
 public:
  SubjectsOfAmounts(const std::vector<Figure>& figures, const std::vector<int>& direct) {
    for (std::size_t f = 0; f < figures.size(); ++f) {
      const Figure& fig = figures[f];
      if (direct[f] >= 0 && fig.value && !fig.vague) amounts_.push_back({fig.kind, *fig.value, fig.currency, direct[f]});
    }
    std::stable_sort(amounts_.begin(), amounts_.end(), before);
  }
  // The subject of the amount of `fig` (which has an exact value), or -1.
  int find(const Figure& fig) const {
    const Amount key{fig.kind, *fig.value, fig.currency, -1};
    const auto it = std::lower_bound(amounts_.begin(), amounts_.end(), key, before);
    return it != amounts_.end() && !before(key, *it) ? it->subject : -1;
  }

 private:
  struct Amount {
    FigureKind kind;
    double value;
    std::string_view currency;
    int subject;
  };
  static bool before(const Amount& a, const Amount& b) {
    return std::tie(a.kind, a.value, a.currency) < std::tie(b.kind, b.value, b.currency);
  }
  std::vector<Amount> amounts_;
};

// The subject found for the first amount of `view` that has one, or -1.
int subject_of_amounts_in(const SentenceView& view, const std::vector<int>& direct) {
  for (const Ref& fig : view.figures)
    if (direct[static_cast<std::size_t>(fig.index)] >= 0) return direct[static_cast<std::size_t>(fig.index)];
  return -1;
}

// Figures their sentence leaves without subject: the subject of the same
// amount elsewhere (a headline restated in the body); when the sentence
// refers back, the focus of the sentences just before; when its clause names
// nobody, the focus of the sentence before; else the company the article is
// about, if one dominates. Not the last two for a sector's amount.
void fill_missing_subjects(const Context& ctx, const std::vector<SentenceView>& views, const std::vector<std::uint32_t>& view_of,
                           std::vector<int>& direct) {
  const SubjectsOfAmounts subject_of_amount(ctx.figures, direct);
  const int dominant = dominant_company(ctx.entities);
  for (std::size_t f = 0; f < ctx.figures.size(); ++f) {
    if (direct[f] >= 0) continue;
    const Figure& fig = ctx.figures[f];
    if (fig.value && !fig.vague)
      if (const int subject = subject_of_amount.find(fig); subject >= 0) direct[f] = subject;
    const std::size_t s = view_of[f];
    if (direct[f] < 0 && s < views.size() && refers_back(views[s]))
      for (std::size_t back = 1; back <= 2 && back <= s && direct[f] < 0; ++back) {
        direct[f] = syntax::focus(views[s - back], ctx.entities, ctx.figures);
        // "Le géant américain a dépensé 3 Md€. Ses dépenses…": who that sentence's amounts were about.
        if (direct[f] < 0) direct[f] = subject_of_amounts_in(views[s - back], direct);
      }
    // "Ubisoft a publié un chiffre d’affaires de 418 M€. Les réservations
    // nettes s’élèvent à 412 M€.": a clause naming nobody goes on about
    // the one the sentence before was about.
    const bool group = s < views.size() && about_a_group(views[s]);
    if (direct[f] < 0 && s > 0 && s < views.size() && !group && clause_names_nobody(views[s], fig.span))
      direct[f] = syntax::focus(views[s - 1], ctx.entities, ctx.figures);
    // "Son chiffre d’affaires…" after a sentence about a product: a company's
    // amount goes to the product's maker, else to the company last named.
    if (direct[f] >= 0 && is_company_role(fig.role) && ctx.entities[static_cast<std::size_t>(direct[f])].type == EntityType::Product) {
      const int owner = ctx.entities[static_cast<std::size_t>(direct[f])].owner;
      const int company = owner >= 0 ? owner : syntax::recent_entity(views, s, EntityType::Company, ctx.entities, ctx.figures);
      if (company >= 0) direct[f] = company;
    }
    if (direct[f] < 0 && !group) direct[f] = dominant;
  }
}

// An amount with no role word of its own, set against an earlier one by
// "contre" or "alors que", has the earlier one's role ("un chiffre d’affaires
// de 993 M€, contre 90 Md$ pour AWS").
void inherit_roles_across_contrasts(const Context& ctx, const SentenceView& view, const std::vector<bool>& from_cue) {
  const Ref* previous = nullptr;
  for (const Ref& fig : view.figures) {
    Figure& figure = ctx.figures[static_cast<std::size_t>(fig.index)];
    if (figure.kind != FigureKind::Money) continue;
    if (previous && !from_cue[static_cast<std::size_t>(fig.index)] && view.has_cue(CueKind::Contrast, previous->end, fig.first))
      figure.role = ctx.figures[static_cast<std::size_t>(previous->index)].role;
    previous = &fig;
  }
}

// "250 M£ (environ 290 M€)", "3,3 Md$, soit 2,9 Md€": the same amount in
// another currency has the first one's subject and role.
void share_conversions(const Context& ctx, const SentenceView& view, std::vector<int>& direct) {
  for (std::size_t k = 1; k < view.figures.size(); ++k) {
    const Ref& a = view.figures[k - 1];
    const Ref& b = view.figures[k];
    Figure& first = ctx.figures[static_cast<std::size_t>(a.index)];
    Figure& second = ctx.figures[static_cast<std::size_t>(b.index)];
    if (first.kind != FigureKind::Money || second.kind != FigureKind::Money || b.first > a.end + 3) continue;
    bool converts = false;
    for (std::uint32_t p = a.end; p < b.first; ++p) converts = converts || view.is_word(p, "(") || view.is_word(p, "soit");
    if (!converts || first.currency.empty() || first.currency == second.currency) continue;
    second.role = first.role;
    direct[static_cast<std::size_t>(b.index)] = direct[static_cast<std::size_t>(a.index)];
  }
}

}  // namespace

void attribute_figures(Context& ctx, const std::vector<SentenceView>& views) {
  std::vector<int>& direct = ctx.direct_subjects;
  direct.assign(ctx.figures.size(), -1);
  std::vector<bool> from_cue(ctx.figures.size(), false);
  std::vector<std::uint32_t> view_of(ctx.figures.size(), 0);
  for (const SentenceView& view : views) {
    for (const Ref& fig : view.figures) view_of[static_cast<std::size_t>(fig.index)] = view.index;
    for (const Ref& fig : view.figures) {
      Figure& figure = ctx.figures[static_cast<std::size_t>(fig.index)];
      const std::optional<Role> role = find_role(view, fig, figure);
      from_cue[static_cast<std::size_t>(fig.index)] = role.has_value();
      figure.role = role.value_or(figure.kind == FigureKind::Money ? Role::Other : Role::None);
    }
    inherit_roles_across_contrasts(ctx, view, from_cue);
    for (const Ref& fig : view.figures) {
      Figure& figure = ctx.figures[static_cast<std::size_t>(fig.index)];
      const int subject = best_candidate(ctx, views, view, fig, figure.role);
      direct[static_cast<std::size_t>(fig.index)] = subject;
      if (subject >= 0 && is_makers_spending(figure.role)) figure.subject = spending_company(ctx, views, view, fig, subject);
    }
    share_conversions(ctx, view, direct);
  }
  fill_missing_subjects(ctx, views, view_of, direct);
  for (std::size_t f = 0; f < ctx.figures.size(); ++f) {
    Figure& figure = ctx.figures[f];
    if (figure.subject < 0) figure.subject = is_makers_spending(figure.role) ? owner_or_self(ctx.entities, direct[f]) : direct[f];
  }
}

}  // namespace analyze::claims

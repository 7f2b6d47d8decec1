// Who an amount may be about: every company, product, person or organization
// named near it is a candidate, scored by where it stands (same comma segment
// before the amount, "avec X" after a price, "dépensés par X", the subject of
// a relative clause…) and by its type; names that only invest, list, impose a
// fine or are bought are left out. See docs/claims.md, "Subjects".
#include <algorithm>

#include "claims_internal.h"

namespace analyze::claims {
namespace {


constexpr std::uint32_t kWindow = 60;  // tokens around a figure where its subject may be

std::uint32_t gap(const Ref& a, const Ref& b) {
  if (a.end <= b.first) return b.first - a.end;
  if (b.end <= a.first) return a.first - b.end;
  return 0;
}

bool introduced_after(const SentenceView& view, const Ref& fig, const Ref& r) {
  if (r.first < fig.end || r.first > fig.end + 3) return false;
  const int before = syntax::word_before(view, r.first);
  for (const CueMatch& c : view.cues)
    if (c.kind == CueKind::Intro && static_cast<int>(c.first) == before) return true;
  return false;
}

// "la CNIL a infligé … une amende": the regulator imposes, it does not pay.
bool imposes_fine(const SentenceView& view, const Ref& r) {
  for (const CueMatch& c : view.cues)
    if (c.kind == CueKind::FineAgent && c.first >= r.end && c.first <= r.end + 2) return true;
  return false;
}

// "une sanction de 325 M€ contre X", "une amende de 150 M€ à X": who pays it.
bool fined_after(const SentenceView& view, const Ref& fig, const Ref& r) {
  if (r.first < fig.end || r.first > fig.end + 3) return false;
  const int before = syntax::word_before(view, r.first);
  return before == static_cast<int>(fig.end) && (view.words[before] == "contre" || view.words[before] == "a");
}

// "ASML, qui investit 1,3 Md€": the amount is in a relative clause about the name before it.
bool relative_clause_subject(const SentenceView& view, const Ref& fig, const Ref& r) {
  const std::uint32_t qui = r.end + 1;
  return qui < fig.first && view.is_word(r.end, ",") && view.is_word(qui, "qui") && view.segment[qui] == view.segment[fig.first];
}

// "… que Claude Sonnet 4, proposé à 3 $": a price in a participle clause
// set after a name is that name's, even when the name is what is compared.
bool priced_in_apposition(const SentenceView& view, const Ref& fig, const Ref& r) {
  const std::uint32_t participle = r.end + 1;
  if (!view.is_word(r.end, ",") || participle >= fig.first || fig.first > participle + 3) return false;
  const CueMatch* cue = view.cue_at(CueKind::WeakRole, participle);
  if (!cue) cue = view.cue_at(CueKind::Role, participle);
  return cue && cue->value && *cue->value == "price";
}

// "Sa capitalisation dépasse 4 000 Md$, loin devant Microsoft": a sentence
// opening on a possessive is about someone named before it, not after.
bool opens_on_possessive(const SentenceView& view) {
  static constexpr std::string_view kPossessives[] = {"son", "sa", "ses", "leur", "leurs"};
  return view.index > 0 && view.words.size() > 0 &&
         std::find(std::begin(kPossessives), std::end(kPossessives), view.words[0]) != std::end(kPossessives);
}

const Ref* first_name_after(const SentenceView& view, std::uint32_t pos) {
  for (const Ref& r : view.entities)
    if (r.first >= pos) return &r;
  return nullptr;
}

// "auprès de Tiger Global et de DST Global", "coté au Nasdaq": the names
// after such a phrase (a list of them too) invest or list, they do not spend.
bool third_party(const SentenceView& view, const Ref& r) {
  // What may stand between the phrase and a name of its list.
  static constexpr std::string_view kListWords[] = {"et", ",", "de", "d'", "du", "des", "la", "le", "l'", "les"};
  const auto in_list = [](std::string_view w) { return std::find(std::begin(kListWords), std::end(kListWords), w) != std::end(kListWords); };
  std::uint32_t p = r.first;
  bool listed = false;  // a "," or "et" passed: the name is in a list after the phrase
  for (int steps = 0; p > 0 && steps < 12; ++steps) {
    for (const CueMatch& c : view.cues)
      // "sur Hugging Face, R1 démocratise…": a platform is one name, not a list.
      if (c.kind == CueKind::ThirdParty && c.end == p) return !(listed && c.value && *c.value == "platform");
    const std::uint32_t q = p - 1;
    if (!view.entity_at(q) && !in_list(view.words[q])) return false;
    listed = listed || view.words[q] == "," || view.words[q] == "et";
    p = q;
  }
  return false;
}

// "rachetée par", "a été racheté": folding makes "racheté" of "rachète", so
// the participle needs its passive around it.
bool passive(const SentenceView& view, const CueMatch& c) {
  if (c.first > 0 && (view.is_word(c.first - 1, "ete") || view.is_word(c.first - 1, "est") || view.is_word(c.first - 1, "sont")))
    return true;
  for (std::uint32_t p = c.end; p < c.end + 4 && p < view.words.size(); ++p)
    if (view.is_word(p, "par")) return true;
  return false;
}

// "0,60 $ …, alors que Claude est facturé 15 $": the name across a contrast
// that has amounts of its own is theirs (not "une sanction de 325 M€ contre X").
bool across_contrast_with_own_amount(const SentenceView& view, const Ref& fig, const Ref& r) {
  for (const CueMatch& c : view.cues) {
    if (c.kind != CueKind::Contrast || c.first < fig.end || c.end > r.first) continue;
    for (const Ref& other : view.figures)
      if (other.first >= c.end) return true;
  }
  return false;
}

// "le rachat du britannique AVEVA pour 10 Md£", "AVEVA a été rachetée par
// Schneider": what is bought does not pay.
bool is_bought(const SentenceView& view, const Ref& r) {
  for (const CueMatch& c : view.cues) {
    if (c.kind == CueKind::Acquisition && c.end <= r.first && c.end + 6 >= r.first && first_name_after(view, c.end) == &r)
      return true;  // "l’acquisition de l’américano-indien WNS"
    if (c.kind == CueKind::Bought && c.first >= r.end && c.first <= r.end + 4 && passive(view, c)) return true;
  }
  return false;
}

// "30 $ avec Nova-3 ne coûte même pas 2 $ avec Vela-2": Nova-3 belongs to 30 $.
bool bound_to_other_figure(const SentenceView& view, const Ref& fig, const Ref& r) {
  return std::any_of(view.figures.begin(), view.figures.end(),
                     [&](const Ref& other) { return other.index != fig.index && introduced_after(view, other, r); });
}

// "SoftBank, qui valorise la société à 300 Md$": the object of a valuation
// verb, right before the amount, is what is valued.
bool valued_object(const SentenceView& view, const Ref& fig, const Ref& r) {
  if (r.end > fig.first || fig.first > r.end + 2) return false;
  for (const CueMatch& c : view.cues)
    if (c.kind == CueKind::Role && c.value && *c.value == "valuation" && c.end <= r.first && r.first <= c.end + 2) return true;
  return false;
}

// "Téléchargé plus de 109 000 fois sur Hugging Face, R1 démocratise…": an
// opening phrase (the first comma segment) holding the amount is about the
// name opening the second segment, when the opening phrase names no one but
// a platform or an investor.
bool subject_after_opening_phrase(const SentenceView& view, const Ref& fig, const Ref& r) {
  if (view.segment[fig.first] != view.segment[0] || r.first == 0 || !view.is_word(r.first - 1, ",") ||
      view.segment[r.first] != view.segment[0] + 1)
    return false;
  return std::none_of(view.entities.begin(), view.entities.end(),
                      [&](const Ref& other) { return other.first < r.first && !third_party(view, other); });
}

double placement_score(const SentenceView& view, const Ref& fig, const Ref& r) {
  const double d = gap(fig, r);
  const bool before = r.end <= fig.first;
  const bool same_segment = view.segment[r.first] == view.segment[fig.first];
  const bool same_clause = view.clause[r.first] == view.clause[fig.first];
  const int par = syntax::agent_marker(view, r);
  const bool spent_by = par >= 1 && view.cue_at(CueKind::AgentVerb, static_cast<std::uint32_t>(par - 1));
  if (!before && spent_by && par <= static_cast<int>(fig.end) + 2) return 200 - d;  // "les milliards dépensés par X"
  if (valued_object(view, fig, r)) return 200 - d;
  if (!before && subject_after_opening_phrase(view, fig, r)) return 95 - d;
  if (before && (relative_clause_subject(view, fig, r) || priced_in_apposition(view, fig, r))) return 180 - d;
  if (par >= 0 && !spent_by && view.segment[static_cast<std::size_t>(par)] != view.segment[fig.first]) return -1;  // agent of another noun
  if (same_segment && before) return 100 - d;
  if (introduced_after(view, fig, r)) return 90 - d;
  if (same_clause && before) return 70 - d;
  if (same_clause) return 20 - d;
  return before ? 50 - d / 2 : 10 - d / 2;
}

double type_score(EntityType type, Role role) {
  switch (type) {
    case EntityType::Person: return -40;
    case EntityType::Organization: return role == Role::Fine ? -60 : -20;  // a regulator imposes fines
    case EntityType::Product: return role == Role::Price ? 10 : 0;
    case EntityType::Company: return is_company_role(role) ? 5 : 0;
  }
  return 0;
}

// "Google, Apple, Meta, Amazon et Microsoft prévoient 300 Md$": several
// spenders named together are represented by the first one.
int first_of_list(const Context& ctx, const SentenceView& view, const Ref& chosen) {
  const auto linked = [&](const Ref& a, const Ref& b) {
    return ctx.entities[static_cast<std::size_t>(a.index)].type == ctx.entities[static_cast<std::size_t>(b.index)].type &&
           syntax::listed_together(view, a, b);
  };
  std::size_t k = static_cast<std::size_t>(&chosen - view.entities.data());
  while (k > 0 && linked(view.entities[k - 1], view.entities[k])) --k;
  return view.entities[k].index;
}

}  // namespace

bool is_company_role(Role role) {
  return role == Role::TrainingCost || role == Role::OperatingCost || role == Role::Investment || role == Role::Funding ||
         role == Role::Revenue || role == Role::Valuation || role == Role::MarketLoss || role == Role::Fine;
}

int best_candidate(const Context& ctx, const std::vector<SentenceView>& views, const SentenceView& view, const Ref& fig, Role role) {
  int best = -1;
  const Ref* best_ref = nullptr;
  double best_score = 0;
  for (const Ref& r : view.entities) {
    if (gap(fig, r) > kWindow || (r.first < fig.end && r.end > fig.first)) continue;
    const Entity& e = ctx.entities[static_cast<std::size_t>(r.index)];
    const bool compared = syntax::is_compared_object(view, r) && !priced_in_apposition(view, fig, r);
    if (syntax::is_complement(view, r) || syntax::is_supplier(view, r, ctx.figures) || syntax::is_source(view, r, e.type) || compared ||
        bound_to_other_figure(view, fig, r) || third_party(view, r))
      continue;
    if (r.first >= fig.end && opens_on_possessive(view) && !introduced_after(view, fig, r)) continue;
    if (r.first >= fig.end && across_contrast_with_own_amount(view, fig, r)) continue;
    double score = placement_score(view, fig, r) + type_score(e.type, role);
    if (role == Role::Fine && imposes_fine(view, r)) score -= 100;
    if (role == Role::Fine && fined_after(view, fig, r)) score += 100;
    if (is_bought(view, r)) score -= 60;
    if (syntax::in_apposition_complement(view, r)) score -= 30;
    if (score > best_score) {
      best_score = score;
      best = r.index;
      best_ref = &r;
    }
  }
  if (best_ref) best = first_of_list(ctx, view, *best_ref);
  // "la start-up française a levé 48 M€": a definite description before the
  // amount is a candidate too (after it, it is mostly a complement: "400 M$,
  // trois fois la valorisation de la start-up").
  for (const CueMatch& c : view.cues) {
    if (c.kind != CueKind::Anaphor || c.first >= fig.first) continue;
    const Ref pseudo{-1, c.first, c.end};
    if (syntax::is_source(view, pseudo, EntityType::Company)) continue;  // "Selon l’entreprise, X obtient…"
    if (gap(fig, pseudo) > kWindow) continue;
    const double score = placement_score(view, fig, pseudo);
    if (score > best_score) {
      const int entity = resolve_anaphor(ctx, views, view, c);
      if (entity >= 0) best_score = score, best = entity;
    }
  }
  return best;
}

}  // namespace analyze::claims

// Comparisons stated in words: performance verbs ("rivalise avec X",
// "surpasse X"), comparatives ("plus puissant que X", "94 % moins cher que
// X", "3 % du coût de X"), likeness next to a performance noun ("des
// résultats similaires"), and comparatives with no side named that continue
// the comparison of the sentence before ("Leur IA n’est pas juste moins chère").
#include <algorithm>
#include <charconv>

#include "claims_internal.h"

namespace analyze::claims {
namespace {

bool eligible(const Context& ctx, const SentenceView& view, const Ref& r) {
  const Entity& e = ctx.entities[static_cast<std::size_t>(r.index)];
  return (e.type == EntityType::Company || e.type == EntityType::Product) && !syntax::is_complement(view, r) &&
         !syntax::is_source(view, r, e.type) && !syntax::is_supplier(view, r, ctx.figures);
}

bool has_eligible_entity(const Context& ctx, const SentenceView& view) {
  return std::any_of(view.entities.begin(), view.entities.end(), [&](const Ref& r) { return eligible(ctx, view, r); });
}

// What the previous sentences were about: the subject of their first claim, else their focus.
int previous_subject(const Context& ctx, const std::vector<SentenceView>& views, const SentenceView& view, ClaimSink& sink) {
  for (std::uint32_t back = 1; back <= 2 && back <= view.index; ++back) {
    for (const std::size_t i : sink.of_view(view.index - back))
      if (sink.at(i).subject >= 0) return sink.at(i).subject;
    if (const int f = syntax::focus(views[view.index - back], ctx.entities, ctx.figures); f >= 0) return f;
  }
  return -1;
}

// The entity a comparison at `pos` is about: the nearest name before it, or
// the company a definite description nearer still stands for, else what the
// sentences before were about.
int subject_before(const Context& ctx, const std::vector<SentenceView>& views, const SentenceView& view, std::uint32_t pos,
                   ClaimSink& sink) {
  int nearest = -1;
  std::uint32_t nearest_end = 0;
  for (const Ref& r : view.entities)
    if (r.end <= pos && eligible(ctx, view, r) && !syntax::is_compared_object(view, r) && !syntax::after_comparison_preposition(view, r))
      nearest = r.index, nearest_end = r.end;
  for (const CueMatch& c : view.cues) {
    if (c.kind != CueKind::Anaphor || c.first < nearest_end || c.end > pos) continue;
    if (const int entity = resolve_anaphor(ctx, views, view, c); entity >= 0) return entity;
  }
  return nearest >= 0 ? nearest : previous_subject(ctx, views, view, sink);
}

// "moins cher que X", "supérieur à X"; likeness and shares also take "de",
// "avec", "comme" ("au niveau de X"), which after "moins cher" name something
// else ("des offres moins chères en dehors de l’App Store").
bool is_object_marker(std::string_view w, bool than_only) {
  if (w == "que" || w == "qu'" || w == "a") return true;
  return !than_only && (w == "de" || w == "d'" || w == "du" || w == "avec" || w == "comme");
}

// "moins chers que ceux d’AWS", "dix fois plus que l’offre de Cardiolys":
// the name after "que" + "celui de" or a noun + "de".
bool compared_through_de(const SentenceView& view, int marker) {
  if (marker < 1) return false;
  const std::string_view of = view.words[static_cast<std::size_t>(marker)];
  if (of != "de" && of != "d'" && of != "du" && of != "des") return false;
  const auto head = static_cast<std::uint32_t>(marker - 1);
  const std::string_view pronoun = view.words[head];
  if (pronoun == "celui" || pronoun == "celle" || pronoun == "ceux" || pronoun == "celles") return true;
  const int que = syntax::word_before(view, head);
  return que >= 0 && !view.entity_at(head) && view.tokens[head]->kind == TokenKind::Word &&
         (view.words[static_cast<std::size_t>(que)] == "que" || view.words[static_cast<std::size_t>(que)] == "qu'");
}

bool is_more_or_less(std::string_view relation) {
  return relation == "cheaper" || relation == "more_expensive" || relation == "better" || relation == "worse";
}

// The names a comparison at [.., from) is made against: the first company or
// product within `limit` tokens after it, in its clause, with the names
// coordinated to it. `need_marker`: it must follow "que", "à", "de"...
std::vector<int> objects_after(const Context& ctx, const SentenceView& view, std::uint32_t from, std::uint32_t limit,
                               bool need_marker, bool than_only = false) {
  for (std::size_t k = 0; k < view.entities.size(); ++k) {
    const Ref& r = view.entities[k];
    if (r.first < from || r.first >= from + limit) continue;
    if (!eligible(ctx, view, r) || view.clause[r.first] != view.clause[from > 0 ? from - 1 : 0]) continue;
    const int marker = syntax::word_before(view, r.first);
    if (need_marker && (marker < static_cast<int>(from) - 1 || !(is_object_marker(view.words[static_cast<std::size_t>(marker)], than_only) ||
                                                                  compared_through_de(view, marker))))
      continue;
    std::vector<int> out;
    for (const int e : syntax::coordinated(view, k))
      if (ctx.entities[static_cast<std::size_t>(e)].type != EntityType::Person) out.push_back(e);
    return out;
  }
  return {};
}

// "Comparé à Gemini, facturé 0,10 $, le modèle reste cinq fois plus cher":
// the name set up as the measure earlier in the sentence.
std::vector<int> compared_before(const Context& ctx, const SentenceView& view, std::uint32_t pos) {
  for (const Ref& r : view.entities)
    if (r.end <= pos && eligible(ctx, view, r) && syntax::after_comparison_preposition(view, r)) return {r.index};
  return {};
}

std::string span_text(const Context& ctx, const SentenceView& view, std::uint32_t first, std::uint32_t end) {
  const std::uint64_t a = view.tokens[first]->start, b = view.tokens[end - 1]->end;
  return std::string(ctx.text.substr(a, b - a));
}

// "94 %" right before the cue, and whether it is qualified ("environ 94 %").
const Ref* percent_before(const Context& ctx, const SentenceView& view, std::uint32_t pos) {
  for (const Ref& f : view.figures)
    if (f.end == pos && ctx.figures[static_cast<std::size_t>(f.index)].kind == FigureKind::Percent) return &f;
  return nullptr;
}

// "27 fois" or "huit fois" right before the cue.
std::optional<double> times_before(const Context& ctx, const SentenceView& view, std::uint32_t pos) {
  if (pos < 2 || view.words[pos - 1] != "fois") return std::nullopt;
  if (view.tokens[pos - 2]->kind != TokenKind::Number) return ctx.numbers.cardinal(view.words[pos - 2]);
  std::string digits(view.words[pos - 2]);
  digits.erase(std::remove_if(digits.begin(), digits.end(), [](char c) { return c == ' '; }), digits.end());
  std::replace(digits.begin(), digits.end(), ',', '.');
  double v = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
  return ec == std::errc() && end == digits.data() + digits.size() ? std::optional<double>(v) : std::nullopt;
}

// A claim of the view at `v` about the same subject that gives both values.
const Claim* claim_with_values(ClaimSink& sink, std::uint32_t v, int subject) {
  for (const std::size_t i : sink.of_view(v)) {
    const Claim& c = sink.at(i);
    if (c.subject_value && c.object_value && c.subject == subject) return &c;
  }
  return nullptr;
}

// The sentence's own comparison of two amounts ("0,10 $ contre 2,70 $, soit 27 fois moins cher").
Claim* sentence_claim_with_values(ClaimSink& sink, std::uint32_t v) {
  for (const std::size_t i : sink.of_view(v))
    if (sink.at(i).subject_value && sink.at(i).object_value) return &sink.at(i);
  return nullptr;
}

void state_relation(Claim& claim, const std::string& ratio_text, std::optional<double> stated, bool approximate) {
  if (!claim.ratio_text.empty()) return;
  claim.ratio_text = ratio_text;
  if (stated) check_arithmetic(claim, stated, approximate);
}

Claim worded_claim(ClaimKind kind, int subject, int object, const std::string& ratio_text) {
  Claim c;
  c.kind = kind;
  c.subject = subject;
  c.object = object;
  c.ratio_text = ratio_text;
  return c;
}

void add_pairs(ClaimSink& sink, const SentenceView& view, ClaimKind kind, int subject, const std::vector<int>& objects,
               const std::string& ratio_text) {
  for (const int object : objects) sink.add(view, worded_claim(kind, subject, object, ratio_text));
}

// Re-states, with `kind`, the pairs compared in sentence `from`.
// Pairs keep the orientation of the sentence's worded comparison, if it has one
// ("la start-up obtient des résultats similaires" → the start-up first).
void continue_pairs(ClaimSink& sink, const SentenceView& view, std::uint32_t from, ClaimKind kind, const std::string& ratio_text) {
  const std::vector<std::size_t> sources = sink.of_view(from);
  int lead = -1;
  for (const std::size_t i : sources)
    if (!sink.at(i).ratio_text.empty()) lead = sink.at(i).subject;
  for (const std::size_t i : sources) {
    const Claim source = sink.at(i);
    if (source.subject < 0 || source.object < 0) continue;
    const bool swap = source.object == lead;
    add_pairs(sink, view, kind, swap ? source.object : source.subject, {swap ? source.subject : source.object}, ratio_text);
  }
}

// Continues the pairs of the nearest of the two sentences before that compared
// any ("Et devine quoi ? Leur IA n’est pas juste moins chère").
void continue_previous_pairs(ClaimSink& sink, const SentenceView& view, ClaimKind kind, const std::string& ratio_text) {
  for (std::uint32_t back = 1; back <= 2 && back <= view.index; ++back) {
    if (sink.of_view(view.index - back).empty()) continue;
    continue_pairs(sink, view, view.index - back, kind, ratio_text);
    return;
  }
}

void comparative_claims(const Context& ctx, const std::vector<SentenceView>& views, const SentenceView& view,
                        const CueMatch& cue, ClaimKind kind, ClaimSink& sink) {
  const std::string& relation = *cue.value;
  const Ref* percent = percent_before(ctx, view, cue.first);
  const std::optional<double> times = times_before(ctx, view, cue.first);
  if (relation == "share" && !percent) return;
  if (relation == "free") return;  // "gratuit" only counts against a price, in contrasts
  const std::uint32_t phrase_first = percent ? percent->first : times ? cue.first - 2 : cue.first;
  const std::string ratio_text = span_text(ctx, view, phrase_first, cue.end);
  const Figure* percent_figure = percent ? &ctx.figures[static_cast<std::size_t>(percent->index)] : nullptr;
  const std::optional<double> stated = stated_ratio(relation, percent_figure, times);
  const bool approximate = percent_figure && percent_figure->approx != Approx::None;
  std::vector<int> objects = objects_after(ctx, view, cue.end, 6, true, is_more_or_less(relation));
  if (objects.empty()) objects = compared_before(ctx, view, phrase_first);
  if (objects.empty()) {
    if (relation == "fraction") continue_pairs(sink, view, view.index, kind, ratio_text);
    else if (Claim* own = sentence_claim_with_values(sink, view.index)) state_relation(*own, ratio_text, stated, approximate);
    else if (!has_eligible_entity(ctx, view)) continue_previous_pairs(sink, view, kind, ratio_text);
    return;
  }
  const int subject = subject_before(ctx, views, view, phrase_first, sink);
  if (subject < 0) return;
  for (const int object : objects) {
    Claim c = worded_claim(kind, subject, object, ratio_text);
    const Claim* values = claim_with_values(sink, view.index, subject);
    if (!values && view.index > 0) values = claim_with_values(sink, view.index - 1, subject);
    if (stated) check_arithmetic(c, stated, approximate, values);
    sink.add(view, std::move(c));
  }
}

// "X obtient 65 %, contre 54 % pour Y, et fait jeu égal avec Z": a verb
// after ", et" shares the subject of the sentence's first verb.
bool coordinated_verb(const SentenceView& view, std::uint32_t pos) {
  return pos >= 2 && view.is_word(pos - 1, "et") && view.is_word(pos - 2, ",");
}

void performance_verb_claims(const Context& ctx, const std::vector<SentenceView>& views, const SentenceView& view,
                             const CueMatch& cue, ClaimSink& sink) {
  const std::vector<int> objects = objects_after(ctx, view, cue.end, 10, false);
  if (objects.empty()) return;
  const int main_subject = coordinated_verb(view, cue.first) ? syntax::focus(view, ctx.entities, ctx.figures) : -1;
  const int subject = main_subject >= 0 ? main_subject : subject_before(ctx, views, view, cue.first, sink);
  if (subject >= 0) add_pairs(sink, view, ClaimKind::Performance, subject, objects, span_text(ctx, view, cue.first, cue.end));
}

bool next_to_performance_noun(const SentenceView& view, const CueMatch& cue) {
  for (const std::uint32_t p : {cue.first >= 2 ? cue.first - 2 : cue.first, cue.first >= 1 ? cue.first - 1 : cue.first, cue.end})
    if (p != cue.first && view.cue_at(CueKind::PerfNoun, p)) return true;
  return false;
}

// "un modèle comparable", "des résultats similaires": against the name set in
// contrast elsewhere in the sentence, or the one after "à".
void likeness_claims(const Context& ctx, const std::vector<SentenceView>& views, const SentenceView& view, const CueMatch& cue,
                     ClaimSink& sink) {
  if (!next_to_performance_noun(view, cue)) return;
  const int subject = subject_before(ctx, views, view, cue.first, sink);
  std::vector<int> objects = objects_after(ctx, view, cue.end, 4, true);
  if (objects.empty()) {
    const int other = contrasted_entity(ctx, views, view, cue.first);
    if (other >= 0) objects.push_back(other);
  }
  if (subject >= 0) add_pairs(sink, view, ClaimKind::Performance, subject, objects, span_text(ctx, view, cue.first, cue.end));
}

// Whether the sentence is about a cost: an amount or a word of cost (not
// revenue: "six fois moins de chiffre d’affaires que X" compares no costs).
bool states_cost(const Context& ctx, const SentenceView& view) {
  for (const Ref& f : view.figures)
    if (is_cost_role(ctx.figures[static_cast<std::size_t>(f.index)].role)) return true;
  for (const CueMatch& c : view.cues)
    if ((c.kind == CueKind::Role || c.kind == CueKind::WeakRole) && is_cost_role(role_from_string(*c.value).value_or(Role::None)))
      return true;
  return false;
}

// "huit fois moins que X" with no adjective: a cost comparison in a sentence
// about a cost. Read as the comparative "moins" preceded by its multiple.
void multiple_claims(const Context& ctx, const std::vector<SentenceView>& views, const SentenceView& view,
                     const CueMatch& cue, ClaimSink& sink) {
  if (!states_cost(ctx, view) || !times_before(ctx, view, cue.first + 1)) return;
  const CueMatch comparative{CueKind::CostComparative, cue.value, cue.first + 1, cue.end - 1};
  comparative_claims(ctx, views, view, comparative, ClaimKind::Cost, sink);
}

}  // namespace

void find_worded_comparisons(const Context& ctx, const std::vector<SentenceView>& views, const SentenceView& view,
                             ClaimSink& sink) {
  for (const CueMatch& cue : view.cues) {
    switch (cue.kind) {
      case CueKind::PerfVerb: performance_verb_claims(ctx, views, view, cue, sink); break;
      case CueKind::PerfComparative: comparative_claims(ctx, views, view, cue, ClaimKind::Performance, sink); break;
      case CueKind::CostComparative: comparative_claims(ctx, views, view, cue, ClaimKind::Cost, sink); break;
      case CueKind::Similar: likeness_claims(ctx, views, view, cue, sink); break;
      case CueKind::CostMultiple: multiple_claims(ctx, views, view, cue, sink); break;
      default: break;
    }
  }
}

}  // namespace analyze::claims

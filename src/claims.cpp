// Claim stage: see claims.h. Builds a view of each sentence, attributes the
// figures, then finds the comparisons sentence by sentence (a sentence may
// continue the comparison of the one before it).
#include "analyze/claims.h"

#include <algorithm>

#include "claims_internal.h"

namespace analyze {
namespace claims {
namespace {

bool same_pair(const Claim& a, const Claim& b) {
  if (a.kind != b.kind) return false;
  if (a.subject >= 0 && a.object >= 0 && b.subject >= 0 && b.object >= 0)
    return (a.subject == b.subject && a.object == b.object) || (a.subject == b.object && a.object == b.subject);
  return a.subject_figure >= 0 && a.subject_figure == b.subject_figure && a.object_figure == b.object_figure;
}

}  // namespace

int ClaimSink::add(const SentenceView& view, Claim claim) {
  if (claim.subject >= 0 && claim.subject == claim.object) return -1;
  // A product is not compared with its own maker ("Claude Opus 4" and "Anthropic").
  if (claim.subject >= 0 && claim.object >= 0 && owner_or_self(entities_, claim.subject) == owner_or_self(entities_, claim.object))
    return -1;
  if (claim.object < 0 && !claim.object_value) return -1;
  claim.sentence = view.sentence;
  for (const std::size_t i : of_view(view.index)) {
    Claim& existing = out_[i];
    if (!same_pair(existing, claim)) continue;
    if (existing.ratio_text.empty() && !claim.ratio_text.empty()) {
      existing.ratio_text = claim.ratio_text;
      existing.stated_ratio = claim.stated_ratio;
      if (claim.verdict != Verdict::NotChecked) existing.verdict = claim.verdict, existing.verdict_note = claim.verdict_note;
    }
    return -1;
  }
  claim.text = view.span;
  out_.push_back(std::move(claim));
  view_of_.push_back(view.index);
  return static_cast<int>(out_.size() - 1);
}

std::vector<std::size_t> ClaimSink::of_view(std::uint32_t v) const {
  std::vector<std::size_t> out;
  for (std::size_t i = view_of_.size(); i-- > 0 && view_of_[i] >= v;)
    if (view_of_[i] == v) out.push_back(i);
  std::reverse(out.begin(), out.end());
  return out;
}

namespace {

// The entity the same description named earlier: "l’éditeur de jeux vidéo
// Ubisoft … la capitalisation de l’éditeur" → Ubisoft; any start-up
// description for another ("la pépite Photoroom … la start-up"). Cue
// matches of one phrase share its value's address.
int named_by_same_description(const Context& ctx, const std::vector<SentenceView>& views, const SentenceView& view,
                              const CueMatch& cue, EntityType type) {
  const std::size_t stop = view.index > 10 ? view.index - 10 : 0;
  for (std::size_t v = view.index + 1; v-- > stop;) {
    const SentenceView& earlier = views[v];
    for (const CueMatch& c : earlier.cues) {
      const bool same = c.value == cue.value || (*c.value == "startup" && *cue.value == "startup");
      if (c.kind != CueKind::Anaphor || !same || (v == view.index && c.first >= cue.first)) continue;
      for (const Ref& r : earlier.entities) {
        if (r.first < c.end) continue;
        if (r.first <= c.end + 4 && ctx.entities[static_cast<std::size_t>(r.index)].type == type) return r.index;
        break;
      }
    }
  }
  return -1;
}

// How a company was named in the sentences before a description.
struct Mentions {
  int count = 0;              // mentions that could be subjects, in the last kTopicWindow sentences
  std::size_t first = 0;      // sentence of the first of them
  std::size_t latest = 0;     // sentence of the latest
  bool prominent_latest = false;  // its latest mention is prominent (is_prominent)
};

constexpr std::size_t kTopicWindow = 30;  // sentences in which the topic is counted
constexpr std::size_t kTopicReach = 6;     // the topic must have been named this close

bool opens_with_description(const SentenceView& view) {
  return std::any_of(view.cues.begin(), view.cues.end(),
                     [](const CueMatch& c) { return c.kind == CueKind::Anaphor && c.first == 0 && *c.value != "product"; });
}

// Named as the sentence's subject, or introduced: "Anthropic a levé",
// "l’éditeur SAP", "Le spécialiste nantais de la cybersécurité Gardelune", "X, qui".
bool is_prominent(const SentenceView& view, const Ref& r) {
  const bool relative = r.end + 1 < view.words.size() && view.words[r.end] == "," && view.words[r.end + 1] == "qui";
  const bool first_named = !view.entities.empty() && view.entities.front().first == r.first;
  return r.first == 0 || relative || syntax::describes_company(view, r.first) || (first_named && opens_with_description(view));
}

Mentions mentions_of(const std::vector<SentenceView>& views, std::size_t before, int entity) {
  Mentions m;
  for (std::size_t v = before > kTopicWindow ? before - kTopicWindow : 0; v < before; ++v) {
    for (const Ref& r : views[v].entities) {
      if (r.index != entity || syntax::is_complement(views[v], r) || syntax::is_source(views[v], r, EntityType::Company))
        continue;
      if (m.count++ == 0) m.first = v;
      m.latest = v;
      m.prominent_latest = is_prominent(views[v], r);
    }
  }
  return m;
}

// The company the recent sentences are about: named most often, first on a tie.
int topic_company(const Context& ctx, const std::vector<SentenceView>& views, std::size_t before) {
  int best = -1;
  Mentions best_mentions;
  for (std::size_t v = before > kTopicWindow ? before - kTopicWindow : 0; v < before; ++v) {
    for (const Ref& r : views[v].entities) {
      if (r.index == best || ctx.entities[static_cast<std::size_t>(r.index)].type != EntityType::Company) continue;
      const Mentions m = mentions_of(views, before, r.index);
      if (m.count > best_mentions.count || (m.count == best_mentions.count && m.count > 0 && m.first < best_mentions.first)) {
        best = r.index;
        best_mentions = m;
      }
    }
  }
  return best;
}

// No line break between sentences a and b (a <= b): one paragraph.
bool same_paragraph(const Context& ctx, const std::vector<SentenceView>& views, std::size_t a, std::size_t b) {
  const std::uint64_t from = views[a].span.end, to = views[b].span.start;
  return to <= from || ctx.text.substr(from, to - from).find('\n') == std::string_view::npos;
}

// The most recent company, unless it was named in passing (fewer times than
// the article's topic, named earlier in the same paragraph, and not
// prominently): "Trésoria … Le tour de table est mené par Northwind Capital …
// l’entreprise revendique 12 000 clients" means Trésoria. Another paragraph
// may be about the company just named (a round-up): the recent one holds there.
int described_company(const Context& ctx, const std::vector<SentenceView>& views, std::size_t before) {
  const int recent = syntax::recent_entity(views, before, EntityType::Company, ctx.entities, ctx.figures);
  const int topic = topic_company(ctx, views, before);
  if (recent < 0 || topic < 0 || topic == recent) return recent;
  const Mentions recent_mentions = mentions_of(views, before, recent);
  const Mentions topic_mentions = mentions_of(views, before, topic);
  if (recent_mentions.prominent_latest || topic_mentions.count <= recent_mentions.count ||
      topic_mentions.latest + kTopicReach < before || !same_paragraph(ctx, views, topic_mentions.latest, before))
    return recent;
  return topic;
}

}  // namespace

int resolve_anaphor(const Context& ctx, const std::vector<SentenceView>& views, const SentenceView& view, const CueMatch& cue) {
  const EntityType type = *cue.value == "product" ? EntityType::Product : EntityType::Company;
  if (cue.first >= 2 && view.words[cue.first - 1] == ",")
    for (const Ref& r : view.entities)
      if (r.end == cue.first - 1 && ctx.entities[static_cast<std::size_t>(r.index)].type == type) return r.index;
  if (const int named = named_by_same_description(ctx, views, view, cue, type); named >= 0) return named;
  if (type == EntityType::Company) return described_company(ctx, views, view.index);
  return syntax::recent_entity(views, view.index, type, ctx.entities, ctx.figures);
}

}  // namespace claims

struct ClaimExtractor::Impl {
  claims::CueLexicon lexicon;
  claims::FoldTable folding;
  FrenchNumbers numbers;
};

ClaimExtractor::ClaimExtractor() : impl_(std::make_unique<Impl>()) {}
ClaimExtractor::~ClaimExtractor() = default;
ClaimExtractor::ClaimExtractor(ClaimExtractor&&) noexcept = default;

struct ClaimScratch::Impl {
  claims::ViewSet views;
};

ClaimScratch::ClaimScratch() : impl_(std::make_unique<Impl>()) {}
ClaimScratch::~ClaimScratch() = default;
ClaimScratch::ClaimScratch(ClaimScratch&&) noexcept = default;
ClaimScratch& ClaimScratch::operator=(ClaimScratch&&) noexcept = default;

void ClaimExtractor::extract(std::string_view text, const TokenizedText& tokens, const std::vector<Entity>& entities,
                             std::vector<Figure>& figures, std::vector<Claim>& claims) const {
  ClaimScratch scratch;
  extract(text, tokens, entities, figures, claims, scratch);
}

void ClaimExtractor::extract(std::string_view text, const TokenizedText& tokens, const std::vector<Entity>& entities,
                             std::vector<Figure>& figures, std::vector<Claim>& claims, ClaimScratch& scratch) const {
  claims::Context ctx{text, tokens, entities, figures, impl_->lexicon, impl_->folding, impl_->numbers, {}};
  claims::ViewSet& view_set = scratch.impl_->views;
  view_set.build(ctx);
  const std::vector<claims::SentenceView>& views = view_set.views();
  claims::attribute_figures(ctx, views);
  std::vector<Claim> found;
  claims::ClaimSink sink(found, entities);
  for (const claims::SentenceView& view : views) {
    claims::find_figure_comparisons(ctx, views, view, sink);
    claims::find_worded_comparisons(ctx, views, view, sink);
  }
  claims::check_against_text(found);
  for (Claim& c : found) claims.push_back(std::move(c));
}

}  // namespace analyze

// Sentence views of the claim stage: each sentence's folded words, the
// entity mentions and figures on its tokens, its cue phrases, and its
// clauses and comma segments.
#include <algorithm>

#include "analyze/utf8.h"
#include "claims_internal.h"

namespace analyze::claims {
namespace {

// Token positions [first, end) of `tokens` covered by span.
std::optional<std::pair<std::uint32_t, std::uint32_t>> token_range(const TokenRun& tokens, Span span) {
  const Token* const first = tokens[0];
  const Token* const last = first + tokens.size();
  const Token* const begin =
      std::lower_bound(first, last, span.start, [](const Token& t, std::uint64_t pos) { return t.start < pos; });
  const Token* end = begin;
  while (end != last && end->end <= span.end) ++end;
  if (end == begin) return std::nullopt;
  return std::make_pair(static_cast<std::uint32_t>(begin - first), static_cast<std::uint32_t>(end - first));
}

bool is_clause_punct(std::string_view w) { return w == ";" || w == ":" || w == "-" || w == "«" || w == "»" || w == "(" || w == ")"; }

// "Amazon" inside "Amazon Web Services": the longer name is the one the
// sentence uses. Marks first (the test reads only positions), then removes.
void drop_nested(std::vector<Ref>& refs, std::size_t from) {
  const auto begin = refs.begin() + static_cast<std::ptrdiff_t>(from);
  for (auto r = begin; r != refs.end(); ++r) {
    const bool nested = std::any_of(begin, refs.end(), [&](const Ref& o) {
      return &o != &*r && o.first <= r->first && o.end >= r->end && (o.end - o.first) > (r->end - r->first);
    });
    if (nested) r->index = -1;  // entity indices are never negative
  }
  refs.erase(std::remove_if(begin, refs.end(), [](const Ref& r) { return r.index < 0; }), refs.end());
}

// "l’Autorité de la concurrence", "Banque publique d’investissement": words
// inside a name are no cues.
void drop_cues_in_names(std::vector<CueMatch>& cues, std::size_t from, std::span<const Ref> entities) {
  if (entities.empty()) return;
  const auto inside_name = [&](const CueMatch& c) {
    return std::any_of(entities.begin(), entities.end(), [&](const Ref& r) { return c.first < r.end && r.first < c.end; });
  };
  cues.erase(std::remove_if(cues.begin() + static_cast<std::ptrdiff_t>(from), cues.end(), inside_name), cues.end());
}

// Sentences longer than this are read in pieces: no French sentence needs
// more, and it keeps every rule linear on text without punctuation.
constexpr std::uint32_t kMaxViewTokens = 250;

// The end of the piece of `sentence` starting at token `first`: cut after a
// comma or semicolon when one is near the limit.
std::uint32_t piece_end(const Context& ctx, const Sentence& sentence, std::uint32_t first) {
  std::uint32_t end = std::min(sentence.end_token, first + kMaxViewTokens);
  if (end < sentence.end_token) {
    for (std::uint32_t t = end; t > first + kMaxViewTokens / 2; --t) {
      const std::string_view w = ctx.tokens.tokens[t - 1].in(ctx.text);
      if (w == "," || w == ";") return t;
    }
  }
  return end;
}

using Located = std::vector<std::pair<int, Span>>;  // entity or figure index, span

struct SentenceItem {
  std::uint32_t sentence;
  std::pair<int, Span> item;
};

// Groups `items` by sentence into `out`, keeping their order within a
// sentence, then sorts each group by start; group s is out[first_of[s], first_of[s + 1]).
void group_by_sentence(const std::vector<SentenceItem>& items, std::size_t sentence_count, Located& out,
                       std::vector<std::uint32_t>& first_of) {
  first_of.assign(sentence_count + 1, 0);
  for (const SentenceItem& i : items) ++first_of[i.sentence + 1];
  for (std::size_t s = 0; s < sentence_count; ++s) first_of[s + 1] += first_of[s];
  out.resize(items.size());
  for (const SentenceItem& i : items) out[first_of[i.sentence]++] = i.item;  // first_of[s] ends as the start of s + 1
  for (std::size_t s = sentence_count; s > 0; --s) first_of[s] = first_of[s - 1];
  first_of[0] = 0;
  const auto by_start = [](const std::pair<int, Span>& x, const std::pair<int, Span>& y) { return x.second.start < y.second.start; };
  for (std::size_t s = 0; s < sentence_count; ++s)
    std::sort(out.begin() + first_of[s], out.begin() + first_of[s + 1], by_start);
}

// Appends to `refs` the items of group [first, last) of `located` that start
// in the view's bytes, placed on its tokens, in order of position.
void place_items(const Located& located, std::uint32_t first, std::uint32_t last, const SentenceView& view, std::vector<Ref>& refs) {
  if (first == last) return;  // most sentences hold no figure, many no name
  const auto by_start = [](const std::pair<int, Span>& item, std::uint64_t pos) { return item.second.start < pos; };
  const auto begin = located.begin() + first, end = located.begin() + last;
  const auto from = std::lower_bound(begin, end, view.span.start, by_start);
  const auto to = std::lower_bound(begin, end, view.span.end, by_start);
  const std::size_t placed = refs.size();
  for (auto it = from; it != to; ++it)
    if (const auto range = token_range(view.tokens, it->second)) refs.push_back({it->first, range->first, range->second});
  std::sort(refs.begin() + static_cast<std::ptrdiff_t>(placed), refs.end(), [](const Ref& x, const Ref& y) { return x.first < y.first; });
}

// Whether a rule reads the clauses and segments of the view: those of the
// figures (subjects, roles) and of the comparisons and contrasts (their sides
// and objects). The sentences read only from another one (its focus, the
// company it named last) are read for their names, words and cues.
bool reads_clauses(const SentenceView& view) {
  if (!view.figures.empty()) return true;
  return std::any_of(view.cues.begin(), view.cues.end(), [](const CueMatch& c) {
    switch (c.kind) {
      case CueKind::Contrast:
      case CueKind::PerfVerb:
      case CueKind::PerfComparative:
      case CueKind::CostComparative:
      case CueKind::Similar:
      case CueKind::CostMultiple: return true;
      default: return false;
    }
  });
}

template <typename T>
std::span<const T> tail(const std::vector<T>& v, std::size_t from) {
  return std::span<const T>(v.data() + from, v.size() - from);
}

}  // namespace

bool SentenceView::has_cue(CueKind kind, std::uint32_t first, std::uint32_t end) const {
  return std::any_of(cues.begin(), cues.end(), [&](const CueMatch& c) { return c.kind == kind && c.first >= first && c.first < end; });
}

const CueMatch* SentenceView::cue_at(CueKind kind, std::uint32_t position) const {
  for (const CueMatch& c : cues)
    if (c.kind == kind && c.first == position) return &c;
  return nullptr;
}

const Ref* SentenceView::entity_at(std::uint32_t position) const {
  for (const Ref& r : entities)
    if (position >= r.first && position < r.end) return &r;
  return nullptr;
}

// Clause and comma-segment numbers: a clause starts after ; : « » — and at
// contrast and clause words; a segment also starts after every comma. What
// token i - 1 ends is carried to token i in two flags.
void ViewSet::number_clauses(const SentenceView& view, std::uint32_t first_token) {
  const std::size_t n = view.words.size();
  std::uint16_t* const clauses = clause_.data() + first_token;
  std::uint16_t* const segments = segment_.data() + first_token;
  std::uint16_t clause = 0, segment = 0;
  const CueMatch* cue = view.cues.data();
  const CueMatch* const cues_end = cue + view.cues.size();
  bool after_comma = false, after_clause_punct = false;
  for (std::size_t i = 0; i < n; ++i) {
    bool new_clause = after_clause_punct;
    for (; cue != cues_end && cue->first < i; ++cue) {}
    for (const CueMatch* c = cue; c != cues_end && c->first == i; ++c) {
      if (c->kind == CueKind::Contrast || c->kind == CueKind::Clause) new_clause = true;
      if (c->kind == CueKind::ClauseAfterComma && after_comma) new_clause = true;
    }
    if (new_clause) ++clause;
    if (new_clause || after_comma) ++segment;
    clauses[i] = clause;
    segments[i] = segment;
    const std::string_view w = view.words[i];
    const Token& t = *view.tokens[i];
    after_comma = w == ",";
    after_clause_punct = t.kind == TokenKind::Punct && is_clause_punct(w) && (w != "-" || t.has(kSpaceBefore));
  }
}

void ViewSet::locate_items(const Context& ctx) {
  const std::size_t sentence_count = ctx.tokens.sentences.size();
  std::vector<SentenceItem> items;
  for (std::size_t e = 0; e < ctx.entities.size(); ++e)
    for (const Mention& m : ctx.entities[e].mentions)
      if (m.sentence < sentence_count) items.push_back({static_cast<std::uint32_t>(m.sentence), {static_cast<int>(e), m.span}});
  group_by_sentence(items, sentence_count, mentions_, mentions_of_);
  items.clear();
  for (std::size_t f = 0; f < ctx.figures.size(); ++f)
    if (ctx.figures[f].sentence < sentence_count)
      items.push_back({static_cast<std::uint32_t>(ctx.figures[f].sentence), {static_cast<int>(f), ctx.figures[f].span}});
  group_by_sentence(items, sentence_count, figures_, figures_of_);
}

// Fills the last view with tokens [first, end) of its sentence. Its lists
// point into arrays that may still grow: build() points them again at the end.
void ViewSet::fill_view(const Context& ctx, std::uint32_t first, std::uint32_t end, Slices& slices) {
  SentenceView& view = views_.back();
  const Token* const tokens = ctx.tokens.tokens.data();
  const std::uint64_t a = tokens[first].start, b = tokens[end - 1].end;
  view.text = ctx.text.substr(a, b - a);
  view.span = {a, b};
  view.tokens = TokenRun(tokens + first, end - first);
  view.words = FoldedWords(folded_.get(), offsets_.data() + first, keys_.data() + first, end - first);
  const std::uint32_t s = view.sentence;
  slices.entities = entity_refs_.size();
  place_items(mentions_, mentions_of_[s], mentions_of_[s + 1], view, entity_refs_);
  drop_nested(entity_refs_, slices.entities);
  slices.entities_end = entity_refs_.size();
  view.entities = tail(entity_refs_, slices.entities);
  slices.figures = figure_refs_.size();
  place_items(figures_, figures_of_[s], figures_of_[s + 1], view, figure_refs_);
  slices.figures_end = figure_refs_.size();
  view.figures = tail(figure_refs_, slices.figures);
  slices.cues = cues_.size();
  ctx.lexicon.match(view.words, cues_);
  drop_cues_in_names(cues_, slices.cues, view.entities);
  slices.cues_end = cues_.size();
  view.cues = tail(cues_, slices.cues);
  view.clause = std::span<const std::uint16_t>(clause_.data() + first, end - first);
  view.segment = std::span<const std::uint16_t>(segment_.data() + first, end - first);
  if (reads_clauses(view)) number_clauses(view, first);  // else all 0: one clause, one segment
}

void ViewSet::build(const Context& ctx) {
  fold_tokens(ctx);
  locate_items(ctx);
  clause_.assign(ctx.tokens.tokens.size(), 0);
  segment_.assign(ctx.tokens.tokens.size(), 0);
  entity_refs_.clear();
  figure_refs_.clear();
  cues_.clear();
  views_.clear();
  const std::size_t sentence_count = ctx.tokens.sentences.size();
  views_.reserve(sentence_count);
  std::vector<Slices>& slices = slices_;
  slices.clear();
  for (std::size_t s = 0; s < sentence_count; ++s) {
    const Sentence& sentence = ctx.tokens.sentences[s];
    for (std::uint32_t first = sentence.first_token, end; first < sentence.end_token; first = end) {
      end = piece_end(ctx, sentence, first);
      SentenceView& view = views_.emplace_back();
      view.index = static_cast<std::uint32_t>(views_.size() - 1);
      view.sentence = static_cast<std::uint32_t>(s);
      fill_view(ctx, first, end, slices.emplace_back());
    }
  }
  for (std::size_t v = 0; v < views_.size(); ++v) {
    const Slices& sl = slices[v];
    views_[v].entities = std::span<const Ref>(entity_refs_.data() + sl.entities, sl.entities_end - sl.entities);
    views_[v].figures = std::span<const Ref>(figure_refs_.data() + sl.figures, sl.figures_end - sl.figures);
    views_[v].cues = std::span<const CueMatch>(cues_.data() + sl.cues, sl.cues_end - sl.cues);
  }
}

int owner_or_self(const std::vector<Entity>& entities, int index) {
  if (index < 0 || static_cast<std::size_t>(index) >= entities.size()) return index;
  const Entity& e = entities[static_cast<std::size_t>(index)];
  return e.type == EntityType::Product && e.owner >= 0 ? e.owner : index;
}

}  // namespace analyze::claims

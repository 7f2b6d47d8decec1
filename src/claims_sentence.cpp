// Sentence views of the claim stage: each sentence's folded words, the
// entity mentions and figures on its tokens, its cue phrases, and its
// clauses and comma segments.
#include <algorithm>

#include "analyze/utf8.h"
#include "claims_internal.h"

namespace analyze::claims {
namespace {

// Token positions [first, end) of the sentence's tokens covered by span.
std::optional<std::pair<std::uint32_t, std::uint32_t>> token_range(const SentenceView& view, Span span) {
  const auto begin = std::lower_bound(view.tokens.begin(), view.tokens.end(), span.start,
                                      [](const Token* t, std::uint64_t pos) { return t->start < pos; });
  auto end = begin;
  while (end != view.tokens.end() && (*end)->end <= span.end) ++end;
  if (end == begin) return std::nullopt;
  return std::make_pair(static_cast<std::uint32_t>(begin - view.tokens.begin()), static_cast<std::uint32_t>(end - view.tokens.begin()));
}

bool is_clause_punct(std::string_view w) { return w == ";" || w == ":" || w == "-" || w == "«" || w == "»" || w == "(" || w == ")"; }

// Clause and comma-segment numbers: a clause starts after ; : « » — and at
// contrast and clause words; a segment also starts after every comma.
void number_clauses(SentenceView& view) {
  const auto n = static_cast<std::uint32_t>(view.words.size());
  view.clause.assign(n, 0);
  view.segment.assign(n, 0);
  std::uint16_t clause = 0, segment = 0;
  std::size_t cue = 0;
  for (std::uint32_t i = 0; i < n; ++i) {
    bool new_clause = i > 0 && is_clause_punct(view.words[i - 1]) && view.tokens[i - 1]->kind == TokenKind::Punct &&
                      (view.words[i - 1] != "-" || view.tokens[i - 1]->has(kSpaceBefore));
    bool new_segment = i > 0 && view.words[i - 1] == ",";
    for (; cue < view.cues.size() && view.cues[cue].first < i; ++cue) {}
    for (std::size_t c = cue; c < view.cues.size() && view.cues[c].first == i; ++c) {
      const CueKind k = view.cues[c].kind;
      if (k == CueKind::Contrast || k == CueKind::Clause) new_clause = true;
      if (k == CueKind::ClauseAfterComma && i > 0 && view.words[i - 1] == ",") new_clause = true;
    }
    if (new_clause) ++clause;
    if (new_clause || new_segment) ++segment;
    view.clause[i] = clause;
    view.segment[i] = segment;
  }
}

// "Amazon" inside "Amazon Web Services": the longer name is the one the sentence uses.
void drop_nested(std::vector<Ref>& refs) {
  std::vector<Ref> kept;
  for (const Ref& r : refs) {
    const bool nested = std::any_of(refs.begin(), refs.end(), [&](const Ref& o) {
      return &o != &r && o.first <= r.first && o.end >= r.end && (o.end - o.first) > (r.end - r.first);
    });
    if (!nested) kept.push_back(r);
  }
  refs.swap(kept);
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

namespace {

// Sentences longer than this are read in pieces: no French sentence needs
// more, and it keeps every rule linear on text without punctuation.
constexpr std::uint32_t kMaxViewTokens = 250;

// Token ranges of the pieces of `sentence`, cut after a comma or semicolon when one is near the limit.
std::vector<std::pair<std::uint32_t, std::uint32_t>> pieces_of(const Context& ctx, const Sentence& sentence) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pieces;
  std::uint32_t first = sentence.first_token;
  while (first < sentence.end_token) {
    std::uint32_t end = std::min(sentence.end_token, first + kMaxViewTokens);
    if (end < sentence.end_token) {
      for (std::uint32_t t = end; t > first + kMaxViewTokens / 2; --t) {
        const std::string_view w = ctx.tokens.tokens[t - 1].in(ctx.text);
        if (w == "," || w == ";") {
          end = t;
          break;
        }
      }
    }
    pieces.emplace_back(first, end);
    first = end;
  }
  return pieces;
}

using Located = std::vector<std::pair<int, Span>>;  // entity or figure index, span; sorted by start

struct ItemRange {
  Located::const_iterator first, last;
  Located::const_iterator begin() const { return first; }
  Located::const_iterator end() const { return last; }
};

// The items of `sorted` that start in [a, b).
ItemRange starting_within(const Located& sorted, std::uint64_t a, std::uint64_t b) {
  const auto by_start = [](const std::pair<int, Span>& item, std::uint64_t pos) { return item.second.start < pos; };
  return {std::lower_bound(sorted.begin(), sorted.end(), a, by_start), std::lower_bound(sorted.begin(), sorted.end(), b, by_start)};
}

// "l’Autorité de la concurrence", "Banque publique d’investissement": words
// inside a name are no cues.
void drop_cues_in_names(SentenceView& view) {
  if (view.entities.empty()) return;
  const auto inside_name = [&](const CueMatch& c) {
    return std::any_of(view.entities.begin(), view.entities.end(), [&](const Ref& r) { return c.first < r.end && r.first < c.end; });
  };
  view.cues.erase(std::remove_if(view.cues.begin(), view.cues.end(), inside_name), view.cues.end());
}

void fill_view(const Context& ctx, std::uint32_t first, std::uint32_t end, const Located& mentions, const Located& figures,
               SentenceView& view) {
  const std::uint64_t a = ctx.tokens.tokens[first].start, b = ctx.tokens.tokens[end - 1].end;
  view.text = ctx.text.substr(a, b - a);
  view.span = {a, b};
  for (std::uint32_t t = first; t < end; ++t) {
    view.tokens.push_back(&ctx.tokens.tokens[t]);
    view.words.add(ctx.tokens.tokens[t].in(ctx.text));
  }
  for (const auto& [index, span] : starting_within(mentions, a, b))
    if (const auto range = token_range(view, span)) view.entities.push_back({index, range->first, range->second});
  for (const auto& [index, span] : starting_within(figures, a, b))
    if (const auto range = token_range(view, span)) view.figures.push_back({index, range->first, range->second});
  const auto by_position = [](const Ref& x, const Ref& y) { return x.first < y.first; };
  std::sort(view.entities.begin(), view.entities.end(), by_position);
  drop_nested(view.entities);
  std::sort(view.figures.begin(), view.figures.end(), by_position);
  view.cues = ctx.lexicon.match(view.words);
  drop_cues_in_names(view);
  number_clauses(view);
}

}  // namespace

std::vector<SentenceView> build_views(const Context& ctx) {
  const std::size_t sentence_count = ctx.tokens.sentences.size();
  std::vector<std::vector<std::pair<int, Span>>> mentions(sentence_count), figures(sentence_count);
  for (std::size_t e = 0; e < ctx.entities.size(); ++e)
    for (const Mention& m : ctx.entities[e].mentions)
      if (m.sentence < sentence_count) mentions[m.sentence].emplace_back(static_cast<int>(e), m.span);
  for (std::size_t f = 0; f < ctx.figures.size(); ++f)
    if (ctx.figures[f].sentence < sentence_count) figures[ctx.figures[f].sentence].emplace_back(static_cast<int>(f), ctx.figures[f].span);

  const auto by_start = [](const std::pair<int, Span>& x, const std::pair<int, Span>& y) { return x.second.start < y.second.start; };
  for (auto& list : mentions) std::sort(list.begin(), list.end(), by_start);
  for (auto& list : figures) std::sort(list.begin(), list.end(), by_start);
  std::vector<SentenceView> views;
  views.reserve(sentence_count);
  for (std::size_t s = 0; s < sentence_count; ++s) {
    for (const auto& [first, end] : pieces_of(ctx, ctx.tokens.sentences[s])) {
      SentenceView& view = views.emplace_back();
      view.index = static_cast<std::uint32_t>(views.size() - 1);
      view.sentence = static_cast<std::uint32_t>(s);
      fill_view(ctx, first, end, mentions[s], figures[s], view);
    }
  }
  return views;
}

int owner_or_self(const std::vector<Entity>& entities, int index) {
  if (index < 0 || static_cast<std::size_t>(index) >= entities.size()) return index;
  const Entity& e = entities[static_cast<std::size_t>(index)];
  return e.type == EntityType::Product && e.owner >= 0 ? e.owner : index;
}

}  // namespace analyze::claims

// Figure extractor stage: see figures.h and docs/figures.md. One pass over
// the tokens; only numbers and number words open a window of lexemes, which
// the readers (figures_amounts.cpp, figures_vague.cpp) turn into figures.
#include "analyze/figures.h"

#include "figures_internal.h"

namespace analyze {

using namespace figures_detail;

struct FigureExtractor::Impl {
  Lexicon lexicon;
};

FigureExtractor::FigureExtractor() : impl_(std::make_unique<Impl>()) {}
FigureExtractor::~FigureExtractor() = default;
FigureExtractor::FigureExtractor(FigureExtractor&&) noexcept = default;

namespace {

// The token after tokens[i] in the same sentence, or nullptr.
const Token* next_in_sentence(const TokenizedText& tt, std::size_t i) {
  if (i + 1 >= tt.tokens.size() || tt.tokens[i + 1].sentence != tt.tokens[i].sentence) return nullptr;
  return &tt.tokens[i + 1];
}

// A spelled number opens a window only when the next token could continue a
// figure ("deux millions", "trois cents euros", "vingt-deux").
bool spelled_may_start(const Lexicon& lexicon, std::string_view text, const TokenizedText& tt, std::size_t i) {
  const Token* after = next_in_sentence(tt, i);
  if (!after) return false;
  const Token& next = *after;
  if (next.kind == TokenKind::Symbol) return true;
  if (next.kind == TokenKind::Punct) return !next.has(kSpaceBefore) && next.in(text) == "-";
  if (next.kind != TokenKind::Word) return false;
  if (lexicon.word_trigger(next.in(text)) != Trigger::None) return true;
  const WordKey key = make_word_key(next.in(text));
  const std::string_view k = key.view();
  return lexicon.currencies.starts_with(k) || lexicon.units.starts_with(k) || k == "pour" || k == "pourcent" || k == "et" || k == "points";
}

Trigger trigger_of(const Lexicon& lexicon, std::string_view text, const TokenizedText& tt, std::size_t i) {
  const Token& t = tt.tokens[i];
  if (t.kind == TokenKind::Number) return Trigger::Number;
  if (t.kind != TokenKind::Word) return Trigger::None;
  const Trigger trigger = lexicon.word_trigger(t.in(text));
  if (trigger == Trigger::Number && !spelled_may_start(lexicon, text, tt, i)) return Trigger::None;
  if (trigger == Trigger::Article) {
    // "un milliard", "une centaine": "un" and "une" are mostly articles.
    const Token* next = next_in_sentence(tt, i);
    const bool scale = next && next->kind == TokenKind::Word && lexicon.word_trigger(next->in(text)) == Trigger::Vague;
    return scale ? Trigger::Number : Trigger::None;
  }
  return trigger;
}

Figure make_figure(const Window& w, const Candidate& c) {
  Figure f;
  f.span = {w.tokens[c.begin]->start, w.tokens[c.end - 1]->end};
  f.sentence = w.tokens[w.trigger]->sentence;
  f.kind = c.kind;
  f.value = c.value;
  f.low = c.low;
  f.high = c.high;
  f.currency = std::string(c.currency);
  f.unit = std::string(c.unit);
  f.per = c.per;
  f.approx = c.vague ? Approx::None : c.approx;
  f.vague = c.vague;
  return f;
}

}  // namespace

void FigureExtractor::extract(std::string_view text, const TokenizedText& tokens, std::vector<Figure>& out) const {
  const Lexicon& lexicon = impl_->lexicon;
  SentenceFacts facts(text, tokens, lexicon);
  const std::size_t first = out.size();
  std::vector<bool> elided;
  Window w;
  std::size_t consumed = 0;
  double last_scale = 1;
  for (std::size_t i = 0; i < tokens.tokens.size(); ++i) {
    if (i < consumed) continue;
    const Trigger trigger = trigger_of(lexicon, text, tokens, i);
    if (trigger == Trigger::None) continue;
    w.fill(text, tokens, i, consumed);
    ReadContext ctx{facts, tokens.tokens[i].sentence};
    if (out.size() > first && out.back().sentence == ctx.sentence) {
      ctx.previous = &out.back();
      ctx.previous_scale = last_scale;
    }
    const auto c = trigger == Trigger::Number ? read_number_figure(lexicon, w, ctx) : read_vague_figure(lexicon, w, ctx);
    if (!c) continue;
    out.push_back(make_figure(w, *c));
    elided.push_back(c->elided_currency);
    consumed = w.token_index(c->consumed);
    last_scale = c->scale;
  }
  resolve_figures(text, facts, out, first, elided);
}

}  // namespace analyze

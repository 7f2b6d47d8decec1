// Vague amounts: "des milliards", "quelques centaines de millions",
// "plusieurs millions d’euros", "des milliers de GPU", "GPUs par milliers",
// "quelques dollars". See figures_internal.h and docs/figures.md.
#include "figures_internal.h"

namespace analyze::figures_detail {
namespace {

constexpr int kMaxScales = 4;
constexpr double kFewUpperFactor = 10;  // "quelques centaines" < 10 centaines

struct ScaleChain {
  double factor = 1;
  bool large = false;  // a scale word of a million or more: a bare amount of it may be money
  std::size_t end = 0;
  int count = 0;
};

// "centaines de millions": scale words and collectives joined by "de", from lex[i].
ScaleChain read_chain(const Lexicon& lexicon, std::span<const Lexeme> lex, std::size_t i) {
  ScaleChain chain;
  chain.end = i;
  while (chain.end < lex.size() && chain.count < kMaxScales) {
    const auto s = lexicon.numbers.scale(lex[chain.end]);
    if (!s || s->kind == ScaleKind::Abbrev) break;
    chain.factor *= s->factor;
    chain.large |= s->kind == ScaleKind::Word && s->factor >= 1e6;
    ++chain.end;
    ++chain.count;
    const std::size_t next = chain.end + 1;
    const bool joined = next < lex.size() && lex[chain.end].key == "de" && lexicon.numbers.scale(lex[next]).has_value();
    if (!joined) break;
    ++chain.end;
  }
  return chain;
}

// "GPUs par milliers": a resource noun, "par", a collective.
std::optional<Candidate> read_by_thousands(const Lexicon& lexicon, const Window& w, std::size_t par) {
  const auto lex = w.span();
  const auto noun = lexicon.units.backward(lex, par, w.floor);
  if (!noun || !noun.value->vague) return std::nullopt;
  const ScaleChain chain = read_chain(lexicon, lex, par + 1);
  if (chain.count == 0) return std::nullopt;
  Candidate c;
  c.kind = FigureKind::Quantity;
  c.vague = true;
  c.unit = noun.value->unit;
  c.begin = par - noun.length;
  c.end = c.consumed = chain.end;
  c.low = chain.factor;
  return c;
}

}  // namespace

std::optional<Candidate> read_vague_figure(const Lexicon& lexicon, const Window& w, ReadContext& ctx) {
  const auto lex = w.span();
  const std::size_t t = w.trigger;
  std::size_t d = t;
  std::uint16_t determiner = lexicon.roles.of(lex[t].key) & (kVagueFew | kVagueSome);
  if (determiner == 0 && t > w.floor) {
    if (lex[t - 1].key == "par") return read_by_thousands(lexicon, w, t - 1);
    d = t - 1;
    determiner = lexicon.roles.of(lex[d].key) & (kVagueFew | kVagueSome);
  }
  if (determiner == 0) return std::nullopt;
  const bool few = (determiner & kVagueFew) != 0;
  const ScaleChain chain = read_chain(lexicon, lex, d + 1);

  Candidate c;
  c.vague = true;
  c.begin = d;
  c.scale = chain.factor;
  if (chain.count == 0) {
    // "quelques dollars"
    const UnitFound u = few ? read_currency(lexicon, w, d + 1, true, ctx) : UnitFound{};
    if (!u.found) return std::nullopt;
    c.currency = u.currency;
    c.end = c.consumed = u.end;
    return c;
  }
  const UnitFound u = read_unit(lexicon, w, chain.end, true, ctx);
  if (u.found) {
    if (u.kind == FigureKind::Percent || (u.kind == FigureKind::Quantity && !u.vague_ok)) return std::nullopt;
    c.kind = u.kind;
    c.currency = u.currency;
    c.unit = u.unit;
    c.end = u.end;
  } else {
    // "investissent des milliards", "les milliards dépensés"
    if (!chain.large || counts_other_noun(lexicon, w, chain.end) || counts_people(lexicon, w, c.begin)) return std::nullopt;
    if (ctx.facts.currency_named(ctx.sentence).empty() && !money_cue_near(lexicon, w, c.begin, chain.end)) return std::nullopt;
    c.elided_currency = true;
    c.end = chain.end;
  }
  c.consumed = c.end;
  c.low = chain.factor;
  if (few) c.high = chain.factor * kFewUpperFactor;
  return c;
}

}  // namespace analyze::figures_detail

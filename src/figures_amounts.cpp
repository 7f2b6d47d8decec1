// Figures that start with a number ("6 millions de dollars", "$370",
// "94 %", "2 000 GPU", "téléchargé 109 000 fois", "une centaine de
// salariés"). See figures_internal.h and docs/figures.md.
#include "analyze/utf8.h"
#include "figures_internal.h"

namespace analyze::figures_detail {
namespace {

constexpr std::size_t kFoisVerbDistance = 6;
constexpr std::size_t kChangeVerbDistance = 8;  // "augmente le prix de son forfait 5G de 19,99 € à 21,99 €"

bool is_text(const Window& w, std::size_t i, std::string_view s) { return i < w.size && w.lex[i].text == s; }

bool is_sign(std::string_view s) { return s == "-" || s == "+" || s == "\xE2\x88\x92" /* − */ || s == "\xE2\x80\x93" /* – */; }

// A number that is part of a code, a date, a version or a rank: "GPT-4",
// "COVID-19", "5G", "1er", "10h30", "20/01/2025", "1/n", "0 / 5".
bool looks_like_code(const Lexicon& lexicon, const Window& w, std::size_t t) {
  const auto lex = w.span();
  if (t + 1 < w.size) {
    const Lexeme& next = lex[t + 1];
    if (!next.space_before && w.word_at(t + 1) && !lexicon.numbers.scale(next) && !lexicon.currencies.starts_with(next.key) &&
        !lexicon.units.starts_with(next.key))
      return true;  // "5G", "1er", "4o", "h30"
    if ((next.text == "/" || next.text == ":") && t + 2 < w.size && (lex[t + 2].digits || !lex[t + 2].space_before)) return true;
  }
  if (t >= 2 && !lex[t].space_before && !lex[t - 1].space_before) {
    const std::string_view before = lex[t - 1].text;
    if ((before == "-" || before == "." || before == "/" || before == ":" || before == "_") &&
        (w.word_at(t - 2) || lex[t - 2].digits))
      return true;  // "GPT-4", "20/01"
  }
  return false;
}

// A sign glued to the number ("-3,2 %", "+15 %"), not a hyphen ("GPT-4").
bool signed_number(const Window& w, std::size_t t, double& sign) {
  if (t == 0 || t - 1 < w.floor || w.lex[t].space_before || !is_sign(w.lex[t - 1].text)) return false;
  const bool free = t == 1 || w.lex[t - 1].space_before || is_text(w, t - 2, "(") || is_text(w, t - 2, "[");
  if (!free) return false;
  sign = w.lex[t - 1].text == "+" ? 1 : -1;
  return true;
}

// "est passé de 10 à 15 %": "de" after a verb of change, so "10 à 15" is two values.
bool after_change_verb(const Lexicon& lexicon, const Window& w, std::size_t de) {
  if (w.lex[de].key != "de") return false;
  for (std::size_t k = de; k > 0 && de - k < kChangeVerbDistance; --k)
    if (lexicon.roles.has(w.lex[k - 1].key, kChangeVerb)) return true;
  return false;
}

// The noun of "téléchargé plus de 109 000 fois": a verb shortly before.
const std::string* fois_unit_before(const Lexicon& lexicon, const Window& w, std::size_t begin) {
  for (std::size_t k = begin; k > w.floor && begin - k < kFoisVerbDistance; --k)
    if (const std::string* unit = lexicon.fois_unit(w.lex[k - 1].key)) return unit;
  return nullptr;
}

// "téléchargé 109 000 fois", "vue 2 millions de fois".
UnitFound fois_quantity(const Lexicon& lexicon, const Window& w, std::size_t begin, const Amount& a) {
  std::size_t p = a.end;
  if (a.scale_word && p + 1 < w.size && w.lex[p].key == "de") ++p;
  if (p >= w.size || w.lex[p].key != "fois") return {};
  const std::string* unit = fois_unit_before(lexicon, w, begin);
  if (!unit) return {};
  return {FigureKind::Quantity, {}, *unit, p + 1, 1, false, true};
}

// A model or product name before the number: "RTX 4090", "Llama 3".
bool after_name(const Window& w, std::size_t begin) {
  if (begin == 0 || !w.word_at(begin - 1)) return false;
  if (begin - 1 == 0 && w.sentence_starts_inside) return false;  // capitalized as the first word
  return (w.tokens[begin - 1]->flags & (kCapitalized | kAllCaps | kHasDigit)) != 0;
}

bool looks_like_year(const Amount& a) { return !a.high && a.scale == 1 && a.value >= 1900 && a.value <= 2100 && a.value == static_cast<long>(a.value); }

// The currency sign or code right before the number ("$370", "US$ 3", "USD 5").
UnitFound prefix_currency(const Lexicon& lexicon, const Window& w, std::size_t begin, std::size_t& start, ReadContext& ctx) {
  const auto m = lexicon.currencies.backward(w.span(), begin, w.floor);
  if (!m || m.value->match == CurrencyMatch::Word || m.value->match == CurrencyMatch::DealWord) return {};
  start = begin - m.length;
  return read_currency(lexicon, w, start, false, ctx);
}

// "passe de 10 à 15 %", "respectivement 3 et 9 dollars": the first value
// takes the unit (and the scale) of the second.
UnitFound unit_of_next_value(const Lexicon& lexicon, const Window& w, Amount& a, bool change, ReadContext& ctx) {
  const bool to = change && is_text(w, a.end, "\xC3\xA0");
  const bool after_entre = a.begin > 0 && w.lex[a.begin - 1].key == "entre";  // a range that did not read
  const bool coordinated = a.end < w.size && w.lex[a.end].key == "et" && !after_entre && !looks_like_year(a);
  if (!to && !coordinated) return {};
  const Amount b = lexicon.numbers.read_number(w.span(), a.end + 1);
  if (!b.ok()) return {};
  UnitFound u = read_unit(lexicon, w, b.end, b.scale_word || b.collective || b.abbrev, ctx);
  if (!u.found) return {};
  if (a.scale == 1) a.value *= b.scale;
  u.end = a.end;
  return u;
}

// "2,19 dollars contre 60": the second value takes the unit of the first.
UnitFound unit_of_previous_value(const Window& w, std::size_t begin, Amount& a, ReadContext& ctx) {
  if (!ctx.previous || begin == 0 || w.lex[begin - 1].key != "contre" || looks_like_year(a)) return {};
  UnitFound u;
  u.kind = ctx.previous->kind;
  u.currency = ctx.previous->currency;
  u.unit = ctx.previous->unit;
  u.end = a.end;
  u.found = true;
  if (a.scale == 1 && ctx.previous_scale > 1 && a.value < 1000) a.value *= ctx.previous_scale;
  return u;
}

// A bare "1 milliard" or "une centaine de millions" is money only where money is spoken of.
bool bare_money(const Lexicon& lexicon, const Window& w, std::size_t begin, const Amount& a, ReadContext& ctx) {
  if (!(a.scale_word || a.collective) || a.scale < 1e6 || counts_other_noun(lexicon, w, a.end) || counts_people(lexicon, w, begin)) return false;
  return !ctx.facts.currency_named(ctx.sentence).empty() || money_cue_near(lexicon, w, begin, a.end);
}

// Quantities that are not counts: times of day ("à 10 heures"), model names
// ("RTX 4090 GPU"), small spelled numbers ("deux clients" says little).
bool plausible_quantity(const Lexicon& lexicon, const Window& w, std::size_t begin, const Amount& a, const UnitFound& u) {
  if (after_name(w, begin)) return false;
  if (a.spelled && a.scale == 1 && a.value < 100) return false;
  if (u.unit == "heure") {
    if (begin > 0 && lexicon.roles.has(w.lex[begin - 1].key, kTimeOfDay)) return false;
    if (u.end < w.size && w.lex[u.end].digits) return false;
    return a.scale_word || a.value >= 1000;
  }
  return true;
}

// The unit of the amount: its own, a currency sign before it, the next
// value's ("passe de 10 à 15 %"), the previous figure's ("contre 60"), or
// money where money is spoken of. Moves c.begin over a currency sign.
UnitFound unit_of(const Lexicon& lexicon, const Window& w, Amount& a, bool change, Candidate& c, ReadContext& ctx) {
  std::size_t prefix_start = c.begin;
  const UnitFound prefix = prefix_currency(lexicon, w, c.begin, prefix_start, ctx);
  UnitFound u = read_unit(lexicon, w, a.end, a.scale_word || a.collective || a.abbrev || a.value >= 1e6, ctx);
  if (!u.found && !a.spelled) u = fois_quantity(lexicon, w, c.begin, a);
  if (prefix.found && (!u.found || u.kind == FigureKind::Money)) {
    if (!u.found) u = {FigureKind::Money, prefix.currency, {}, a.end, 1, false, true};
    c.begin = prefix_start;
  }
  if (u.found) return u;
  if (a.abbrev) return {};  // "3 M" with nothing after
  u = unit_of_next_value(lexicon, w, a, change, ctx);
  if (!u.found) u = unit_of_previous_value(w, c.begin, a, ctx);
  if (!u.found && bare_money(lexicon, w, c.begin, a, ctx)) {
    u = {FigureKind::Money, {}, {}, a.end, 1, false, true};
    c.elided_currency = true;
  }
  return u;
}

// "entre 13,3 % et 13,5 %", "de 10 % à 12 %": the unit is written on both
// ends of a range. The second end must have the same unit and be larger.
bool read_second_end(const Lexicon& lexicon, const Window& w, const Amount& a, const UnitFound& u, const RangeOptions& options,
                     ReadContext& ctx, Candidate& c) {
  const auto lex = w.span();
  if (a.high || (c.value && *c.value < 0) || u.end + 1 >= w.size) return false;
  const bool link = (options.conjunction_et && lex[u.end].key == "et") || (options.preposition_a && is_text(w, u.end, "\xC3\xA0"));
  if (!link) return false;
  const Amount b = lexicon.numbers.read_number(lex, u.end + 1);
  if (!b.ok() || !(a.value < b.value)) return false;
  const UnitFound second = read_unit(lexicon, w, b.end, b.scale_word || b.collective || b.abbrev || b.value >= 1e6, ctx);
  if (!second.found || second.kind != u.kind || second.currency != u.currency || second.unit != u.unit) return false;
  c.low = a.value * u.value_factor;
  c.high = b.value * second.value_factor;
  c.value.reset();
  c.end = c.consumed = second.end;
  return true;
}

void read_rate_into(const Lexicon& lexicon, const Window& w, Candidate& c) {
  RateFound rate = read_rate(lexicon, w, c.end);
  if (rate.per.empty()) return;
  c.per = std::move(rate.per);
  c.consumed = rate.end;
}

// The qualifier before lex[begin], else after the figure and its rate.
void read_qualifiers(const Lexicon& lexicon, const Window& w, std::size_t begin, Candidate& c) {
  c.approx = qualifier_before(lexicon, w, begin);
  if (c.approx == Approx::None) c.approx = qualifier_after(lexicon, w, c.consumed, &c.consumed);
}

}  // namespace

std::optional<Candidate> read_number_figure(const Lexicon& lexicon, const Window& w, ReadContext& ctx) {
  const auto lex = w.span();
  const std::size_t t = w.trigger;
  if (lex[t].digits && looks_like_code(lexicon, w, t)) return std::nullopt;
  RangeOptions options;
  options.conjunction_et = t > w.floor && lex[t - 1].key == "entre";
  const bool change = t > 0 && after_change_verb(lexicon, w, t - 1);
  options.preposition_a = !change;
  Amount a = lexicon.numbers.read_amount(lex, t, options);
  if (!a.ok()) return std::nullopt;
  if (a.spelled && !a.high && a.value == 1 && a.scale == 1) return std::nullopt;  // "un", "une"

  Candidate c;
  c.begin = t;
  double sign = 1;
  if (!a.high && signed_number(w, t, sign)) c.begin = t - 1;
  const UnitFound u = unit_of(lexicon, w, a, change, c, ctx);
  if (!u.found) return std::nullopt;
  if (u.kind == FigureKind::Quantity && !plausible_quantity(lexicon, w, c.begin, a, u)) return std::nullopt;

  c.kind = u.kind;
  c.currency = u.currency;
  c.unit = u.unit;
  c.end = c.consumed = u.end;
  c.scale = a.scale;
  if (a.high) {
    c.low = a.value * u.value_factor;
    c.high = *a.high * u.value_factor;
  } else {
    c.value = sign * a.value * u.value_factor;
  }
  const bool both_ends = read_second_end(lexicon, w, a, u, options, ctx, c);
  if (both_ends || u.end > a.end || u.kind == FigureKind::Money) read_rate_into(lexicon, w, c);  // not after "10" of "de 10 à 15 %"
  read_qualifiers(lexicon, w, options.conjunction_et ? t - 1 : c.begin, c);
  if (c.approx == Approx::None && a.collective) c.approx = Approx::About;  // "une centaine"
  return c;
}

}  // namespace analyze::figures_detail

// What surrounds a number: its unit (currency, percent sign, counted noun),
// its rate ("par an"), its qualifiers ("environ", "au moins"), and the cues
// that make a bare "6 milliards" money. See figures_internal.h.
#include <fmt/format.h>

#include "analyze/utf8.h"
#include "figures_internal.h"

namespace analyze::figures_detail {
namespace {

constexpr std::size_t kCueBefore = 10, kCueAfter = 4;
constexpr std::size_t kDealWordsBefore = 4;  // "pour environ 10 milliards", "a vendu plus de 3 millions"  // "le chiffre d’affaires du groupe franchit le cap des 3 milliards"

bool key_at(std::span<const Lexeme> lex, std::size_t i, std::string_view key) { return i < lex.size() && lex[i].key == key; }

UnitFound percent_at(std::span<const Lexeme> lex, std::size_t p) {
  UnitFound u;
  u.kind = FigureKind::Percent;
  u.found = true;
  if (lex[p].text == "%") {
    u.end = p + 1;
  } else if (lex[p].text == "\xE2\x80\xB0") {  // ‰
    u.end = p + 1;
    u.value_factor = 0.1;
  } else if (lex[p].key == "pourcent" || lex[p].key == "pourcents") {
    u.end = p + 1;
  } else if (lex[p].key == "pour" && key_at(lex, p + 1, "cent")) {
    u.end = p + 2;
  } else if ((lex[p].key == "points" || lex[p].key == "point") && key_at(lex, p + 1, "de") && key_at(lex, p + 2, "pourcentage")) {
    u.end = p + 3;
    u.unit = "point de pourcentage";
  } else {
    u.found = false;
  }
  return u;
}

UnitFound quantity_at(const Lexicon& lexicon, std::span<const Lexeme> lex, std::size_t p) {
  UnitFound u;
  if (const auto m = lexicon.units.forward(lex, p)) {
    u.kind = FigureKind::Quantity;
    u.unit = m.value->unit;
    u.vague_ok = m.value->vague;
    u.end = p + m.length;
    u.found = true;
  }
  return u;
}

// "1M tokens" for a million, "1K tokens" for a thousand, "token" for one.
std::string count_rate(double count, const RateForm& form) {
  if (count == 1) return form.per;
  if (count == 1e3) return "1K " + form.plural;
  if (count == 1e6) return "1M " + form.plural;
  if (count == 1e9) return "1B " + form.plural;
  return fmt::format("{} {}", count, form.plural);
}

// The count of "par million de jetons", "pour 1 000 tokens": at lex[q], with
// the position after it (and after "de").
struct RateCount {
  double value = 1;
  bool given = false;
  std::size_t end = 0;
};

RateCount read_rate_count(const Lexicon& lexicon, std::span<const Lexeme> lex, std::size_t q) {
  RateCount count;
  count.end = q;
  if (q < lex.size() && lex[q].digits) {
    const bool scale_follows = q + 1 < lex.size() && lexicon.numbers.scale(lex[q + 1]).has_value();
    const NumberResult n = parse_french_number(lex[q].text, scale_follows);
    if (!n.ok()) return count;
    count = {n.value, true, q + 1};
  } else if (const auto c = q < lex.size() ? lexicon.numbers.cardinal(lex[q].key) : std::nullopt) {
    count = {*c, true, q + 1};
  }
  if (count.end < lex.size()) {
    if (const auto s = lexicon.numbers.scale(lex[count.end])) {
      count.value *= s->factor;
      count.given = true;
      ++count.end;
    }
  }
  if (count.given && key_at(lex, count.end, "de")) ++count.end;
  return count;
}

bool is_preposition_of(RateClass kind, std::string_view prep, bool counted) {
  const bool par = prep == "par" || prep == "/";
  switch (kind) {
    case RateClass::Time: return !counted && (par || prep == "chaque" || prep == "le" || prep == "la");
    case RateClass::Entity: return !counted && (par || prep == "le" || prep == "la");  // "0,25 € le kWh"
    case RateClass::Count: return par || (counted && (prep == "pour" || prep == "le" || prep == "les"));
    case RateClass::Adjective: return false;
  }
  return false;
}

}  // namespace

UnitFound read_currency(const Lexicon& lexicon, const Window& w, std::size_t p, bool words, ReadContext& ctx) {
  UnitFound u;
  const auto lex = w.span();
  const auto m = lexicon.currencies.forward(lex, p);
  if (!m) return u;
  const CurrencyForm& form = *m.value;
  if ((form.match == CurrencyMatch::Word || form.match == CurrencyMatch::DealWord) && !words) return u;
  if (form.match == CurrencyMatch::DealWord && !deal_currency(lexicon, w, p, p + m.length)) return u;
  if (form.match == CurrencyMatch::Code && !letter_case(lex[p].text).all_upper) return u;
  u.kind = FigureKind::Money;
  u.currency = form.code;
  // The yen sign also writes the yuan: read it as CNY in a sentence about China.
  if (form.code == "JPY" && lex[p].text == "\xC2\xA5" && ctx.facts.mentions_china(ctx.sentence)) u.currency = "CNY";
  u.value_factor = form.factor;
  u.end = p + m.length;
  u.found = true;
  return u;
}

UnitFound read_unit(const Lexicon& lexicon, const Window& w, std::size_t p, bool after_de, ReadContext& ctx) {
  const auto lex = w.span();
  if (p >= lex.size()) return {};
  if (UnitFound u = percent_at(lex, p); u.found) return u;
  if (UnitFound u = read_currency(lexicon, w, p, true, ctx); u.found) return u;
  if (UnitFound u = quantity_at(lexicon, lex, p); u.found) return u;
  if (lex[p].key != "de") return {};
  // "3 milliards d’euros", "1 000 000 de dollars", "175 milliards de paramètres"
  if (UnitFound u = read_currency(lexicon, w, p + 1, true, ctx); u.found) return u;
  if (after_de) return quantity_at(lexicon, lex, p + 1);
  return {};
}

RateFound read_rate(const Lexicon& lexicon, const Window& w, std::size_t p) {
  const auto lex = w.span();
  std::size_t i = p;
  while (i < lex.size() && lexicon.roles.has(lex[i].key, kSkipAfter)) ++i;
  if (i >= lex.size()) return {};
  if (const auto m = lexicon.rates.forward(lex, i); m && m.value->kind == RateClass::Adjective) return {m.value->per, i + m.length};
  std::string_view prep = lex[i].key;
  // "15 € de l’heure" reads as "15 € l’heure".
  if (prep == "de" && i + 1 < lex.size() && (lex[i + 1].key == "le" || lex[i + 1].key == "la")) prep = lex[++i].key;
  if (prep != "par" && prep != "/" && prep != "chaque" && prep != "pour" && prep != "le" && prep != "la" && prep != "les") return {};
  const RateCount count = read_rate_count(lexicon, lex, i + 1);
  const auto m = lexicon.rates.forward(lex, count.end);
  if (!m || !is_preposition_of(m.value->kind, prep, count.given)) return {};
  const std::size_t end = count.end + m.length;
  // "l’an dernier" is a date, not a rate.
  if ((prep == "le" || prep == "la") && end < lex.size() && lexicon.roles.has(lex[end].key, kNotRateAfter)) return {};
  if (m.value->kind == RateClass::Count) return {count_rate(count.value, *m.value), end};
  return {m.value->per, end};
}

Approx qualifier_before(const Lexicon& lexicon, const Window& w, std::size_t begin) {
  const auto m = lexicon.qualifiers_before.backward(w.span(), begin, w.floor);
  return m ? *m.value : Approx::None;
}

Approx qualifier_after(const Lexicon& lexicon, const Window& w, std::size_t p, std::size_t* end) {
  const auto m = lexicon.qualifiers_after.forward(w.span(), p);
  if (end) *end = m ? p + m.length : p;
  return m ? *m.value : Approx::None;
}

bool deal_currency(const Lexicon& lexicon, const Window& w, std::size_t p, std::size_t end) {
  const auto lex = w.span();
  // Only "N millions de livres": a scale word, then "de".
  if (p < 2 || lex[p - 1].key != "de" || !lexicon.numbers.scale(lex[p - 2])) return false;
  if (end < lex.size() && lexicon.roles.has(lex[end].key, kGoods)) return false;  // "livres vendus"
  for (std::size_t k = w.trigger; k > w.floor && w.trigger - k < kDealWordsBefore; --k) {
    if (lexicon.roles.has(lex[k - 1].key, kGoods)) return false;  // "a vendu 3 millions de livres"
    if (lex[k - 1].key == "pour") return true;                     // "s’offre X pour 10 milliards de livres"
  }
  return money_cue_near(lexicon, w, w.trigger, end);
}

bool money_cue_near(const Lexicon& lexicon, const Window& w, std::size_t begin, std::size_t end) {
  const auto lex = w.span();
  const std::size_t from = begin > kCueBefore ? begin - kCueBefore : 0;
  const std::size_t to = std::min(lex.size(), end + kCueAfter);
  for (std::size_t k = from; k < to; ++k) {
    if (k >= begin && k < end) continue;
    if (!lex[k].digits && lexicon.roles.has(lex[k].key, kMoneyCue)) return true;
  }
  return false;
}

bool counts_people(const Lexicon& lexicon, const Window& w, std::size_t begin) {
  return begin > 0 && lexicon.roles.has(w.lex[begin - 1].key, kPeopleVerb);
}

bool counts_other_noun(const Lexicon& lexicon, const Window& w, std::size_t p) {
  const auto lex = w.span();
  if (!key_at(lex, p, "de") || !w.word_at(p + 1)) return false;
  if (w.tokens[p + 1]->has(kCapitalized)) return false;  // "10 milliards de Microsoft"
  return (lexicon.roles.of(lex[p + 1].key) & (kNotNoun | kMoneyCue)) == 0;  // not "de plus", "de revenus"
}

}  // namespace analyze::figures_detail

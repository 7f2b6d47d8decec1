// Number words: spelled-out numbers, scale words, ranges. See numbers.h.
#include <cmath>
#include <stdexcept>
#include <string>

#include "analyze/numbers.h"
#include "figures_tables.h"

namespace analyze {

using figures_detail::find_in;
using figures_detail::StringMap;

struct FrenchNumbers::Impl {
  StringMap<double> cardinals;       // by folded key
  StringMap<ScaleWord> scales;       // words and collectives, by folded key
  StringMap<ScaleWord> abbrevs;      // by exact text ("M", "Md")
  StringMap<double> halves;          // "demi", by folded key
};

namespace {

constexpr std::size_t kMaxSpelledWords = 16;
constexpr int kMaxScales = 4;

std::optional<ScaleKind> scale_kind(std::string_view kind) {
  if (kind == "scale") return ScaleKind::Word;
  if (kind == "abbrev") return ScaleKind::Abbrev;
  if (kind == "collective") return ScaleKind::Collective;
  return std::nullopt;
}

bool is_hyphen(std::string_view s) { return s == "-" || s == "\xE2\x80\x90" || s == "\xE2\x80\x91"; }

bool is_range_dash(std::string_view s) {
  return is_hyphen(s) || s == "\xE2\x80\x93" /* – */ || s == "\xE2\x80\x94" /* — */;
}

// "vingt et un": "et" joins a ten and "un"/"onze".
bool joins_with_et(double before, double after) { return before >= 20 && before < 100 && (after == 1 || after == 11); }

// Adds one spelled word to the number being read; false when the word cannot
// continue it ("deux trois" is two numbers). `small` is the part below 1000.
bool add_spelled(double word, double last_word, double& total, double& small) {
  const double below_hundred = std::fmod(small, 100);
  if (word == 100) {
    if (below_hundred == 0 && small >= 100) return false;  // "cent cent"
    small = (small == 0 ? 1 : small) * 100;
  } else if (word == 1000) {
    total += (small == 0 ? 1 : small) * 1000;
    small = 0;
  } else if (word == 20 && last_word == 4 && std::fmod(small, 100) == 4) {
    small += 76;  // quatre-vingt
  } else if (word < 10) {
    if (std::fmod(small, 10) != 0) return false;
    small += word;
  } else if (word < 20) {
    if (below_hundred != 0 && below_hundred != 60 && below_hundred != 80) return false;
    small += word;
  } else {
    if (below_hundred != 0) return false;
    small += word;
  }
  return true;
}

}  // namespace

FrenchNumbers::FrenchNumbers() {
  auto impl = std::make_unique<Impl>();
  figures_detail::for_each_row("figures/numbers.tsv", [&](std::span<const std::string_view> f) {
    if (f.size() < 3) throw std::runtime_error("figures/numbers.tsv: expected word, kind, value");
    const double value = figures_detail::data_number(f[2], "figures/numbers.tsv");
    if (f[1] == "cardinal") {
      impl->cardinals.emplace(std::string(make_word_key(f[0]).view()), value);
    } else if (f[1] == "half") {
      impl->halves.emplace(std::string(make_word_key(f[0]).view()), value);
    } else if (const auto kind = scale_kind(f[1])) {
      if (*kind == ScaleKind::Abbrev)
        impl->abbrevs.emplace(std::string(f[0]), ScaleWord{value, *kind});
      else
        impl->scales.emplace(std::string(make_word_key(f[0]).view()), ScaleWord{value, *kind});
    } else {
      throw std::runtime_error("figures/numbers.tsv: unknown kind " + std::string(f[1]));
    }
  });
  impl_ = std::move(impl);
}

FrenchNumbers::~FrenchNumbers() = default;
FrenchNumbers::FrenchNumbers(FrenchNumbers&&) noexcept = default;

std::optional<ScaleWord> FrenchNumbers::scale(const Lexeme& lexeme) const {
  if (lexeme.digits) return std::nullopt;
  if (const ScaleWord* s = find_in(impl_->abbrevs, lexeme.text)) return *s;
  if (const ScaleWord* s = find_in(impl_->scales, lexeme.key)) return *s;
  return std::nullopt;
}

std::optional<double> FrenchNumbers::cardinal(std::string_view key) const {
  if (const double* v = find_in(impl_->cardinals, key)) return *v;
  return std::nullopt;
}

// "un demi-milliard", "demi-million": the position of the scale word after
// "demi-", or 0.
std::size_t FrenchNumbers::half_scale(std::span<const Lexeme> lex, std::size_t i) const {
  const auto is_half = [&](std::size_t k) { return find_in(impl_->halves, lex[k].key) != nullptr; };
  if (i + 1 < lex.size() && (lex[i].key == "un" || lex[i].key == "une") && is_half(i + 1)) ++i;
  if (!is_half(i) || i + 2 >= lex.size() || !is_hyphen(lex[i + 1].text)) return 0;
  const auto s = scale(lex[i + 2]);
  return s && s->kind == ScaleKind::Word ? i + 2 : 0;
}

Amount FrenchNumbers::read_number(std::span<const Lexeme> lex, std::size_t i) const {
  Amount a;
  a.begin = i;
  if (i >= lex.size()) {
    a.error = NumberError::NoNumber;
    return a;
  }
  if (const std::size_t scale_at = half_scale(lex, i)) {  // "un demi-milliard"
    a.value = *find_in(impl_->halves, lex[scale_at - 2].key);
    a.spelled = true;
    a.end = scale_at;
  } else if (!lex[i].digits) {
    if (!cardinal(lex[i].key)) {
      a.error = NumberError::NoNumber;
      return a;
    }
    a = read_spelled(lex, i);
  } else {
    const bool scale_follows = i + 1 < lex.size() && scale(lex[i + 1]).has_value();
    const NumberResult n = parse_french_number(lex[i].text, scale_follows);
    a.error = n.error;
    a.value = n.value;
    a.end = i + 1;
  }
  if (a.ok()) read_scales(lex, a);
  a.first_end = a.end;
  return a;
}

Amount FrenchNumbers::read_spelled(std::span<const Lexeme> lex, std::size_t i) const {
  Amount a;
  a.begin = i;
  a.spelled = true;
  double total = 0, small = 0, last = 0;
  std::size_t j = i, words = 0;
  while (j < lex.size() && words < kMaxSpelledWords) {
    std::size_t k = j;
    // A hyphen or "et" between two words of the same number: "vingt-deux", "vingt et un".
    if (words > 0 && k + 1 < lex.size() && (is_hyphen(lex[k].text) || lex[k].key == "et")) ++k;
    const auto word = cardinal(lex[k].key);
    if (!word) break;
    if (k > j && lex[j].key == "et" && !joins_with_et(last, *word)) break;
    if (k > j && is_hyphen(lex[j].text) && (lex[j].space_before || lex[k].space_before)) break;
    if (!add_spelled(*word, last, total, small)) break;
    last = *word;
    j = k + 1;
    ++words;
  }
  a.value = total + small;
  a.end = j;
  return a;
}

void FrenchNumbers::read_scales(std::span<const Lexeme> lex, Amount& a) const {
  double previous = 0;
  bool after_de = false;
  for (int n = 0; n < kMaxScales && a.end < lex.size(); ++n) {
    const auto s = scale(lex[a.end]);
    if (!s) break;
    // "mille milliards" multiplies; "millions milliards" is not French.
    if (previous != 0 && !after_de && s->factor <= previous) break;
    a.value *= s->factor;
    a.scale *= s->factor;
    a.scale_word |= s->kind == ScaleKind::Word;
    a.collective |= s->kind == ScaleKind::Collective;
    a.abbrev = s->kind == ScaleKind::Abbrev;
    previous = s->factor;
    ++a.end;
    if (a.abbrev) break;
    // "2 millions et demi": half the scale more.
    if (s->kind == ScaleKind::Word && a.end + 1 < lex.size() && lex[a.end].key == "et" &&
        find_in(impl_->halves, lex[a.end + 1].key)) {
      a.value += 0.5 * s->factor;
      a.end += 2;
      break;
    }
    // "centaines de millions": a collective takes "de" and a larger scale.
    after_de = s->kind == ScaleKind::Collective && a.end + 1 < lex.size() && lex[a.end].key == "de" &&
               scale(lex[a.end + 1]).has_value() && scale(lex[a.end + 1])->kind != ScaleKind::Abbrev;
    if (after_de) ++a.end;
  }
}

Amount FrenchNumbers::read_amount(std::span<const Lexeme> lex, std::size_t i, RangeOptions options) const {
  Amount a = read_number(lex, i);
  const std::size_t j = a.end;
  if (!a.ok() || j + 1 >= lex.size()) return a;
  const Lexeme& link = lex[j];
  const bool connector = is_range_dash(link.text) || link.key == "ou" || (options.preposition_a && link.text == "\xC3\xA0") ||
                         (options.conjunction_et && link.key == "et");
  if (!connector || a.abbrev) return a;
  Amount b = read_number(lex, j + 1);
  if (!b.ok()) return a;
  double low = a.value, high = b.value;
  // "7-8 milliards": the scale of the second number applies to both.
  if (a.scale == 1 && b.scale != 1) low *= b.scale;
  if (b.scale == 1 && a.scale != 1) high *= a.scale;
  if (!(low < high)) return a;
  Amount range = b;
  range.begin = a.begin;
  range.value = low;
  range.high = high;
  range.first_end = a.end;
  range.spelled = a.spelled || b.spelled;
  range.collective = a.collective || b.collective;
  range.scale_word = a.scale_word || b.scale_word;
  return range;
}

Amount FrenchNumbers::parse(std::string_view text) const {
  const LexemeBuffer buffer(text);
  const auto lex = buffer.lexemes();
  RangeOptions options;
  std::size_t i = 0;
  if (!lex.empty() && (lex[0].key == "entre" || lex[0].key == "de")) {
    options.conjunction_et = lex[0].key == "entre";
    i = 1;
  }
  Amount a = read_amount(lex, i, options);
  if (a.ok() && a.end != lex.size()) a.error = NumberError::Malformed;
  if (lex.empty()) a.error = NumberError::Empty;
  return a;
}

}  // namespace analyze

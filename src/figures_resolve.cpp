// Sentence-level completion of the figures of one call: the currency of an
// amount whose unit is elided ("6 millions de dollars contre 1 milliard"),
// and the rate carried over in a parallel construction ("A coûte 60 $ par
// million de jetons ; B coûte 2,19 $"). See docs/figures.md.
#include <cstring>

#include "analyze/utf8.h"

#include "figures_internal.h"

namespace analyze::figures_detail {
namespace {

constexpr std::uint64_t kParagraphLookback = 4096;  // bytes searched back for the paragraph's currency
constexpr double kParallelMagnitude = 1000;         // 60 $ and 2,19 $ are parallel; 20 $/mois and 5 M$ are not
constexpr std::size_t kNeighbours = 8;              // figures looked at on each side, so that work stays linear

bool is_money_with_currency(const Figure& f) { return f.kind == FigureKind::Money && !f.currency.empty(); }

// The currency of the nearest money figure of the same sentence, before first.
std::string_view nearest_in_sentence(const std::vector<Figure>& figures, std::size_t first, std::size_t i, const std::vector<bool>& elided) {
  for (std::size_t j = i; j > first && i - j < kNeighbours && figures[j - 1].sentence == figures[i].sentence; --j)
    if (is_money_with_currency(figures[j - 1]) && !elided[j - 1 - first]) return figures[j - 1].currency;
  for (std::size_t j = i + 1; j < figures.size() && j - i <= kNeighbours && figures[j].sentence == figures[i].sentence; ++j)
    if (is_money_with_currency(figures[j]) && !elided[j - first]) return figures[j].currency;
  return {};
}

bool has_newline(std::string_view text, std::uint64_t from, std::uint64_t to) {
  return to > from && std::memchr(text.data() + from, '\n', to - from) != nullptr;
}

// The currency of an earlier money figure of the same paragraph.
std::string_view previous_in_paragraph(std::string_view text, const std::vector<Figure>& figures, std::size_t first, std::size_t i) {
  const std::uint64_t start = figures[i].span.start;
  std::uint64_t gap_end = start;
  for (std::size_t j = i; j > first && i - j < kNeighbours; --j) {
    const Figure& f = figures[j - 1];
    if (f.span.end + kParagraphLookback < start || has_newline(text, f.span.end, gap_end)) break;
    if (is_money_with_currency(f)) return f.currency;
    gap_end = f.span.start;
  }
  return {};
}

double magnitude(const Figure& f) { return f.value ? *f.value : (f.high ? *f.high : 0); }

bool parallel(const Figure& a, const Figure& b) {
  const double x = magnitude(a), y = magnitude(b);
  if (x <= 0 || y <= 0) return false;
  return std::max(x, y) / std::min(x, y) <= kParallelMagnitude;
}

// "de 20 $ à 25 $ par mois": two amounts joined by a connector share the rate.
bool joined(std::string_view text, const Figure& a, const Figure& b) {
  if (b.span.start < a.span.end) return false;
  const std::string_view between = trim(text.substr(a.span.end, b.span.start - a.span.end));
  return between == "\xC3\xA0" || between == "et" || between == "ou" || between == "-" || between == "\xE2\x80\x93";
}

// The rate of the amount just before in the sentence, or of the next one when joined.
const ShortText* parallel_rate(std::string_view text, const std::vector<Figure>& figures, std::size_t first, std::size_t i) {
  const Figure& f = figures[i];
  const auto shares = [&](const Figure& other) {
    return other.sentence == f.sentence && other.kind == FigureKind::Money && !other.per.empty() && !other.vague &&
           other.currency == f.currency && parallel(other, f);
  };
  if (i > first && shares(figures[i - 1])) return &figures[i - 1].per;
  if (i + 1 < figures.size() && shares(figures[i + 1]) && joined(text, f, figures[i + 1])) return &figures[i + 1].per;
  return nullptr;
}

// The currency of the nearest exact money figure around, in any sentence:
// the article's currency, for an amount whose sentence names none.
std::string_view nearest_in_text(const std::vector<Figure>& figures, std::size_t first, std::size_t i, const std::vector<bool>& elided) {
  for (std::size_t d = 1; d <= kNeighbours; ++d) {
    if (i >= first + d && is_money_with_currency(figures[i - d]) && !elided[i - d - first] && !figures[i - d].vague) return figures[i - d].currency;
    if (i + d < figures.size() && is_money_with_currency(figures[i + d]) && !elided[i + d - first] && !figures[i + d].vague)
      return figures[i + d].currency;
  }
  return {};
}

}  // namespace

void resolve_figures(std::string_view text, SentenceFacts& facts, std::vector<Figure>& figures, std::size_t first,
                     const std::vector<bool>& elided) {
  for (std::size_t i = first; i < figures.size(); ++i) {
    Figure& f = figures[i];
    if (!elided[i - first] || !f.currency.empty()) continue;
    std::string_view code = nearest_in_sentence(figures, first, i, elided);  // a view of another figure or of the lexicon
    if (code.empty()) code = facts.currency_named(f.sentence);
    if (code.empty()) code = facts.headline_currency();
    // An exact amount takes the currency of its paragraph ("valorisée 6 milliards"
    // after "levé 600 millions d’euros"), else of the nearest amounts; a vague
    // one does not (see gold/NOTES.md).
    if (code.empty() && !f.vague) code = previous_in_paragraph(text, figures, first, i);
    if (code.empty() && !f.vague) code = nearest_in_text(figures, first, i, elided);
    f.currency = code;
  }
  for (std::size_t i = first; i < figures.size(); ++i) {
    Figure& f = figures[i];
    if (f.kind != FigureKind::Money || !f.per.empty() || f.vague) continue;
    if (const ShortText* per = parallel_rate(text, figures, first, i)) f.per = *per;
  }
}

}  // namespace analyze::figures_detail

// What the numbers of a fact bound, as stated and once rounding is allowed;
// number and sentence formatting for the reports.
#include <fmt/format.h>

#include <charconv>
#include <cmath>

#include "analyze/report.h"
#include "analyze/utf8.h"
#include "compare_internal.h"

namespace analyze::compare_detail {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Length of a digit-group separator at s[i] (space, ',', '.', U+00A0, U+202F, U+2009), else 0.
std::size_t separator_length(std::string_view s, std::size_t i) {
  if (s[i] == ' ' || s[i] == ',' || s[i] == '.') return 1;
  for (std::string_view sep : {"\u00A0", "\u202F", "\u2009"})
    if (s.substr(i, sep.size()) == sep) return sep.size();
  return 0;
}

// Significant digits of the first number written in `text` ("5,576 millions" → 4, "2 000" → 4).
int written_digits(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && !is_digit(text[i])) ++i;
  int digits = 0;
  bool leading = true;
  while (i < text.size()) {
    if (is_digit(text[i])) {
      if (text[i] != '0' || !leading) ++digits, leading = false;
      ++i;
      continue;
    }
    const std::size_t sep = separator_length(text, i);
    if (sep == 0 || i + sep >= text.size() || !is_digit(text[i + sep])) break;
    i += sep;
  }
  return digits;
}

// The stated bounds moved outward by `absolute` or, when larger, by the
// relative tolerance (a factor √(1+t) each way, so that two exact values
// meet exactly when max/min ≤ 1+t).
Bounds widen(const Bounds& b, double absolute, double tolerance) {
  const double up = std::sqrt(1 + tolerance) - 1, down = 1 - 1 / std::sqrt(1 + tolerance);
  Bounds w;
  if (b.low) w.low = *b.low - std::max(absolute, std::abs(*b.low) * (*b.low >= 0 ? down : up));
  if (b.high) w.high = *b.high + std::max(absolute, std::abs(*b.high) * (*b.high >= 0 ? up : down));
  return w;
}

}  // namespace

double rounding_half_unit(std::string_view text, double value) {
  if (value == 0 || !std::isfinite(value)) return 0;
  const int digits = std::max(1, written_digits(text));
  // A tiny nudge so that exact powers of ten (1e6) keep their exponent.
  const int exponent = static_cast<int>(std::floor(std::log10(std::abs(value)) + 1e-9));
  return std::pow(10.0, exponent - (digits - 1)) / 2;
}

Bounds scaled(const Bounds& b, double factor) {
  Bounds s;
  if (b.low) s.low = *b.low * factor;
  if (b.high) s.high = *b.high * factor;
  if (factor < 0) std::swap(s.low, s.high);
  return s;
}

Bounds stated_bounds(const FigureFact& f, const CompareOptions& options) {
  Bounds b;
  if (f.value) b.low = b.high = *f.value;
  else b = Bounds{f.low, f.high};
  if (!b.low && !b.high) return b;
  const double about = options.about;
  switch (f.approx) {
    case Approx::None: break;
    case Approx::About:
      if (b.low) *b.low -= std::abs(*b.low) * about;
      if (b.high) *b.high += std::abs(*b.high) * about;
      break;
    case Approx::Nearly:  // "presque 600 M" is a little under 600 M
      if (b.low) *b.low -= std::abs(*b.low) * about;
      break;
    case Approx::AtMost: b.low.reset(); break;
    case Approx::AtLeast: b.high.reset(); break;
  }
  return b;
}

Bounds widened_bounds(const FigureFact& f, const Bounds& stated, const CompareOptions& options) {
  // Vague amounts ("des milliards") have no digits to round: their bounds are already loose.
  const std::optional<double> written = f.value ? f.value : f.low ? f.low : f.high;
  const double half_unit = f.vague || !written ? 0 : rounding_half_unit(f.text, *written);
  return widen(stated, half_unit, options.tolerance);
}

Bounds tolerance_bounds(const Bounds& stated, const CompareOptions& options) { return widen(stated, 0, options.tolerance); }

std::string short_number(double v) {
  const double a = std::abs(v);
  // Four significant digits at most in the scaled forms: "5.576 M", "1.2 Md".
  auto scaled_form = [&](double unit, std::string_view suffix) {
    return fmt::format("{} {}", format_number(round_significant(v / unit, 4)), suffix);
  };
  if (a >= 1e9) return scaled_form(1e9, "Md");
  if (a >= 1e6) return scaled_form(1e6, "M");
  return format_number(round_significant(v, 6));
}

double round_significant(double v, int digits) {
  if (v == 0 || !std::isfinite(v)) return v;
  const std::string s = fmt::format("{:.{}g}", v, digits);
  double rounded = v;
  std::from_chars(s.data(), s.data() + s.size(), rounded);
  return rounded;
}

std::string shorten_around(std::string_view sentence, std::string_view focus, std::size_t max_bytes) {
  // One line: a headline glued to its first sentence keeps no line break.
  std::string flat;
  for (char c : trim(sentence)) {
    const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (!space) flat.push_back(c);
    else if (!flat.empty() && flat.back() != ' ') flat.push_back(' ');
  }
  if (flat.size() <= max_bytes) return flat;
  std::size_t at = focus.empty() ? std::string::npos : flat.find(focus);
  if (at == std::string::npos) at = 0;
  const std::size_t centre = at + focus.size() / 2;
  std::size_t start = std::min(centre > max_bytes / 2 ? centre - max_bytes / 2 : 0, flat.size() - max_bytes);
  std::size_t end = start + max_bytes;
  // Cut between words, never inside "é" or "’": forward to the next space at the
  // start, back to the last space at the end (unless the window has none).
  if (start > 0) {
    const std::size_t space = flat.find(' ', start);
    if (space != std::string::npos && space < at) start = space + 1;
  }
  if (end < flat.size()) {
    const std::size_t space = flat.rfind(' ', end);
    if (space != std::string::npos && space > at + focus.size()) end = space;
  }
  auto continuation = [&](std::size_t i) { return i < flat.size() && (static_cast<unsigned char>(flat[i]) & 0xC0) == 0x80; };
  while (continuation(start)) ++start;
  while (end < flat.size() && continuation(end)) --end;
  return (start > 0 ? "…" : "") + std::string(trim(std::string_view(flat).substr(start, end - start))) + (end < flat.size() ? "…" : "");
}

}  // namespace analyze::compare_detail

// Shared by the figure tests: run the tokenizer and the figure extractor on a
// French sentence and compare the figures with a table of expectations.
#pragma once

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "analyze/figures.h"
#include "analyze/tokenizer.h"

namespace figures_test {

using analyze::Figure;
using analyze::FigureKind;
using Approx = analyze::Approx;  // in this namespace, not Catch's Approx

constexpr auto kMoney = FigureKind::Money;
constexpr auto kPercent = FigureKind::Percent;
constexpr auto kQuantity = FigureKind::Quantity;
constexpr auto kAbout = Approx::About;
constexpr auto kAtMost = Approx::AtMost;
constexpr auto kAtLeast = Approx::AtLeast;
constexpr auto kNearly = Approx::Nearly;

// One expected figure; a field not set must be absent (or empty) in the result.
// fig(Money, "6 millions de dollars").val(6e6).cur("USD").rate("year").qual(Approx::About)
struct Want {
  std::string text;
  FigureKind kind = FigureKind::Money;
  std::optional<double> value, low, high;
  std::string currency, unit, per;
  Approx approx = Approx::None;
  bool vague = false;

  Want val(double v) const { return with([&](Want& w) { w.value = v; }); }
  Want range(double lo, double hi) const { return with([&](Want& w) { w.low = lo, w.high = hi; }); }
  Want vague_from(double lo) const { return with([&](Want& w) { w.low = lo, w.vague = true; }); }
  Want vague_between(double lo, double hi) const { return with([&](Want& w) { w.low = lo, w.high = hi, w.vague = true; }); }
  Want vague_only() const { return with([&](Want& w) { w.vague = true; }); }
  Want cur(std::string c) const { return with([&](Want& w) { w.currency = std::move(c); }); }
  Want noun(std::string u) const { return with([&](Want& w) { w.unit = std::move(u); }); }
  Want rate(std::string p) const { return with([&](Want& w) { w.per = std::move(p); }); }
  Want qual(Approx a) const { return with([&](Want& w) { w.approx = a; }); }

 private:
  template <class F>
  Want with(F set) const {
    Want w = *this;
    set(w);
    return w;
  }
};

inline Want fig(FigureKind kind, std::string text) {
  Want w;
  w.kind = kind;
  w.text = std::move(text);
  return w;
}

struct Case {
  std::string sentence;
  std::vector<Want> figures;  // empty: no figure at all
};

inline std::vector<Figure> figures_of(const std::string& text) {
  static analyze::Tokenizer tokenizer;  // tests run on one thread
  static const analyze::FigureExtractor extractor;
  const analyze::TokenizedText tokens = tokenizer.tokenize(text);
  std::vector<Figure> out;
  extractor.extract(text, tokens, out);
  return out;
}

inline bool same_number(analyze::OptionalNumber got, const std::optional<double>& want) {
  if (!got || !want) return got.has_value() == want.has_value();
  return *got == Catch::Detail::Approx(*want).epsilon(1e-9);
}

inline void check_case(const Case& c) {
  INFO("sentence: " << c.sentence);
  const std::vector<Figure> got = figures_of(c.sentence);
  std::string listed;
  for (const Figure& f : got) listed.append("[").append(figure_text(c.sentence, f)).append("] ");
  INFO("figures: " << listed);
  REQUIRE(got.size() == c.figures.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    const Figure& f = got[i];
    const Want& w = c.figures[i];
    const std::string_view text = analyze::figure_text(c.sentence, f);
    INFO("figure " << i << ": " << text);
    CHECK(text == w.text);
    CHECK(f.kind == w.kind);
    CHECK(same_number(f.value, w.value));
    CHECK(same_number(f.low, w.low));
    CHECK(same_number(f.high, w.high));
    CHECK(f.currency == w.currency);
    CHECK(f.unit == w.unit);
    CHECK(f.per == w.per);
    CHECK(f.approx == w.approx);
    CHECK(f.vague == w.vague);
  }
}

inline void check_cases(const std::vector<Case>& cases) {
  for (const Case& c : cases) check_case(c);
}

}  // namespace figures_test

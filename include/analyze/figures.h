// Figure extractor stage: every amount of money, percentage and counted
// quantity in the tokens of an article, normalized.
//   "environ 7-8 milliards de dollars par an" → money, low 7e9, high 8e9, USD, per year, approx about
//   "1,5 Md€" → money 1.5e9 EUR;  "94 %" → percent 94;  "2 000 GPU" → quantity 2000, unit "GPU"
// Patterns and word lists come from data/figures/ and are compiled once, in
// the constructor; extract() is const and safe to call from many threads.
// Grammar, normalization rules and known limits: docs/figures.md.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "analyze/document.h"
#include "analyze/tokenizer.h"

namespace analyze {

class FigureExtractor {
 public:
  FigureExtractor();
  ~FigureExtractor();
  FigureExtractor(FigureExtractor&&) noexcept;

  // Appends to `out`, in document order, the figures found in `tokens` (the
  // tokens of `text`). Sets every field of Figure but subject, role and context.
  void extract(std::string_view text, const TokenizedText& tokens, std::vector<Figure>& out) const;

 private:
  struct Impl;
  std::unique_ptr<const Impl> impl_;
};

}  // namespace analyze

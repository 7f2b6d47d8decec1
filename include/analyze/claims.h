// Claim stage: who each money figure is about and what it is (training
// cost, price, fine…), and the cost and performance comparisons an article
// makes, with the ratio and whether the article's own arithmetic holds.
//   "R1 coûte 2,19 $ contre 60 $ pour o1" → 2,19 $: subject R1, role price;
//   claim cost R1 (2.19) vs o1 (60), ratio 0.0365.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "analyze/document.h"
#include "analyze/tokenizer.h"

namespace analyze {

// The claim stage's working memory (its per-sentence arrays and folded
// words), kept from one call to the next so that an article allocates
// nothing; a Workspace holds one per thread. Not shared between threads.
class ClaimScratch {
 public:
  ClaimScratch();
  ~ClaimScratch();
  ClaimScratch(ClaimScratch&&) noexcept;
  ClaimScratch& operator=(ClaimScratch&&) noexcept;

 private:
  friend class ClaimExtractor;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

class ClaimExtractor {
 public:
  ClaimExtractor();
  ~ClaimExtractor();
  ClaimExtractor(ClaimExtractor&&) noexcept;

  // Sets subject and role of `figures` (found in `tokens`, the tokens of
  // `text`; subjects index `entities`) and appends the comparisons to `claims`.
  void extract(std::string_view text, const TokenizedText& tokens, const std::vector<Entity>& entities,
               std::vector<Figure>& figures, std::vector<Claim>& claims, ClaimScratch& scratch) const;
  // The same with a scratch of its own.
  void extract(std::string_view text, const TokenizedText& tokens, const std::vector<Entity>& entities,
               std::vector<Figure>& figures, std::vector<Claim>& claims) const;

 private:
  struct Impl;
  std::unique_ptr<const Impl> impl_;
};

}  // namespace analyze

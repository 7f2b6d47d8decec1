// One FigureExtractor serves many threads at once (extract() is const).
#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

#include "analyze/figures.h"
#include "analyze/tokenizer.h"

TEST_CASE("one extractor, several threads", "[figures][threads]") {
  const analyze::FigureExtractor extractor;
  const std::string text =
      "La start-up a levé 105 millions d’euros, soit environ 7-8 % de son marché. Elle emploie 2 000 salariés "
      "et vise des milliards de dollars de revenus ; l’API coûte 2 $ par million de jetons.\n";
  constexpr int kThreads = 4, kRounds = 50;
  std::vector<std::size_t> counts(kThreads, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      analyze::Tokenizer tokenizer;
      for (int r = 0; r < kRounds; ++r) {
        std::vector<analyze::Figure> out;
        extractor.extract(text, tokenizer.tokenize(text), out);
        counts[static_cast<std::size_t>(t)] += out.size();
      }
    });
  }
  for (auto& th : threads) th.join();
  for (const std::size_t c : counts) CHECK(c == counts.front());
  CHECK(counts.front() == 5u * kRounds);
}

// The benchmark modes of analyze_bench. Each builds its own Pipeline and
// prints its results; main() runs each in a child process so that its peak
// resident set is its own.
#pragma once

#include <cstdint>
#include <string>

#include "article_generator.h"

namespace bench {

struct BenchOptions {
  double size_mb = 100;                   // throughput and scaling corpus, MB
  unsigned jobs = 2;                      // threads of the scaling mode
  int repeat = 1;                         // scaling: best of this many runs
  double huge_mb = 1024;                  // size of the one huge article, MB
  std::uint64_t batch_articles = 50000;   // articles of the batch mode
  std::uint64_t seed = 42;
  TextKind text = TextKind::news;         // what the articles are made of
  std::size_t group = 64;                 // articles per Pipeline::analyze_group() call, as the CLI (1: one at a time)
};

// Single core: the whole pipeline over `size_mb` of articles held in memory, per stage.
int run_throughput(const CorpusFixtures& fixtures, const BenchOptions& options);

// The same corpus on 1 thread, then on `jobs` threads (one Workspace each, one
// shared const Pipeline): MB/s and speed-up.
int run_scaling(const CorpusFixtures& fixtures, const BenchOptions& options);

// One article of `huge_mb`: time, and peak RSS against the input size.
int run_huge(const CorpusFixtures& fixtures, const BenchOptions& options);

// `batch_articles` small articles generated and analyzed one by one: how the
// resident set grows with the articles processed.
int run_batch(const CorpusFixtures& fixtures, const BenchOptions& options);

// Writes `size_mb` of articles as files of `dir` (for timing the CLI itself).
int write_corpus(const CorpusFixtures& fixtures, const BenchOptions& options, const std::string& dir);

}  // namespace bench

// Synthetic French news articles for the benchmarks, built from the fixture
// paragraphs of bench/corpus/ (*.txt: paragraphs separated by blank lines;
// titres.txt: one headline a line). Deterministic for a given seed.
//
//   ArticleGenerator gen(load_corpus(dir), 42);
//   std::string article;
//   gen.next(article);   // "Titre\n\nParagraphe…\n\nParagraphe…\n"
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace bench {

struct CorpusFixtures {
  std::vector<std::string> titles;
  std::vector<std::string> paragraphs;
};

// Reads the fixture files of `dir`; returns false and sets *error when none are usable.
bool load_corpus(const std::string& dir, CorpusFixtures* out, std::string* error);

class ArticleGenerator {
 public:
  ArticleGenerator(const CorpusFixtures& fixtures, std::uint64_t seed);

  // Replaces `out` with a new article: a headline and 3 to 7 distinct
  // paragraphs, their digits shifted so that figures vary between articles.
  void next(std::string& out);

  // Appends articles to `out` until it holds about `bytes` bytes (cut at the
  // last line end before `bytes`).
  void fill(std::string& out, std::size_t bytes);

 private:
  void append_shifted(std::string& out, std::string_view text, int shift);
  const CorpusFixtures& fixtures_;
  std::mt19937_64 random_;
  std::vector<std::size_t> order_;
};

// `megabytes` MB (10^6 bytes) of articles, in memory.
std::vector<std::string> generate_articles(const CorpusFixtures& fixtures, double megabytes, std::uint64_t seed);

}  // namespace bench

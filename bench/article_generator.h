// Synthetic French news articles for the benchmarks, built from the fixture
// paragraphs of bench/corpus/ (*.txt: paragraphs separated by blank lines;
// titres.txt: one headline a line; contexte.txt: paragraphs with few or no
// figures, the others are dense with figures). Deterministic for a given seed.
//
//   CorpusFixtures fixtures;
//   load_corpus(dir, TextKind::news, &fixtures, &error);
//   ArticleGenerator gen(fixtures, 42, TextKind::news);
//   std::string article;
//   gen.next(article);   // "Titre\n\nParagraphe…\n\nParagraphe…\n"
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace bench {

// What the articles are made of. Real news mixes a lede with figures and
// paragraphs of context (background, quotes, regulation) with few figures:
// the seed articles hold about 0.8 figures per KB, `figures` text about 7.
enum class TextKind {
  news,     // headline, a lede with figures, then context and figure paragraphs mixed: about 2 figures per KB
  figures,  // headline and figure paragraphs only: the corpus of the first benchmarks, kept so that numbers compare
};

// "news" or "figures".
std::string_view text_kind_name(TextKind kind);

struct CorpusFixtures {
  std::vector<std::string> titles;
  std::vector<std::string> paragraphs;  // dense with figures: fund-raises, results, prices, fines, acquisitions
  std::vector<std::string> context;     // contexte.txt: few or no figures
};

// Reads the fixture files of `dir`; returns false and sets *error when they
// cannot make articles of `kind`.
bool load_corpus(const std::string& dir, TextKind kind, CorpusFixtures* out, std::string* error);

class ArticleGenerator {
 public:
  ArticleGenerator(const CorpusFixtures& fixtures, std::uint64_t seed, TextKind kind);

  // Replaces `out` with a new article, its digits shifted so that figures
  // vary between articles. `figures`: a headline and 3 to 7 distinct figure
  // paragraphs. `news`: a headline, a figure paragraph as lede, then
  // 0 to 2 more figure paragraphs and 4 to 8 context paragraphs, shuffled.
  void next(std::string& out);

  // Appends articles to `out` until it holds about `bytes` bytes (cut at the
  // last line end before `bytes`).
  void fill(std::string& out, std::size_t bytes);

 private:
  void append_shifted(std::string& out, std::string_view text, int shift);
  void append_figure_paragraphs(std::string& out, int shift);
  void append_news_body(std::string& out, int shift);
  const CorpusFixtures& fixtures_;
  TextKind kind_;
  std::mt19937_64 random_;
  std::vector<std::size_t> order_;          // figure paragraphs, shuffled for each article
  std::vector<std::size_t> context_order_;  // context paragraphs, likewise
  std::vector<const std::string*> body_;    // news: the paragraphs after the lede
};

// `megabytes` MB (10^6 bytes) of articles of `kind`, in memory.
std::vector<std::string> generate_articles(const CorpusFixtures& fixtures, double megabytes, std::uint64_t seed,
                                           TextKind kind);

}  // namespace bench

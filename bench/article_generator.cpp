// Synthetic articles: see article_generator.h.
#include "article_generator.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <numeric>

namespace bench {
namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

// Non-empty blocks of `text` separated by blank lines, or its non-empty lines.
std::vector<std::string> split_blocks(const std::string& text, bool by_line) {
  std::vector<std::string> blocks;
  const std::string separator = by_line ? "\n" : "\n\n";
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find(separator, pos);
    if (end == std::string::npos) end = text.size();
    std::string block = text.substr(pos, end - pos);
    while (!block.empty() && (block.back() == '\n' || block.back() == ' ')) block.pop_back();
    if (!block.empty()) blocks.push_back(std::move(block));
    pos = end + separator.size();
  }
  return blocks;
}

}  // namespace

std::string_view text_kind_name(TextKind kind) { return kind == TextKind::news ? "news" : "figures"; }

namespace {

std::vector<std::string>& target_of(const std::filesystem::path& path, CorpusFixtures* out) {
  if (path.stem() == "titres") return out->titles;
  if (path.stem() == "contexte") return out->context;
  return out->paragraphs;
}

}  // namespace

bool load_corpus(const std::string& dir, TextKind kind, CorpusFixtures* out, std::string* error) {
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    auto blocks = split_blocks(read_file(path), path.stem() == "titres");
    auto& target = target_of(path, out);
    std::move(blocks.begin(), blocks.end(), std::back_inserter(target));
  }
  if (out->paragraphs.size() < 7 || out->titles.empty()) {
    *error = "no usable corpus in " + dir + " (need titres.txt and at least 7 figure paragraphs in *.txt)";
    return false;
  }
  if (kind == TextKind::news && out->context.size() < 5) {
    *error = "no usable corpus in " + dir + " for --text news (need at least 5 paragraphs in contexte.txt)";
    return false;
  }
  return true;
}

ArticleGenerator::ArticleGenerator(const CorpusFixtures& fixtures, std::uint64_t seed, TextKind kind)
    : fixtures_(fixtures),
      kind_(kind),
      random_(seed),
      order_(fixtures.paragraphs.size()),
      context_order_(fixtures.context.size()) {
  std::iota(order_.begin(), order_.end(), std::size_t{0});
  std::iota(context_order_.begin(), context_order_.end(), std::size_t{0});
}

void ArticleGenerator::append_shifted(std::string& out, std::string_view text, int shift) {
  const std::size_t start = out.size();
  out.append(text);
  for (std::size_t i = start; i < out.size(); ++i)
    if (out[i] >= '0' && out[i] <= '9') out[i] = static_cast<char>('0' + (out[i] - '0' + shift) % 10);
}

// The body of `figures` text. Its draws from random_ are those of the first
// benchmarks, so that a seed still gives the same articles.
void ArticleGenerator::append_figure_paragraphs(std::string& out, int shift) {
  const std::size_t paragraphs = 3 + random_() % 5;
  std::shuffle(order_.begin(), order_.end(), random_);
  for (std::size_t i = 0; i < paragraphs && i < order_.size(); ++i) {
    append_shifted(out, fixtures_.paragraphs[order_[i]], shift);
    out += "\n\n";
  }
}

// The body of `news` text: a lede with figures, as news opens with what
// happened, then context and more figures in any order. The counts put the
// text near 2 figures per KB (about 3.5 KB an article): a figure paragraph
// holds about 3 figures, a context paragraph almost none, the headline one.
void ArticleGenerator::append_news_body(std::string& out, int shift) {
  std::shuffle(order_.begin(), order_.end(), random_);
  std::shuffle(context_order_.begin(), context_order_.end(), random_);
  const std::size_t more_figures = std::min<std::size_t>(random_() % 3, order_.size() - 1);
  const std::size_t context = std::min<std::size_t>(4 + random_() % 5, context_order_.size());
  body_.clear();
  for (std::size_t i = 1; i <= more_figures; ++i) body_.push_back(&fixtures_.paragraphs[order_[i]]);
  for (std::size_t i = 0; i < context; ++i) body_.push_back(&fixtures_.context[context_order_[i]]);
  std::shuffle(body_.begin(), body_.end(), random_);
  append_shifted(out, fixtures_.paragraphs[order_[0]], shift);
  out += "\n\n";
  for (const std::string* paragraph : body_) {
    append_shifted(out, *paragraph, shift);
    out += "\n\n";
  }
}

void ArticleGenerator::next(std::string& out) {
  out.clear();
  const int shift = static_cast<int>(random_() % 10);
  append_shifted(out, fixtures_.titles[random_() % fixtures_.titles.size()], shift);
  out += "\n\n";
  if (kind_ == TextKind::news)
    append_news_body(out, shift);
  else
    append_figure_paragraphs(out, shift);
  out.pop_back();
}

void ArticleGenerator::fill(std::string& out, std::size_t bytes) {
  out.reserve(bytes + (std::size_t{1} << 16));  // room for the last article: no reallocation, no second copy
  std::string article;
  while (out.size() < bytes) {
    next(article);
    out += article;
    out += '\n';
  }
  // Every article holds line ends, so the cut is always at one.
  if (const std::size_t nl = out.rfind('\n', bytes); nl != std::string::npos) out.resize(nl + 1);
}

std::vector<std::string> generate_articles(const CorpusFixtures& fixtures, double megabytes, std::uint64_t seed,
                                           TextKind kind) {
  ArticleGenerator generator(fixtures, seed, kind);
  const auto target = static_cast<std::size_t>(megabytes * 1e6);
  std::vector<std::string> articles;
  std::size_t total = 0;
  while (total < target) {
    std::string article;
    generator.next(article);
    total += article.size();
    articles.push_back(std::move(article));
  }
  return articles;
}

}  // namespace bench

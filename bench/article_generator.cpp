// Synthetic articles: see article_generator.h.
#include "article_generator.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

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

bool load_corpus(const std::string& dir, CorpusFixtures* out, std::string* error) {
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    const bool titles = path.stem() == "titres";
    auto blocks = split_blocks(read_file(path), titles);
    auto& target = titles ? out->titles : out->paragraphs;
    std::move(blocks.begin(), blocks.end(), std::back_inserter(target));
  }
  if (out->paragraphs.size() < 7 || out->titles.empty()) {
    *error = "no usable corpus in " + dir + " (need titres.txt and at least 7 paragraphs in *.txt)";
    return false;
  }
  return true;
}

ArticleGenerator::ArticleGenerator(const CorpusFixtures& fixtures, std::uint64_t seed)
    : fixtures_(fixtures), random_(seed), order_(fixtures.paragraphs.size()) {
  for (std::size_t i = 0; i < order_.size(); ++i) order_[i] = i;
}

void ArticleGenerator::append_shifted(std::string& out, std::string_view text, int shift) {
  const std::size_t start = out.size();
  out.append(text);
  for (std::size_t i = start; i < out.size(); ++i)
    if (out[i] >= '0' && out[i] <= '9') out[i] = static_cast<char>('0' + (out[i] - '0' + shift) % 10);
}

void ArticleGenerator::next(std::string& out) {
  out.clear();
  const int shift = static_cast<int>(random_() % 10);
  append_shifted(out, fixtures_.titles[random_() % fixtures_.titles.size()], shift);
  out += "\n\n";
  const std::size_t paragraphs = 3 + random_() % 5;
  std::shuffle(order_.begin(), order_.end(), random_);
  for (std::size_t i = 0; i < paragraphs && i < order_.size(); ++i) {
    append_shifted(out, fixtures_.paragraphs[order_[i]], shift);
    out += "\n\n";
  }
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

std::vector<std::string> generate_articles(const CorpusFixtures& fixtures, double megabytes, std::uint64_t seed) {
  ArticleGenerator generator(fixtures, seed);
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

// Pipeline::analyze_group: the same Documents as analyze() one article at a
// time, whatever the mix of short, empty and long articles in the group.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "analyze/pipeline.h"
#include "analyze/report.h"

namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Every fixture article, an empty one, one of about 40 KB (analyzed in the
// group; its tokens are not kept for the next group) and one over
// kGroupArticleBytes (analyzed alone).
std::vector<std::string> mixed_articles() {
  std::vector<std::string> articles;
  for (const auto& entry : std::filesystem::directory_iterator(ANALYZE_FIXTURES))
    if (entry.path().extension() == ".txt") articles.push_back(read_file(entry.path()));
  std::sort(articles.begin(), articles.end());
  articles.insert(articles.begin() + 2, std::string());
  std::string longer;
  while (longer.size() <= analyze::Pipeline::kGroupArticleBytes) longer += articles.back() + "\n";
  articles.insert(articles.begin() + 4, longer);
  articles.push_back(longer.substr(0, longer.rfind('\n', 40 * 1024) + 1));
  return articles;
}

}  // namespace

TEST_CASE("A group of articles gives the Documents of each article alone", "[pipeline]") {
  std::string error;
  const auto pipeline = analyze::Pipeline::create({}, &error);
  REQUIRE(pipeline != nullptr);
  const std::vector<std::string> articles = mixed_articles();
  REQUIRE(articles.size() > 10);

  analyze::Workspace alone_ws, group_ws;
  std::vector<std::string> one_by_one;
  for (const std::string& a : articles) one_by_one.push_back(analyze::document_to_json(pipeline->analyze(a, alone_ws), false));

  // Twice through the same Workspace: its buffers are reused from group to group.
  for (int pass = 0; pass < 2; ++pass) {
    std::vector<std::string> copy = articles;
    const std::vector<analyze::Document> docs = pipeline->analyze_group(std::move(copy), group_ws);
    REQUIRE(docs.size() == articles.size());
    for (std::size_t i = 0; i < docs.size(); ++i) {
      INFO("article " << i << ", pass " << pass);
      CHECK(docs[i].text == articles[i]);
      CHECK(analyze::document_to_json(docs[i], false) == one_by_one[i]);
    }
  }
}

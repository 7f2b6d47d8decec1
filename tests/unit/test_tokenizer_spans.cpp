// Tokenizer: URLs, e-mail addresses and handles that ICU puts in one word
// segment (ICU 72 joins "@" to letters) each become their own token, in
// order, without overlapping. Found by fuzz/fuzz_tokenizer.cpp.
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "analyze/tokenizer.h"

using analyze::Token;
using analyze::TokenKind;

namespace {

std::vector<std::pair<std::string, TokenKind>> tokens_of(const std::string& text) {
  analyze::Tokenizer tokenizer;
  std::vector<std::pair<std::string, TokenKind>> out;
  std::uint64_t previous_end = 0;
  for (const Token& t : tokenizer.tokenize(text).tokens) {
    CHECK(t.start >= previous_end);
    previous_end = t.end;
    out.emplace_back(std::string(t.in(text)), t.kind);
  }
  return out;
}

}  // namespace

TEST_CASE("several atomic spans in one ICU segment", "[tokenizer]") {
  using V = std::vector<std::pair<std::string, TokenKind>>;
  CHECK(tokens_of("@sama@@openai") ==
        V{{"@sama", TokenKind::Handle}, {"@", TokenKind::Word}, {"@openai", TokenKind::Handle}});
  const auto url_after_handle = tokens_of("@lea.www.exemple.fr");
  REQUIRE(url_after_handle.size() == 3);
  CHECK(url_after_handle.front() == std::pair<std::string, TokenKind>{"@lea", TokenKind::Handle});
  CHECK(url_after_handle.back() == std::pair<std::string, TokenKind>{"www.exemple.fr", TokenKind::Url});
}

// Sentence boundaries (analyze/sentence_breaks.h): the fast path gives ICU's
// own boundaries, on examples and on random French-looking text.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "analyze/sentence_breaks.h"

using analyze::SentenceBreaker;

namespace {

std::vector<std::string> sentences(const std::string& text) {
  SentenceBreaker breaker;
  std::vector<std::uint64_t> ends;
  breaker.boundaries(text, 0, text.size(), ends);
  std::vector<std::string> out;
  std::uint64_t start = 0;
  for (const std::uint64_t end : ends) {
    out.push_back(text.substr(start, end - start));
    start = end;
  }
  return out;
}

}  // namespace

TEST_CASE("the fast path splits French sentences as ICU does", "[sentence_breaks]") {
  using V = std::vector<std::string>;
  CHECK(sentences("Il arrive. Elle part ! Et toi ?") == V{"Il arrive. ", "Elle part ! ", "Et toi ?"});
  CHECK(sentences("Il coûte 5.8 M$. etc. et la suite.") == V{"Il coûte 5.8 M$. etc. et la suite."});  // SB6, SB8
  CHECK(sentences("Les U.S.A. Ensuite «Oui.» Non") == V{"Les U.S.A. ", "Ensuite «Oui.» ", "Non"});   // SB7, SB9
  CHECK(sentences("Quoi ?! Vraiment... Oui, fin.\n\nSuite") == V{"Quoi ?! ", "Vraiment... ", "Oui, fin.\n", "\n", "Suite"});
  CHECK(sentences("Titre sans point\nCorps.") == V{"Titre sans point\n", "Corps."});
}

TEST_CASE("lines the fast sentence path does not cover go to ICU", "[sentence_breaks]") {
  std::vector<std::uint64_t> ends;
  for (const std::string line : {"e\u0301te\u0301. Oui", "co\u00ADop. Oui", "bad \xFF byte", "a\rb", "a\u2028b"})
    CHECK_FALSE(analyze::fast_sentence_boundaries(line, 0, line.size(), ends));
  CHECK(ends.empty());
  CHECK(sentences("Une e\u0301te\u0301 ici. Elle vole.\nFin.") == std::vector<std::string>{"Une e\u0301te\u0301 ici. ", "Elle vole.\n", "Fin."});
  // Emoji and other scripts are read by the fast path, with ICU's classes.
  const std::string other_scripts = "Fusée 🚀. Oui 東京。大阪";
  CHECK(analyze::fast_sentence_boundaries(other_scripts, 0, other_scripts.size(), ends));
  CHECK(ends == std::vector<std::uint64_t>{13, 26});  // after "🚀. " and "。"
}

TEST_CASE("the fast sentence path agrees with ICU on random French-looking text", "[sentence_breaks]") {
  const std::vector<std::string> alphabet = {
      "a", "e", "Z", "É", "é", "ß", "1", "0", " ", " ", " ", "\n", "\t", ".", ".", "!", "?", ",", ";", ":", "-", "'",
      "’", "\"", "«", "»", "(", ")", "[", "“", "”", "…", "—", "–", "·", "/", "$", "€", "%", "\u00A0", "\u202F", "\u2009",
      "\u2024", "\u203C", "\u2047", "\u00AD", "\u2028", "ª", "ǅ", "M. ", "etc. ", "U.S.", "🚀", "\u0301", "東",
      "\u3002", "\u300C", "\uFF0E", "\u0964", "Ω", "ω", "١", "𝐀", "🇫🇷"};
  std::mt19937 random(20261123);
  SentenceBreaker breaker;
  for (int i = 0; i < 30000; ++i) {
    std::string text;
    const int length = 1 + static_cast<int>(random() % 20);
    for (int k = 0; k < length; ++k) text += alphabet[random() % alphabet.size()];
    INFO(text);
    REQUIRE(breaker.compare_fast_path_with_icu(text, 0, text.size()).empty());
  }
}

// Word segments (analyze/word_breaks.h): the fast path gives ICU's own
// segments, on examples and on random French-looking text.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "analyze/word_breaks.h"

using analyze::WordBreaker;
using analyze::WordSegment;

namespace {

std::vector<std::string> pieces(const std::string& text, const std::vector<WordSegment>& segments) {
  std::vector<std::string> out;
  std::uint64_t start = 0;
  for (const WordSegment& s : segments) {
    out.push_back(text.substr(start, s.end - start));
    start = s.end;
  }
  return out;
}

std::vector<std::string> fast_pieces(const std::string& text) {
  std::vector<WordSegment> segments;
  REQUIRE(analyze::fast_word_segments(text, 0, text.size(), segments));
  return pieces(text, segments);
}

}  // namespace

TEST_CASE("the fast path segments French text as ICU does", "[word_breaks]") {
  using V = std::vector<std::string>;
  CHECK(fast_pieces("l’IA lève 2,5 M€") == V{"l’IA", " ", "lève", " ", "2,5", " ", "M", "€"});
  CHECK(fast_pieces("a@b a:b") == V{"a@b", " ", "a", ":", "b"});  // ICU 72: "@" is a letter, ":" is not
  CHECK(fast_pieces("5.576 et 5,8 et 5;8") == V{"5.576", " ", "et", " ", "5,8", " ", "et", " ", "5;8"});
  CHECK(fast_pieces("2\u202F000 12\u00A0%") == V{"2\u202F000", " ", "12", "\u00A0", "%"});
  CHECK(fast_pieces("fin.\r\nDébut  ") == V{"fin", ".", "\r\n", "Début", "  "});
  CHECK(fast_pieces("o1 10M$ __ _") == V{"o1", " ", "10M", "$", " ", "__", " ", "_"});
}

TEST_CASE("the fast path describes the segments the tokenizer takes whole", "[word_breaks]") {
  std::vector<WordSegment> s;
  const std::string text = "Nvidia IA \n 2025 l’o1";
  REQUIRE(analyze::fast_word_segments(text, 0, text.size(), s));
  REQUIRE(s.size() == 9);  // Nvidia, " ", IA, " ", "\n", " ", 2025, " ", l’o1
  CHECK(s[0].shape == (analyze::kShapeLetters | analyze::kShapeFirstUpper));
  CHECK(s[2].shape == (analyze::kShapeLetters | analyze::kShapeFirstUpper | analyze::kShapeAllUpper));
  CHECK(s[3].shape == analyze::kShapeBlank);
  CHECK(s[4].shape == (analyze::kShapeBlank | analyze::kShapeNewline));
  CHECK(s[6].shape == analyze::kShapeDigits);
  CHECK(s[8].shape == 0);  // an apostrophe and a digit: the tokenizer looks closer
  s.clear();
  const std::string signs = "«5 €»";
  REQUIRE(analyze::fast_word_segments(signs, 0, signs.size(), s));
  REQUIRE(s.size() == 5);  // «, 5, " ", €, »
  CHECK(s[0].shape == analyze::kShapeSingle);
  CHECK(s[3].shape == analyze::kShapeSingle);
  CHECK(s[4].shape == analyze::kShapeSingle);
}

TEST_CASE("lines the fast path does not cover go to ICU", "[word_breaks]") {
  std::vector<WordSegment> s;
  for (const std::string line : {"fusée 🚀", "e\u0301te\u0301", "東京", "co\u00ADopération", "bad \xFF byte"})
    CHECK_FALSE(analyze::fast_word_segments(line, 0, line.size(), s));
  WordBreaker breaker;
  const std::string text = "Une ligne simple.\nUne fusée 🚀 !\nFin";
  std::vector<WordSegment> mixed, icu;
  breaker.segment_lines(text, 0, text.size(), mixed);
  breaker.icu_segments(text, 0, text.size(), icu);
  CHECK(pieces(text, mixed) == pieces(text, icu));
}

TEST_CASE("the fast path agrees with ICU on random French-looking text", "[word_breaks]") {
  const std::vector<std::string> alphabet = {
      "a", "e", "Z", "é", "É", "œ", "ß", "1", "0", " ", " ", "\n", "\r", "\t", ".", ",", ";", ":", "'", "’", "‘", "-",
      "_", "@", "#", "$", "€", "%", "(", "«", "»", "\"", "“", "…", "—", "·", "/", "\u00A0", "\u202F", "\u2009", "\u2028",
      "l’", "2 000", "M.", "https://a.fr/x_y", "🚀", "\u0301"};
  std::mt19937 random(20250601);
  WordBreaker breaker;
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    const int length = 1 + static_cast<int>(random() % 16);
    for (int k = 0; k < length; ++k) text += alphabet[random() % alphabet.size()];
    INFO(text);
    REQUIRE(breaker.compare_fast_path_with_icu(text, 0, text.size()).empty());
  }
}

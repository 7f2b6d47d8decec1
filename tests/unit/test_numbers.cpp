// French number parser: digits and separators, word keys, spelled-out
// numbers, scale words and ranges, as table-driven cases.
#include <catch2/catch.hpp>

#include <cmath>
#include <string>

#include "analyze/numbers.h"

using analyze::FrenchNumbers;
using analyze::NumberError;
using analyze::parse_french_number;

namespace {

struct DigitsCase {
  std::string text;
  bool scale_follows;
  double value;
};

struct ErrorCase {
  std::string text;
  NumberError error;
};

struct AmountCase {
  std::string text;
  double value;                 // the value, or the low end of a range
  std::optional<double> high;   // the high end of a range
  bool collective = false;
};

const FrenchNumbers& numbers() {
  static const FrenchNumbers n;
  return n;
}

}  // namespace

TEST_CASE("digits with French separators", "[numbers]") {
  const std::vector<DigitsCase> cases = {
      {"2", false, 2},
      {"2 000", false, 2000},
      {"2\xC2\xA0" "000", false, 2000},          // U+00A0
      {"2\xE2\x80\xAF" "000", false, 2000},      // U+202F
      {"1 234 567", false, 1234567},
      {"5,8", false, 5.8},
      {"0,14", false, 0.14},
      {"1 234,56", false, 1234.56},
      {"294.000", false, 294000},               // a dot before three digits groups thousands
      {"5.576", true, 5.576},                    // ... unless a scale word follows
      {"3.5", false, 3.5},
      {"0.500", false, 0.5},                     // "0." is always a decimal point
      {"1.234.567", false, 1234567},
      {"1.234,5", false, 1234.5},
      {"1,234.5", false, 1234.5},
      {"1,000,000", false, 1000000},
      {"007", false, 7},
      {"0", false, 0},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const auto r = parse_french_number(c.text, c.scale_follows);
    REQUIRE(r.ok());
    CHECK(r.value == Approx(c.value));
  }
}

TEST_CASE("malformed and oversized digits are errors, never inf", "[numbers]") {
  const std::vector<ErrorCase> cases = {
      {"", NumberError::Empty},
      {"1.2.3", NumberError::Malformed},     // a version, not a number
      {"1,5 000", NumberError::Malformed},
      {"12 34", NumberError::Malformed},
      {"5,", NumberError::Malformed},
      {",5", NumberError::Malformed},
      {"1,2,3", NumberError::Malformed},
      {"2O23", NumberError::Malformed},
      {std::string(10000, '9'), NumberError::TooLarge},
      {"1" + std::string(400, '0'), NumberError::TooLarge},
  };
  for (const auto& c : cases) {
    INFO(c.text.substr(0, 40));
    const auto r = parse_french_number(c.text);
    CHECK(r.error == c.error);
    CHECK(std::isfinite(r.value));
  }
}

TEST_CASE("a 50 MB run of digits is rejected in linear time", "[numbers]") {
  const std::string digits(50u << 20, '7');
  const auto r = parse_french_number(digits);
  CHECK(r.error == NumberError::TooLarge);
}

TEST_CASE("word keys fold case, accents and elision", "[numbers]") {
  CHECK(analyze::make_word_key("Milliards").view() == "milliards");
  CHECK(analyze::make_word_key("Téléchargé").view() == "telecharge");
  CHECK(analyze::make_word_key("d\xE2\x80\x99").view() == "de");
  CHECK(analyze::make_word_key("l'").view() == "le");
  CHECK(analyze::make_word_key("jusqu\xE2\x80\x99").view() == "jusque");
  CHECK(analyze::make_word_key("cœurs").view() == "coeurs");
  CHECK(analyze::make_word_key("€").view() == "€");
  CHECK(analyze::make_word_key(std::string(200, 'a')).view().empty());
  CHECK(analyze::make_word_key(std::string(25, 'a')).view().empty());  // one byte over the capacity
  CHECK(analyze::make_word_key("PRÉSIDENTE").view() == "presidente");
}

TEST_CASE("word keys lower-case every ASCII byte the same at every length", "[numbers]") {
  // The fast path folds 8 or 4 bytes at a time: each length from 1 to the
  // capacity, each printable byte at each position.
  for (std::size_t n = 1; n <= analyze::WordKey::kCapacity; ++n) {
    for (int c = 0x20; c < 0x7F; ++c) {
      std::string word(n, 'Q');
      word[(static_cast<std::size_t>(c) * 7) % n] = static_cast<char>(c);
      std::string want = word;
      for (char& ch : want) ch = ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch + 32) : ch;
      if (want.size() >= 2 && want.back() == '\'') want.back() = 'e';  // elision
      CHECK(analyze::make_word_key(word).view() == want);
    }
  }
}

TEST_CASE("amounts with scale words, spelled numbers and ranges", "[numbers]") {
  const std::vector<AmountCase> cases = {
      {"6 millions", 6e6, {}},
      {"1,5 Md", 1.5e9, {}},
      {"10 M", 1e7, {}},
      {"50 k", 5e4, {}},
      {"2,3 Mds", 2.3e9, {}},
      {"5.576 millions", 5.576e6, {}},
      {"3 billions", 3e12, {}},                // French billion: 10^12
      {"1 000 milliards", 1e12, {}},
      {"mille milliards", 1e12, {}},
      {"deux millions", 2e6, {}},
      {"un milliard", 1e9, {}},
      {"trois cents", 300, {}},
      {"deux cent mille", 200000, {}},
      {"vingt-deux", 22, {}},
      {"vingt et un", 21, {}},
      {"soixante-dix", 70, {}},
      {"quatre-vingt-dix-neuf", 99, {}},
      {"quatre-vingts", 80, {}},
      {"mille deux cents", 1200, {}},
      {"dix-sept mille", 17000, {}},
      {"septante-cinq", 75, {}},
      {"une centaine", 100, {}, true},
      {"une dizaine de millions", 1e7, {}, true},
      {"un millier", 1000, {}, true},
      {"7-8 milliards", 7e9, 8e9},
      {"5 à 6 M", 5e6, 6e6},
      {"entre 5 et 6 millions", 5e6, 6e6},
      {"de 10 à 15", 10, 15},
      {"2 ou 3 milliards", 2e9, 3e9},
      {"entre 500 millions et 1 milliard", 5e8, 1e9},
      {"1,5–2 milliards", 1.5e9, 2e9},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const auto a = numbers().parse(c.text);
    REQUIRE(a.ok());
    CHECK(a.value == Approx(c.value));
    CHECK(a.high.has_value() == c.high.has_value());
    if (c.high && a.high) CHECK(*a.high == Approx(*c.high));
    CHECK(a.collective == c.collective);
  }
}

TEST_CASE("texts that are no single amount", "[numbers]") {
  for (const std::string text : {"", "milliards", "deux trois", "cent cent", "GPT", "8-7 milliards", "1.2.3"}) {
    INFO(text);
    CHECK_FALSE(numbers().parse(text).ok());
  }
}

TEST_CASE("scale words and abbreviations", "[numbers]") {
  const analyze::LexemeBuffer buffer("M m Md milliards millier mille k");
  const auto lex = buffer.lexemes();
  REQUIRE(lex.size() == 7);
  CHECK(numbers().scale(lex[0])->factor == 1e6);
  CHECK_FALSE(numbers().scale(lex[1]).has_value());  // "m" is a metre
  CHECK(numbers().scale(lex[2])->factor == 1e9);
  CHECK(numbers().scale(lex[3])->factor == 1e9);
  CHECK(numbers().scale(lex[4])->kind == analyze::ScaleKind::Collective);
  CHECK(numbers().scale(lex[5])->factor == 1e3);
  CHECK(numbers().scale(lex[6])->kind == analyze::ScaleKind::Abbrev);
  CHECK(numbers().cardinal("vingt") == 20);
  CHECK_FALSE(numbers().cardinal("vingtaine").has_value());
}

TEST_CASE("lexemes split like the tokenizer", "[numbers]") {
  const analyze::LexemeBuffer buffer("10M$ d\xE2\x80\x99" "euros 2 000,5 au-delà");
  std::vector<std::string> texts;
  for (const auto& l : buffer.lexemes()) texts.emplace_back(l.text);
  CHECK(texts == std::vector<std::string>{"10", "M", "$", "d\xE2\x80\x99", "euros", "2 000,5", "au", "-", "delà"});
}

// Unit tests for decode_article and is_valid_utf8 (analyze/text_decoding.h).
#include <catch2/catch.hpp>

#include <string>

#include "analyze/text_decoding.h"

using analyze::decode_article;
using analyze::DecodedText;
using analyze::is_valid_utf8;

namespace {

DecodedText decoded(const std::string& bytes) {
  DecodedText out;
  std::string error;
  REQUIRE(decode_article(bytes, &out, &error));
  CHECK(error.empty());
  CHECK(is_valid_utf8(out.text));
  return out;
}

std::string refusal(const std::string& bytes) {
  DecodedText out;
  std::string error;
  CHECK_FALSE(decode_article(bytes, &out, &error));
  return error;
}

bool has_warning(const DecodedText& d, const std::string& words) {
  for (const std::string& w : d.warnings)
    if (w.find(words) != std::string::npos) return true;
  return false;
}

const std::string kPhrase = "L\u2019\u0153uvre co\u00fbte 5\u00a0M\u20ac, soit 12\u202f% de plus.";

}  // namespace

TEST_CASE("valid UTF-8 is kept as it is, without warnings", "[decoding]") {
  const DecodedText d = decoded(kPhrase + "\n");
  CHECK(d.text == kPhrase + "\n");
  CHECK(d.encoding == "UTF-8");
  CHECK(d.warnings.empty());
}

TEST_CASE("a UTF-8 byte-order mark is removed", "[decoding]") {
  const DecodedText d = decoded("\xEF\xBB\xBF" + kPhrase);
  CHECK(d.text == kPhrase);
  CHECK(d.encoding == "UTF-8");
  CHECK(d.warnings.empty());
}

TEST_CASE("CRLF and lone CR become LF", "[decoding]") {
  CHECK(decoded("Ligne un.\r\nLigne deux.\r\n").text == "Ligne un.\nLigne deux.\n");
  CHECK(decoded("Ligne un.\rLigne deux.\r").text == "Ligne un.\nLigne deux.\n");
  CHECK(decoded("A\r\r\nB").text == "A\n\nB");
  CHECK(decoded("Ligne un.\r\n").warnings.empty());
}

TEST_CASE("Windows-1252 is decoded with a warning: accents, € ’ œ « »", "[decoding]") {
  // "L’œuvre coûte 5 €, « déjà » – été" in Windows-1252.
  const DecodedText d = decoded("L\x92\x9Cuvre co\xFBte 5 \x80, \xAB d\xE9j\xE0 \xBB \x96 \xE9t\xE9");
  CHECK(d.text == "L\u2019\u0153uvre co\u00fbte 5 \u20ac, \u00ab d\u00e9j\u00e0 \u00bb \u2013 \u00e9t\u00e9");
  CHECK(d.encoding == "Windows-1252");
  CHECK(has_warning(d, "decoded as Windows-1252"));
  CHECK(has_warning(d, "offset 1"));
}

TEST_CASE("Windows-1252 with CRLF line ends", "[decoding]") {
  const DecodedText d = decoded("Caf\xE9\r\nTh\xE9\r\n");
  CHECK(d.text == "Caf\u00e9\nTh\u00e9\n");
  CHECK(d.encoding == "Windows-1252");
}

TEST_CASE("bytes Windows-1252 leaves undefined never crash", "[decoding]") {
  const DecodedText d = decoded("Octets \x81\x8D\x8F\x90\x9D ind\xE9" "finis");
  CHECK(d.encoding == "Windows-1252");
  CHECK(d.text.find("ind\u00e9finis") != std::string::npos);
}

TEST_CASE("UTF-16 with a byte-order mark", "[decoding]") {
  // "Coût 5 €" with a surrogate pair (U+1F4B6, a banknote) at the end.
  const std::string le("\xFF\xFE" "C\0o\0\xFB\0t\0 \0" "5\0 \0\xAC\x20\x3D\xD8\xB6\xDC\r\0\n\0", 24);
  const DecodedText d = decoded(le);
  CHECK(d.text == "Co\u00fbt 5 \u20ac\U0001F4B6\n");
  CHECK(d.encoding == "UTF-16LE");
  const std::string be("\xFE\xFF\0C\0o\0\xFB\0t\0 \0" "5\0 \x20\xAC\xD8\x3D\xDC\xB6\0\r\0\n", 24);
  const DecodedText d2 = decoded(be);
  CHECK(d2.text == d.text);
  CHECK(d2.encoding == "UTF-16BE");
}

TEST_CASE("UTF-16 with a lone surrogate does not fail", "[decoding]") {
  const std::string le("\xFF\xFE" "a\0\x00\xD8" "b\0", 8);  // U+D800 alone between a and b
  const DecodedText d = decoded(le);
  CHECK(d.text.front() == 'a');
  CHECK(d.text.back() == 'b');
}

TEST_CASE("decomposed accents are normalized to NFC", "[decoding]") {
  const DecodedText d = decoded("e\xCC\x81t\xC3\xA9 a\xCC\x80 Orl\xC3\xA9" "ans, c\xCC\xA7" "a");  // é (e + U+0301), à, ç
  CHECK(d.text == "\u00e9t\u00e9 \u00e0 Orl\u00e9ans, \u00e7a");
  CHECK(d.warnings.empty());
}

TEST_CASE("overlong forms and encoded surrogates are not UTF-8", "[decoding]") {
  for (const std::string bad : {"\xC0\xAF", "\xC1\xBF", "\xE0\x80\xAF", "\xE0\x9F\xBF", "\xF0\x80\x80\xAF", "\xF0\x8F\xBF\xBF",
                                "\xED\xA0\x80", "\xED\xBF\xBF", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xFF", "\x80",
                                "\xC3", "\xE2\x82"}) {
    INFO("bytes: " << bad.size());
    std::size_t offset = 99;
    CHECK_FALSE(is_valid_utf8("ok " + bad + " ok", &offset));
    CHECK(offset == 3);
  }
  for (const std::string good : {"\xC2\x80", "\xDF\xBF", "\xE0\xA0\x80", "\xED\x9F\xBF", "\xEE\x80\x80", "\xEF\xBF\xBF",
                                 "\xF0\x90\x80\x80", "\xF4\x8F\xBF\xBF"})
    CHECK(is_valid_utf8("ok " + good + " ok"));
}

TEST_CASE("text with overlong or surrogate bytes is decoded, never refused", "[decoding]") {
  // Mostly ASCII: no well-formed multi-byte sequence, so Windows-1252.
  const DecodedText d = decoded("Texte \xED\xA0\x80 et \xC0\xAF ici.");
  CHECK(d.encoding == "Windows-1252");
  CHECK(has_warning(d, "Windows-1252"));
}

TEST_CASE("UTF-8 with a few damaged bytes keeps its accents", "[decoding]") {
  // Many well-formed "é", one lone surrogate and one stray byte.
  const DecodedText d = decoded("\xC3\xA9t\xC3\xA9, caf\xC3\xA9, d\xC3\xA9j\xC3\xA0 \xED\xA0\x80 fin \xFF.");
  CHECK(d.encoding == "UTF-8");
  CHECK(d.text == "\u00e9t\u00e9, caf\u00e9, d\u00e9j\u00e0 \uFFFD\uFFFD\uFFFD fin \uFFFD.");
  CHECK(has_warning(d, "4 bytes of invalid UTF-8"));
}

TEST_CASE("binary data is refused", "[decoding]") {
  std::string all_bytes;
  for (int i = 0; i < 256 * 8; ++i) all_bytes.push_back(static_cast<char>(i));
  CHECK(refusal(all_bytes).find("binary data") != std::string::npos);
  CHECK(refusal(std::string(1000, '\0')).find("binary data") != std::string::npos);
  CHECK(refusal("\x1F\x8B\x08\x00\x00\x00\x00\x00\x00\x03").find("binary data") != std::string::npos);  // gzip header
}

TEST_CASE("a few NUL and control bytes in text become spaces, with a warning", "[decoding]") {
  std::string text(400, 'a');
  text[10] = '\0';
  text[200] = '\x07';
  const DecodedText d = decoded(text);
  CHECK(d.text.size() == 400);
  CHECK(d.text[10] == ' ');
  CHECK(d.text[200] == ' ');
  CHECK(has_warning(d, "2 control bytes"));
}

TEST_CASE("empty input is refused; white space only is a warning", "[decoding]") {
  CHECK(refusal("").find("empty") != std::string::npos);
  const DecodedText d = decoded(" \n\t\r\n  ");
  CHECK(d.text == " \n\t\n  ");
  CHECK(has_warning(d, "only white space"));
  CHECK(has_warning(decoded("\xEF\xBB\xBF"), "only white space"));
}

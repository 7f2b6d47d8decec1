// French digits, word keys and lexemes: see numbers.h. The number words
// (spelled numbers, scale words, ranges) are in numbers_words.cpp.
#include "analyze/numbers.h"

#include <unicode/uchar.h>

#include <charconv>
#include <cmath>

#include "analyze/tokenizer.h"
#include "analyze/utf8.h"

namespace analyze {
namespace {

constexpr std::size_t kMaxSignificantDigits = 40;  // beyond this, a double is no longer the number written

// ASCII base letter of U+00C0..U+00FF in lower case, or 0 to keep the code point.
constexpr char kLatin1Base[64] = {
    'a', 'a', 'a', 'a', 'a', 'a', 0, 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',  //
    'd', 'n', 'o', 'o', 'o', 'o', 'o', 0, 'o', 'u', 'u', 'u', 'u', 'y', 0, 0,      //
    'a', 'a', 'a', 'a', 'a', 'a', 0, 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',  //
    'd', 'n', 'o', 'o', 'o', 'o', 'o', 0, 'o', 'u', 'u', 'u', 'u', 'y', 0, 'y',
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Length of the thousands separator at s[i] (' ', U+00A0, U+202F, U+2009), or 0.
std::size_t group_space_at(std::string_view s, std::size_t i) {
  if (s[i] == ' ') return 1;
  if (s.compare(i, 2, "\xC2\xA0") == 0) return 2;
  if (s.compare(i, 3, "\xE2\x80\xAF") == 0 || s.compare(i, 3, "\xE2\x80\x89") == 0) return 3;
  return 0;
}

// The digit groups of a number and the separators between them.
struct Groups {
  static constexpr std::size_t kMax = 24;
  std::string_view digits[kMax];
  char separator[kMax] = {};  // separator[k] comes before digits[k]: ' ', ',' or '.'
  std::size_t count = 0;
  std::size_t commas = 0, dots = 0;
};

NumberError split_groups(std::string_view s, Groups& g) {
  std::size_t i = 0;
  char pending = 0;
  while (i < s.size()) {
    std::size_t start = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    if (i == start) return NumberError::Malformed;  // separator at the start or two in a row
    if (g.count == Groups::kMax) return NumberError::TooLarge;
    g.digits[g.count] = s.substr(start, i - start);
    g.separator[g.count++] = pending;
    if (i == s.size()) return NumberError::None;
    if (const std::size_t space = group_space_at(s, i)) {
      pending = ' ';
      i += space;
    } else if (s[i] == ',' || s[i] == '.') {
      pending = s[i++];
      (pending == ',' ? g.commas : g.dots) += 1;
    } else {
      return NumberError::Malformed;
    }
    if (i == s.size()) return NumberError::Malformed;  // trailing separator
  }
  return NumberError::None;
}

// Which separator is the decimal point: ',' or '.', or 0 when none is.
NumberError decimal_separator(const Groups& g, bool scale_follows, char& decimal) {
  decimal = 0;
  if (g.commas > 0 && g.dots > 0) {
    decimal = g.separator[g.count - 1];  // "1.234,5" or "1,234.5": the last one
    return (decimal == ',' ? g.commas : g.dots) == 1 ? NumberError::None : NumberError::Malformed;
  }
  if (g.commas == 1) decimal = ',';
  if (g.dots == 1) {
    // "294.000 dollars" groups thousands, "5.576 millions" and "3.5" are decimal.
    std::size_t k = 1;
    while (g.separator[k] != '.') ++k;
    const bool last = k + 1 == g.count;
    const bool thousands = !last || (g.digits[k].size() == 3 && !scale_follows && g.digits[k - 1] != "0");
    decimal = thousands ? 0 : '.';
  }
  return NumberError::None;
}

// The decimal part comes last: "1,5 000" is no number.
bool decimal_part_last(const Groups& g, char decimal) {
  return decimal == 0 || g.separator[g.count - 1] == decimal;
}

// Every group after a grouping separator has three digits ("1 000 000", "1.000.000").
bool valid_grouping(const Groups& g, char decimal) {
  for (std::size_t k = 1; k < g.count; ++k)
    if (g.separator[k] != decimal && g.digits[k].size() != 3) return false;
  return true;
}

}  // namespace

NumberResult parse_french_number(std::string_view s, bool scale_follows) {
  if (s.empty()) return {0, NumberError::Empty};
  Groups g;
  if (const NumberError e = split_groups(s, g); e != NumberError::None) return {0, e};
  char decimal = 0;
  if (const NumberError e = decimal_separator(g, scale_follows, decimal); e != NumberError::None) return {0, e};
  if (!valid_grouping(g, decimal) || !decimal_part_last(g, decimal)) return {0, NumberError::Malformed};
  char buffer[kMaxSignificantDigits + 24];
  std::size_t n = 0;
  bool leading = true;
  for (std::size_t k = 0; k < g.count; ++k) {
    if (g.separator[k] == decimal && decimal != 0) {
      if (n == 0) buffer[n++] = '0';
      buffer[n++] = '.';
      leading = false;
    }
    for (const char c : g.digits[k]) {
      if (leading && c == '0') continue;
      leading = false;
      if (n == kMaxSignificantDigits + 1) return {0, NumberError::TooLarge};
      buffer[n++] = c;
    }
  }
  if (n == 0) return {0, NumberError::None};  // "0", "000"
  double value = 0;
  const auto [end, ec] = std::from_chars(buffer, buffer + n, value);
  if (ec != std::errc() || end != buffer + n || !std::isfinite(value)) return {0, NumberError::Malformed};
  return {value, NumberError::None};
}

WordKey make_word_key(std::string_view word) {
  WordKey key;
  std::size_t n = 0;
  // Plain ASCII first (most words, every number): lower-cased as it is copied.
  if (word.size() <= WordKey::kCapacity) {
    for (; n < word.size(); ++n) {
      const auto b = static_cast<unsigned char>(word[n]);
      if (b >= 0x80) break;
      key.bytes[n] = static_cast<char>(static_cast<unsigned>(b - 'A') < 26u ? b + 32 : b);
    }
  }
  const auto put = [&](char c) {
    if (n == WordKey::kCapacity) return false;
    key.bytes[n++] = c;
    return true;
  };
  for (std::size_t i = n; i < word.size();) {
    const auto b = static_cast<unsigned char>(word[i]);
    bool fits = true;
    if (b < 0x80) {
      fits = put(static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b));
      ++i;
    } else {
      const std::size_t start = i;
      const char32_t c = next_code_point(word, i);
      if (c >= 0xC0 && c <= 0xFF && kLatin1Base[c - 0xC0] != 0) {
        fits = put(kLatin1Base[c - 0xC0]);
      } else if (c == U'’' || c == U'‘' || c == U'ʼ') {
        fits = put('\'');
      } else if (c == U'œ' || c == U'Œ' || c == U'æ' || c == U'Æ') {
        fits = put(c == U'œ' || c == U'Œ' ? 'o' : 'a') && put('e');
      } else if (c == 0x2010 || c == 0x2011) {
        fits = put('-');
      } else {
        for (std::size_t k = start; k < i && fits; ++k) fits = put(word[k]);
      }
    }
    if (!fits) return WordKey{};
  }
  // An elided article is read as its full form: "d'" → "de", "jusqu'" → "jusque".
  if (n >= 2 && key.bytes[n - 1] == '\'') key.bytes[n - 1] = 'e';
  key.size = static_cast<std::uint8_t>(n);
  return key;
}

namespace {

bool is_space_code_point(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x202F || c == 0x2009 || c == 0x2007; }

// End of the number starting at s[i]: digits, decimal separators followed by a
// digit, and thousands groups of three digits while no decimal separator was seen.
std::size_t number_end(std::string_view s, std::size_t i) {
  bool decimal_seen = false;
  while (i < s.size()) {
    if (is_digit(s[i])) {
      ++i;
    } else if ((s[i] == ',' || s[i] == '.') && i + 1 < s.size() && is_digit(s[i + 1])) {
      decimal_seen = true;
      i += 1;
    } else if (const std::size_t space = decimal_seen ? 0 : group_space_at(s, i)) {
      const std::size_t g = i + space;
      if (g + 3 <= s.size() && is_digit(s[g]) && is_digit(s[g + 1]) && is_digit(s[g + 2]) && (g + 3 == s.size() || !is_digit(s[g + 3])))
        i = g + 3;
      else
        break;
    } else {
      break;
    }
  }
  return i;
}

// End of the word starting at s[i]: letters and digits, and the apostrophe of
// an elided article ("d’").
std::size_t word_end(std::string_view s, std::size_t i) {
  const std::size_t start = i;
  while (i < s.size()) {
    std::size_t next = i;
    const char32_t c = next_code_point(s, next);
    if (c == '\'' || c == U'’') {
      const std::string lower = to_lower(s.substr(start, i - start));
      return is_elision_prefix(lower) ? next : i;
    }
    if (!u_isalnum(static_cast<UChar32>(c))) break;
    i = next;
  }
  return i;
}

}  // namespace

LexemeBuffer::LexemeBuffer(std::string_view text) {
  bool space = false;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t next = i;
    const char32_t c = next_code_point(text, next);
    if (is_space_code_point(c)) {
      space = true;
      i = next;
      continue;
    }
    std::size_t end = next;
    if (is_digit(text[i]))
      end = number_end(text, i);
    else if (u_isalpha(static_cast<UChar32>(c)))
      end = word_end(text, i);
    const std::string_view piece = text.substr(i, end - i);
    keys_.push_back(std::make_unique<WordKey>(make_word_key(piece)));
    lexemes_.push_back({piece, keys_.back()->view(), space, is_digit(piece.front())});
    space = false;
    i = end;
  }
}

}  // namespace analyze

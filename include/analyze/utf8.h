// Small UTF-8 helpers shared by the stages: code point iteration, case
// folding for look-ups, line splitting. Depends on nothing project-specific.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace analyze {

// Decodes the code point at s[i] and advances i; invalid bytes yield U+FFFD.
char32_t next_code_point(std::string_view s, std::size_t& i);

// The start of the code point holding byte `pos` (pos itself unless it is a
// continuation byte): where to cut "coûte" without splitting "û".
inline std::size_t code_point_start(std::string_view s, std::size_t pos) {
  while (pos > 0 && pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) --pos;
  return pos;
}

// The length of the well-formed UTF-8 sequence at p[i] of p[0, n): 1 for
// ASCII, 2 to 4, or 0 when none starts there (a continuation byte, an
// overlong form, a surrogate, beyond U+10FFFF, or cut short).
inline std::size_t utf8_sequence_length(const unsigned char* p, std::size_t n, std::size_t i) {
  const unsigned char c = p[i];
  if (c < 0x80) return 1;
  std::size_t len;
  unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) len = 2;
  else if (c >= 0xE0 && c <= 0xEF) len = 3, low = c == 0xE0 ? 0xA0 : 0x80, high = c == 0xED ? 0x9F : 0xBF;
  else if (c >= 0xF0 && c <= 0xF4) len = 4, low = c == 0xF0 ? 0x90 : 0x80, high = c == 0xF4 ? 0x8F : 0xBF;
  else return 0;
  if (i + len > n || p[i + 1] < low || p[i + 1] > high) return 0;
  for (std::size_t k = 2; k < len; ++k)
    if ((p[i + k] & 0xC0) != 0x80) return 0;
  return len;
}

// What decode_bmp_utf8 gives for bytes it does not read as a code point.
inline constexpr char32_t kNotBmp = 0xFFFFFFFF;

// Decodes the code point of 1 to 3 bytes at p (at most `available` bytes
// readable) and returns its length; invalid or overlong UTF-8 and 4-byte
// sequences give kNotBmp. The fast paths of word_breaks and sentence_breaks
// read only the Basic Multilingual Plane.
inline std::uint32_t decode_bmp_utf8(const unsigned char* p, std::uint64_t available, char32_t& c) {
  const unsigned b0 = p[0];
  c = kNotBmp;
  if (b0 < 0x80) {
    c = b0;
    return 1;
  }
  if ((b0 & 0xE0) == 0xC0 && available >= 2 && (p[1] & 0xC0) == 0x80) {
    const char32_t v = ((b0 & 0x1Fu) << 6) | (p[1] & 0x3Fu);
    if (v >= 0x80) c = v;
    return 2;
  }
  if ((b0 & 0xF0) == 0xE0 && available >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
    const char32_t v = ((b0 & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    if (v >= 0x800) c = v;
    return 3;
  }
  return 1;
}

// Reading 8 bytes as one word ("SWAR"): kOnes * b repeats byte b, and
// kHighBits picks the high bit of each byte, where the tests below mark a byte.
inline constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighBits = 0x8080808080808080ULL;

inline std::uint64_t load_8_bytes(const unsigned char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

// Index (0-7), in memory order, of the first byte whose high bit is set in `marks` (not 0).
inline std::size_t first_marked_byte(std::uint64_t marks) {
  if constexpr (std::endian::native == std::endian::little) return static_cast<std::size_t>(std::countr_zero(marks)) / 8;
  return static_cast<std::size_t>(std::countl_zero(marks)) / 8;
}

// Appends the UTF-8 form of `c`.
void append_utf8(std::string& out, char32_t c);

// Lower-cased copy for dictionary look-ups ("États" → "états"); ASCII fast path.
std::string to_lower(std::string_view s);

// Lower-cased, accents removed, typographic apostrophes and dashes made ASCII:
// the key used to compare names and words ("Élysée" → "elysee", "d’OpenAI" → "d'openai").
std::string fold_key(std::string_view s);
// Appends fold_key(s) to `out` (no allocation once `out` has room).
void append_folded(std::string& out, std::string_view s);

// The end of the line that starts at `start`: just after the next '\n' of
// text[start, end), or `end` when there is none.
std::size_t end_of_line(std::string_view text, std::size_t start, std::size_t end);

// Lines of `s` without their '\n' (and without a trailing '\r').
std::vector<std::string_view> split_lines(std::string_view s);

// Fields of a tab-separated line.
std::vector<std::string_view> split_tabs(std::string_view line);

// Trims ASCII and Unicode spaces at both ends.
std::string_view trim(std::string_view s);

// True when every code point of `s` is white space (including U+00A0, U+202F).
bool is_all_space(std::string_view s);

// True for ASCII letters, digits and '_', and for any byte of a multi-byte code point.
inline bool is_word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || u == '_';
}

bool contains_digit(std::string_view s);

struct LetterCase {
  bool first_upper = false;  // the first letter is upper case ("Nvidia", "IA")
  bool all_upper = false;    // two letters or more, all upper case ("IA", "CEGELEM")
};
LetterCase letter_case(std::string_view s);

// True when the first code point of `s` is an upper-case letter.
bool starts_upper(std::string_view s);

}  // namespace analyze

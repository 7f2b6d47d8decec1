// Small UTF-8 helpers shared by the stages: code point iteration, case
// folding for look-ups, line splitting. Depends on nothing project-specific.
#pragma once

#include <cstdint>
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

// Appends the UTF-8 form of `c`.
void append_utf8(std::string& out, char32_t c);

// Replaces `out` with the UTF-16 form of `s` (invalid bytes become U+FFFD,
// as next_code_point reads them): ICU's iterators run fastest on UTF-16.
void to_utf16(std::string_view s, std::u16string& out);

// Maps offsets in to_utf16(s) back to offsets in `s`, walking both forward:
// "é€" → UTF-16 offset 2 is UTF-8 offset 5.
class Utf16ToUtf8 {
 public:
  explicit Utf16ToUtf8(std::string_view s) : s_(s) {}
  // The UTF-8 offset of UTF-16 offset `u16`, which must not decrease from call to call.
  std::size_t operator()(std::size_t u16);

 private:
  std::string_view s_;
  std::size_t u8_ = 0, u16_ = 0;
};

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

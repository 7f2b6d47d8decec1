// UTF-8 helpers: see utf8.h.
#include "analyze/utf8.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace analyze {

char32_t next_code_point(std::string_view s, std::size_t& i) {
  UChar32 c;
  int32_t pos = 0;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data() + i);
  const auto len = static_cast<int32_t>(std::min<std::size_t>(s.size() - i, 4));
  U8_NEXT(p, pos, len, c);
  i += static_cast<std::size_t>(pos);
  return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

void append_utf8(std::string& out, char32_t c) {
  char buf[4];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, static_cast<UChar32>(c), error);
  if (!error) out.append(buf, static_cast<std::size_t>(n));
}

std::string to_lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      out.push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b));
      ++i;
    } else {
      append_utf8(out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(next_code_point(s, i)))));
    }
  }
  return out;
}

namespace {
// Base letter of the accented Latin letters French uses, or 0.
char32_t strip_accent(char32_t c) {
  switch (c) {
    case U'à': case U'â': case U'ä': case U'á': case U'ã': case U'å': return U'a';
    case U'ç': return U'c';
    case U'é': case U'è': case U'ê': case U'ë': return U'e';
    case U'î': case U'ï': case U'í': case U'ì': return U'i';
    case U'ô': case U'ö': case U'ó': case U'ò': case U'õ': return U'o';
    case U'ù': case U'û': case U'ü': case U'ú': return U'u';
    case U'ÿ': case U'ý': return U'y';
    case U'ñ': return U'n';
    case U'œ': return 0x153;  // kept as is: "œuvre" has no ASCII spelling people search with
    default: return 0;
  }
}
}  // namespace

std::string fold_key(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  append_folded(out, s);
  return out;
}

void append_folded(std::string& out, std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      // A run of ASCII bytes, lowered in one append rather than a push_back each.
      std::size_t end = i + 1;
      while (end < s.size() && static_cast<unsigned char>(s[end]) < 0x80) ++end;
      const std::size_t at = out.size();
      out.append(s.data() + i, end - i);
      for (char* p = out.data() + at; p != out.data() + out.size(); ++p)
        if (*p >= 'A' && *p <= 'Z') *p = static_cast<char>(*p + 32);
      i = end;
      continue;
    }
    char32_t c = static_cast<char32_t>(u_tolower(static_cast<UChar32>(next_code_point(s, i))));
    if (c == U'\u2019' || c == U'\u2018' || c == U'\u02BC') c = U'\'';
    else if (c == U'\u2010' || c == U'\u2011' || c == U'\u2013' || c == U'\u2014') c = U'-';
    else if (c == U'\u00A0' || c == U'\u202F' || c == U'\u2009') c = U' ';
    else if (const char32_t base = strip_accent(c)) c = base;
    append_utf8(out, c);
  }
}

std::size_t end_of_line(std::string_view text, std::size_t start, std::size_t end) {
  const void* nl = std::memchr(text.data() + start, '\n', end - start);
  return nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) + 1 : end;
}

std::vector<std::string_view> split_lines(std::string_view s) {
  std::vector<std::string_view> lines;
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t nl = s.find('\n', pos);
    if (nl == std::string_view::npos) nl = s.size();
    std::string_view line = s.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    pos = nl + 1;
  }
  return lines;
}

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t pos = 0;
  while (true) {
    const std::size_t tab = line.find('\t', pos);
    if (tab == std::string_view::npos) {
      fields.push_back(line.substr(pos));
      return fields;
    }
    fields.push_back(line.substr(pos, tab - pos));
    pos = tab + 1;
  }
}

bool is_all_space(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\v' && b != '\f') return false;
      ++i;
    } else if (!u_isUWhiteSpace(static_cast<UChar32>(next_code_point(s, i)))) {
      return false;
    }
  }
  return true;
}

std::string_view trim(std::string_view s) {
  std::size_t a = 0;
  while (a < s.size()) {
    std::size_t i = a;
    const char32_t c = next_code_point(s, i);
    if (!u_isUWhiteSpace(static_cast<UChar32>(c))) break;
    a = i;
  }
  std::size_t b = s.size();
  while (b > a) {
    std::size_t start = b - 1;
    while (start > a && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    std::size_t i = start;
    const char32_t c = next_code_point(s, i);
    if (!u_isUWhiteSpace(static_cast<UChar32>(c))) break;
    b = start;
  }
  return s.substr(a, b - a);
}

bool contains_digit(std::string_view s) {
  for (char c : s)
    if (c >= '0' && c <= '9') return true;
  return false;
}

namespace {

enum TwoByteLetterBits : std::uint8_t { kTwoByteAlpha = 1, kTwoByteUpper = 2 };

// u_isalpha and u_isupper of the code points below U+0800 (accented Latin,
// Greek, Cyrillic...), asked of ICU once per process, then only read.
const std::array<std::uint8_t, 0x800>& two_byte_letters() {
  static const std::array<std::uint8_t, 0x800> table = [] {
    std::array<std::uint8_t, 0x800> t{};
    for (UChar32 c = 0; c < 0x800; ++c)
      t[c] = static_cast<std::uint8_t>((u_isalpha(c) ? kTwoByteAlpha : 0) | (u_isupper(c) ? kTwoByteUpper : 0));
    return t;
  }();
  return table;
}

}  // namespace

LetterCase letter_case(std::string_view s) {
  std::size_t letters = 0, uppers = 0;
  bool first_upper = false, first_seen = false;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    bool up;
    if (b < 0x80) {  // ASCII fast path: the same answers as u_isalpha and u_isupper
      ++i;
      const bool lower = b >= 'a' && b <= 'z';
      up = b >= 'A' && b <= 'Z';
      if (!lower && !up) continue;
    } else if (b >= 0xC2 && b <= 0xDF && i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) {
      // "é", "É": the same answers as below, from a table
      const std::uint8_t bits = two_byte_letters()[((b & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu)];
      i += 2;
      if (!(bits & kTwoByteAlpha)) continue;
      up = (bits & kTwoByteUpper) != 0;
    } else {
      const auto c = static_cast<UChar32>(next_code_point(s, i));
      if (!u_isalpha(c)) continue;
      up = u_isupper(c);
    }
    if (!first_seen) first_upper = up, first_seen = true;
    ++letters;
    uppers += up;
  }
  return LetterCase{first_upper, letters >= 2 && uppers == letters};
}

bool starts_upper(std::string_view s) {
  if (s.empty()) return false;
  std::size_t i = 0;
  return u_isupper(static_cast<UChar32>(next_code_point(s, i)));
}

}  // namespace analyze

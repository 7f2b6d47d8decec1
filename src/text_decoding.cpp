// Decoding of article bytes: see text_decoding.h.
#include "analyze/text_decoding.h"

#include <fmt/format.h>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

#include "analyze/utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace analyze {
namespace {

// Control bytes other than tab, LF, VT, FF and CR: text files have none.
bool is_binary_control(unsigned char c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r') || c == 0x7F;
}

// The high bit set in each byte of the 8 bytes `w` (as read by memcpy) that is
// < 0x20 or 0x7F, and perhaps in a byte next to such a byte (borrows): exact
// for "is there one", and the first marked byte is never after the first real one.
std::uint64_t control_bytes(std::uint64_t w) {
  const std::uint64_t ascii = ~w & kHighBits;  // the bytes the two tests below may flag
  const std::uint64_t below_space = (w - kOnes * 0x20) & ascii;
  const std::uint64_t del = w ^ (kOnes * 0x7F);
  const std::uint64_t is_del = (del - kOnes) & ~del & kHighBits;
  return below_space | is_del;
}

// True when none of the 8 bytes of `w` is < 0x20 or 0x7F (bytes >= 0x80 pass).
bool no_control_byte(std::uint64_t w) { return control_bytes(w) == 0; }


// Offset of the first byte from `from` that is a control byte (CR, LF and
// tab included) or DEL, or s.size(); 8 bytes at a time where there is none.
std::size_t first_control_or_cr(std::string_view s, std::size_t from) {
  std::size_t i = from;
  while (i + 8 <= s.size()) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (!no_control_byte(w)) break;
    i += 8;
  }
  for (; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == 0x7F) return i;
  }
  return s.size();
}

// A file is binary when control bytes are more than 1 % of it, or when any
// of the first 4 KiB is NUL and the rest is not UTF-16 (already handled).
bool looks_binary(std::string_view s, std::size_t* controls) {
  std::size_t n = 0;
  for (std::size_t i = first_control_or_cr(s, 0); i < s.size(); i = first_control_or_cr(s, i + 1))
    n += is_binary_control(static_cast<unsigned char>(s[i]));
  *controls = n;
  const std::string_view head = s.substr(0, 4096);
  const auto head_nuls = std::count(head.begin(), head.end(), '\0');
  return n * 100 > s.size() || head_nuls * 20 > static_cast<long>(head.size());
}

// How the non-ASCII bytes of a text that is not valid UTF-8 fall: real
// Windows-1252 text ("caf\xE9") has almost no well-formed multi-byte
// sequence, while UTF-8 text with a few damaged bytes has many.
struct Utf8Census {
  std::size_t multibyte = 0;  // well-formed sequences of 2 to 4 bytes
  std::size_t invalid = 0;    // bytes in no well-formed sequence
};

Utf8Census count_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  Utf8Census census;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t len = utf8_sequence_length(p, s.size(), i);
    if (len == 0) ++census.invalid;
    else if (len > 1) ++census.multibyte;
    i += len == 0 ? 1 : len;
  }
  return census;
}

// `s` with each byte that is in no well-formed sequence replaced by U+FFFD.
std::string replace_invalid_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  std::size_t bad = 0;
  while (!is_valid_utf8(s, &bad)) {
    out.append(s.substr(0, bad));
    out.append("\xEF\xBF\xBD");
    s.remove_prefix(bad + 1);
  }
  out.append(s);
  return out;
}

bool convert_with_icu(std::string_view bytes, const char* charset, std::string* out, std::string* error) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> from(ucnv_open(charset, &status), ucnv_close);
  std::unique_ptr<UConverter, decltype(&ucnv_close)> to(ucnv_open("UTF-8", &status), ucnv_close);
  if (U_FAILURE(status)) {
    *error = fmt::format("cannot open the {} converter ({})", charset, u_errorName(status));
    return false;
  }
  out->clear();
  out->resize(bytes.size() * 3 + 16);  // worst case: every byte becomes 3 bytes
  char* target = out->data();
  const char* source = bytes.data();
  ucnv_convertEx(to.get(), from.get(), &target, out->data() + out->size(), &source, bytes.data() + bytes.size(),
                 nullptr, nullptr, nullptr, nullptr, true, true, &status);
  if (U_FAILURE(status)) {
    *error = fmt::format("cannot convert from {} ({})", charset, u_errorName(status));
    return false;
  }
  out->resize(static_cast<std::size_t>(target - out->data()));
  return true;
}

constexpr char32_t kNfcTableEnd = 0x3000;  // Latin, Greek, Cyrillic... punctuation, symbols

// Code points below kNfcTableEnd that are NFC_Quick_Check=Yes with combining
// class 0. Built once, then only read.
const std::vector<bool>& nfc_inert() {
  static const std::vector<bool> table = [] {
    std::vector<bool> t(kNfcTableEnd);
    for (char32_t c = 0; c < kNfcTableEnd; ++c) {
      const auto cp = static_cast<UChar32>(c);
      t[c] = u_getIntPropertyValue(cp, UCHAR_NFC_QUICK_CHECK) == UNORM_YES && u_getCombiningClass(cp) == 0;
    }
    return t;
  }();
  return table;
}

bool nfc_inert_code_point(char32_t c) {
  if (c < kNfcTableEnd) return nfc_inert()[c];
  const auto cp = static_cast<UChar32>(c);
  return u_getIntPropertyValue(cp, UCHAR_NFC_QUICK_CHECK) == UNORM_YES && u_getCombiningClass(cp) == 0;
}

// Code point of the well-formed sequence of `len` bytes (2 to 4) at p.
char32_t sequence_code_point(const unsigned char* p, std::size_t len) {
  if (len == 2) return ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu);
  if (len == 3) return ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
  return ((p[0] & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
}

// The first offset from i (at most n) of a byte that may need a look (control
// byte, DEL or non-ASCII), skipping printable ASCII 16 or 8 bytes at a time.
std::size_t skip_printable_ascii(const unsigned char* p, std::size_t i, std::size_t n) {
#if defined(__SSE2__)  // every x86-64
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    // As signed bytes, those >= 0x80 are negative: below 0x20 with the control bytes.
    const __m128i marked = _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)), _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)));
    const auto marks = static_cast<unsigned>(_mm_movemask_epi8(marked));
    if (marks != 0) return i + static_cast<std::size_t>(std::countr_zero(marks));
  }
#endif
  for (; i + 8 <= n; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, p + i, 8);
    const std::uint64_t marked = control_bytes(w) | (w & kHighBits);
    if (marked != 0) return i + first_marked_byte(marked);
  }
  return i;
}

// True when decode_article has nothing to do on `s`, found in one pass: valid
// UTF-8 without control bytes other than tab, LF, VT and FF (so not binary,
// no CR), every code point surely NFC (see surely_nfc). Printable ASCII goes
// 8 bytes at a time. False sends the text through the steps one by one.
bool already_clean_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  const std::vector<bool>& inert = nfc_inert();
  for (std::size_t i = skip_printable_ascii(p, 0, n); i < n; i = skip_printable_ascii(p, i, n)) {
    const unsigned char c = p[i];
    if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {  // "é": the most frequent, inline
      if (!inert[sequence_code_point(p + i, 2)]) return false;
      i += 2;
    } else if (c >= 0x80) {
      const std::size_t len = utf8_sequence_length(p, n, i);
      if (len == 0 || !nfc_inert_code_point(sequence_code_point(p + i, len))) return false;
      i += len;
    } else if (c == '\r' || is_binary_control(c)) {
      return false;
    } else {
      ++i;
    }
  }
  return true;
}

// True when valid UTF-8 `s` is surely NFC: every code point is NFC_Quick_Check=Yes
// with combining class 0. Faster than ICU's check on French text; false sends the text to ICU.
bool surely_nfc(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
    } else if (!nfc_inert_code_point(next_code_point(s, i))) {
      return false;
    }
  }
  return true;
}

// CRLF and lone CR become LF; other control bytes (NUL...) become spaces.
// Returns how many control bytes were replaced. Works in place, and writes
// nothing when there is nothing to do (most text: only LF and tabs).
std::size_t normalize_line_ends_and_controls(std::string& s) {
  std::size_t start = first_control_or_cr(s, 0);
  while (start < s.size() && (s[start] == '\n' || s[start] == '\t' || s[start] == '\v' || s[start] == '\f'))
    start = first_control_or_cr(s, start + 1);
  std::size_t replaced = 0;
  std::size_t w = start;
  for (std::size_t r = start; r < s.size(); ++r) {
    const unsigned char c = static_cast<unsigned char>(s[r]);
    if (c == '\r') {
      if (r + 1 < s.size() && s[r + 1] == '\n') continue;
      s[w++] = '\n';
    } else if (is_binary_control(c)) {
      s[w++] = ' ';
      ++replaced;
    } else {
      s[w++] = static_cast<char>(c);
    }
  }
  s.resize(w);
  return replaced;
}

bool to_nfc(std::string& text, std::string* error) {
  if (surely_nfc(text)) return true;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) {
    *error = fmt::format("cannot load the NFC normalizer ({})", u_errorName(status));
    return false;
  }
  const icu::StringPiece piece(text.data(), static_cast<int32_t>(std::min<std::size_t>(text.size(), INT32_MAX)));
  if (text.size() <= INT32_MAX && nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return true;
  // Normalize in slices of at most 1 GiB cut at line ends, since ICU takes int32 lengths.
  std::string out;
  out.reserve(text.size() + text.size() / 16);
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = std::min(text.size(), pos + (std::size_t{1} << 30));
    if (end < text.size()) {
      const std::size_t nl = text.rfind('\n', end);
      if (nl != std::string::npos && nl > pos) end = nl + 1;
    }
    status = U_ZERO_ERROR;
    icu::StringByteSink<std::string> sink(&out);
    nfc->normalizeUTF8(0, icu::StringPiece(text.data() + pos, static_cast<int32_t>(end - pos)), sink, nullptr, status);
    if (U_FAILURE(status)) {
      *error = fmt::format("cannot normalize to NFC ({})", u_errorName(status));
      return false;
    }
    pos = end;
  }
  text.swap(out);
  return true;
}

// Text without a UTF-16 byte-order mark: UTF-8 as it is; UTF-8 with a few
// damaged bytes repaired (U+FFFD); anything else read as Windows-1252.
bool decode_8bit(std::string& bytes, DecodedText* out, std::string* error) {
  std::size_t bad = 0;
  out->encoding = "UTF-8";
  if (is_valid_utf8(bytes, &bad)) return true;
  const Utf8Census census = count_utf8(bytes);
  if (census.multibyte > census.invalid) {
    bytes = replace_invalid_utf8(bytes);
    out->warnings.push_back(fmt::format("{} bytes of invalid UTF-8 (the first at offset {}) replaced by U+FFFD", census.invalid, bad));
    return true;
  }
  std::string converted;
  if (!convert_with_icu(bytes, "windows-1252", &converted, error)) return false;
  bytes.swap(converted);
  out->encoding = "Windows-1252";
  out->warnings.push_back(fmt::format("not valid UTF-8 (first bad byte at offset {}); decoded as Windows-1252", bad));
  return true;
}

// The decoded text handed over, with a warning when it holds only white space.
bool finish(std::string text, DecodedText* out) {
  if (text.find_first_not_of(" \t\n\v\f") == std::string::npos)
    out->warnings.push_back("no text: the input holds only white space");
  out->text = std::move(text);
  return true;
}

}  // namespace

bool is_valid_utf8(std::string_view s, std::size_t* bad_offset) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    // ASCII fast path, 8 bytes at a time.
    while (i + 8 <= n) {
      std::uint64_t word;
      std::memcpy(&word, p + i, 8);
      if (word & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    const std::size_t len = utf8_sequence_length(p, n, i);
    if (len == 0) {
      if (bad_offset) *bad_offset = i;
      return false;
    }
    i += len;
  }
  return true;
}

bool decode_article(std::string bytes, DecodedText* out, std::string* error) {
  out->warnings.clear();
  if (bytes.empty()) {
    *error = "empty input (0 bytes)";
    return false;
  }
  const auto starts_with = [&](std::string_view prefix) { return std::string_view(bytes).substr(0, prefix.size()) == prefix; };
  if (starts_with("\xFF\xFE") || starts_with("\xFE\xFF")) {
    const char* charset = starts_with("\xFF\xFE") ? "UTF-16LE" : "UTF-16BE";
    std::string converted;
    if (!convert_with_icu(std::string_view(bytes).substr(2), charset, &converted, error)) return false;
    bytes.swap(converted);
    out->encoding = charset;
  } else {
    if (starts_with("\xEF\xBB\xBF")) bytes.erase(0, 3);
    if (already_clean_utf8(bytes)) {  // nearly always: nothing to convert, repair or normalize
      out->encoding = "UTF-8";
      return finish(std::move(bytes), out);
    }
    std::size_t controls = 0;
    if (looks_binary(bytes, &controls)) {
      *error = fmt::format("binary data, not text ({} control bytes in {} bytes)", controls, bytes.size());
      return false;
    }
    if (!decode_8bit(bytes, out, error)) return false;
  }
  if (const std::size_t replaced = normalize_line_ends_and_controls(bytes))
    out->warnings.push_back(fmt::format("{} control bytes (NUL...) replaced by spaces", replaced));
  if (!to_nfc(bytes, error)) return false;
  return finish(std::move(bytes), out);
}

}  // namespace analyze

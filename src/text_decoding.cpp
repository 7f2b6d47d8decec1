// Decoding of article bytes: see text_decoding.h.
#include "analyze/text_decoding.h"

#include <fmt/format.h>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

namespace analyze {
namespace {

// Control bytes other than tab, LF, VT, FF and CR: text files have none.
bool is_binary_control(unsigned char c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r') || c == 0x7F;
}

// What one pass over the bytes tells: validity, control bytes, CR, and
// whether the text is surely NFC already.
struct TextScan {
  bool valid_utf8 = true;
  std::size_t bad_offset = 0;  // first byte that is not valid UTF-8
  std::size_t controls = 0;    // is_binary_control bytes
  bool has_cr = false;
  bool surely_nfc = true;      // every code point is NFC_Quick_Check=Yes with combining class 0
};

// For converted text, which is not scanned: normalize it and check it all.
constexpr TextScan kUnscanned{false, 0, 0, true, false};

constexpr char32_t kNfcTableEnd = 0x3000;  // Latin, Greek, Cyrillic... punctuation, symbols

// Code points below kNfcTableEnd that are NFC_Quick_Check=Yes with combining
// class 0: text made of them alone is NFC. Built once, then only read.
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

// True when none of the 8 bytes of `w` is >= 0x80, < 0x20 or 0x7F: plain printable ASCII.
bool printable_ascii_word(std::uint64_t w) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
  const std::uint64_t below_space = (w - kOnes * 0x20) & ~w & kHighs;
  const std::uint64_t del = w ^ (kOnes * 0x7F);
  const std::uint64_t has_del = (del - kOnes) & ~del & kHighs;
  return ((w & kHighs) | below_space | has_del) == 0;
}

// Length of the well-formed UTF-8 sequence at p[0..n) and its code point, or 0.
std::size_t utf8_sequence(const unsigned char* p, std::size_t n, char32_t* cp) {
  const unsigned char c = p[0];
  std::size_t len;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2, *cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3, *cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4, *cp = c & 0x07;
  } else {
    return 0;
  }
  if (len > n) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    if ((p[k] & 0xC0) != 0x80) return 0;
    *cp = (*cp << 6) | (p[k] & 0x3F);
  }
  const bool overlong = (len == 3 && *cp < 0x800) || (len == 4 && *cp < 0x10000);
  const bool surrogate = *cp >= 0xD800 && *cp <= 0xDFFF;
  return overlong || surrogate || *cp > 0x10FFFF ? 0 : len;
}

TextScan scan_text(std::string_view s) {
  TextScan scan;
  const std::vector<bool>& inert = nfc_inert();
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    std::uint64_t word;
    if (i + 8 <= n && (std::memcpy(&word, p + i, 8), printable_ascii_word(word))) {
      i += 8;
      continue;
    }
    const unsigned char c = p[i];
    if (c < 0x80 || !scan.valid_utf8) {  // after a bad byte, only control bytes still count
      scan.controls += is_binary_control(c);
      scan.has_cr |= c == '\r';
      ++i;
      continue;
    }
    char32_t cp = 0;
    const std::size_t len = utf8_sequence(p + i, n - i, &cp);
    if (len == 0) {
      scan.valid_utf8 = false;
      scan.bad_offset = i;
      continue;
    }
    scan.surely_nfc &= cp < kNfcTableEnd && inert[cp];
    i += len;
  }
  return scan;
}

// A file is binary when control bytes are more than 1 % of it, or when more
// than 5 % of its first 4 KiB are NUL (UTF-16 with a BOM is handled before).
bool looks_binary(std::string_view s, std::size_t controls) {
  const std::string_view head = s.substr(0, 4096);
  const auto head_nuls = std::count(head.begin(), head.end(), '\0');
  return controls * 100 > s.size() || head_nuls * 20 > static_cast<long>(head.size());
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

// CRLF and lone CR become LF; other control bytes (NUL...) become spaces.
// Returns how many control bytes were replaced. Works in place.
std::size_t normalize_line_ends_and_controls(std::string& s) {
  std::size_t replaced = 0;
  std::size_t w = 0;
  for (std::size_t r = 0; r < s.size(); ++r) {
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

}  // namespace

bool is_valid_utf8(std::string_view s, std::size_t* bad_offset) {
  const TextScan scan = scan_text(s);
  if (!scan.valid_utf8 && bad_offset) *bad_offset = scan.bad_offset;
  return scan.valid_utf8;
}

bool decode_article(std::string bytes, DecodedText* out, std::string* error) {
  out->warnings.clear();
  if (bytes.empty()) {
    *error = "empty file";
    return false;
  }
  const auto starts_with = [&](std::string_view prefix) { return std::string_view(bytes).substr(0, prefix.size()) == prefix; };
  TextScan scan = kUnscanned;
  if (starts_with("\xFF\xFE") || starts_with("\xFE\xFF")) {
    const char* charset = starts_with("\xFF\xFE") ? "UTF-16LE" : "UTF-16BE";
    std::string converted;
    if (!convert_with_icu(std::string_view(bytes).substr(2), charset, &converted, error)) return false;
    bytes.swap(converted);
    out->encoding = charset;
  } else {
    if (starts_with("\xEF\xBB\xBF")) bytes.erase(0, 3);
    scan = scan_text(bytes);
    if (looks_binary(bytes, scan.controls)) {
      *error = fmt::format("binary data, not text ({} control bytes in {} bytes)", scan.controls, bytes.size());
      return false;
    }
    if (scan.valid_utf8) {
      out->encoding = "UTF-8";
    } else {
      std::string converted;
      if (!convert_with_icu(bytes, "windows-1252", &converted, error)) return false;
      bytes.swap(converted);
      out->encoding = "Windows-1252";
      out->warnings.push_back(
          fmt::format("not valid UTF-8 (first bad byte at offset {}); decoded as Windows-1252", scan.bad_offset));
      scan = kUnscanned;
    }
  }
  // Both steps only when the scan saw something to do: most UTF-8 text is untouched.
  if (scan.controls > 0 || scan.has_cr) {
    if (const std::size_t replaced = normalize_line_ends_and_controls(bytes))
      out->warnings.push_back(fmt::format("{} control bytes (NUL...) replaced by spaces", replaced));
  }
  if (!scan.surely_nfc && !to_nfc(bytes, error)) return false;
  if (bytes.find_first_not_of(" \t\n\v\f") == std::string::npos)
    out->warnings.push_back("no text: the input holds only white space");
  out->text = std::move(bytes);
  return true;
}

}  // namespace analyze

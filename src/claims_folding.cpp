// Folding of the claim stage's words: fold_key's result, read from a table
// for the code points French text is made of.
#include <cstring>

#include "analyze/utf8.h"
#include "claims_internal.h"

namespace analyze::claims {
namespace {

// The UTF-8 bytes of a two- or three-byte code point.
std::string utf8_of(char32_t c) {
  std::string s;
  append_utf8(s, c);
  return s;
}

}  // namespace

// Each entry is measured on fold_key itself, so the table cannot disagree with it.
FoldTable::FoldTable() {
  for (char32_t c = 0x80; c < 0x800; ++c) set(two_byte_[c - 0x80], utf8_of(c));
  for (char32_t c = 0x2000; c < 0x2100; ++c) set(punctuation_[c - 0x2000], utf8_of(c));
}

void FoldTable::set(Entry& entry, const std::string& utf8) {
  const std::string folded = fold_key(utf8);
  if (folded.size() > sizeof entry.bytes) return;  // size 0: fold_key does it
  entry.size = static_cast<std::uint8_t>(folded.size());
  std::memcpy(entry.bytes, folded.data(), folded.size());
}

std::size_t FoldTable::fold(std::string_view text, char* out) const {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  char* o = out;
  for (std::size_t i = 0; i < n;) {
    const unsigned char b = p[i];
    if (b < 0x80) {
      *o++ = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
      ++i;
      continue;
    }
    const Entry* entry = nullptr;
    if (b >= 0xC2 && b <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
      entry = &two_byte_[(((b & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu)) - 0x80];
      i += 2;
    } else if (b == 0xE2 && i + 2 < n && p[i + 1] >= 0x80 && p[i + 1] <= 0x83 && (p[i + 2] & 0xC0) == 0x80) {
      entry = &punctuation_[((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu)];  // U+2000 to U+20FF
      i += 3;
    }
    if (!entry || entry->size == 0) return kCannot;
    for (std::uint8_t k = 0; k < entry->size; ++k) *o++ = entry->bytes[k];
  }
  return static_cast<std::size_t>(o - out);
}

}  // namespace analyze::claims

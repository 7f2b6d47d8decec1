// Token keys for the entity extractor: fold_key's result ("Élysée" →
// "elysee") and its key_hash, written and hashed in one pass with the facts
// the token traits need (a letter, an inner capital). ASCII words go 8 bytes
// at a time; accented words use a table of fold_key's own answers for the
// code points French text uses, so that the key is fold_key's by
// construction. Anything else (rare scripts, invalid UTF-8) is folded by
// fold_key itself.
#include <unicode/uchar.h>

#include <algorithm>
#include <bit>
#include <cstring>

#include "analyze/utf8.h"
#include "entities_internal.h"

namespace analyze::entities {
namespace {

bool continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

}  // namespace

WordFolder::WordFolder() {
  const auto fill = [](Entry& e, char32_t c) {
    std::string utf8, folded;
    append_utf8(utf8, c);
    append_folded(folded, utf8);
    e.size = static_cast<std::uint8_t>(std::min<std::size_t>(folded.size(), 0xFF));  // over 4: left to fold_key
    std::memcpy(e.bytes, folded.data(), std::min(folded.size(), sizeof e.bytes));
    e.alpha = u_isalpha(static_cast<UChar32>(c)) != 0;
    e.upper = u_isupper(static_cast<UChar32>(c)) != 0;
    e.separator = has_key_separator(folded);
  };
  for (char32_t c = 0x80; c < 0x800; ++c) fill(two_bytes_[c], c);
  for (char32_t c = 0x2000; c < 0x2100; ++c) fill(punctuation_[c - 0x2000], c);
}

// Code points of two bytes (Latin letters with accents) and of U+2000–U+20FF
// (’ – — and the thin spaces); 0 for anything else, left to fold_key.
const WordFolder::Entry* WordFolder::entry_at(std::string_view word, std::size_t i, std::size_t* length) const {
  const auto* p = reinterpret_cast<const unsigned char*>(word.data() + i);
  const std::size_t left = word.size() - i;
  if (p[0] >= 0xC2 && p[0] <= 0xDF && left >= 2 && continuation(p[1])) {
    *length = 2;
    return &two_bytes_[(p[0] & 0x1Fu) << 6 | (p[1] & 0x3Fu)];
  }
  if (p[0] == 0xE2 && left >= 3 && p[1] >= 0x80 && p[1] <= 0x83 && continuation(p[2])) {
    *length = 3;
    return &punctuation_[(p[1] & 0x03u) << 6 | (p[2] & 0x3Fu)];
  }
  return nullptr;
}

// ASCII bytes 8 at a time as fold_ascii does, up to each other code point,
// which the tables fold.
FoldedWord WordFolder::fold_accented(std::string_view word, char* out) const {
  using namespace swar;
  FoldedWord folded;
  std::size_t n = 0;
  std::uint64_t letters = 0, inner_upper = 0, separators = 0;
  for (std::size_t i = 0; i < word.size();) {
    const std::size_t left = std::min<std::size_t>(8, word.size() - i);
    const std::uint64_t w = load_le_tail(word.data() + i, left);
    const std::uint64_t high = w & kHighBits;
    const std::size_t ascii = high ? static_cast<std::size_t>(std::countr_zero(high)) / 8 : left;
    if (ascii > 0) {
      const std::uint64_t bytes = ascii == 8 ? w : w & ((1ull << (8 * ascii)) - 1);
      const std::uint64_t upper = bytes_between(bytes, 'A', 'Z');
      const std::uint64_t lower = bytes | upper >> 2;
      std::memcpy(out + n, &lower, 8);  // n <= 2 i: within the room fold asked for
      letters |= bytes_between(lower, 'a', 'z');
      inner_upper |= i == 0 ? upper & ~0x80ull : upper;
      separators |= bytes_equal(bytes, '-') | bytes_equal(bytes, '_') | bytes_equal(bytes, ' ');  // the bytes past `ascii` are 0
      n += ascii, i += ascii;
      if (!high) continue;
    }
    std::size_t length = 0;
    const Entry* e = entry_at(word, i, &length);
    if (!e || e->size > sizeof e->bytes) return FoldedWord{};
    std::memcpy(out + n, e->bytes, sizeof e->bytes);
    n += e->size;
    folded.letter |= e->alpha;
    folded.inner_upper |= e->upper && i != 0;
    folded.separator |= e->separator;
    i += length;
  }
  folded.letter |= letters != 0;
  folded.inner_upper |= inner_upper != 0;
  folded.separator |= separators != 0;
  folded.size = n;
  folded.hash = key_hash(std::string_view(out, n));
  folded.read = true;
  return folded;
}

FoldedWord WordFolder::fold_other(std::string_view word, KeyWriter& keys, std::string& scratch) const {
  char* out = keys.room(2 * word.size());
  FoldedWord folded = fold_accented(word, out);
  if (!folded.read) {
    scratch.clear();
    append_folded(scratch, word);
    out = keys.room(scratch.size());
    std::memcpy(out, scratch.data(), scratch.size());
    folded.size = scratch.size();
    folded.hash = key_hash(scratch);
    folded.separator = has_key_separator(scratch);
  }
  keys.commit(folded.size);
  return folded;
}

}  // namespace analyze::entities

// Token keys for the entity extractor: fold_key's result ("Élysée" →
// "elysee") and its key_hash, written and hashed in one pass with the facts
// the token traits need (a letter, an inner capital). ASCII words go 8 bytes
// at a time; accented words use a table of fold_key's own answers for the
// code points French text uses, so that the key is fold_key's by
// construction. Anything else (rare scripts, invalid UTF-8) is folded by
// fold_key itself.
#include <unicode/uchar.h>

#include <algorithm>
#include <cstring>

#include "analyze/utf8.h"
#include "entities_internal.h"

namespace analyze::entities {
namespace {

// Eight ASCII bytes at once (SWAR): every byte is below 0x80, so adding
// less than 0x80 to each never carries into the next one. The high bit of
// each byte in the range [lo, hi].
constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHighBits = 0x8080808080808080ull;
std::uint64_t bytes_between(std::uint64_t w, unsigned lo, unsigned hi) {
  return (w + (0x80 - lo) * kOnes) & ~(w + (0x7F - hi) * kOnes) & kHighBits;
}

// The folded key of an ASCII word: its lower case, 8 bytes at a time.
FoldedWord fold_ascii(std::string_view word, char* out) {
  FoldedWord folded;
  std::uint64_t h = key_hashing::start(word.size()), letters = 0, inner_upper = 0;
  for (std::size_t i = 0; i < word.size(); i += 8) {
    const std::uint64_t w = load_le_tail(word.data() + i, std::min<std::size_t>(8, word.size() - i));
    if (w & kHighBits) return folded;
    const std::uint64_t upper = bytes_between(w, 'A', 'Z');
    const std::uint64_t lower = w | upper >> 2;  // 0x80 >> 2 is 0x20, the case bit
    std::memcpy(out + i, &lower, 8);             // the bytes past the word are overwritten later
    letters |= bytes_between(lower, 'a', 'z');
    inner_upper |= i == 0 ? upper & ~0x80ull : upper;
    h = key_hashing::mix(h, lower);
  }
  folded.size = word.size();
  folded.read = folded.ascii = true;
  folded.letter = letters != 0;
  folded.inner_upper = inner_upper != 0;
  folded.hash = key_hashing::finish(h);
  return folded;
}

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

FoldedWord WordFolder::fold_accented(std::string_view word, char* out) const {
  FoldedWord folded;
  std::size_t n = 0;
  bool first = true;
  for (std::size_t i = 0; i < word.size(); first = false) {
    const auto b = static_cast<unsigned char>(word[i]);
    if (b < 0x80) {
      const bool upper = b >= 'A' && b <= 'Z';
      out[n++] = static_cast<char>(upper ? b + 32 : b);
      folded.letter |= upper || (b >= 'a' && b <= 'z');
      folded.inner_upper |= upper && !first;
      ++i;
      continue;
    }
    std::size_t length = 0;
    const Entry* e = entry_at(word, i, &length);
    if (!e || e->size > sizeof e->bytes) return FoldedWord{};
    std::memcpy(out + n, e->bytes, sizeof e->bytes);
    n += e->size;
    folded.letter |= e->alpha;
    folded.inner_upper |= e->upper && !first;
    i += length;
  }
  folded.size = n;
  folded.hash = key_hash(std::string_view(out, n));
  folded.read = true;
  return folded;
}

FoldedWord WordFolder::fold(std::string_view word, KeyWriter& keys, std::string& scratch) const {
  // A folded code point of the tables takes at most 4 bytes (3 in fact)
  // where it took 2 or 3: 2× the word is room enough.
  char* out = keys.room(2 * word.size());
  FoldedWord folded = fold_ascii(word, out);
  if (!folded.read) folded = fold_accented(word, out);
  if (!folded.read) {
    scratch.clear();
    append_folded(scratch, word);
    out = keys.room(scratch.size());
    std::memcpy(out, scratch.data(), scratch.size());
    folded.size = scratch.size();
    folded.hash = key_hash(scratch);
  }
  keys.commit(folded.size);
  return folded;
}

}  // namespace analyze::entities

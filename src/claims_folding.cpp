// Folding of the claim stage's words: fold_key's result, read from a table
// for the code points French text is made of, for every token of a chunk.
#include <algorithm>
#include <bit>
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

namespace {

constexpr std::uint64_t kOnes = 0x0101010101010101ull;

// Lower-cases the eight ASCII bytes of `x` (each below 0x80) at once: a byte
// gets 0x20 when it is at least 'A' and not above 'Z' (no carry crosses bytes).
std::uint64_t lower_ascii8(std::uint64_t x) {
  const std::uint64_t at_least_a = x + kOnes * (0x80 - 'A');
  const std::uint64_t above_z = x + kOnes * (0x80 - 'Z' - 1);
  return x | ((at_least_a & ~above_z & kOnes * 0x80) >> 2);
}

}  // namespace

// Defined before its one caller, fold_tokens, so that it is inlined there.
inline std::size_t FoldTable::fold(std::string_view text, std::size_t readable, char* out) const {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  char* o = out;
  std::size_t i = 0;
  while (i < n) {
    if constexpr (std::endian::native == std::endian::little) {
      // Eight bytes at a time up to the next code point above ASCII (those
      // past it are written too, then overwritten: a carry of lower_ascii8
      // out of a byte above 0x7F only reaches the bytes after it).
      if (i + 8 <= readable) {
        std::uint64_t x;
        std::memcpy(&x, p + i, 8);
        const std::uint64_t high = x & kOnes * 0x80;
        x = lower_ascii8(x);
        std::memcpy(o, &x, 8);
        const std::size_t ascii = std::min<std::size_t>(high ? std::countr_zero(high) / 8 : 8, n - i);
        i += ascii;
        o += ascii;
        if (ascii == 8 || i >= n) continue;
      }
    }
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
    std::memcpy(o, entry->bytes, sizeof entry->bytes);  // the bytes past its size are overwritten next
    o += entry->size;
  }
  return static_cast<std::size_t>(o - out);
}

// A buffer of at least `size` bytes for the folded text (uninitialized:
// every byte is written before it is read).
char* ViewSet::folded_room(std::size_t size) {
  if (size > folded_capacity_) {
    folded_ = std::make_unique_for_overwrite<char[]>(size);
    folded_capacity_ = size;
  }
  return folded_.get();
}

namespace {

// For a token of n bytes (index n, 0 to 8): which bytes of an 8-byte load
// are the token's, and which make its CueLexicon::key_of with the size up to 3.
struct ShortToken {
  std::uint64_t bytes;
  std::uint32_t key_bytes;
  std::uint32_t key_size;
};
constexpr ShortToken short_token(std::size_t n) {
  const std::size_t head = n < 3 ? n : 3;
  return {n == 8 ? ~0ull : (1ull << (8 * n)) - 1, static_cast<std::uint32_t>((1ull << (8 * head)) - 1),
          static_cast<std::uint32_t>(head << 24)};
}
constexpr ShortToken kShortTokens[9] = {short_token(0), short_token(1), short_token(2), short_token(3), short_token(4),
                                        short_token(5), short_token(6), short_token(7), short_token(8)};

// Folds a token of one to eight ASCII bytes at `p` (eight readable) to `out`
// (eight writable) and returns its CueLexicon::key_of; 0 when the token is
// not all ASCII. Most words are: one load, one store, no loop.
std::uint32_t fold_short_ascii(const char* p, std::size_t n, char* out) {
  std::uint64_t x;
  std::memcpy(&x, p, 8);
  const ShortToken& shape = kShortTokens[n];
  if ((x & shape.bytes & kOnes * 0x80) != 0) return 0;
  x = lower_ascii8(x);
  std::memcpy(out, &x, 8);
  return (static_cast<std::uint32_t>(x) & shape.key_bytes) | shape.key_size;  // little-endian: the first bytes are the low ones
}

// The same for a token of nine to sixteen ASCII bytes (sixteen readable and writable).
std::uint32_t fold_long_ascii(const char* p, std::size_t n, char* out) {
  std::uint64_t x, y;
  std::memcpy(&x, p, 8);
  std::memcpy(&y, p + 8, 8);
  if (((x | (y & kShortTokens[n - 8].bytes)) & kOnes * 0x80) != 0) return 0;
  x = lower_ascii8(x);
  y = lower_ascii8(y);
  std::memcpy(out, &x, 8);
  std::memcpy(out + 8, &y, 8);
  return (static_cast<std::uint32_t>(x) & 0xFFFFFFu) | 3u << 24;  // little-endian: the first bytes are the low ones
}

}  // namespace

// Folds every token of the chunk once, into one buffer, with its cue key.
// Folding never makes a code point longer than 1.5 times its UTF-8 bytes
// (simple lower-casing: "Ⱥ" → "ⱥ", 2 → 3 bytes), so twice the chunk's bytes
// and the 16 bytes at most written past a token are room enough.
void ViewSet::fold_tokens(const Context& ctx) {
  const std::vector<Token>& tokens = ctx.tokens.tokens;
  offsets_.resize(tokens.size() + 1);
  keys_.resize(tokens.size());
  offsets_[0] = 0;
  if (tokens.empty()) return;
  // Locals, not members: stores through char* could alias the members, which
  // the compiler would then reload for every token.
  char* const folded = folded_room(2 * (tokens.back().end - tokens.front().start) + 64);
  std::uint32_t* const offsets = offsets_.data();
  std::uint32_t* const keys = keys_.data();
  const char* const text = ctx.text.data();
  const std::size_t text_size = ctx.text.size();
  std::size_t used = 0;
  std::string other;  // a token with a code point the table lacks
  for (std::size_t t = 0, n = tokens.size(); t < n; ++t) {
    const std::size_t start = tokens[t].start, size = tokens[t].end - start;
    std::uint32_t key = 0;
    if constexpr (std::endian::native == std::endian::little) {
      if (size - 1 < 8 && start + 8 <= text_size) key = fold_short_ascii(text + start, size, folded + used);  // 1 to 8 bytes
      else if (size - 9 < 8 && start + 16 <= text_size) key = fold_long_ascii(text + start, size, folded + used);  // 9 to 16
    }
    if (key != 0) {
      used += size;
    } else {
      const std::string_view word(text + start, size);
      std::size_t folded_size = ctx.folding.fold(word, text_size - start, folded + used);
      if (folded_size == FoldTable::kCannot) {
        other.clear();
        append_folded(other, word);
        folded_size = other.size();
        other.copy(folded + used, folded_size);
      }
      key = CueLexicon::key_of(std::string_view(folded + used, folded_size));
      used += folded_size;
    }
    keys[t] = key;
    offsets[t + 1] = static_cast<std::uint32_t>(used);
  }
}

}  // namespace analyze::claims

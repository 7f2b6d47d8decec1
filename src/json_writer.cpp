// JSON text writer: see json_writer.h.
#include "json_writer.h"

#include <fmt/compile.h>
#include <fmt/format.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <ostream>

#include "analyze/text_decoding.h"
#include "analyze/utf8.h"

namespace analyze {
namespace {

constexpr std::size_t kBufferBytes = JsonWriter::kFlushBytes + (std::size_t{64} << 10);
constexpr std::size_t kStringPiece = std::size_t{8} << 10;  // bytes of a long string escaped at a time
constexpr std::size_t kMaxEscape = 6;                       // "\u001f" for one byte

constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHighs = 0x8080808080808080ULL;

// Whether some byte of `x` is zero, or below `n` (n ≤ 128), exactly.
constexpr std::uint64_t has_zero(std::uint64_t x) { return (x - kOnes) & ~x & kHighs; }
constexpr std::uint64_t has_less(std::uint64_t x, std::uint64_t n) { return (x - kOnes * n) & ~x & kHighs; }

// The high bit of each of the 8 bytes (little-endian) that needs more than a
// copy: a control character, '"', '\\', or a byte of a multi-byte sequence
// (to be validated). Exact up to the first such byte; bits above it may be
// false alarms, which only send a plain byte down the slow path.
constexpr std::uint64_t care_mask(std::uint64_t x) {
  return (x & kHighs) | has_less(x, 0x20) | has_zero(x ^ (kOnes * '"')) | has_zero(x ^ (kOnes * '\\'));
}

// Writes the escape of an ASCII byte that needs one at `out`; returns its end.
char* escape_ascii(unsigned char c, char* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out[0] = '\\';
  switch (c) {
    case '"': out[1] = '"'; return out + 2;
    case '\\': out[1] = '\\'; return out + 2;
    case '\n': out[1] = 'n'; return out + 2;
    case '\r': out[1] = 'r'; return out + 2;
    case '\t': out[1] = 't'; return out + 2;
    case '\b': out[1] = 'b'; return out + 2;
    case '\f': out[1] = 'f'; return out + 2;
    default:
      std::memcpy(out + 1, "u00", 3);
      out[4] = kHex[c >> 4];
      out[5] = kHex[c & 15];
      return out + 6;
  }
}

bool plain_ascii(unsigned char c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; }

// Escapes valid UTF-8 `s` into `out` (room for kMaxEscape bytes per byte of
// s): plain runs are copied 8 bytes at a time (the buffer has room for
// the 8 bytes stored at once while 8 bytes of s remain). Returns the end, or nullptr
// when `s` is not valid UTF-8.
char* escape_valid(std::string_view s, char* out) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    if (i + 8 <= n) {
      std::uint64_t x;
      std::memcpy(&x, p + i, 8);
      std::memcpy(out, &x, 8);  // the plain bytes before the first that needs care are kept
      const std::uint64_t care = care_mask(x);
      if (care == 0) {
        i += 8, out += 8;
        continue;
      }
      const auto plain = static_cast<std::size_t>(std::countr_zero(care) / 8);
      i += plain, out += plain;
    }
    const unsigned char c = p[i];
    if (plain_ascii(c)) {
      *out++ = static_cast<char>(c), ++i;
    } else if (c < 0x80) {
      out = escape_ascii(c, out), ++i;
    } else {
      const std::size_t len = utf8_sequence_length(p, n, i);
      if (len == 0) return nullptr;
      std::memcpy(out, p + i, len);
      i += len, out += len;
    }
  }
  return out;
}

// What text that is not valid UTF-8 becomes: ASCII escaped, every other byte
// U+FFFD (output must stay valid JSON whatever a caller passes; invalid
// UTF-8 cannot come from decode_article).
char* escape_replacing(std::string_view s, char* out) {
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (plain_ascii(c)) *out++ = ch;
    else if (c < 0x80) out = escape_ascii(c, out);
    else std::memcpy(out, "\xEF\xBF\xBD", 3), out += 3;
  }
  return out;
}

}  // namespace

JsonWriter::JsonWriter(std::string& out, bool pretty) : out_(&out), pretty_(pretty), buffer_(new char[kBufferBytes]) {
  end_ = buffer_.get();
  limit_ = end_ + kBufferBytes;
}

JsonWriter::JsonWriter(std::ostream& sink, bool pretty) : sink_(&sink), pretty_(pretty), buffer_(new char[kBufferBytes]) {
  end_ = buffer_.get();
  limit_ = end_ + kBufferBytes;
}

void JsonWriter::flush() {
  const auto size = static_cast<std::size_t>(end_ - buffer_.get());
  if (size == 0) return;
  if (out_) out_->append(buffer_.get(), size);
  else sink_->write(buffer_.get(), static_cast<std::streamsize>(size));
  end_ = buffer_.get();
}

char* JsonWriter::room(std::size_t n) {
  if (static_cast<std::size_t>(limit_ - end_) < n) {
    flush();
    if (kBufferBytes < n) {  // never for the pieces this file asks for; kept safe
      buffer_.reset(new char[n]);
      end_ = buffer_.get();
      limit_ = end_ + n;
    }
  }
  return end_;
}

void JsonWriter::put(std::string_view s) {
  char* p = room(s.size());
  std::memcpy(p, s.data(), s.size());
  end_ = p + s.size();
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (outer_items_.empty()) return;  // the top level
  const std::size_t indent = pretty_ ? 1 + 2 * outer_items_.size() : 0;
  char* p = room(1 + indent);
  if (has_items_) *p++ = ',';
  has_items_ = true;
  if (pretty_) {
    *p = '\n';
    std::memset(p + 1, ' ', indent - 1);
    p += indent;
  }
  end_ = p;
}

void JsonWriter::open(char bracket) {
  before_value();
  put(bracket);
  outer_items_.push_back(has_items_);
  has_items_ = false;
}

void JsonWriter::close(char bracket) {
  const bool was_empty = !has_items_;
  has_items_ = outer_items_.back();
  outer_items_.pop_back();
  const std::size_t indent = pretty_ && !was_empty ? 1 + 2 * outer_items_.size() : 0;
  char* p = room(indent + 1);
  if (indent > 0) {
    *p = '\n';
    std::memset(p + 1, ' ', indent - 1);
    p += indent;
  }
  *p++ = bracket;
  end_ = p;
  if (static_cast<std::size_t>(end_ - buffer_.get()) >= kFlushBytes) flush();
}

void JsonWriter::key(std::string_view name) {
  before_value();
  // Keys are the report's own ASCII names: nothing to validate or escape.
  char* p = room(name.size() + 4);
  *p++ = '"';
  std::memcpy(p, name.data(), name.size());
  p += name.size();
  *p++ = '"';
  *p++ = ':';
  if (pretty_) *p++ = ' ';
  end_ = p;
  after_key_ = true;
}

void JsonWriter::value(std::string_view s) {
  before_value();
  string_parts(s, {});
}

void JsonWriter::value(std::string_view a, std::string_view b) {
  before_value();
  string_parts(a, b);
}

// The JSON string of a + b. Valid UTF-8 in both parts is escaped in one pass;
// when either is not valid, the pass is undone and the text replaced byte by
// byte, as it would be for a + b (b, when given, starts a code point).
void JsonWriter::string_parts(std::string_view a, std::string_view b) {
  if (a.size() + b.size() > kStringPiece) {
    if (b.empty()) return long_string(a);
    return long_string(std::string(a) + std::string(b));
  }
  char* start = room(kMaxEscape * (a.size() + b.size()) + 2);
  *start = '"';
  char* p = escape_valid(a, start + 1);
  if (p) p = escape_valid(b, p);
  if (!p) p = escape_replacing(b, escape_replacing(a, start + 1));
  *p++ = '"';
  end_ = p;
}

// A string longer than kStringPiece, escaped a piece at a time (cut at code
// points, so that each piece of valid UTF-8 is valid).
void JsonWriter::long_string(std::string_view s) {
  const bool valid = is_valid_utf8(s);
  put('"');
  while (!s.empty()) {
    std::size_t n = std::min(s.size(), kStringPiece);
    if (valid && n < s.size()) n = code_point_start(s, n);
    const std::string_view piece = s.substr(0, n);
    char* p = room(kMaxEscape * n);
    end_ = valid ? escape_valid(piece, p) : escape_replacing(piece, p);
    s.remove_prefix(n);
  }
  put('"');
}

void JsonWriter::value(double v) {
  if (!std::isfinite(v)) return null();
  before_value();
  char* p = room(32);
  end_ = fmt::format_to(p, FMT_COMPILE("{}"), v);
}

void JsonWriter::value(std::uint64_t v) {
  before_value();
  const fmt::format_int digits(v);
  put(std::string_view(digits.data(), digits.size()));
}

void JsonWriter::value(int v) {
  before_value();
  const fmt::format_int digits(v);
  put(std::string_view(digits.data(), digits.size()));
}

void JsonWriter::value(bool v) {
  before_value();
  put(v ? std::string_view("true") : std::string_view("false"));
}

void JsonWriter::null() {
  before_value();
  put("null");
}

void JsonWriter::field_or_null(std::string_view name, std::string_view s) {
  key(name);
  s.empty() ? null() : value(s);
}

}  // namespace analyze

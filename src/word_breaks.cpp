// Word segments: see word_breaks.h.
#include "analyze/word_breaks.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/ubrk.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <array>
#include <bit>
#include <stdexcept>
#include <string>

#include "analyze/utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace analyze {
namespace {

// Word_Break classes of UAX #29 that the fast path handles. Unsafe: the
// line goes to ICU (Extend, Format, ZWJ, emoji, scripts without spaces...).
enum class Wb : std::uint8_t { Unsafe, Other, Letter, Number, Joiner, MidLetter, MidNumLet, MidNum, Space, CR, LF, Newline };

constexpr char32_t kLatinEnd = 0x250;                         // Basic Latin to Latin Extended-B
constexpr char32_t kPunctStart = 0x2000, kPunctEnd = 0x20D0;  // General Punctuation to Currency Symbols

std::unique_ptr<icu::BreakIterator> french_word_iterator() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale("fr"), status));
  if (U_FAILURE(status) || !it) throw std::runtime_error("ICU word break iterator is unavailable");
  return it;
}

// Asks ICU's iterator how it segments tiny strings.
class Probe {
 public:
  Probe() : words_(french_word_iterator()) {}
  bool one_segment(const icu::UnicodeString& s) {
    words_->setText(s);
    return words_->next() == s.length();
  }
  bool first_is_none(const icu::UnicodeString& s) {
    words_->setText(s);
    words_->next();
    return words_->getRuleStatus() < UBRK_WORD_NONE_LIMIT;
  }

 private:
  std::unique_ptr<icu::BreakIterator> words_;
};

icu::UnicodeString str(const char* ascii) { return icu::UnicodeString(ascii, -1, icu::UnicodeString::kInvariant); }

// Letter, digit or connector ("_", U+202F): joins letters on both sides.
Wb measure_joining(Probe& probe, const icu::UnicodeString& x, bool lone_none) {
  const bool letter = probe.one_segment(str("a.") + x);   // WB6-7: "a.b"
  const bool number = probe.one_segment(str("1,") + x);   // WB11-12: "1,2"
  if (letter && !number && !lone_none) return Wb::Letter;
  if (number && !letter && !lone_none) return Wb::Number;
  // A connector alone has no status, "__" has one: fast_word_segments assumes it.
  if (!letter && !number && lone_none && !probe.first_is_none(x + x)) return Wb::Joiner;
  return Wb::Unsafe;
}

// The class ICU gives `c` in practice, measured on its iterator.
Wb measure(Probe& probe, char32_t c) {
  switch (u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_WORD_BREAK)) {
    case U_WB_CR: return Wb::CR;
    case U_WB_LF: return Wb::LF;
    case U_WB_NEWLINE: return Wb::Newline;
    default: break;
  }
  if (u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_EXTENDED_PICTOGRAPHIC)) return Wb::Unsafe;
  const icu::UnicodeString x(static_cast<UChar32>(c));
  const bool after_letter = probe.one_segment(str("a") + x);
  const bool before_letter = probe.one_segment(x + str("a"));
  const bool lone_none = probe.first_is_none(x);
  if (after_letter && before_letter) return measure_joining(probe, x, lone_none);
  if (after_letter || before_letter || !lone_none) return Wb::Unsafe;  // Extend, Format...
  if (probe.one_segment(x + x)) return probe.first_is_none(x + x) ? Wb::Space : Wb::Unsafe;
  const bool mid_letter = probe.one_segment(str("a") + x + str("a"));
  const bool mid_number = probe.one_segment(str("1") + x + str("1"));
  if (mid_letter) return mid_number ? Wb::MidNumLet : Wb::MidLetter;
  return mid_number ? Wb::MidNum : Wb::Other;
}

// Character properties the tokenizer asks of each segment (ICU's answers),
// and two that a word run keeps track of.
enum CharBits : std::uint8_t {
  kAlpha = 1,
  kUpper = 2,
  kWhite = 4,
  kAsciiDigit = 8,
  kPlainLetter = 16,  // class Letter and alphabetic: may make a kShapeLetters segment
  kNotJoiner = 32,    // not a connector: a run holding one has a rule status
};

struct CharInfo {
  Wb cls = Wb::Unsafe;
  std::uint8_t bits = 0;  // CharBits
};

CharInfo describe(Probe& probe, char32_t c) {
  const auto cp = static_cast<UChar32>(c);
  const Wb cls = measure(probe, c);
  int bits = (u_isalpha(cp) ? kAlpha : 0) | (u_isupper(cp) ? kUpper : 0) | (u_isUWhiteSpace(cp) ? kWhite : 0) |
             (c >= '0' && c <= '9' ? kAsciiDigit : 0) | (cls != Wb::Joiner ? kNotJoiner : 0);
  if (cls == Wb::Letter && (bits & kAlpha)) bits |= kPlainLetter;
  return {cls, static_cast<std::uint8_t>(bits)};
}

// The bits of 'a'-'z' when ICU sees them as plain lower-case letters (it does).
constexpr std::uint8_t kLowercaseBits = kAlpha | kPlainLetter | kNotJoiner;

class ClassTable {
 public:
  ClassTable() {
    Probe probe;
    for (char32_t c = 0; c < kLatinEnd; ++c) info_[c] = describe(probe, c);
    for (char32_t c = kPunctStart; c < kPunctEnd; ++c) info_[kLatinEnd + c - kPunctStart] = describe(probe, c);
    for (char32_t c = 'a'; c <= 'z'; ++c) plain_lowercase_ &= info_[c].cls == Wb::Letter && info_[c].bits == kLowercaseBits;
  }
  // True when 'a'-'z' are plain lower-case letters to ICU (they are): word_run skips over them.
  bool plain_lowercase() const { return plain_lowercase_; }
  CharInfo of(char32_t c) const {
    if (c < kLatinEnd) return info_[c];
    if (c >= kPunctStart && c < kPunctEnd) return info_[kLatinEnd + c - kPunctStart];
    return {};
  }

 private:
  std::array<CharInfo, kLatinEnd + (kPunctEnd - kPunctStart)> info_{};
  bool plain_lowercase_ = true;
};

// Measured once per process, then only read: safe from any thread.
const ClassTable& class_table() {
  static const ClassTable table;
  return table;
}

struct Decoded {
  Wb cls = Wb::Unsafe;
  std::uint8_t bits = 0;
  std::uint32_t length = 0;
};

// Class and length of the code point at p; invalid UTF-8 and 4-byte code points are Unsafe.
inline Decoded decode(const ClassTable& table, const unsigned char* p, std::uint64_t available) {
  char32_t c;
  const std::uint32_t length = decode_bmp_utf8(p, available, c);
  const CharInfo info = c == kNotBmp ? CharInfo{} : table.of(c);
  return {info.cls, info.bits, length};
}

bool is_wordlike(Wb c) { return c == Wb::Letter || c == Wb::Number || c == Wb::Joiner; }
bool is_middle(Wb c) { return c == Wb::MidLetter || c == Wb::MidNumLet || c == Wb::MidNum; }

// WB6-7 and WB11-12: a middle character joins two letters or two digits.
bool joins_across(Wb before, Wb mid, Wb after) {
  if (before == Wb::Letter && after == Wb::Letter) return mid == Wb::MidLetter || mid == Wb::MidNumLet;
  if (before == Wb::Number && after == Wb::Number) return mid == Wb::MidNum || mid == Wb::MidNumLet;
  return false;
}

// A run of letters, digits and connectors, and what it is made of: the AND
// and the OR of the CharBits of its characters.
class WordRun {
 public:
  explicit WordRun(const Decoded& first) : last_(first.cls), first_(first.bits), all_(first.bits), any_(first.bits) {}
  void add(const Decoded& d) {
    last_ = d.cls;
    all_ &= d.bits;
    any_ |= d.bits;
    several_ = true;
  }
  void add_plain_lowercase() {  // "lève" after its "l"
    last_ = Wb::Letter;
    all_ &= kLowercaseBits;
    any_ |= kLowercaseBits;
    several_ = true;
  }
  void add_joined(const Decoded& mid, const Decoded& after) {  // "l’IA", "2,5"
    add(mid);
    add(after);
  }
  Wb last() const { return last_; }
  WordSegment segment(std::uint64_t end) const {
    std::uint8_t shape = 0;
    if (all_ & kPlainLetter) {
      shape = kShapeLetters | (first_ & kUpper ? kShapeFirstUpper : 0) | (several_ && (all_ & kUpper) ? kShapeAllUpper : 0);
    } else if (all_ & kAsciiDigit) {
      shape = kShapeDigits;
    }
    return {end, !(any_ & kNotJoiner) && !several_, shape};  // a lone connector has no status, "__" has one
  }

 private:
  Wb last_;
  std::uint8_t first_, all_, any_;
  bool several_ = false;
};

// The segments of one line; each character is decoded once, the one that
// ends a segment being handed to the next (`next`, valid when the segment
// does not end the line).
class LineSegmenter {
 public:
  LineSegmenter(const unsigned char* p, std::uint64_t end) : table_(class_table()), p_(p), end_(end) {}

  Decoded at(std::uint64_t i) const { return decode(table_, p_ + i, end_ - i); }

  // The first offset from i whose byte is not 'a'-'z'. With SSE2 (every
  // x86-64), 16 bytes at a time: the end of most words is then found without
  // a branch that mispredicts at every word end.
  std::uint64_t skip_ascii_lowercase(std::uint64_t i) const {
#if defined(__SSE2__)
    for (; i + 16 <= end_; i += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p_ + i));
      // As signed bytes, those >= 0x80 are negative: below 'a'.
      const __m128i lower = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('a' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('z' + 1)));
      const auto others = static_cast<unsigned>(_mm_movemask_epi8(lower)) ^ 0xFFFFu;
      if (others != 0) return i + static_cast<std::uint64_t>(std::countr_zero(others));
    }
#endif
    while (i < end_ && p_[i] >= 'a' && p_[i] <= 'z') ++i;
    return i;
  }

  // WB5-WB13b: letters, digits and connectors, and middle characters between them.
  WordSegment word_run(std::uint64_t i, const Decoded& first, Decoded& next) const {
    WordRun run(first);
    i += first.length;
    const bool skip_lowercase = table_.plain_lowercase();
    while (i < end_) {
      if (skip_lowercase && p_[i] >= 'a' && p_[i] <= 'z') {
        i = skip_ascii_lowercase(i + 1);
        run.add_plain_lowercase();
        continue;
      }
      const Decoded d = at(i);
      if (is_wordlike(d.cls)) {
        run.add(d);
        i += d.length;
        continue;
      }
      next = d;
      if (!is_middle(d.cls) || i + d.length >= end_) break;
      const Decoded after = at(i + d.length);
      if (!joins_across(run.last(), d.cls, after.cls)) break;
      run.add_joined(d, after);
      i += d.length + after.length;
    }
    return run.segment(i);
  }

  // WB3d: horizontal white space stays together.
  WordSegment space_run(std::uint64_t i, const Decoded& first, Decoded& next) const {
    bool white = (first.bits & kWhite) != 0;
    i += first.length;
    while (i < end_) {
      next = at(i);
      if (next.cls != Wb::Space) break;
      white &= (next.bits & kWhite) != 0;
      i += next.length;
    }
    return {i, true, static_cast<std::uint8_t>(white ? kShapeBlank : 0)};
  }

  // WB3-WB3b, WB999: a segment of one character (two for CR LF).
  WordSegment single(std::uint64_t i, const Decoded& d, Decoded& next) const {
    WordSegment s{i + d.length, true, kShapeSingle};
    if (d.cls == Wb::CR && i + 1 < end_ && p_[i + 1] == '\n') {
      s = {i + 2, true, kShapeBlank | kShapeNewline};
    } else if (d.bits & kWhite) {
      s.shape = static_cast<std::uint8_t>(kShapeBlank | (d.cls == Wb::LF ? kShapeNewline : 0));
    }
    if (s.end < end_) next = at(s.end);
    return s;
  }

 private:
  const ClassTable& table_;
  const unsigned char* p_;
  std::uint64_t end_;
};

}  // namespace

bool fast_word_segments(std::string_view text, std::uint64_t start, std::uint64_t end, std::vector<WordSegment>& out) {
  const LineSegmenter line(reinterpret_cast<const unsigned char*>(text.data()), end);
  if (start >= end) return true;
  Decoded d = line.at(start);
  for (std::uint64_t i = start;;) {
    Decoded next;
    WordSegment segment;
    switch (d.cls) {
      case Wb::Unsafe: return false;
      case Wb::Space: segment = line.space_run(i, d, next); break;
      case Wb::Letter:
      case Wb::Number:
      case Wb::Joiner: segment = line.word_run(i, d, next); break;
      default: segment = line.single(i, d, next); break;
    }
    out.push_back(segment);
    i = segment.end;
    if (i >= end) return true;
    d = next;
  }
}

struct WordBreaker::Impl {
  std::unique_ptr<icu::BreakIterator> words = french_word_iterator();
  UText* utext = nullptr;  // reused from line to line
  ~Impl() { utext_close(utext); }

  void append_icu_segments(std::string_view text, std::uint64_t start, std::uint64_t end, std::vector<WordSegment>& out) {
    UErrorCode status = U_ZERO_ERROR;
    utext = utext_openUTF8(utext, text.data() + start, static_cast<int64_t>(end - start), &status);
    words->setText(utext, status);
    if (U_FAILURE(status)) throw std::runtime_error("cannot open the text for ICU");
    for (int32_t p = words->next(); p != icu::BreakIterator::DONE; p = words->next())
      out.push_back({start + static_cast<std::uint64_t>(p), words->getRuleStatus() < UBRK_WORD_NONE_LIMIT});
  }
};

WordBreaker::WordBreaker() : impl_(std::make_unique<Impl>()) { class_table(); }
WordBreaker::~WordBreaker() = default;

void WordBreaker::icu_segments(std::string_view text, std::uint64_t start, std::uint64_t end, std::vector<WordSegment>& out) {
  out.clear();
  impl_->append_icu_segments(text, start, end, out);
}

namespace {

bool has_letter_or_digit(std::string_view s) {
  for (std::size_t i = 0; i < s.size();)
    if (u_isalnum(static_cast<UChar32>(next_code_point(s, i)))) return true;
  return false;
}

std::string describe_segments(std::string_view text, std::uint64_t start, const std::vector<WordSegment>& segments) {
  std::string out;
  for (const WordSegment& s : segments) {
    out += '[';
    out.append(text.substr(start, s.end - start));
    out += s.none ? "]0 " : "] ";
    start = s.end;
  }
  return out;
}

// Where two segmentations of text from `start` differ, or npos.
std::size_t first_difference(std::string_view text, std::uint64_t start, const std::vector<WordSegment>& a,
                             const std::vector<WordSegment>& b) {
  for (std::size_t k = 0; k < a.size() && k < b.size(); ++k) {
    const std::string_view segment = text.substr(start, a[k].end - start);
    if (a[k].end != b[k].end || (a[k].none != b[k].none && !has_letter_or_digit(segment))) return k;
    start = a[k].end;
  }
  return a.size() == b.size() ? std::string::npos : std::min(a.size(), b.size());
}

}  // namespace

std::string WordBreaker::compare_fast_path_with_icu(std::string_view text, std::uint64_t start, std::uint64_t end) {
  std::vector<WordSegment> fast, icu;
  while (start < end) {
    const std::uint64_t line_end = end_of_line(text, start, end);
    fast.clear();
    if (fast_word_segments(text, start, line_end, fast)) {
      icu_segments(text, start, line_end, icu);
      if (first_difference(text, start, fast, icu) != std::string::npos)
        return "fast " + describe_segments(text, start, fast) + "\nICU  " + describe_segments(text, start, icu);
    }
    start = line_end;
  }
  return {};
}

void WordBreaker::segment_lines(std::string_view text, std::uint64_t start, std::uint64_t end, std::vector<WordSegment>& out) {
  out.clear();
  while (start < end) {
    const std::uint64_t line_end = end_of_line(text, start, end);
    append_line_segments(text, start, line_end, out);
    start = line_end;
  }
}

void WordBreaker::segment_line(std::string_view text, std::uint64_t start, std::uint64_t end, std::vector<WordSegment>& out) {
  out.clear();
  append_line_segments(text, start, end, out);
}

void WordBreaker::append_line_segments(std::string_view text, std::uint64_t start, std::uint64_t end, std::vector<WordSegment>& out) {
  const std::size_t mark = out.size();
  if (!fast_word_segments(text, start, end, out)) {
    out.resize(mark);
    impl_->append_icu_segments(text, start, end, out);
  }
}

}  // namespace analyze

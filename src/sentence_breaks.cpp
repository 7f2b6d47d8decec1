// Sentence boundaries: see sentence_breaks.h.
#include "analyze/sentence_breaks.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <array>
#include <bit>
#include <stdexcept>

#include "analyze/utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace analyze {
namespace {

// Sentence_Break classes of UAX #29 the fast path handles; Unsafe sends the
// line to ICU (Extend, Format, Sep, CR, code points outside the table).
enum class Sb : std::uint8_t { Unsafe, Other, Sp, Lower, Upper, OLetter, Numeric, ATerm, STerm, Close, SContinue, LF };

// The code points French news uses most, whose classes are kept in a table.
constexpr char32_t kLatinEnd = 0x250;                         // Basic Latin to Latin Extended-B
constexpr char32_t kPunctStart = 0x2000, kPunctEnd = 0x20D0;  // General Punctuation to Currency Symbols

Sb icu_class(char32_t c) {
  switch (u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_SENTENCE_BREAK)) {
    case U_SB_OTHER: return Sb::Other;
    case U_SB_SP: return Sb::Sp;
    case U_SB_LOWER: return Sb::Lower;
    case U_SB_UPPER: return Sb::Upper;
    case U_SB_OLETTER: return Sb::OLetter;
    case U_SB_NUMERIC: return Sb::Numeric;
    case U_SB_ATERM: return Sb::ATerm;
    case U_SB_STERM: return Sb::STerm;
    case U_SB_CLOSE: return Sb::Close;
    case U_SB_SCONTINUE: return Sb::SContinue;
    case U_SB_LF: return Sb::LF;
    default: return Sb::Unsafe;
  }
}

bool is_terminator(Sb c) { return c == Sb::ATerm || c == Sb::STerm; }
bool is_letter(Sb c) { return c == Sb::Lower || c == Sb::Upper || c == Sb::OLetter; }

class ClassTable {
 public:
  ClassTable() {
    for (char32_t c = 0; c < kLatinEnd; ++c) classes_[c] = icu_class(c);
    for (char32_t c = kPunctStart; c < kPunctEnd; ++c) classes_[kLatinEnd + c - kPunctStart] = icu_class(c);
    std::size_t stops = 0;
    for (char32_t c = 0; c < 0x80; ++c) {
      ascii_inert_[c] = !is_terminator(classes_[c]) && classes_[c] != Sb::Unsafe;
      if (!ascii_inert_[c] && stops < stops_.size()) stops_[stops] = {{kOnes * c, kOnes * c}};
      stops += !ascii_inert_[c];
    }
    few_stops_ = stops > 0 && stops <= stops_.size();
    for (std::size_t k = stops; k < stops_.size(); ++k) stops_[k] = stops_[0];
  }
  // An ASCII byte that can neither make a boundary nor send the line to ICU (most of them).
  bool inert(unsigned char byte) const { return byte < 0x80 && ascii_inert_[byte]; }
  // Inert bytes skipped 8 at a time from i: the offset of a word holding a byte
  // that may not be inert (never past the first one that is not), or of the last
  // few bytes before `end`.
  std::uint64_t skip_inert_words(const unsigned char* p, std::uint64_t i, std::uint64_t end) const {
    if (!few_stops_) return i;
#if defined(__SSE2__)  // every x86-64: 16 bytes at a time
    const auto* patterns = reinterpret_cast<const __m128i*>(stops_.data());  // stops_ is 16 bytes a stop
    const __m128i stop0 = _mm_load_si128(patterns), stop1 = _mm_load_si128(patterns + 1);
    const __m128i stop2 = _mm_load_si128(patterns + 2), stop3 = _mm_load_si128(patterns + 3);
    for (; i + 16 <= end; i += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      const __m128i stops = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, stop0), _mm_cmpeq_epi8(v, stop1)),
                                         _mm_or_si128(_mm_cmpeq_epi8(v, stop2), _mm_cmpeq_epi8(v, stop3)));
      const auto marks = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(stops, v)));  // v: bytes >= 0x80
      if (marks != 0) return i + static_cast<std::uint64_t>(std::countr_zero(marks));
    }
#endif
    for (; i + 8 <= end; i += 8) {
      const std::uint64_t w = load_8_bytes(p + i);
      std::uint64_t marks = w & kHighBits;
      for (const StopPattern& stop : stops_) {
        const std::uint64_t x = w ^ stop.half[0];
        marks |= (x - kOnes) & ~x & kHighBits;  // bytes equal to `stop` (and perhaps some after one)
      }
      if (marks != 0) return i + first_marked_byte(marks);
    }
    return i;
  }
  Sb of(char32_t c) const {
    if (c < kLatinEnd) return classes_[c];
    if (c >= kPunctStart && c < kPunctEnd) return classes_[kLatinEnd + c - kPunctStart];
    return icu_class(c);  // emoji, other scripts: ICU's property trie
  }

 private:
  std::array<Sb, kLatinEnd + (kPunctEnd - kPunctStart)> classes_{};
  std::array<bool, 0x80> ascii_inert_{};
  // A byte repeated 16 times, for SSE2 (16 bytes) or SWAR (8).
  struct alignas(16) StopPattern {
    std::uint64_t half[2];
  };
  std::array<StopPattern, 4> stops_{};  // the ASCII bytes that are not inert ('.', '!', '?', CR)
  bool few_stops_ = false;
};

// Read once per process, then only read: safe from any thread.
const ClassTable& class_table() {
  static const ClassTable table;
  return table;
}

// One line as classes, read forward or backward from any code point start.
class Line {
 public:
  Line(const ClassTable& table, std::string_view text, std::uint64_t start, std::uint64_t end)
      : table_(table), p_(reinterpret_cast<const unsigned char*>(text.data())), start_(start), end_(end) {}

  std::uint64_t end() const { return end_; }
  // The first offset from i that is not an inert ASCII byte.
  std::uint64_t skip_inert(std::uint64_t i) const {
    i = table_.skip_inert_words(p_, i, end_);
    while (i < end_ && table_.inert(p_[i])) ++i;
    return i;
  }
  // Class of the code point at i (i < end), and its length in `length`.
  Sb at(std::uint64_t i, std::uint32_t& length) const {
    char32_t c;
    length = decode_bmp_utf8(p_ + i, end_ - i, c);
    if (c == kNotBmp) c = decode_supplementary(i, length);
    return c == kNotBmp ? Sb::Unsafe : table_.of(c);
  }
  Sb at(std::uint64_t i) const {
    std::uint32_t length;
    return at(i, length);
  }
  // Class of the code point before i, Other at the start of the line.
  Sb before(std::uint64_t i) const {
    if (i == start_) return Sb::Other;
    std::uint64_t k = i - 1;
    while (k > start_ && (p_[k] & 0xC0) == 0x80) --k;
    return at(k);
  }
  // The first offset from i whose class is not `skipped`.
  std::uint64_t skip(std::uint64_t i, Sb skipped) const {
    std::uint32_t length;
    while (i < end_ && at(i, length) == skipped) i += length;
    return i;
  }

 private:
  // A valid 4-byte sequence at i (emoji), with its length; else kNotBmp.
  char32_t decode_supplementary(std::uint64_t i, std::uint32_t& length) const {
    const unsigned char* p = p_ + i;
    if (end_ - i < 4 || p[0] < 0xF0 || p[0] > 0xF4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
      return kNotBmp;
    const char32_t c = ((p[0] & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
    if (c < 0x10000 || c > 0x10FFFF) return kNotBmp;
    length = 4;
    return c;
  }

  const ClassTable& table_;
  const unsigned char* p_;
  std::uint64_t start_, end_;
};

// SB8: after "ATerm Close* Sp*", no break when the next letter is lower case
// ("… etc. et la suite"), skipping anything that is not a letter or a terminator.
bool lower_case_follows(const Line& line, std::uint64_t i) {
  std::uint32_t length;
  for (; i < line.end(); i += length) {
    const Sb c = line.at(i, length);
    if (is_letter(c) || is_terminator(c) || c == Sb::LF) return c == Sb::Lower;
  }
  return false;
}

// The boundary that a terminator at `i` (class `term`, `length` bytes) makes
// inside the line, or 0 when it makes none there (SB6-SB11).
std::uint64_t boundary_after(const Line& line, std::uint64_t i, Sb term, std::uint32_t length) {
  const std::uint64_t next = i + length;
  if (next >= line.end()) return 0;
  const Sb following = line.at(next);
  if (term == Sb::ATerm && following == Sb::Numeric) return 0;  // SB6: "5.8"
  if (term == Sb::ATerm && following == Sb::Upper) {             // SB7: "U.S.A"
    const Sb previous = line.before(i);
    if (previous == Sb::Upper || previous == Sb::Lower) return 0;
  }
  const std::uint64_t after = line.skip(line.skip(next, Sb::Close), Sb::Sp);  // SB9, SB10
  if (after >= line.end()) return 0;  // the line end breaks (SB11 with ParaSep)
  const Sb c = line.at(after);
  if (c == Sb::LF || c == Sb::SContinue || is_terminator(c)) return 0;  // SB8a, SB11
  if (term == Sb::ATerm && lower_case_follows(line, after)) return 0;   // SB8
  return after;                                                         // SB11
}

// Any Unsafe character makes the line go to ICU; only terminators make boundaries.
bool scan_line(const Line& line, std::uint64_t start, std::vector<std::uint64_t>& out) {
  std::uint32_t length;
  for (std::uint64_t i = line.skip_inert(start); i < line.end(); i = line.skip_inert(i + length)) {
    const Sb c = line.at(i, length);
    if (c == Sb::Unsafe) return false;
    if (!is_terminator(c)) continue;
    if (const std::uint64_t boundary = boundary_after(line, i, c, length)) out.push_back(boundary);
  }
  return true;
}

std::unique_ptr<icu::BreakIterator> french_sentence_iterator() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale("fr"), status));
  if (U_FAILURE(status) || !it) throw std::runtime_error("ICU sentence iterator is unavailable");
  return it;
}

}  // namespace

bool fast_sentence_boundaries(std::string_view text, std::uint64_t start, std::uint64_t end,
                              std::vector<std::uint64_t>& out) {
  const std::size_t mark = out.size();
  if (scan_line(Line(class_table(), text, start, end), start, out)) return true;
  out.resize(mark);
  return false;
}

struct SentenceBreaker::Impl {
  std::unique_ptr<icu::BreakIterator> sentences = french_sentence_iterator();
  UText* utext = nullptr;  // reused from call to call
  ~Impl() { utext_close(utext); }

  void append_icu_boundaries(std::string_view text, std::uint64_t start, std::uint64_t end, std::vector<std::uint64_t>& out) {
    UErrorCode status = U_ZERO_ERROR;
    utext = utext_openUTF8(utext, text.data() + start, static_cast<int64_t>(end - start), &status);
    sentences->setText(utext, status);
    if (U_FAILURE(status)) throw std::runtime_error("cannot open the text for ICU");
    for (int32_t p = sentences->next(); p != icu::BreakIterator::DONE; p = sentences->next())
      out.push_back(start + static_cast<std::uint64_t>(p));
  }
};

SentenceBreaker::SentenceBreaker() : impl_(std::make_unique<Impl>()) { class_table(); }
SentenceBreaker::~SentenceBreaker() = default;

void SentenceBreaker::boundaries(std::string_view text, std::uint64_t start, std::uint64_t end,
                                 std::vector<std::uint64_t>& out) {
  out.clear();
  while (start < end) {
    const std::uint64_t line_end = end_of_line(text, start, end);
    if (fast_sentence_boundaries(text, start, line_end, out)) {
      out.push_back(line_end);
    } else {
      impl_->append_icu_boundaries(text, start, line_end, out);
    }
    start = line_end;
  }
}

void SentenceBreaker::icu_boundaries(std::string_view text, std::uint64_t start, std::uint64_t end,
                                     std::vector<std::uint64_t>& out) {
  out.clear();
  if (start < end) impl_->append_icu_boundaries(text, start, end, out);
}

namespace {

std::string describe(std::string_view text, std::uint64_t start, const std::vector<std::uint64_t>& ends) {
  std::string out;
  for (const std::uint64_t end : ends) {
    out += '[';
    out.append(text.substr(start, end - start));
    out += "] ";
    start = end;
  }
  return out;
}

}  // namespace

std::string SentenceBreaker::compare_fast_path_with_icu(std::string_view text, std::uint64_t start, std::uint64_t end) {
  std::vector<std::uint64_t> fast, icu;
  boundaries(text, start, end, fast);
  icu_boundaries(text, start, end, icu);
  if (fast == icu) return {};
  return "fast " + describe(text, start, fast) + "\nICU  " + describe(text, start, icu);
}

}  // namespace analyze

// Tokenizer stage: see tokenizer.h.
#include "analyze/tokenizer.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <string>

#include "analyze/embedded_data.h"
#include "analyze/sentence_breaks.h"
#include "analyze/utf8.h"
#include "analyze/word_breaks.h"
#include "abbreviations.h"
#include "atomic_spans.h"

namespace analyze {
namespace {

bool is_apostrophe(std::string_view s) { return s == "'" || s == "\xE2\x80\x99"; }

// One space between digit groups: ' ', U+00A0, U+202F or U+2009.
bool is_group_separator(std::string_view gap) {
  return gap == " " || gap == "\xC2\xA0" || gap == "\xE2\x80\xAF" || gap == "\xE2\x80\x89";
}

std::size_t leading_digits(std::string_view s) {
  std::size_t n = 0;
  while (n < s.size() && s[n] >= '0' && s[n] <= '9') ++n;
  return n;
}

// "2 000" may absorb "000" but "5,8" or "2023" may not: the number so far is
// groups of digits separated by spaces, the last group 1 to 3 digits long.
bool can_take_thousands_group(std::string_view number) {
  std::size_t last_group = 0;
  for (std::size_t i = 0; i < number.size(); ++i) {
    const char c = number[i];
    if (c >= '0' && c <= '9') {
      ++last_group;
    } else if (c == ' ' || static_cast<unsigned char>(c) >= 0x80) {
      last_group = 0;  // a group separator (multi-byte spaces are skipped byte by byte)
    } else {
      return false;  // decimal comma or point: no more groups
    }
  }
  return last_group >= 1 && last_group <= 3;
}

// Digits with decimal or group separators only (ICU also calls "o1" a number).
bool is_plain_number(std::string_view s) {
  return !s.empty() && s.front() >= '0' && s.front() <= '9' && std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || c == ',' || c == '.'; });
}

bool contains_letter_or_digit(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {  // ASCII fast path: what u_isalnum answers
      if ((b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z')) return true;
      ++i;
    } else if (u_isalnum(static_cast<UChar32>(next_code_point(s, i)))) {
      return true;
    }
  }
  return false;
}

std::uint8_t word_case_flags(std::string_view s) {
  const LetterCase c = letter_case(s);
  return static_cast<std::uint8_t>((c.first_upper ? kCapitalized : 0) | (c.all_upper ? kAllCaps : 0));
}

// A non-letter, non-space segment: currency sign or %, pictograph, or punctuation.
TokenKind classify_symbol(std::string_view s) {
  std::size_t i = 0;
  const auto c = static_cast<UChar32>(next_code_point(s, i));
  if (c == '%' || c == 0x2030 || u_charType(c) == U_CURRENCY_SYMBOL) return TokenKind::Symbol;
  if (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) || u_hasBinaryProperty(c, UCHAR_REGIONAL_INDICATOR)) return TokenKind::Emoji;
  return TokenKind::Punct;
}

// is_elision_prefix of `s` in ASCII lower case, without allocating.
bool is_elision_prefix_any_case(std::string_view s) {
  char lower[8];
  if (s.size() > sizeof lower) return false;  // longer than any prefix
  for (std::size_t i = 0; i < s.size(); ++i) lower[i] = s[i] >= 'A' && s[i] <= 'Z' ? static_cast<char>(s[i] - 'A' + 'a') : s[i];
  return is_elision_prefix(std::string_view(lower, s.size()));
}

// Length of the apostrophe at s[i] ("'" or U+2019), or 0.
std::size_t apostrophe_at(std::string_view s, std::size_t i) {
  if (s[i] == '\'') return 1;
  return s[i] == '\xE2' && i + 2 < s.size() && s[i + 1] == '\x80' && s[i + 2] == '\x99' ? 3 : 0;
}

// Offset of the first U+202F in `s` (most often a short word), or npos.
std::size_t find_nnbsp(std::string_view s) {
  for (std::size_t i = 0; i + 2 < s.size(); ++i)
    if (s[i] == '\xE2' && s[i + 1] == '\x80' && s[i + 2] == '\xAF') return i;
  return std::string_view::npos;
}

}  // namespace

bool is_elision_prefix(std::string_view p) {
  static constexpr std::string_view kPrefixes[] = {"c", "d", "j", "l", "m", "n", "s", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"};
  return std::find(std::begin(kPrefixes), std::end(kPrefixes), p) != std::end(kPrefixes);
}

struct Tokenizer::Impl {
  WordBreaker words;
  SentenceBreaker sentences;
  AtomicSpanFinder atomic;
  AbbreviationFilter abbreviations;
  // Buffers kept from call to call, so that tokenizing allocates nothing once warm.
  std::vector<AtomicSpan> atomic_spans;
  std::vector<std::uint64_t> sentence_ends;
  std::vector<WordSegment> segments;
  // What emit_segment makes of a segment of one code point below kLoneKindsEnd,
  // filled as they come: 0 not asked yet, kNotLoneSymbol, or 1 + a TokenKind.
  static constexpr char32_t kLoneKindsEnd = 0x2100;  // Latin, punctuation, currency signs
  static constexpr std::uint8_t kNotLoneSymbol = 0xFF;
  std::array<std::uint8_t, kLoneKindsEnd> lone_kinds{};

  // Where the tokens of the current range stand between two segments.
  struct SplitState {
    std::uint64_t segment_start;
    std::uint64_t skip_until = 0;   // end of the last atomic span
    std::size_t next_atomic = 0;
    std::uint64_t next_atomic_start = 0;  // start of atomic_spans[next_atomic], or the largest offset
    std::uint8_t pending = 0;       // flags for the next token
  };

  void find_sentence_ends(std::string_view text, Span range);
  void split_words(std::string_view text, Span range, TokenizedText& out);
  // Takes the state by value and returns it, so that split_words keeps it in registers.
  SplitState take_segment(std::string_view text, const WordSegment& segment, SplitState state, TokenizedText& out);
  bool take_known_shape(std::string_view text, std::uint64_t a, const WordSegment& segment, std::uint8_t& pending,
                        TokenizedText& out);
  std::uint8_t lone_kind(std::string_view s);
  void emit(std::string_view text, std::uint64_t a, std::uint64_t b, TokenKind kind, std::uint8_t& pending, TokenizedText& out);
  void emit_word(std::string_view text, std::uint64_t a, std::uint64_t b, std::uint8_t& pending, TokenizedText& out);
  void emit_segment(std::string_view text, std::uint64_t a, std::uint64_t b, bool none, std::uint8_t& pending,
                    TokenizedText& out);
  static void assign_sentences(std::string_view text, const std::vector<std::uint64_t>& ends, Span range, TokenizedText& out);
};

// ICU's sentence boundaries, less those that follow an abbreviation ("M. Dupont").
void Tokenizer::Impl::find_sentence_ends(std::string_view text, Span range) {
  sentences.boundaries(text, range.start, range.end, sentence_ends);
  std::erase_if(sentence_ends, [&](std::uint64_t end) { return end != range.end && !abbreviations.keeps_break(text, end); });
}

void Tokenizer::Impl::emit(std::string_view text, std::uint64_t a, std::uint64_t b, TokenKind kind, std::uint8_t& pending,
                           TokenizedText& out) {
  Token t;
  t.start = a;
  t.end = b;
  t.kind = kind;
  t.flags = pending;
  pending = 0;
  const std::string_view s = text.substr(a, b - a);
  // "l" + "’" with nothing between: an elided article before a word ICU did not join ("d’1 milliard").
  if (kind == TokenKind::Punct && is_apostrophe(s) && !out.tokens.empty() && !t.has(kSpaceBefore)) {
    Token& prev = out.tokens.back();
    if (prev.kind == TokenKind::Word && prev.end == a && is_elision_prefix_any_case(prev.in(text))) {
      prev.end = b;
      prev.flags = static_cast<std::uint8_t>((prev.flags & ~(kCapitalized | kAllCaps)) | kElided);
      return;
    }
  }
  // "2" + " " + "000": one number with grouped thousands.
  if (kind == TokenKind::Number && !out.tokens.empty() && out.tokens.back().kind == TokenKind::Number) {
    Token& prev = out.tokens.back();
    if (is_group_separator(text.substr(prev.end, a - prev.end)) && leading_digits(s) == 3 &&
        (s.size() == 3 || s[3] == ',' || s[3] == '.') && can_take_thousands_group(prev.in(text))) {
      prev.end = b;
      return;
    }
  }
  if (kind == TokenKind::Word) t.flags |= word_case_flags(s);
  out.tokens.push_back(t);
}

// A letter segment from ICU: split off an elided prefix ("l’IA") and a
// leading number ("10M" → "10" "M"), then emit.
void Tokenizer::Impl::emit_word(std::string_view text, std::uint64_t a, std::uint64_t b, std::uint8_t& pending, TokenizedText& out) {
  const std::string_view s = text.substr(a, b - a);
  for (std::size_t i = 1; i < s.size() && i <= 7; ++i) {
    const std::size_t apo = apostrophe_at(s, i);
    if (apo == 0) continue;
    if (i + apo < s.size() && is_elision_prefix_any_case(s.substr(0, i))) {
      Token t;  // what emit would push, with kElided instead of its case
      t.start = a;
      t.end = a + i + apo;
      t.flags = static_cast<std::uint8_t>(pending | kElided);
      pending = 0;
      out.tokens.push_back(t);
      a += i + apo;
    }
    break;
  }
  const std::string_view rest = text.substr(a, b - a);
  std::size_t digits = leading_digits(rest);
  if (digits > 0) {
    // Take decimal separators followed by digits: "1,5Md" → "1,5" "Md".
    while (digits + 1 < rest.size() && (rest[digits] == ',' || rest[digits] == '.') && rest[digits + 1] >= '0' &&
           rest[digits + 1] <= '9') {
      digits += 1 + leading_digits(rest.substr(digits + 1));
    }
    if (digits < rest.size()) {
      emit(text, a, a + digits, TokenKind::Number, pending, out);
      a += digits;
    }
  }
  emit(text, a, b, TokenKind::Word, pending, out);
  if (contains_digit(text.substr(a, b - a))) out.tokens.back().flags |= kHasDigit;
}

// Line by line, so that the segment buffer stays small.
void Tokenizer::Impl::split_words(std::string_view text, Span range, TokenizedText& out) {
  SplitState state{range.start};
  state.next_atomic_start = atomic_spans.empty() ? UINT64_MAX : atomic_spans.front().start;
  for (std::uint64_t start = range.start; start < range.end;) {
    const std::uint64_t end = end_of_line(text, start, range.end);
    words.segment_line(text, start, end, segments);
    for (const WordSegment& segment : segments) {
      // Segments the fast path described, outside URLs and handles: nearly all of them.
      const bool plain = segment.shape != 0 && state.skip_until <= state.segment_start &&
                         state.next_atomic_start >= segment.end;
      if (plain && take_known_shape(text, state.segment_start, segment, state.pending, out)) {
        state.segment_start = segment.end;
      } else {
        state = take_segment(text, segment, state, out);
      }
    }
    start = end;
  }
}

// The segments whose shape the fast path knows: white space and plain
// words or numbers, as emit_segment would take them. False for the others.
inline bool Tokenizer::Impl::take_known_shape(std::string_view text, std::uint64_t a, const WordSegment& segment,
                                              std::uint8_t& pending, TokenizedText& out) {
  if (segment.shape & kShapeLetters) {
    Token t;
    t.start = a;
    t.end = segment.end;
    t.flags = static_cast<std::uint8_t>(pending | (segment.shape & kShapeFirstUpper ? kCapitalized : 0) |
                                        (segment.shape & kShapeAllUpper ? kAllCaps : 0));
    pending = 0;
    out.tokens.push_back(t);
    return true;
  }
  if (segment.shape & kShapeBlank) {
    pending |= kSpaceBefore | (segment.shape & kShapeNewline ? kNewlineBefore : 0);
    return true;
  }
  if (segment.shape & kShapeDigits) {
    std::uint8_t flags = pending;  // emit's copy: `pending` itself stays in a register
    emit(text, a, segment.end, TokenKind::Number, flags, out);
    pending = 0;
    return true;
  }
  if (!(segment.shape & kShapeSingle)) return false;
  const std::uint8_t kind = lone_kind(text.substr(a, segment.end - a));
  if (kind == kNotLoneSymbol) return false;
  std::uint8_t flags = pending;
  emit(text, a, segment.end, static_cast<TokenKind>(kind - 1), flags, out);
  pending = 0;
  return true;
}

// A segment of one code point that emit_segment would emit as a symbol,
// punctuation or emoji: its kind + 1, else kNotLoneSymbol (the cache saves
// ICU's property look-ups on every ",", "«" or "€").
std::uint8_t Tokenizer::Impl::lone_kind(std::string_view s) {
  char32_t c;
  decode_bmp_utf8(reinterpret_cast<const unsigned char*>(s.data()), s.size(), c);
  if (c >= kLoneKindsEnd) return kNotLoneSymbol;  // kNotBmp too
  std::uint8_t& kind = lone_kinds[c];
  if (kind == 0) {
    const bool symbol = !contains_letter_or_digit(s) && !is_all_space(s);
    kind = symbol ? static_cast<std::uint8_t>(static_cast<std::uint8_t>(classify_symbol(s)) + 1) : kNotLoneSymbol;
  }
  return kind;
}

Tokenizer::Impl::SplitState Tokenizer::Impl::take_segment(std::string_view text, const WordSegment& segment, SplitState state,
                                                          TokenizedText& out) {
  const std::uint64_t b = segment.end;
  const std::uint64_t a = state.segment_start;
  std::uint64_t seg_start = std::max(a, state.skip_until);
  state.segment_start = b;
  if (seg_start >= b) return state;
  // Every atomic span that starts in the segment (ICU 72 joins "@" to letters:
  // one segment may hold several handles).
  while (state.next_atomic < atomic_spans.size() && atomic_spans[state.next_atomic].start < b) {
    const AtomicSpan& span = atomic_spans[state.next_atomic++];
    state.next_atomic_start = state.next_atomic == atomic_spans.size() ? UINT64_MAX : atomic_spans[state.next_atomic].start;
    if (span.start > seg_start) {
      // Text before the span in the same segment ("(" before a URL).
      emit_segment(text, seg_start, span.start, segment.none, state.pending, out);
    }
    emit(text, span.start, span.end, span.kind, state.pending, out);
    state.skip_until = span.end;
    if (span.end >= b) return state;
    seg_start = span.end;
  }
  // ICU joins U+202F (an ExtendNumLet) to the letters and digits around it
  // ("2\u202F000", "5\u202Fmilliards"), but French uses it as a space.
  std::uint64_t part = seg_start;
  while (true) {
    const std::size_t nnbsp = find_nnbsp(text.substr(part, b - part));
    const std::uint64_t part_end = nnbsp == std::string_view::npos ? b : part + nnbsp;
    if (part_end > part) emit_segment(text, part, part_end, segment.none, state.pending, out);
    if (part_end == b) break;
    state.pending |= kSpaceBefore;
    part = part_end + 3;
  }
  return state;
}

void Tokenizer::Impl::emit_segment(std::string_view text, std::uint64_t a, std::uint64_t b, bool none, std::uint8_t& pending,
                                   TokenizedText& out) {
  const std::string_view s = text.substr(a, b - a);
  if (none && !contains_letter_or_digit(s)) {
    if (is_all_space(s)) {
      pending |= kSpaceBefore;
      if (s.find('\n') != std::string_view::npos) pending |= kNewlineBefore;
      return;
    }
    emit(text, a, b, classify_symbol(s), pending, out);
  } else if (is_plain_number(s)) {
    emit(text, a, b, TokenKind::Number, pending, out);
  } else {
    emit_word(text, a, b, pending, out);
  }
}

void Tokenizer::Impl::assign_sentences(std::string_view text, const std::vector<std::uint64_t>& ends, Span range,
                                       TokenizedText& out) {
  std::size_t t = 0;
  std::uint64_t start = range.start;
  for (const std::uint64_t end : ends) {
    const std::size_t first = t;
    const auto index = static_cast<std::uint32_t>(out.sentences.size());  // if it holds a token
    for (; t < out.tokens.size() && out.tokens[t].start < end; ++t) out.tokens[t].sentence = index;
    if (t > first) {
      Sentence s;
      s.first_token = static_cast<std::uint32_t>(first);
      s.end_token = static_cast<std::uint32_t>(t);
      s.span = {out.tokens[first].start, out.tokens[t - 1].end};
      out.sentences.push_back(s);
    }
    start = end;
  }
  (void)start;
  (void)text;
}

Tokenizer::Tokenizer() : impl_(std::make_unique<Impl>()) {}
Tokenizer::~Tokenizer() = default;

void Tokenizer::tokenize(std::string_view text, Span range, TokenizedText& out) {
  out.clear();
  if (range.end <= range.start) return;
  impl_->atomic.find(text, range, impl_->atomic_spans);
  impl_->find_sentence_ends(text, range);
  impl_->split_words(text, range, out);
  Impl::assign_sentences(text, impl_->sentence_ends, range, out);
}

TokenizedText Tokenizer::tokenize(std::string_view text) {
  TokenizedText out;
  tokenize(text, Span{0, text.size()}, out);
  return out;
}

}  // namespace analyze

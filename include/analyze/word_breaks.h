// Word segments of a line of text, exactly as ICU's word BreakIterator
// (French locale) draws them, but several times faster on French text.
//
// Lines made only of the characters French news uses (Latin letters,
// digits, spaces, punctuation, quotes, dashes, currency signs: U+0000-U+024F
// and U+2000-U+20CF) are segmented by a small state machine implementing the
// rules of UAX #29 that can apply to them (WB3-WB13b). Any other line
// (emoji, combining marks, other scripts, invalid UTF-8) goes to ICU. The
// class of each of those characters is not taken from the Unicode tables but
// measured on ICU's iterator once per process, so that ICU's own tailorings
// hold ("a@b" is one segment in ICU 72, "a:b" three).
//
//   "l’IA lève 2,5 M€\n" → "l’IA" " " "lève" " " "2,5" " " "M" "€" "\n"
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace analyze {

// What the fast path learns of a segment on the way, so that the tokenizer
// need not look at it again. ICU's segments have no shape (0).
enum WordShape : std::uint8_t {
  kShapeBlank = 1 << 0,       // white space only
  kShapeNewline = 1 << 1,     // with kShapeBlank: holds a '\n'
  kShapeLetters = 1 << 2,     // alphabetic letters only ("levée", "IA")
  kShapeFirstUpper = 1 << 3,  // with kShapeLetters: the first letter is upper case
  kShapeAllUpper = 1 << 4,    // with kShapeLetters: two letters or more, all upper case
  kShapeDigits = 1 << 5,      // ASCII digits only ("2025")
  kShapeSingle = 1 << 6,      // one character, not white space, alone by WB999 ("«", ",", "€")
};

struct WordSegment {
  std::uint64_t end = 0;   // offset in the text just after the segment
  bool none = false;       // ICU's rule status is UBRK_WORD_NONE (spaces, punctuation)
  std::uint8_t shape = 0;  // WordShape bits
};

// The fast path alone: the segments of text[start, end) appended to `out`;
// false, with `out` partly filled, when a character is outside its repertoire.
bool fast_word_segments(std::string_view text, std::uint64_t start, std::uint64_t end, std::vector<WordSegment>& out);

// Holds an ICU word iterator: one per thread.
class WordBreaker {
 public:
  WordBreaker();
  ~WordBreaker();
  WordBreaker(const WordBreaker&) = delete;
  WordBreaker& operator=(const WordBreaker&) = delete;

  // Replaces `out` with the segments of text[start, end), which must be whole
  // lines: `start` at the start of the text or after a '\n', `end` after a
  // '\n' or at the end of the text (ICU never joins across a line end).
  void segment_lines(std::string_view text, std::uint64_t start, std::uint64_t end, std::vector<WordSegment>& out);

  // The same for one line: text[start, end) holds no '\n' but perhaps its last byte.
  void segment_line(std::string_view text, std::uint64_t start, std::uint64_t end, std::vector<WordSegment>& out);

  // The same with ICU only, for any range (tests compare both).
  void icu_segments(std::string_view text, std::uint64_t start, std::uint64_t end, std::vector<WordSegment>& out);

  // For tests and fuzzing: the first line of text[start, end) (whole lines)
  // where the fast path disagrees with ICU on a boundary, or on the status of a
  // segment without letters or digits (the only one the tokenizer reads),
  // described in words; empty when they agree.
  std::string compare_fast_path_with_icu(std::string_view text, std::uint64_t start, std::uint64_t end);

 private:
  void append_line_segments(std::string_view text, std::uint64_t start, std::uint64_t end, std::vector<WordSegment>& out);
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace analyze

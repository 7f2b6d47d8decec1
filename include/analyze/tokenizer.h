// Tokenizer stage: sentences and words of French text, with ICU's
// BreakIterator (French locale) and the French rules ICU does not know:
//   - elided articles are their own token: "l’IA" → "l’" "IA", "qu’OpenAI" → "qu’" "OpenAI";
//   - numbers stay whole with a decimal comma and thousands grouped by a space,
//     U+00A0 or U+202F: "2 000", "5,8", "1 234,5";
//   - a number glued to letters is split: "10M$" → "10" "M" "$";
//   - currency symbols and % are their own tokens;
//   - URLs, e-mail addresses and @handles are single tokens;
//   - abbreviations such as "M.", "Dr." or "etc." do not end a sentence.
// Offsets are byte offsets into the text given to tokenize().
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "analyze/document.h"

namespace analyze {

enum class TokenKind : std::uint8_t {
  Word,    // letters, possibly with digits ("OpenAI", "o1", "H800")
  Number,  // digits with separators ("2 000", "5,8", "5.576")
  Symbol,  // currency sign or % ("$", "€", "%")
  Punct,   // punctuation ("«", ",", "-", "’")
  Url,     // "https://…", "www.…", "pic.twitter.com/…", e-mail addresses
  Handle,  // "@sama"
  Emoji,   // pictographs ("🚀")
};

// Token flags, OR-ed together in Token::flags.
enum TokenFlag : std::uint8_t {
  kSpaceBefore = 1 << 0,    // white space separates it from the previous token
  kNewlineBefore = 1 << 1,  // a line break separates it from the previous token
  kCapitalized = 1 << 2,    // first letter is upper case ("Nvidia", "IA")
  kAllCaps = 1 << 3,        // every letter upper case, at least two ("IA", "CEGELEM")
  kElided = 1 << 4,         // an elided article or pronoun ("l’", "d'", "qu’")
  kHasDigit = 1 << 5,       // a word with a digit ("o1", "GPT4")
};

struct Token {
  std::uint64_t start = 0;
  std::uint64_t end = 0;
  std::uint32_t sentence = 0;  // index into TokenizedText::sentences
  TokenKind kind = TokenKind::Word;
  std::uint8_t flags = 0;

  bool has(TokenFlag f) const { return (flags & f) != 0; }
  std::string_view in(std::string_view text) const { return text.substr(start, end - start); }
};

struct Sentence {
  Span span;                     // trimmed of surrounding white space
  std::uint32_t first_token = 0;  // [first_token, end_token) in TokenizedText::tokens
  std::uint32_t end_token = 0;
};

struct TokenizedText {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  void clear() {
    tokens.clear();
    sentences.clear();
  }
};

// Holds the ICU break iterators; not thread-safe, so make one per thread.
class Tokenizer {
 public:
  Tokenizer();
  ~Tokenizer();
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

  // Tokenizes text[range.start, range.end) into `out` (cleared first).
  // Token and sentence offsets are offsets into `text`. `range` must start and
  // end on code point boundaries and be shorter than 2 GiB (ICU's int32 limit).
  void tokenize(std::string_view text, Span range, TokenizedText& out);

  // Tokenizes all of `text` (shorter than 2 GiB).
  TokenizedText tokenize(std::string_view text);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The French elided forms split off a word ("l", "d", "qu", "jusqu"...),
// without their apostrophe, in lower case.
bool is_elision_prefix(std::string_view lower_ascii_prefix);

}  // namespace analyze

// French numbers as articles write them, read exactly.
//   parse_french_number("2 000")          → 2000     (thousands grouped by a space, U+00A0 or U+202F)
//   parse_french_number("5,8")            → 5.8      (decimal comma)
//   parse_french_number("294.000")        → 294000   (a dot before three digits groups thousands...)
//   parse_french_number("5.576", true)    → 5.576    (...unless a scale word follows: "5.576 millions")
//   numbers.parse("1,5 Md")               → 1.5e9
//   numbers.parse("7-8 milliards")        → low 7e9, high 8e9
//   numbers.parse("entre 5 et 6 millions")→ low 5e6, high 6e6
//   numbers.parse("deux cent mille")      → 200000
//   numbers.parse("une centaine")         → 100, collective (an approximate count)
// Errors are values: a number that does not parse, or that a double cannot
// hold exactly enough (more than 40 significant digits), is an error, never inf or NaN.
// The word lists (cardinals, scale words, abbreviations) are data:
// data/figures/numbers.tsv. See docs/figures.md.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace analyze {

enum class NumberError : std::uint8_t { None, Empty, Malformed, TooLarge, NoNumber };

struct NumberResult {
  double value = 0;
  NumberError error = NumberError::None;
  bool ok() const { return error == NumberError::None; }
};

// Reads digits with French separators. `scale_follows` says that a scale word
// comes next, which makes a single dot before three digits a decimal point.
NumberResult parse_french_number(std::string_view digits, bool scale_follows = false);

// The folded form of a word used for every look-up: lower case, accents
// removed, typographic apostrophe made ASCII, an elided article spelled out
// ("d’" → "de", "l’" → "le", "jusqu’" → "jusque"). Fixed capacity, no
// allocation: a longer word folds to the empty key, which matches nothing.
// "Milliards" → "milliards", "Téléchargé" → "telecharge", "d’" → "de".
struct WordKey {
  static constexpr std::size_t kCapacity = 24;
  char bytes[kCapacity] = {};
  std::uint8_t size = 0;
  std::string_view view() const { return {bytes, size}; }
};
WordKey make_word_key(std::string_view word);

// One token as the number reader sees it.
struct Lexeme {
  std::string_view text;       // as written
  std::string_view key;        // folded (make_word_key), owned by the caller
  bool space_before = false;   // white space separates it from the previous lexeme
  bool digits = false;         // a number written with digits ("2 000", "5,8")
};

// Lexemes of a short text, split the way the tokenizer splits ("10M$" → "10"
// "M" "$", "d’euros" → "d’" "euros"), with the storage for their keys.
class LexemeBuffer {
 public:
  explicit LexemeBuffer(std::string_view text);
  LexemeBuffer(const LexemeBuffer&) = delete;
  LexemeBuffer& operator=(const LexemeBuffer&) = delete;
  std::span<const Lexeme> lexemes() const { return lexemes_; }

 private:
  std::vector<std::unique_ptr<WordKey>> keys_;
  std::vector<Lexeme> lexemes_;
};

enum class ScaleKind : std::uint8_t { Word, Abbrev, Collective };

struct ScaleWord {
  double factor = 1;
  ScaleKind kind = ScaleKind::Word;
};

// A number with its scale words, possibly a range, read from lexemes.
struct Amount {
  double value = 0;                // the value, or the low end of a range
  std::optional<double> high;      // the high end of a range
  double scale = 1;                // product of the scale words ("centaines de millions" → 1e8)
  bool scale_word = false;         // a scale word (million, milliard, mille) was read
  bool abbrev = false;             // the last scale is an abbreviation ("M", "Md"): a unit must follow
  bool collective = false;         // a collective noun ("centaine", "milliers") was read
  bool spelled = false;            // written in words ("deux millions")
  std::size_t begin = 0, end = 0;  // the lexemes read, [begin, end)
  std::size_t first_end = 0;       // end of the first number when this is a range
  NumberError error = NumberError::None;
  bool ok() const { return error == NumberError::None; }
};

struct RangeOptions {
  bool conjunction_et = false;  // "entre 5 et 6": "et" joins a range
  bool preposition_a = true;    // "5 à 6 M€" is a range; not after "passe de"
};

class FrenchNumbers {
 public:
  FrenchNumbers();  // loads data/figures/numbers.tsv
  ~FrenchNumbers();
  FrenchNumbers(FrenchNumbers&&) noexcept;

  // Scale word or abbreviation ("milliards" → 1e9; "M" → 1e6, case-sensitive).
  std::optional<ScaleWord> scale(const Lexeme& lexeme) const;
  // Value of a spelled-out number word ("vingt" → 20).
  std::optional<double> cardinal(std::string_view key) const;

  // One number at lex[i] (digits or words) with its scale words; error
  // NoNumber when lex[i] starts no number.
  Amount read_number(std::span<const Lexeme> lex, std::size_t i) const;
  // A number or a range ("7-8 milliards", "5 à 6", "2 ou 3 millions") at lex[i].
  Amount read_amount(std::span<const Lexeme> lex, std::size_t i, RangeOptions options = {}) const;
  // The amount a whole short text states ("entre 5 et 6 millions"); error
  // Malformed when words are left over.
  Amount parse(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<const Impl> impl_;
  Amount read_spelled(std::span<const Lexeme> lex, std::size_t i) const;
  std::size_t half_scale(std::span<const Lexeme> lex, std::size_t i) const;
  void read_scales(std::span<const Lexeme> lex, Amount& amount) const;
};

}  // namespace analyze

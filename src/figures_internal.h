// Internal to the figure extractor (src/figures*.cpp): the lexicon built from
// data/figures/, the window of lexemes read around a trigger token, and the
// readers that turn a window into a candidate figure.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/document.h"
#include "analyze/numbers.h"
#include "analyze/tokenizer.h"
#include "figures_tables.h"

namespace analyze::figures_detail {

enum class CurrencyMatch : std::uint8_t { Symbol, Code, Word, DealWord };

struct CurrencyForm {
  std::string code;  // ISO 4217
  CurrencyMatch match = CurrencyMatch::Word;
  double factor = 1;  // a centime is 0.01 EUR
};

struct UnitForm {
  std::string unit;     // singular noun, as reported
  bool vague = false;   // "des milliers de GPU" is a figure
};

enum class RateClass : std::uint8_t { Time, Entity, Count, Adjective };

struct RateForm {
  std::string per;      // normalized ("year", "token")
  RateClass kind = RateClass::Time;
  std::string plural;   // for counts: "tokens" in "1M tokens"
};

struct FoisVerb {
  std::string stem;     // folded ("telecharg")
  std::string unit;     // "téléchargement"
};

// What starts a figure: a number, or a scale word or determiner of a vague
// amount. "un"/"une" start one only before a scale word ("un milliard").
enum class Trigger : std::uint8_t { None, Number, Article, Vague };

// Every table of the figure grammar, loaded once.
struct Lexicon {
  Lexicon();
  FrenchNumbers numbers;
  PhraseTable<CurrencyForm> currencies;
  PhraseTable<UnitForm> units;
  PhraseTable<RateForm> rates;
  PhraseTable<Approx> qualifiers_before, qualifiers_after;
  std::vector<FoisVerb> fois_verbs;
  WordRoles roles;

  // Trigger of a word token (cardinals, scale words, "quelques"), without
  // allocating; Trigger::None for most words, which a test of their length
  // and first two letters rejects inline (it runs for every word).
  Trigger word_trigger(std::string_view word) const {
    if (word.empty() || word.size() > kMaxTriggerBytes) return Trigger::None;
    const int first = letter_index(word[0]), second = word.size() < 2 ? 0 : 1 + letter_index(word[1]);
    if (first < 0 || second < 0) return Trigger::None;
    if ((trigger_shapes_[static_cast<std::size_t>(first)][static_cast<std::size_t>(second)] & (1u << word.size())) == 0) return Trigger::None;
    return find_trigger(word);
  }
  // The unit noun of "téléchargé ... N fois", or nullptr.
  const std::string* fois_unit(std::string_view key) const;

 private:
  static constexpr std::size_t kMaxTriggerBytes = 16;
  // Index of an ASCII letter in either case, or -1.
  static int letter_index(char c) {
    const unsigned i = static_cast<unsigned>((static_cast<unsigned char>(c) | 0x20) - 'a');
    return i < 26 ? static_cast<int>(i) : -1;
  }
  Trigger find_trigger(std::string_view word) const;  // after the shape test

  StringMap<Trigger> triggers_;  // ASCII, lower case
  // Bit n of [first letter][second letter] is set when a trigger word of n bytes starts so.
  std::array<std::array<std::uint32_t, 27>, 26> trigger_shapes_{};
};

// The lexemes of the tokens around a trigger, within its sentence.
struct Window {
  static constexpr std::size_t kBefore = 10, kAfter = 22, kCapacity = kBefore + kAfter;
  std::array<Lexeme, kCapacity> lex;
  std::array<WordKey, kCapacity> keys;
  std::array<const Token*, kCapacity> tokens{};
  std::size_t size = 0;
  std::size_t trigger = 0;        // index of the trigger token
  std::size_t floor = 0;          // first lexeme not used by an earlier figure
  std::size_t sentence_start = 0; // index of the sentence's first token, or 0 when it is before the window
  bool sentence_starts_inside = false;
  std::uint32_t first_token = 0;  // token index of lex[0]

  Window() = default;
  Window(const Window&) = delete;  // lex[] views keys[]
  Window& operator=(const Window&) = delete;

  // Fills the window around `trigger_token`. Calls must come in token order:
  // keys of tokens already in the previous window are moved, not folded again.
  void fill(std::string_view text, const TokenizedText& tokens, std::size_t trigger_token, std::size_t consumed);
  std::span<const Lexeme> span() const { return {lex.data(), size}; }
  std::uint32_t token_index(std::size_t i) const { return first_token + static_cast<std::uint32_t>(i); }
  bool word_at(std::size_t i) const { return i < size && tokens[i]->kind == TokenKind::Word; }
};

// A figure as read, before it becomes a Figure.
struct Candidate {
  FigureKind kind = FigureKind::Money;
  std::size_t begin = 0, end = 0;  // lexemes of the figure text
  std::size_t consumed = 0;        // lexemes used, rate and qualifiers included
  std::optional<double> value, low, high;
  std::string_view currency;       // ISO code, empty when elided
  std::string_view unit;
  std::string per;
  Approx approx = Approx::None;
  bool vague = false;
  bool elided_currency = false;    // money whose currency is named elsewhere in the sentence
  double scale = 1;                // scale words read ("6 millions" → 1e6)
};

// What the readers need beyond the window: the sentence, and the figures found
// before in it. Caches per-sentence facts (currency mentions) for one call.
class SentenceFacts {
 public:
  SentenceFacts(std::string_view text, const TokenizedText& tokens, const Lexicon& lexicon);
  // The ISO code of the first currency named in sentence `s`, or "".
  std::string_view currency_named(std::uint32_t s);
  bool mentions_china(std::uint32_t s);
  // The currency of the headline (the first line, when it starts the text), or "".
  std::string_view headline_currency();

 private:
  std::string_view text_;
  const TokenizedText& tokens_;
  const Lexicon& lexicon_;
  std::vector<std::string_view> currency_;  // per sentence; "?" when not computed yet
  std::vector<std::int8_t> china_;
};

struct ReadContext {
  SentenceFacts& facts;
  std::uint32_t sentence = 0;
  const Figure* previous = nullptr;  // the last figure of this sentence, if any
  double previous_scale = 1;         // its scale words ("6 millions" → 1e6)
};

// Readers (figures_amounts.cpp, figures_vague.cpp, figures_context.cpp).
std::optional<Candidate> read_number_figure(const Lexicon& lexicon, const Window& w, ReadContext& ctx);
std::optional<Candidate> read_vague_figure(const Lexicon& lexicon, const Window& w, ReadContext& ctx);

struct UnitFound {
  FigureKind kind = FigureKind::Money;
  std::string_view currency, unit;
  std::size_t end = 0;
  double value_factor = 1;  // "‰" is a tenth of a percent
  bool vague_ok = false;    // a counted noun a vague amount may count ("des milliers de GPU")
  bool found = false;
};
// The currency, percent sign or counted noun at lex[p] (or after "de" when `after_de`).
UnitFound read_unit(const Lexicon& lexicon, const Window& w, std::size_t p, bool after_de, ReadContext& ctx);
// A currency named at lex[p]; names ("dollars") only when `words`.
UnitFound read_currency(const Lexicon& lexicon, const Window& w, std::size_t p, bool words, ReadContext& ctx);

struct RateFound {
  std::string per;
  std::size_t end = 0;
};
RateFound read_rate(const Lexicon& lexicon, const Window& w, std::size_t p);
Approx qualifier_before(const Lexicon& lexicon, const Window& w, std::size_t begin);
Approx qualifier_after(const Lexicon& lexicon, const Window& w, std::size_t p, std::size_t* end);
// "pour 10 milliards de livres": a currency name that is also a common noun,
// at lex[p, end), names money (see DealWord in data/figures/currencies.tsv).
bool deal_currency(const Lexicon& lexicon, const Window& w, std::size_t p, std::size_t end);
// A money cue ("coûte", "valorisée", "dépensés") near lex[begin, end).
bool money_cue_near(const Lexicon& lexicon, const Window& w, std::size_t begin, std::size_t end);
// "ils sont des millions (à payer)": the bare amount at lex[begin] counts people.
bool counts_people(const Lexicon& lexicon, const Window& w, std::size_t begin);
// "N millions de personnes": after the amount comes "de" and a noun that is
// not a currency, so the amount counts that noun.
bool counts_other_noun(const Lexicon& lexicon, const Window& w, std::size_t p);

// Sentence-level completion of the figures of one call (figures_resolve.cpp):
// elided currencies, rates carried over in parallel constructions.
void resolve_figures(std::string_view text, SentenceFacts& facts, std::vector<Figure>& figures, std::size_t first,
                     const std::vector<bool>& elided);

}  // namespace analyze::figures_detail

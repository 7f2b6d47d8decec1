// The figure extractor's lexicon (data/figures/*.tsv), its windows of
// lexemes, and the per-sentence facts it caches. See figures_internal.h.
#include <algorithm>
#include <stdexcept>

#include "analyze/utf8.h"
#include "figures_internal.h"

namespace analyze::figures_detail {
namespace {

std::optional<CurrencyMatch> currency_match(std::string_view s) {
  if (s == "symbol") return CurrencyMatch::Symbol;
  if (s == "code") return CurrencyMatch::Code;
  if (s == "word") return CurrencyMatch::Word;
  if (s == "deal_word") return CurrencyMatch::DealWord;
  return std::nullopt;
}

std::optional<RateClass> rate_class(std::string_view s) {
  if (s == "time") return RateClass::Time;
  if (s == "entity") return RateClass::Entity;
  if (s == "count") return RateClass::Count;
  if (s == "adjective") return RateClass::Adjective;
  return std::nullopt;
}

void need(std::span<const std::string_view> f, std::size_t n, std::string_view file) {
  if (f.size() < n) throw std::runtime_error(std::string(file) + ": a line has fewer than " + std::to_string(n) + " fields");
}

}  // namespace

Lexicon::Lexicon() {
  for_each_row("figures/currencies.tsv", [&](std::span<const std::string_view> f) {
    need(f, 3, "figures/currencies.tsv");
    const auto match = currency_match(f[2]);
    if (!match) throw std::runtime_error("figures/currencies.tsv: unknown match " + std::string(f[2]));
    const double factor = f.size() > 3 ? data_number(f[3], "figures/currencies.tsv") : 1.0;
    currencies.add(f[0], CurrencyForm{std::string(f[1]), *match, factor});
  });
  for_each_row("figures/units.tsv", [&](std::span<const std::string_view> f) {
    need(f, 3, "figures/units.tsv");
    units.add(f[0], UnitForm{std::string(f[1]), f[2] == "1"});
  });
  for_each_row("figures/rates.tsv", [&](std::span<const std::string_view> f) {
    need(f, 3, "figures/rates.tsv");
    const auto kind = rate_class(f[2]);
    if (!kind) throw std::runtime_error("figures/rates.tsv: unknown class " + std::string(f[2]));
    rates.add(f[0], RateForm{std::string(f[1]), *kind, f.size() > 3 ? std::string(f[3]) : std::string(f[1])});
  });
  for_each_row("figures/qualifiers.tsv", [&](std::span<const std::string_view> f) {
    need(f, 3, "figures/qualifiers.tsv");
    const auto approx = f[1] == "none" ? std::optional<Approx>(Approx::None) : approx_from_string(f[1]);
    if (!approx) throw std::runtime_error("figures/qualifiers.tsv: unknown approx " + std::string(f[1]));
    (f[2] == "after" ? qualifiers_after : qualifiers_before).add(f[0], *approx);
  });
  for_each_row("figures/fois_verbs.tsv", [&](std::span<const std::string_view> f) {
    need(f, 2, "figures/fois_verbs.tsv");
    fois_verbs.push_back({std::string(make_word_key(f[0]).view()), std::string(f[1])});
  });
  roles.load("figures/words.tsv");
  for_each_row("figures/numbers.tsv", [&](std::span<const std::string_view> f) {
    need(f, 2, "figures/numbers.tsv");
    if (f[1] == "abbrev") return;  // "M" starts nothing
    if (f[1] == "half") {  // "demi" starts "demi-milliard", and "un demi-milliard" through "un"
      triggers_.emplace(std::string(make_word_key(f[0]).view()), Trigger::Vague);
      return;
    }
    const bool article = f[1] == "cardinal" && data_number(f[2], "figures/numbers.tsv") == 1;
    triggers_.emplace(std::string(make_word_key(f[0]).view()), f[1] != "cardinal" ? Trigger::Vague : article ? Trigger::Article : Trigger::Number);
  });
  for (std::string_view w : {"quelques", "plusieurs"}) triggers_.emplace(std::string(w), Trigger::Vague);
  for (const auto& [word, trigger] : triggers_) {
    const int first = letter_index(word.front()), second = word.size() < 2 ? 0 : 1 + letter_index(word[1]);
    const bool ascii = std::all_of(word.begin(), word.end(), [](char c) { return c > 0 && c < 0x7F; });
    if (first < 0 || second < 0 || !ascii || word.size() > kMaxTriggerBytes) throw std::runtime_error("figures: bad trigger word " + word);
    trigger_shapes_[static_cast<std::size_t>(first)][static_cast<std::size_t>(second)] |= 1u << word.size();
  }
}

Trigger Lexicon::find_trigger(std::string_view word) const {
  char lower[kMaxTriggerBytes];
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if (static_cast<unsigned char>(c) >= 0x80) return Trigger::None;  // trigger words are ASCII
    lower[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  const Trigger* t = find_in(triggers_, std::string_view(lower, word.size()));
  return t ? *t : Trigger::None;
}

const std::string* Lexicon::fois_unit(std::string_view key) const {
  for (const FoisVerb& v : fois_verbs)
    if (key.size() >= v.stem.size() && key.size() <= v.stem.size() + 3 && key.compare(0, v.stem.size(), v.stem) == 0) return &v.unit;
  return nullptr;
}

void Window::fill(std::string_view text, const TokenizedText& tt, std::size_t trigger_token, std::size_t consumed) {
  const Sentence& sentence = tt.sentences[tt.tokens[trigger_token].sentence];
  const std::size_t lo = std::max<std::size_t>(sentence.first_token, trigger_token >= kBefore ? trigger_token - kBefore : 0);
  const std::size_t hi = std::min<std::size_t>(sentence.end_token, trigger_token + kAfter);
  const std::size_t previous_lo = first_token, previous_hi = first_token + size;
  size = 0;
  for (std::size_t k = lo; k < hi; ++k, ++size) {
    const Token& t = tt.tokens[k];
    if (k >= previous_lo && k < previous_hi && &t == tokens[k - previous_lo])
      keys[size] = keys[k - previous_lo];  // k - previous_lo >= size: the copy never overwrites a key still needed
    else
      keys[size] = make_word_key(t.in(text));
    tokens[size] = &t;
    lex[size] = Lexeme{t.in(text), keys[size].view(), t.has(kSpaceBefore), t.kind == TokenKind::Number};
  }
  first_token = static_cast<std::uint32_t>(lo);
  trigger = trigger_token - lo;
  floor = consumed > lo ? consumed - lo : 0;
  sentence_starts_inside = lo == sentence.first_token;
  sentence_start = 0;
}

SentenceFacts::SentenceFacts(std::string_view text, const TokenizedText& tokens, const Lexicon& lexicon)
    : text_(text), tokens_(tokens), lexicon_(lexicon), currency_(tokens.sentences.size(), "?"), china_(tokens.sentences.size(), -1) {}

std::string_view SentenceFacts::currency_named(std::uint32_t s) {
  if (s >= currency_.size()) return {};
  if (currency_[s] != "?") return currency_[s];
  currency_[s] = {};
  const Sentence& sentence = tokens_.sentences[s];
  // A few tokens at a time, so that "livres sterling" is a currency and "livres" is not.
  constexpr std::size_t kSpan = 4;
  std::array<WordKey, kSpan> keys;
  std::array<Lexeme, kSpan> lex;
  for (std::size_t k = sentence.first_token; k < sentence.end_token; ++k) {
    const Token& first = tokens_.tokens[k];
    if (first.kind != TokenKind::Word && first.kind != TokenKind::Symbol) continue;
    if (!lexicon_.currencies.starts_with(make_word_key(first.in(text_)).view())) continue;
    std::size_t n = 0;
    for (std::size_t j = k; j < sentence.end_token && n < kSpan; ++j, ++n) {
      const Token& t = tokens_.tokens[j];
      keys[n] = make_word_key(t.in(text_));
      lex[n] = Lexeme{t.in(text_), keys[n].view(), t.has(kSpaceBefore), t.kind == TokenKind::Number};
    }
    const auto match = lexicon_.currencies.forward(std::span<const Lexeme>(lex.data(), n), 0);
    // "livres" alone may be books: only the figure that reads it decides.
    if (match && match.value->match != CurrencyMatch::DealWord &&
        (match.value->match != CurrencyMatch::Code || letter_case(first.in(text_)).all_upper)) {
      currency_[s] = match.value->code;
      break;
    }
  }
  return currency_[s];
}

bool SentenceFacts::mentions_china(std::uint32_t s) {
  if (s >= china_.size()) return false;
  if (china_[s] < 0) {
    china_[s] = 0;
    const Sentence& sentence = tokens_.sentences[s];
    for (std::size_t k = sentence.first_token; k < sentence.end_token && china_[s] == 0; ++k)
      if (tokens_.tokens[k].kind == TokenKind::Word && lexicon_.roles.has(make_word_key(tokens_.tokens[k].in(text_)).view(), kChina)) china_[s] = 1;
  }
  return china_[s] == 1;
}

std::string_view SentenceFacts::headline_currency() {
  if (tokens_.sentences.empty()) return {};
  const Sentence& first = tokens_.sentences.front();
  const bool starts_text = is_all_space(text_.substr(0, first.span.start));
  const bool own_line = first.span.end >= text_.size() || text_.substr(first.span.end).find_first_not_of(" \t\r") == std::string_view::npos ||
                        text_[text_.find_first_not_of(" \t\r", first.span.end)] == '\n';
  return starts_text && own_line ? currency_named(0) : std::string_view{};
}

}  // namespace analyze::figures_detail

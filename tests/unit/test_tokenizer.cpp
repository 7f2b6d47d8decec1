// Tokenizer: French elision, numbers, symbols, URLs, handles, emoji,
// guillemets and sentence ends, as table-driven cases.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "analyze/tokenizer.h"

using analyze::Token;
using analyze::TokenKind;
using analyze::Tokenizer;

namespace {

std::vector<std::string> token_texts(Tokenizer& tokenizer, const std::string& text) {
  const auto tokens = tokenizer.tokenize(text);
  std::vector<std::string> out;
  for (const Token& t : tokens.tokens) out.emplace_back(t.in(text));
  return out;
}

// The kind of the first token whose text is `wanted`.
TokenKind kind_of(Tokenizer& tokenizer, const std::string& text, const std::string& wanted) {
  const auto tokens = tokenizer.tokenize(text);
  for (const Token& t : tokens.tokens)
    if (t.in(text) == wanted) return t.kind;
  FAIL("no token " << wanted << " in " << text);
  return TokenKind::Punct;
}

struct SplitCase {
  const char* text;
  std::vector<std::string> tokens;
};

}  // namespace

TEST_CASE("French text splits into the tokens a reader sees", "[tokenizer]") {
  Tokenizer tokenizer;
  const std::vector<SplitCase> cases = {
      // Elision, with both apostrophes.
      {"l’IA", {"l’", "IA"}},
      {"l'IA", {"l'", "IA"}},
      {"d’OpenAI", {"d’", "OpenAI"}},
      {"qu’OpenAI", {"qu’", "OpenAI"}},
      {"jusqu’à", {"jusqu’", "à"}},
      {"lorsqu’il", {"lorsqu’", "il"}},
      {"c’est", {"c’", "est"}},
      {"n’a", {"n’", "a"}},
      {"L’entreprise", {"L’", "entreprise"}},
      {"d’1 milliard", {"d’", "1", "milliard"}},
      {"l’o1", {"l’", "o1"}},
      // Words that only look elided stay whole.
      {"aujourd’hui", {"aujourd’hui"}},
      {"OpenAI’s o1", {"OpenAI’s", "o1"}},
      // Numbers: decimal comma and point, thousands grouped by each space kind.
      {"5,8 millions", {"5,8", "millions"}},
      {"2,19 dollars", {"2,19", "dollars"}},
      {"2 000 GPU", {"2 000", "GPU"}},
      {"2\u00A0000 GPU", {"2\u00A0000", "GPU"}},
      {"2\u202F000 GPU", {"2\u202F000", "GPU"}},
      {"5\u202Fmilliards", {"5", "milliards"}},
      {"12\u202F%", {"12", "%"}},
      {"1 234 567,89 €", {"1 234 567,89", "€"}},
      {"109 000 fois", {"109 000", "fois"}},
      {"294.000 dollars", {"294.000", "dollars"}},
      {"5.576 millions", {"5.576", "millions"}},
      // Groups that are not thousands stay apart.
      {"en 2023 300 salariés", {"en", "2023", "300", "salariés"}},
      {"les 12 1234", {"les", "12", "1234"}},
      {"5,8 000", {"5,8", "000"}},
      {"2  000", {"2", "000"}},
      // Currency signs and % are their own tokens, attached or not.
      {"370$", {"370", "$"}},
      {"$370", {"$", "370"}},
      {"10 $", {"10", "$"}},
      {"94%", {"94", "%"}},
      {"4,7 %", {"4,7", "%"}},
      {"1,5 Md€", {"1,5", "Md", "€"}},
      {"1,5Md€", {"1,5", "Md", "€"}},
      {"10M$", {"10", "M", "$"}},
      {"US$ 5", {"US", "$", "5"}},
      {"£20 et ¥300", {"£", "20", "et", "¥", "300"}},
      // Model names and versions keep their digits.
      {"GPT-4 et o1", {"GPT", "-", "4", "et", "o1"}},
      {"la puce H800", {"la", "puce", "H800"}},
      {"le 1er janvier", {"le", "1", "er", "janvier"}},
      // Guillemets and dashes.
      {"« Bonjour »", {"«", "Bonjour", "»"}},
      {"“source fermée”", {"“", "source", "fermée", "”"}},
      {"7-8 milliards", {"7", "-", "8", "milliards"}},
      // URLs, e-mail addresses and handles are single tokens.
      {"voir https://example.org/a-b?x=1.", {"voir", "https://example.org/a-b?x=1", "."}},
      {"sur www.exemple.fr/page, puis", {"sur", "www.exemple.fr/page", ",", "puis"}},
      {"pic.twitter.com/AbC123xyz", {"pic.twitter.com/AbC123xyz"}},
      {"écrire à presse@exemple.com.", {"écrire", "à", "presse@exemple.com", "."}},
      {"(@sama)", {"(", "@sama", ")"}},
      {"— Jane Doe (@jane_doe) 24 janvier", {"—", "Jane", "Doe", "(", "@jane_doe", ")", "24", "janvier"}},
      // Emoji.
      {"🚀 Lancement", {"🚀", "Lancement"}},
      {"Bravo 👍🏽 !", {"Bravo", "👍🏽", "!"}},
  };
  for (const SplitCase& c : cases) {
    INFO(c.text);
    CHECK(token_texts(tokenizer, c.text) == c.tokens);
  }
}

TEST_CASE("Tokens carry kinds", "[tokenizer]") {
  Tokenizer tokenizer;
  CHECK(kind_of(tokenizer, "coûte 2 000 $", "2 000") == TokenKind::Number);
  CHECK(kind_of(tokenizer, "coûte 2 000 $", "$") == TokenKind::Symbol);
  CHECK(kind_of(tokenizer, "94 %", "%") == TokenKind::Symbol);
  CHECK(kind_of(tokenizer, "5 € !", "€") == TokenKind::Symbol);
  CHECK(kind_of(tokenizer, "5 € !", "!") == TokenKind::Punct);
  CHECK(kind_of(tokenizer, "le modèle o1", "o1") == TokenKind::Word);
  CHECK(kind_of(tokenizer, "voir https://a.fr/x", "https://a.fr/x") == TokenKind::Url);
  CHECK(kind_of(tokenizer, "merci @sama", "@sama") == TokenKind::Handle);
  CHECK(kind_of(tokenizer, "ok 🚀", "🚀") == TokenKind::Emoji);
}

TEST_CASE("Tokens carry flags", "[tokenizer]") {
  Tokenizer tokenizer;
  const std::string text = "Selon l’IA de CEGELEM,\nle modèle o1 coûte 5 $.";
  const auto tokens = tokenizer.tokenize(text);
  auto find = [&](std::string_view s) -> const Token& {
    for (const Token& t : tokens.tokens)
      if (t.in(text) == s) return t;
    FAIL("missing " << s);
    return tokens.tokens.front();
  };
  CHECK(find("Selon").has(analyze::kCapitalized));
  CHECK_FALSE(find("Selon").has(analyze::kAllCaps));
  CHECK(find("l’").has(analyze::kElided));
  CHECK(find("IA").has(analyze::kAllCaps));
  CHECK_FALSE(find("IA").has(analyze::kSpaceBefore));
  CHECK(find("CEGELEM").has(analyze::kAllCaps));
  CHECK(find("le").has(analyze::kNewlineBefore));
  CHECK(find("o1").has(analyze::kHasDigit));
  CHECK(find("5").has(analyze::kSpaceBefore));
  CHECK_FALSE(find(".").has(analyze::kSpaceBefore));
}

TEST_CASE("Sentences end where a French reader ends them", "[tokenizer]") {
  Tokenizer tokenizer;
  auto sentences = [&](const std::string& text) {
    const auto tokens = tokenizer.tokenize(text);
    std::vector<std::string> out;
    for (const auto& s : tokens.sentences) out.push_back(text.substr(s.span.start, s.span.end - s.span.start));
    return out;
  };
  CHECK(sentences("Il pleut. Il fait beau !") == std::vector<std::string>{"Il pleut.", "Il fait beau !"});
  CHECK(sentences("Qui dit mieux ? Personne.") == std::vector<std::string>{"Qui dit mieux ?", "Personne."});
  // Abbreviations do not end sentences.
  CHECK(sentences("M. Dupont est arrivé. Il repart.") == std::vector<std::string>{"M. Dupont est arrivé.", "Il repart."});
  CHECK(sentences("Le Dr. Martin et Mme. Roy sont là.").size() == 1);
  CHECK(sentences("Des pommes, des poires, etc. et des fruits.").size() == 1);
  // Only whole words are abbreviations: "départ." ends with "art." but ends its sentence.
  CHECK(sentences("Il a pris le départ. Le groupe est final. Fin de la vente par action. Le titre monte.").size() == 4);
  // A line break ends a headline without punctuation.
  CHECK(sentences("Un titre sans point\nLe texte suit.") == std::vector<std::string>{"Un titre sans point", "Le texte suit."});
  // Guillemets: the quote stays with its sentence.
  CHECK(sentences("Il a dit : « C’est cher. » Puis il est parti.").size() == 2);
  // Decimal numbers and URLs do not end sentences.
  CHECK(sentences("Il coûte 5.5 dollars sur exemple.com aujourd’hui.").size() == 1);
}

TEST_CASE("Token sentence indices and offsets agree with the text", "[tokenizer]") {
  Tokenizer tokenizer;
  const std::string text = "Première phrase ici. Deuxième phrase, avec 2 000 €.\nTroisième";
  const auto tokens = tokenizer.tokenize(text);
  REQUIRE(tokens.sentences.size() == 3);
  for (std::size_t i = 0; i < tokens.sentences.size(); ++i) {
    const auto& s = tokens.sentences[i];
    for (std::uint32_t t = s.first_token; t < s.end_token; ++t) {
      CHECK(tokens.tokens[t].sentence == i);
      CHECK(tokens.tokens[t].start >= s.span.start);
      CHECK(tokens.tokens[t].end <= s.span.end);
    }
  }
  CHECK(tokens.sentences.back().end_token == tokens.tokens.size());
}

TEST_CASE("A range of the text is tokenized with offsets into the whole text", "[tokenizer]") {
  Tokenizer tokenizer;
  const std::string text = "Début ignoré. Coût : 5 €.";
  analyze::TokenizedText out;
  const std::size_t start = text.find("Coût");
  tokenizer.tokenize(text, analyze::Span{start, text.size()}, out);
  REQUIRE_FALSE(out.tokens.empty());
  CHECK(out.tokens.front().in(text) == "Coût");
  CHECK(out.tokens.front().start == start);
}

TEST_CASE("Empty and blank text give no tokens", "[tokenizer]") {
  Tokenizer tokenizer;
  CHECK(tokenizer.tokenize("").tokens.empty());
  CHECK(tokenizer.tokenize(" \n\t \u00A0").tokens.empty());
  CHECK(tokenizer.tokenize(" \n\t ").sentences.empty());
}

// Titles of works in guillemets: « Star Wars Outlaws », « The Lost Crown ».
// Every word capitalized, bar small connectors, and at least two of them:
// a game, film, show or app named as a whole, a product. Quoted speech
// (« Nous voulons… ») has lower-case words and is left alone; a single
// quoted word is left to the other rules.
#include <algorithm>
#include <array>

#include "entities_internal.h"

namespace analyze::entities {
namespace {

constexpr std::size_t kMaxTitleTokens = 10;

// Lower-case words a title may hold: "Prince of Persia", "La Chute de la maison".
constexpr std::array<std::string_view, 20> kConnectors = {"of", "the", "and", "a", "an", "in", "on", "for", "to", "vs",
                                                          "de", "du", "des", "la", "le", "les", "et", "d'", "l'", "en"};

bool is_connector(std::string_view key) { return std::find(kConnectors.begin(), kConnectors.end(), key) != kConnectors.end(); }

bool fits_title(const Doc& doc, std::size_t i) {
  const TokenInfo& t = doc.info[i];
  if (t.kind == TokenKind::Number) return true;
  if (t.kind == TokenKind::Word) return t.has(kCap) || is_connector(doc.key(i));
  const std::string_view s = doc.surface(i);
  return s == ":" || s == "-" || s == "&" || s == "'" || s == "\xE2\x80\x99";
}

// The end of a title opening after the « at `open`, or 0.
std::size_t title_end(const Doc& doc, const Extraction& ex, std::size_t open) {
  std::size_t capitalized = 0;
  for (std::size_t i = open + 1; i < doc.size() && i <= open + kMaxTitleTokens + 1; ++i) {
    if (doc.is(i, "\xC2\xBB")) return capitalized >= 2 && doc.info[open + 1].has(kCap) ? i : 0;  // »
    if (ex.cover[i] != kFree || doc.info[i].sentence != doc.info[open].sentence || !fits_title(doc, i)) return 0;
    if (doc.info[i].kind == TokenKind::Word && doc.info[i].has(kCap)) ++capitalized;
  }
  return 0;
}

}  // namespace

void find_quoted_titles(const Doc& doc, Extraction& ex) {
  // The « in the text, then their tokens: a search instead of a test on every token.
  std::size_t i = 0;
  for (std::size_t at = doc.text.find("\xC2\xAB", doc.size() ? doc.info[0].start : 0); at != std::string_view::npos && i + 1 < doc.size();
       at = doc.text.find("\xC2\xAB", at + 2)) {
    const auto first_at = std::lower_bound(doc.info.begin() + static_cast<std::ptrdiff_t>(i), doc.info.end(), at,
                                           [](const TokenInfo& t, std::size_t offset) { return t.start < offset; });
    if (first_at == doc.info.end()) break;
    const std::size_t token = static_cast<std::size_t>(first_at - doc.info.begin());
    if (token < i || token + 1 >= doc.size() || !doc.is(token, "\xC2\xAB")) continue;  // «
    i = token;
    const std::size_t end = title_end(doc, ex, i);
    if (end == 0) continue;
    Candidate c;
    c.first = static_cast<std::uint32_t>(i + 1);
    c.end = static_cast<std::uint32_t>(end);
    c.origin = Origin::Context;
    vote(c.votes, EntityType::Product, 4);
    ex.candidates.push_back(c);
    ex.claim(ex.candidates.back(), kEntity);
    i = end;
  }
}

}  // namespace analyze::entities

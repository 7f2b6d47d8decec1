// Known names and places in an article: longest match of the gazetteers and
// of places.txt over tokens, keeping a match only when its case fits
// ("Meta" yes, "méta" no; "deepseek" yes since "DeepSeek" is a coined name;
// "X" only after "sur", "via"…), then product names built on a known
// company or product ("DeepSeek-L3", "DeepSeek-R1-Zero").
#include <unicode/uchar.h>

#include "analyze/utf8.h"
#include "entities_internal.h"

namespace analyze::entities {
namespace {

bool is_word_separator(char c) { return c == ' ' || c == '-'; }

// Next word of `s` from `pos` (words split on spaces and hyphens).
std::string_view next_word(std::string_view s, std::size_t& pos) {
  while (pos < s.size() && is_word_separator(s[pos])) ++pos;
  const std::size_t start = pos;
  while (pos < s.size() && !is_word_separator(s[pos])) ++pos;
  return s.substr(start, pos - start);
}

bool has_upper(std::string_view s) {
  for (std::size_t i = 0; i < s.size();)
    if (u_isupper(static_cast<UChar32>(next_code_point(s, i)))) return true;
  return false;
}

// Whether the surface's case fits the listed form: same text, or a coined
// name in lower case ("deepseek"), or capitals where the form has them.
bool case_fits(std::string_view surface, std::string_view form, std::uint8_t traits) {
  if (surface == form) return true;
  if (!has_upper(surface)) return (traits & kFormDistinctive) != 0;
  if (letter_case(surface).all_upper) return true;
  std::size_t sp = 0, fp = 0;
  for (bool first = true;; first = false) {
    const std::string_view sw = next_word(surface, sp), fw = next_word(form, fp);
    if (sw.empty() || fw.empty()) return sw.empty() == fw.empty() || starts_upper(surface) == starts_upper(form);
    // "selon les Echos": a title's article is written in lower case mid-sentence.
    const bool article = first && fp < form.size() && (fw == "Le" || fw == "La" || fw == "Les");
    if (starts_upper(fw) && !starts_upper(sw) && !article) return false;
  }
}

bool starts_lower(std::string_view s) {
  std::size_t i = 0;
  return !s.empty() && u_islower(static_cast<UChar32>(next_code_point(s, i)));
}

bool platform_before(const Doc& doc, std::size_t i) { return i > 0 && (doc.info[i - 1].cue_end & kCuePlatform); }

// A capitalized word after `i` that is no common word: "Claude Monet" is a
// person, not the product Claude; "Florence Dupont" is no place.
bool surname_follows(const Doc& doc, const Extraction& ex, std::size_t i) {
  if (i + 1 >= doc.size() || ex.cover[i + 1] != kFree) return false;
  const TokenInfo& next = doc.info[i + 1];
  return next.sentence == doc.info[i].sentence && next.has(kName | kCap) && !next.any(kCommon | kStop | kDigit);
}

EntityType entries_type(const Resources& res, int value) {
  return res.gazetteer.entries()[static_cast<std::size_t>(Gazetteer::entry_of(value))].type;
}

// "Marc-Antoine Leclerc": a known name right after a given name is a surname.
bool after_given_name(const Doc& doc, const Extraction& ex, std::size_t i) {
  if (i == 0 || ex.cover[i - 1] != kFree || !doc.info[i].has(kSpace) || doc.info[i].any(kNewline)) return false;
  const TokenInfo& prev = doc.info[i - 1];
  return prev.sentence == doc.info[i].sentence && prev.has(kFirstName | kCap);
}

// "Orange, qui compte…": a relative clause after the word makes it a name.
bool relative_clause_after(const Doc& doc, std::size_t end) {
  return end + 1 < doc.size() && doc.surface(end) == "," && doc.key(end + 1) == "qui" && doc.info[end + 1].sentence == doc.info[end].sentence;
}

struct FormChoice {
  int value = -1;
  bool weak = false;
};

FormChoice choose_form(const Resources& res, const Doc& doc, const Extraction& ex, std::size_t first, std::size_t end,
                       const std::vector<int>& values) {
  for (std::size_t i = first; i + 1 < end; ++i)
    if (possessive(doc, i)) return {};  // "OpenAI’s o1" is two names
  const std::string_view surface = doc.span_text(first, end);
  const TokenInfo& head = doc.info[first];
  // Later entries (the user's files) win over built-in ones.
  for (auto it = values.rbegin(); it != values.rend(); ++it) {
    const auto entry = static_cast<std::size_t>(Gazetteer::entry_of(*it));
    const auto form = static_cast<std::size_t>(Gazetteer::form_of(*it));
    const std::uint8_t traits = res.form_traits[entry][form];
    if ((traits & kFormCueHead) || !case_fits(surface, res.gazetteer.entries()[entry].forms[form], traits)) continue;
    if (end == first + 1 && entries_type(res, *it) != EntityType::Person && after_given_name(doc, ex, first)) continue;
    FormChoice choice{*it, false};
    const std::string& written = res.gazetteer.entries()[entry].forms[form];
    // A common word is a name with its capital, or written exactly as a lower-case form.
    if ((traits & kFormAmbiguous) && !(starts_lower(written) && surface == written)) {
      if (!(head.traits & (kCap | kCapitals))) continue;
      if (end == first + 1 && (head.traits & kFirstName) && surname_follows(doc, ex, first)) continue;
      // "Orange a publié…", "Free annonce…": a common noun opening a sentence
      // needs a determiner; right before a verb, with none, it is a name.
      const bool verb_after = end < doc.size() && (doc.info[end].cue_start & (kCueCompanyVerb | kCueSubjectVerb)) &&
                              doc.info[end].sentence == head.sentence;
      choice.weak = head.any(kInitial | kTitleCase) && !verb_after && !relative_clause_after(doc, end);
    }
    if ((traits & kFormLetter) && !platform_before(doc, first)) choice.weak = true;
    return choice;
  }
  return {};
}

Candidate gazetteer_candidate(const Resources& res, const Doc& doc, std::size_t first, std::size_t end, FormChoice choice) {
  Candidate c;
  // "licence MIT": a license, not the institute.
  if (first > 0 && (doc.info[first - 1].cue_end & kCueNotEntity)) c.votes[kReject] += 20;
  c.first = static_cast<std::uint32_t>(first);
  c.end = static_cast<std::uint32_t>(end);
  c.entry = Gazetteer::entry_of(choice.value);
  c.origin = Origin::Gazetteer;
  c.weak = choice.weak;
  vote(c.votes, res.gazetteer.entries()[static_cast<std::size_t>(c.entry)].type, 10);
  if (!res.owners[static_cast<std::size_t>(c.entry)].empty()) {
    c.owner_name = &res.owners[static_cast<std::size_t>(c.entry)];
    c.owner_key = &res.owner_keys[static_cast<std::size_t>(c.entry)];
  }
  return c;
}

// One token glued by a hyphen after `end` that can carry on a product name:
// a version ("R1", "Lite") or, with `any_word`, any name word.
bool hyphen_part_follows(const Doc& doc, const Extraction& ex, std::size_t end, bool any_word) {
  if (end + 1 >= doc.size() || !(doc.info[end].traits & kHyphen) || ex.cover[end + 1] != kFree) return false;
  const TokenInfo& next = doc.info[end + 1];
  if (next.sentence != doc.info[end].sentence) return false;
  if (next.kind == TokenKind::Number) return true;
  if (next.kind != TokenKind::Word || !(next.traits & kLetters)) return false;
  return next.any(kDigit | kCapitals) || (next.cue_start & kCueVersion) || (any_word && next.any(kCap | kCamel));
}

bool version_number(const Doc& doc, std::size_t i) {
  const TokenInfo& t = doc.info[i];
  if (t.kind != TokenKind::Number || !(t.traits & kSpace)) return false;
  const std::string_view s = doc.surface(i);
  return s.size() <= 4 && s.find('.') != std::string_view::npos;
}

// "Azure AI Foundry" after the known product "Azure", "Amazon Bedrock" after
// the known company "Amazon": capitalized words that are no common words,
// the last one no generic acronym; after a company, no company suffix either
// ("Amazon Web Services" is a company).
std::size_t name_words_end(const Doc& doc, const Extraction& ex, std::size_t i, EntityType type) {
  const std::uint32_t stops = kNewline | kCommon | kElision | (type == EntityType::Company ? kEnglish | kStop : 0);
  std::size_t end = i, j = i;
  while (j < doc.size() && ex.cover[j] == kFree && doc.info[j].sentence == doc.info[i - 1].sentence) {
    const TokenInfo& t = doc.info[j];
    if (t.kind != TokenKind::Word || !t.has(kSpace | kName) || t.any(stops)) break;
    ++j;
    if (!t.any(kStop)) end = j;
  }
  if (type == EntityType::Company && end > i && (doc.info[end - 1].cue_end & (kCueCompanySuffix | kCueLegalSuffix))) return i;
  return end;
}

// The end of a product name built on the known name [first, end).
std::size_t product_extension(const Resources& res, const Doc& doc, const Extraction& ex, std::size_t end, EntityType type) {
  const std::size_t start = end;
  while (hyphen_part_follows(doc, ex, end, end > start || type == EntityType::Product)) end += 2;
  if (end == start && end < doc.size() && ex.cover[end] == kFree && doc.info[end].sentence == doc.info[start - 1].sentence) {
    const TokenInfo& next = doc.info[end];
    const bool digit_word = next.kind == TokenKind::Word && next.has(kDigit | kSpace) && !next.any(kNewline);
    const bool version_word = type == EntityType::Product && (next.cue_start & kCueVersion) && next.has(kCap | kSpace);
    const bool version = type == EntityType::Product && (version_number(doc, end) || version_after_name(res, doc, ex, end));
    if (digit_word || version_word || version) {
      ++end;
      // "Gemini 2.5 Flash", "Claude 3.7 Sonnet": version words after the number.
      while (type == EntityType::Product && end < doc.size() && ex.cover[end] == kFree && (doc.info[end].cue_start & kCueVersion) &&
             doc.info[end].has(kCap | kSpace) && doc.info[end].sentence == doc.info[start - 1].sentence)
        ++end;
    } else {
      end = name_words_end(doc, ex, end, type);
    }
    while (hyphen_part_follows(doc, ex, end, true)) end += 2;
  }
  if (end > start && end < doc.size() && ex.cover[end] == kFree && size_suffix(doc, end)) ++end;
  return end;
}

// "Bolloré SE", "Nvidia Corp.": a known company and its legal form are one name.
bool extend_legal_suffix(const Doc& doc, Extraction& ex, Candidate& c) {
  std::size_t end = c.end;
  if (end >= doc.size() || ex.cover[end] != kFree || !doc.info[end].has(kSpace) || doc.info[end].sentence != doc.info[c.first].sentence ||
      !(doc.info[end].cue_start & kCueLegalSuffix) || !doc.info[end].any(kCap | kCapitals))
    return false;
  while (end < doc.size() && ex.cover[end] == kFree && !(doc.info[end].cue_end & kCueLegalSuffix)) ++end;
  if (end >= doc.size() || ex.cover[end] != kFree) return false;
  c.end = static_cast<std::uint32_t>(end + 1);
  ex.claim(c, kEntity);
  return true;
}

// "Siemens Digital Industries Software": a known company followed by two
// capitalized words or more, the last a company suffix, names one of its
// companies. Returns the end of that name, or c.end.
std::size_t company_division_end(const Doc& doc, const Extraction& ex, const Candidate& c) {
  std::size_t end = c.end, words = 0;
  bool suffix = false;
  while (end < doc.size() && ex.cover[end] == kFree && doc.info[end].sentence == doc.info[c.first].sentence) {
    const TokenInfo& t = doc.info[end];
    if (t.kind != TokenKind::Word || !t.has(kSpace) || !t.has(kCap) || t.any(kNewline | kStop)) break;
    suffix = (t.cue_end & kCueCompanySuffix) != 0;
    ++end, ++words;
  }
  return words >= 2 && suffix ? end : c.end;
}

// "au Monde", "aux Echos", "du Figaro": a name that starts with its article
// after a preposition that absorbed it ("au" = "à le"), or with its article
// in lower case ("selon les Echos"). Not inside a name ("la Coupe du
// Monde"), but after one ("a dit Camille Roussel aux Echos").
// Returns the end of the name, or i.
std::size_t match_contracted(const Resources& res, const Doc& doc, Extraction& ex, std::size_t i, std::size_t limit) {
  const TokenInfo& t = doc.info[i];
  const std::string_view key = doc.key(i);
  const bool lower_article = key == "le" || key == "la" || key == "les";
  if (!((t.cue_start & kCueContracted) || lower_article) || !t.has(kLower) || i + 1 >= limit || !doc.info[i + 1].has(kCap | kSpace))
    return i;
  // "la Coupe du Monde": a capitalized common word before, inside the sentence, makes one name.
  const TokenInfo* before = i > 0 && doc.info[i - 1].sentence == t.sentence ? &doc.info[i - 1] : nullptr;
  if (before && before->has(kCap | kCommon) && !before->any(kInitial)) return i;
  const std::string_view article = lower_article ? key : key == "au" || key == "du" ? "le" : "les";
  const auto keys = [&](std::size_t j) { return j == i ? article : doc.key(j); };
  const auto space = [&](std::size_t j) { return (doc.info[j].traits & kSpace) != 0; };
  int chosen = -1;
  std::string_view written_article;
  const std::size_t end = res.gazetteer.phrases().longest(keys, space, i, limit, ex.scratch, [&](std::size_t e, const std::vector<int>& values) {
    const std::string_view surface = doc.span_text(i + 1, e);
    for (auto it = values.rbegin(); it != values.rend(); ++it) {
      const auto entry = static_cast<std::size_t>(Gazetteer::entry_of(*it));
      const auto form_index = static_cast<std::size_t>(Gazetteer::form_of(*it));
      const std::string_view form = res.gazetteer.entries()[entry].forms[form_index];
      const std::size_t space_at = form.find(' ');
      if (space_at == std::string_view::npos || !starts_upper(form) || (res.form_traits[entry][form_index] & kFormCueHead)) continue;
      if (!case_fits(surface, form.substr(space_at + 1), res.form_traits[entry][form_index])) continue;
      chosen = *it;
      written_article = form.substr(0, space_at);
      return true;
    }
    return false;
  }, 0, TokenHashes{doc});
  if (end <= i + 1 || chosen < 0) return i;
  Candidate c = gazetteer_candidate(res, doc, i + 1, end, FormChoice{chosen, false});
  c.article = written_article;
  ex.candidates.push_back(c);
  ex.claim(ex.candidates.back(), kEntity);
  return end;
}

// Whether a known name or place may start at the token: most words start
// none, and no article or contracted preposition ("au Monde") is there.
bool may_start_known_name(const TokenInfo& t) {
  if (t.starts & (kStartsName | kStartsCodedName | kStartsPlace)) return true;
  const bool article_size = t.key_size == 2 || t.key_size == 3;  // "le", "la", "les"
  return t.has(kLower) && ((t.cue_start & kCueContracted) || article_size);
}

}  // namespace

void match_gazetteer(const Resources& res, const Doc& doc, Extraction& ex) {
  const auto key = [&](std::size_t i) { return doc.key(i); };
  const auto space = [&](std::size_t i) { return (doc.info[i].traits & kSpace) != 0; };
  for (const Sentence& s : doc.tokens->sentences) {
    for (std::size_t i = s.first_token; i < s.end_token; ++i) {
      if (!may_start_known_name(doc.info[i]) || !can_start(doc.info[i])) continue;
      if (const std::size_t end = match_contracted(res, doc, ex, i, s.end_token); end > i) {
        i = end - 1;
        continue;
      }
      const TokenInfo& head = doc.info[i];
      const bool lower = head.has(kLower);  // "le", "de": only coined names ("deepseek", "iOS") start so
      const bool entity_start = head.starts & (lower ? kStartsCodedName : kStartsName);
      if (!entity_start && (lower || !(head.starts & kStartsPlace))) continue;
      FormChoice choice;
      const std::size_t entity_end = !entity_start ? i : res.gazetteer.phrases().longest(key, space, i, s.end_token, ex.scratch,
                                                                      [&](std::size_t end, const std::vector<int>& values) {
                                                                        choice = choose_form(res, doc, ex, i, end, values);
                                                                        return choice.value >= 0;
                                                                      }, head.hash, TokenHashes{doc});
      // "Florence Dupont" and "Basile Morvan" are people, "New York Times" a newspaper.
      const bool place_start = !lower && (head.starts & kStartsPlace);
      const std::size_t place_end = !place_start ? i : res.places.longest(key, space, i, s.end_token, ex.scratch, [&](std::size_t end, const auto&) {
        const bool one_word = end == i + 1;
        return doc.info[i].any(kCap | kCapitals) && !(one_word && doc.info[i].any(kFirstName) && surname_follows(doc, ex, i)) &&
               !(one_word && after_given_name(doc, ex, i)) && !surname_follows(doc, ex, end - 1);
      }, head.hash, TokenHashes{doc});
      if (entity_end > i && entity_end >= place_end) {
        ex.candidates.push_back(gazetteer_candidate(res, doc, i, entity_end, choice));
        ex.claim(ex.candidates.back(), kEntity);
        i = entity_end - 1;
      } else if (place_end > i) {
        for (std::size_t t = i; t < place_end; ++t) ex.cover[t] = kBlocked;
        i = place_end - 1;
      }
    }
  }
}

void extend_products(const Resources& res, const Doc& doc, Extraction& ex) {
  const std::size_t known = ex.candidates.size();
  for (std::size_t k = 0; k < known; ++k) {
    Candidate& c = ex.candidates[k];
    const GazetteerEntry& entry = res.gazetteer.entries()[static_cast<std::size_t>(c.entry)];
    if (entry.type != EntityType::Company && entry.type != EntityType::Product) continue;
    if (entry.type == EntityType::Company && extend_legal_suffix(doc, ex, c)) continue;
    if (entry.type == EntityType::Company) {
      if (const std::size_t end = company_division_end(doc, ex, c); end > c.end) {
        Candidate division;
        division.first = c.first;
        division.end = static_cast<std::uint32_t>(end);
        division.origin = Origin::Pattern;
        vote(division.votes, EntityType::Company, 8);
        c = division;
        ex.claim(c, kEntity);
        continue;
      }
    }
    const std::size_t end = product_extension(res, doc, ex, c.end, entry.type);
    if (end == c.end) continue;
    Candidate product;
    product.first = c.first;
    product.end = static_cast<std::uint32_t>(end);
    product.origin = Origin::Pattern;
    vote(product.votes, EntityType::Product, 8);
    const bool on_company = entry.type == EntityType::Company;
    product.owner_name = on_company ? &entry.name() : c.owner_name;
    product.owner_key = on_company ? &res.name_keys[static_cast<std::size_t>(c.entry)] : c.owner_key;
    c = product;
    ex.claim(c, kEntity);
  }
}

}  // namespace analyze::entities

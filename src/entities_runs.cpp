// Names no list knows: runs of capitalized words ("Brumea Labs", "Chloé
// Marchand", "Institut Jean Lamour", "Me & Qi", "Vela-2"), cut free of
// sentence-initial common words ("Selon", "Chez") and typed by their shape
// and the cues around them (entities_cues.cpp).
#include <algorithm>

#include "entities_internal.h"

namespace analyze::entities {
namespace {

// Cue nouns French capitalizes before a name: "le Président Macron", "Version 2".
constexpr std::uint32_t kStrippedCues = kCueCompany | kCueProduct | kCuePerson | kCueRole | kCueOrganization | kCueTitle;
// Words that never start a numbered name: "Le 15 janvier", "En 2 ans".
constexpr std::uint32_t kNotNumbered = kStrippedCues | kCueBreaker | kCueDeterminer | kCueOf | kCuePronoun;


bool free_in_sentence(const Doc& doc, const Extraction& ex, std::size_t i, std::uint32_t sentence) {
  return i < doc.size() && ex.cover[i] == kFree && doc.info[i].sentence == sentence;
}

bool is_name_word(const TokenInfo& t) { return t.kind == TokenKind::Word && t.has(kName) && !t.any(kElision); }

// A word that continues a run after a space: any name word, except a common
// word in a Title Case headline, where every word has a capital.
bool continues_run(const TokenInfo& t) {
  return is_name_word(t) && t.has(kSpace) && !t.any(kNewline) && !(t.any(kCommon | kEnglish) && t.has(kTitleCase));
}

// Lower-case connectors ("de la", "von der") then a capitalized word: the
// number of connector tokens, or 0.
std::size_t connectors_then_name(const Doc& doc, const Extraction& ex, std::size_t j, std::uint32_t cue) {
  const std::uint32_t sentence = doc.info[j - 1].sentence;
  std::size_t n = 0;
  while (n < 3 && free_in_sentence(doc, ex, j + n, sentence) && (doc.info[j + n].cue_start & cue) &&
         !doc.info[j + n].any(kCap | kNewline))
    ++n;
  if (n == 0 || !free_in_sentence(doc, ex, j + n, sentence)) return 0;
  const TokenInfo& next = doc.info[j + n];
  return is_name_word(next) && next.has(kCap) ? n : 0;
}

// "Charles de Gaulle", "Louis Dutheillet de Lamothe": a particle after a given
// name, or after a given name and a surname, then a surname. An acronym after
// it is a company ("Bernard Arnault de LVMH"), so it ends the name before "de".
std::size_t particle_then_surname(const Doc& doc, const Extraction& ex, std::size_t i, std::size_t j) {
  const std::size_t n = connectors_then_name(doc, ex, j, kCueParticle);
  if (n == 0 || j == i + 1) return n;
  const std::string_view surname = doc.surface(j + n);
  const bool acronym = std::none_of(surname.begin(), surname.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  return acronym || doc.info[j + n].any(kDigit) ? 0 : n;
}

// The end of the run of name words that starts at `i`.
std::size_t run_end(const Resources& res, const Doc& doc, const Extraction& ex, std::size_t i) {
  const std::uint32_t sentence = doc.info[i].sentence;
  bool org = doc.info[i].cue_start & kCueOrgHead;  // "La Fédération des …": from the head word on
  const bool first_name = doc.info[i].has(kFirstName);
  std::size_t j = i + 1;
  // "Assassin’s Creed": an unknown name's possessive before a capitalized word is part of a title
  // (a known name's is not, "OpenAI’s o1", and never reaches here: the gazetteer claimed it).
  const auto stops_at_possessive = [&](std::size_t p) { return possessive(doc, p) && !doc.info[p + 1].has(kCap | kSpace); };
  while (free_in_sentence(doc, ex, j, sentence) && !stops_at_possessive(j - 1)) {
    const TokenInfo& t = doc.info[j];
    const std::string_view s = doc.surface(j);
    if (continues_run(t)) {
      org = org || (t.cue_start & kCueOrgHead);
      ++j;
    } else if (t.has(kHyphen) && free_in_sentence(doc, ex, j + 1, sentence) &&
               (doc.info[j + 1].kind == TokenKind::Number || is_name_word(doc.info[j + 1]) ||
                (doc.info[j + 1].has(kLetters) && doc.info[j - 1].any(kDigit)))) {
      j += 2;
    } else if (size_suffix(doc, j)) {
      ++j;
    } else if (s == "&" && free_in_sentence(doc, ex, j + 1, sentence) && is_name_word(doc.info[j + 1])) {
      j += 2;
    } else if (t.kind == TokenKind::Punct && (t.cue_end & kCueLegalSuffix) && !t.has(kSpace)) {
      return j + 1;  // the dot of "Corp."
    } else if (const std::size_t n = org ? connectors_then_name(doc, ex, j, kCueConnector) : 0) {
      j += n;
    } else if (const std::size_t p = first_name && j <= i + 2 ? particle_then_surname(doc, ex, i, j) : 0) {
      j += p;
    } else if (t.kind == TokenKind::Number && t.has(kSpace) && s.size() <= 4 && s.find('.') != std::string_view::npos) {
      ++j;
    } else if (version_after_name(res, doc, ex, j)) {
      return j + 1;
    } else {
      break;
    }
  }
  return j;
}

// A word before a name that is no part of it: a generic acronym, or a common
// word where French writes one with a capital (a sentence start, a Title Case
// headline) or that is a cue ("le Président Macron"). Elsewhere a capitalized
// common word belongs to the name ("l’éditeur Quillon SAS").
bool filler(const TokenInfo& t) {
  constexpr std::uint32_t kCueWords = kStrippedCues;
  if (t.any(kFirstName | kDigit)) return false;
  if (t.any(kStop)) return true;
  const bool common = t.any(kCommon) || (t.any(kEnglish) && t.any(kTitleCase));
  return common && (t.any(kInitial | kTitleCase) || (t.cue_start & kCueWords));
}

// The end of the hyphenated compound at `i` ("Start-Up", "Nuée-3"), or i + 1.
std::size_t compound_end(const Doc& doc, std::size_t i, std::size_t end) {
  std::size_t j = i + 1;
  while (j + 1 < end && doc.info[j].has(kHyphen)) j += 2;
  return j;
}

// Leading words that are no part of the name: "Selon", "Chez", "Mme",
// "Start-Up" in a Title Case headline; a compound with a name part stays ("Nuée-3").
std::size_t strip_leading(const Doc& doc, std::size_t first, std::size_t end) {
  while (first < end) {
    const TokenInfo& t = doc.info[first];
    if ((t.cue_start & kCueOrgHead) && first + 1 < end) break;
    if (t.kind == TokenKind::Word && first + 1 < end && doc.surface(first + 1) == "&") break;
    if (t.kind == TokenKind::Number && first + 1 < end && !doc.info[first + 1].has(kSpace)) break;  // "3DEXPERIENCE"
    if (t.kind != TokenKind::Word || ((t.cue_start & kCueTitle) && t.has(kCap))) {
      ++first;
      continue;
    }
    if (!filler(t)) break;
    // "Nova 3" at a sentence start: the number makes the word a name, unless it is a cue ("Version 2").
    if (first + 1 < end && doc.info[first + 1].kind == TokenKind::Number && !(t.cue_start & kNotNumbered)) break;
    const std::size_t compound = compound_end(doc, first, end);
    for (std::size_t i = first; i < compound; i += 2)
      if (!filler(doc.info[i])) return first;
    first = compound;
  }
  return first;
}

bool all_common(const Doc& doc, std::size_t first, std::size_t end) {
  for (std::size_t i = first; i < end; ++i) {
    const TokenInfo& t = doc.info[i];
    if (t.kind == TokenKind::Word && !t.any(kCommon | kEnglish | kStop | kElision) && !(t.cue_start & kCueConnector)) return false;
  }
  return true;
}

// "Saint-Ghislain", "Sainte-Foy": a saint's name joined by a hyphen is a
// place (a company so named, "Saint-Gobain", is in the gazetteer).
bool saint_place(const Doc& doc, std::size_t first, std::size_t end) {
  return first + 2 < end && doc.info[first + 1].has(kHyphen) &&
         (doc.key(first) == "saint" || doc.key(first) == "sainte");
}

bool is_stop_phrase(const Resources& res, const Doc& doc, std::size_t first, std::size_t end, std::string& scratch) {
  scratch.clear();
  for (std::size_t i = first; i < end; ++i) append_token_key(scratch, doc.key(i), i > first && doc.info[i].has(kSpace));
  if (res.stops.find(scratch) || res.places.find(scratch)) return true;
  scratch.push_back('.');  // "I.A." before its last dot
  return res.stops.find(scratch) || res.places.find(scratch);
}

// A lone word that needs a cue to be a name: a given name, a word with
// digits ("R2", "A380"), a short acronym ("UE", "EUV": the known companies
// among them are in the gazetteer, the others are mostly technical terms).
bool needs_cue(const Doc& doc, std::size_t first, std::size_t end) {
  if (end - first != 1) return false;
  const TokenInfo& t = doc.info[first];
  return t.any(kFirstName | kDigit | kCommon | kStop) || (t.has(kCapitals) && t.end - t.start <= 4) || t.end - t.start <= 1;
}

// "2,7 Md€", "12 Mrd EUR": scale and currency abbreviations right after a
// number (or after one another) belong to the figure.
std::size_t skip_number_units(const Resources& res, const Doc& doc, std::size_t first, std::size_t end) {
  while (first < end && first > 0 && doc.info[first - 1].sentence == doc.info[first].sentence &&
         res.number_units.contains(doc.info[first].hash)) {
    const TokenInfo& before = doc.info[first - 1];
    if (before.kind != TokenKind::Number && !res.number_units.contains(before.hash)) break;
    ++first;
  }
  return first;
}

// "le Quasar de Samsung": a name, then "de" and a known company, is one of its products.
void maker_after(const Resources& res, const Doc& doc, const Extraction& ex, Candidate& c) {
  const std::size_t de = c.end;
  if (de + 1 >= doc.size() || !(doc.info[de].cue_start & kCueOf) || doc.info[de + 1].sentence != doc.info[c.first].sentence) return;
  for (const Candidate& other : ex.candidates)
    if (other.first == de + 1 && other.entry >= 0 &&
        res.gazetteer.entries()[static_cast<std::size_t>(other.entry)].type == EntityType::Company) {
      vote(c.votes, EntityType::Product, 3);
      return;
    }
}

// "91,9 % sur GPQA Diamond", "84 % au test AIME": what a score is measured on is a benchmark.
bool after_score(const Doc& doc, std::size_t first) {
  std::size_t k = first;
  if (k > 0 && (doc.info[k - 1].cue_end & kCueNotEntity)) --k;  // "au test X"
  if (k < 2 || doc.info[k - 2].sentence != doc.info[first].sentence || doc.surface(k - 2) != "%") return false;
  const std::string_view on = doc.key(k - 1);
  return on == "sur" || on == "au" || on == "a" || on == "dans";
}

bool has_cue_vote(const Votes& v) { return v[0] > 0 || v[1] > 0 || v[2] > 0 || v[3] > 0; }

void consider_run(const Resources& res, const Doc& doc, Extraction& ex, std::size_t first, std::size_t end) {
  if (after_score(doc, first)) return;
  first = strip_leading(doc, skip_number_units(res, doc, first, end), end);
  while (end > first && doc.info[end - 1].kind == TokenKind::Punct && !(doc.info[end - 1].cue_end & kCueLegalSuffix)) --end;
  if (first >= end || is_stop_phrase(res, doc, first, end, ex.scratch)) return;
  Candidate c;
  c.first = static_cast<std::uint32_t>(first);
  c.end = static_cast<std::uint32_t>(end);
  c.origin = Origin::Context;
  add_shape_votes(res, doc, c);
  const Votes shape = c.votes;
  add_context_votes(res, doc, c);
  maker_after(res, doc, ex, c);
  // A lone given name or common words need a cue; a list ("Eurazeo et Serena") is one.
  const bool doubtful = needs_cue(doc, first, end) || (all_common(doc, first, end) && !has_cue_vote(shape));
  // A list ("Eurazeo et Serena", "fondée par X et Y") types the names no cue typed.
  if (c.votes == shape && (doubtful || !has_cue_vote(shape))) add_coordination_votes(doc, ex, c);
  const bool cued = has_cue_vote(c.votes) && c.votes != shape;
  if ((doubtful || saint_place(doc, first, end)) && !cued) return;
  if (!cued) c.origin = Origin::Pattern;
  ex.candidates.push_back(std::move(c));
  ex.claim(ex.candidates.back(), kEntity);
}

}  // namespace

// "Nova 3", "Windows 11": a number of one or two digits after a name word
// (capitalized, so a name even when it is a common word) that is no cue
// noun, with no unit after it ("Orbix 2 pendant", not "Kelvar 3 millions",
// "Covid 19", "Version 2").
bool version_after_name(const Resources& res, const Doc& doc, const Extraction& ex, std::size_t j) {
  const TokenInfo& t = doc.info[j];
  const TokenInfo& name = doc.info[j - 1];
  if (t.kind != TokenKind::Number || !t.has(kSpace) || t.any(kNewline) || t.end - t.start > 2) return false;
  if (name.kind != TokenKind::Word || name.any(kStop) || (name.cue_start & kNotNumbered)) return false;
  if (name.has(kTitleCase) && name.any(kCommon | kEnglish)) return false;  // "Lève 18 Millions" in a Title Case headline
  if (!free_in_sentence(doc, ex, j + 1, t.sentence)) return j + 1 >= doc.size() || doc.info[j + 1].sentence != t.sentence;
  const TokenInfo& next = doc.info[j + 1];
  if (next.kind == TokenKind::Number || next.kind == TokenKind::Symbol || doc.surface(j + 1) == "%") return false;
  if (next.kind == TokenKind::Word && !next.has(kSpace)) return false;  // "Enchères 5G": the number is part of a code
  return !res.number_units.contains(next.hash) && !res.stops.find(doc.key(j + 1));  // "Mardi 15 janvier"
}

// "3DEXPERIENCE" is the tokens "3" and "DEXPERIENCE": a number glued to a
// name word of three letters or more that is no unit ("10M$", "3D", "5G").
bool glued_number_before(const Resources& res, const Doc& doc, const Extraction& ex, std::size_t i) {
  const TokenInfo& t = doc.info[i];
  if (i == 0 || t.has(kSpace) || t.end - t.start < 3 || res.number_units.contains(t.hash)) return false;
  const TokenInfo& number = doc.info[i - 1];
  return number.kind == TokenKind::Number && ex.cover[i - 1] == kFree && number.sentence == t.sentence;
}

void find_runs(const Resources& res, const Doc& doc, Extraction& ex) {
  for (std::size_t i = 0; i < doc.size();) {
    if (ex.cover[i] != kFree || !is_name_word(doc.info[i])) {
      ++i;
      continue;
    }
    const std::size_t end = run_end(res, doc, ex, i);
    consider_run(res, doc, ex, glued_number_before(res, doc, ex, i) ? i - 1 : i, end);
    i = end;
  }
}

}  // namespace analyze::entities

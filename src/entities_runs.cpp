// Names no list knows: runs of capitalized words ("Brumea Labs", "Chloé
// Marchand", "Institut Jean Lamour", "Me & Qi", "Vela-2"), cut free of
// sentence-initial common words ("Selon", "Chez") and typed by their shape
// and the cues around them (entities_cues.cpp).
#include "entities_internal.h"

namespace analyze::entities {
namespace {

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

// The end of the run of name words that starts at `i`.
std::size_t run_end(const Doc& doc, const Extraction& ex, std::size_t i) {
  const std::uint32_t sentence = doc.info[i].sentence;
  bool org = doc.info[i].cue_start & kCueOrgHead;  // "La Fédération des …": from the head word on
  const bool first_name = doc.info[i].has(kFirstName);
  std::size_t j = i + 1;
  while (free_in_sentence(doc, ex, j, sentence) && !possessive(doc, j - 1)) {
    const TokenInfo& t = doc.info[j];
    const std::string_view s = doc.surface(j);
    if (continues_run(t)) {
      org = org || (t.cue_start & kCueOrgHead);
      ++j;
    } else if (t.has(kHyphen) && free_in_sentence(doc, ex, j + 1, sentence) &&
               (doc.info[j + 1].kind == TokenKind::Number || is_name_word(doc.info[j + 1]) ||
                (doc.info[j + 1].has(kLetters) && doc.info[j - 1].any(kDigit)))) {
      j += 2;
    } else if (s == "&" && free_in_sentence(doc, ex, j + 1, sentence) && is_name_word(doc.info[j + 1])) {
      j += 2;
    } else if (t.kind == TokenKind::Punct && (t.cue_end & kCueLegalSuffix) && !t.has(kSpace)) {
      return j + 1;  // the dot of "Corp."
    } else if (const std::size_t n = org ? connectors_then_name(doc, ex, j, kCueConnector) : 0) {
      j += n;
    } else if (const std::size_t p = first_name && j == i + 1 ? connectors_then_name(doc, ex, j, kCueParticle) : 0) {
      j += p;
    } else if (t.kind == TokenKind::Number && t.has(kSpace) && s.size() <= 4 && s.find('.') != std::string_view::npos) {
      ++j;
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
  constexpr std::uint32_t kCueWords = kCueCompany | kCueProduct | kCuePerson | kCueRole | kCueOrganization | kCueTitle;
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
    if (t.kind != TokenKind::Word || ((t.cue_start & kCueTitle) && t.has(kCap))) {
      ++first;
      continue;
    }
    if (!filler(t)) break;
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

bool has_cue_vote(const Votes& v) { return v[0] > 0 || v[1] > 0 || v[2] > 0 || v[3] > 0; }

void consider_run(const Resources& res, const Doc& doc, Extraction& ex, std::size_t first, std::size_t end) {
  first = strip_leading(doc, first, end);
  while (end > first && doc.info[end - 1].kind == TokenKind::Punct && !(doc.info[end - 1].cue_end & kCueLegalSuffix)) --end;
  if (first >= end || is_stop_phrase(res, doc, first, end, ex.scratch)) return;
  Candidate c;
  c.first = static_cast<std::uint32_t>(first);
  c.end = static_cast<std::uint32_t>(end);
  c.origin = Origin::Context;
  add_shape_votes(res, doc, c);
  const Votes shape = c.votes;
  add_context_votes(res, doc, c);
  // A lone given name or common words need a cue; a list ("Eurazeo et Serena") is one.
  const bool doubtful = needs_cue(doc, first, end) || (all_common(doc, first, end) && !has_cue_vote(shape));
  if (doubtful && c.votes == shape) add_coordination_votes(doc, ex, c);
  const bool cued = has_cue_vote(c.votes) && c.votes != shape;
  if (doubtful && !cued) return;
  if (!cued) c.origin = Origin::Pattern;
  ex.candidates.push_back(std::move(c));
  ex.claim(ex.candidates.back(), kEntity);
}

}  // namespace

void find_runs(const Resources& res, const Doc& doc, Extraction& ex) {
  for (std::size_t i = 0; i < doc.size();) {
    if (ex.cover[i] != kFree || !is_name_word(doc.info[i])) {
      ++i;
      continue;
    }
    const std::size_t end = run_end(doc, ex, i);
    consider_run(res, doc, ex, i, end);
    i = end;
  }
}

}  // namespace analyze::entities

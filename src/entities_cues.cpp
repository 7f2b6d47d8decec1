// Context cues that type a name no list knows (data/entities/cues.tsv):
//   before it: "la start-up X", "le fonds de couverture chinois X" → company;
//   "le modèle X" → product; "Mme X", "l’économiste X" → person;
//   "le PDG de X", "le modèle de X" → company (X owns the noun);
//   "le créateur de X", "a lancé X" → product; "à X", "la place X" → a place;
//   "licence X" → nothing; "son outil, baptisé X", "ses applications,
//   notamment X" → the type of the noun phrase's head noun;
//   after it: "X, une start-up…" → company; "X, directeur général de…" → person;
//   "X a levé", "X rachète" → company.
// And its shape: a given name first → person; "… Labs", "… Inc.", "….ai" → company.
#include <cstdint>

#include "entities_internal.h"

namespace analyze::entities {
namespace {

constexpr std::uint32_t kTypingCues = kCueCompany | kCueProduct | kCuePerson | kCueTitle | kCueRole | kCueFoundedBy |
                                      kCueSpeech | kCuePlace | kCueNotEntity | kCueOrganization | kCueNationality | kCueLaunch;
constexpr std::uint32_t kHeadCues = kCueCompany | kCueProduct | kCuePerson | kCueOrganization;
constexpr int kMaxSkipped = 4;

bool same_sentence(const Doc& doc, std::size_t a, std::size_t b) { return doc.info[a].sentence == doc.info[b].sentence; }

// A word between a cue and the name that the cue reaches past: an adjective
// ("la start-up parisienne X"), an elided article, a hyphen, a "de" that
// does not come right before the name ("l’application de suivi X").
bool skippable(const TokenInfo& t, bool next_to_name) {
  if ((t.cue_start & kCueOf) && !(t.cue_start & kCuePlural) && !next_to_name) return true;  // "des" opens another noun
  if (t.cue_start & kCueBreaker) return false;
  if (t.any(kElision | kHyphen)) return true;
  return t.kind == TokenKind::Word && t.has(kLower);
}

bool capitalized_title(const Doc& doc, std::size_t cue_last) {
  const std::size_t word = doc.info[cue_last].kind == TokenKind::Punct && cue_last > 0 ? cue_last - 1 : cue_last;
  return doc.info[word].has(kCap);
}

// "les puces Nvidia", "2 000 GPU Nvidia": a plural product noun then a name
// without digits names the products' maker.
bool maker_of_plural(const Doc& doc, const Candidate& c, std::size_t cue_last, int distance) {
  if (distance != 0) return false;
  for (std::size_t i = c.first; i < c.end; ++i)
    if (doc.info[i].any(kDigit)) return false;
  const std::size_t from = doc.info[cue_last].cue_from;
  if (from == 0 || !same_sentence(doc, from - 1, from)) return false;
  const TokenInfo& before = doc.info[from - 1];
  return (before.cue_end & kCuePlural) || before.kind == TokenKind::Number;
}

// "l’indien WNS", "du chinois Baidu": the nationality is a noun, right after an article.
bool after_article(const Doc& doc, std::size_t cue_last) {
  const std::size_t from = doc.info[cue_last].cue_from;
  return from > 0 && same_sentence(doc, from - 1, from) && (doc.info[from - 1].cue_end & (kCueDeterminer | kCueContracted));
}

bool common_words_only(const Doc& doc, const Candidate& c) {
  for (std::size_t i = c.first; i < c.end; ++i)
    if (doc.info[i].kind == TokenKind::Word && !doc.info[i].any(kCommon | kElision | kStop)) return false;
  return true;
}

void apply_cue_before(const Doc& doc, Candidate& c, std::size_t cue_last, std::uint32_t bits, int distance, bool of) {
  const bool single = c.end - c.first == 1;
  if (of) {
    // "le créateur de X": a maker's product; "le PDG de X": a company.
    const bool owner_noun = (bits & (kCueRole | kCueCompany | kCueProduct | kCuePerson)) && !common_words_only(doc, c);
    if (bits & kCueMakerOf) vote(c.votes, EntityType::Product, 3);
    // "le ministre de l’Économie" names no company: a body's name of common words stays untyped.
    else if (owner_noun) vote(c.votes, EntityType::Company, 3);
    if ((bits & kCuePlace) && single) c.votes[kReject] += 2;
    return;
  }
  if ((bits & kCueTitle) && distance == 0 && capitalized_title(doc, cue_last)) vote(c.votes, EntityType::Person, 8);
  if ((bits & kCueNotEntity) && distance == 0) c.votes[kReject] += 6;
  if ((bits & kCuePlace) && distance == 0 && single && !doc.info[c.first].any(kCamel | kDigit | kCapitals))
    c.votes[kReject] += 1;  // "à Erlangen", unless another cue types it
  if (bits & kCueCompany) vote(c.votes, EntityType::Company, 4);
  if ((bits & kCueNationality) && distance == 0 && after_article(doc, cue_last)) vote(c.votes, EntityType::Company, 4);
  if ((bits & kCueProduct) && maker_of_plural(doc, c, cue_last, distance)) vote(c.votes, EntityType::Company, 4);
  else if (bits & kCueProduct) vote(c.votes, EntityType::Product, 4);
  if (bits & (kCuePerson | kCueRole | kCueFoundedBy)) vote(c.votes, EntityType::Person, 4);
  if (bits & kCueOrganization) vote(c.votes, EntityType::Organization, 4);
  if ((bits & kCueSpeech) && !single) vote(c.votes, EntityType::Person, 1);  // "selon Nature" is no person
  if (bits & kCueLaunch) vote(c.votes, EntityType::Product, 3);  // less than a noun: "la start-up X … a lancé X"
}

// "s’offre X", "elle montre X": a cue word after a pronoun is a verb, a
// noun cue no more ("elle présente X" still launches X).
bool verb_after_pronoun(const Doc& doc, std::size_t cue_last) {
  const std::size_t from = doc.info[cue_last].cue_from;
  return from > 0 && same_sentence(doc, from - 1, from) && (doc.info[from - 1].cue_end & kCuePronoun);
}

bool is_comma(const Doc& doc, std::size_t i) { return doc.info[i].kind == TokenKind::Punct && doc.surface(i) == ","; }

// "Le nouveau modèle d’IA de la start-up, baptisé X": the noun phrase before
// the comma is typed by its head noun (modèle), its leftmost cue; a cue after
// "de" is a complement (start-up). The phrase starts at its determiner.
// Also "les produits d’OpenAI, notamment X". Without a comma the phrase is
// the nearest noun, complements left out: "des assistants comme X", but
// "des modèles des gros poissons comme X" (no cue). `end` is the token after the phrase.
void apply_head_noun(const Doc& doc, Candidate& c, std::size_t end, bool through_complements) {
  constexpr int kMaxPhrase = 12;
  std::size_t head = SIZE_MAX;
  std::size_t k = end;
  for (int n = 0; k > 0 && same_sentence(doc, k - 1, end) && n < kMaxPhrase; ++n, --k) {
    const TokenInfo& t = doc.info[k - 1];
    if (t.cue_end & kHeadCues) {
      head = k - 1;
      k = t.cue_from + 1;  // on before the whole cue phrase
      continue;
    }
    const TokenInfo* before = k >= 2 && same_sentence(doc, k - 2, end) ? &doc.info[k - 2] : nullptr;
    // "de la start-up": a complement, the head is further left; "du", "des"
    // only after a noun ("les modèles des chercheurs", not "teste des modèles").
    if (t.cue_start & kCueOf) {
      if (!through_complements) break;
      if (!(t.cue_start & kCueContracted) || (before && ((before->cue_end & kHeadCues) || before->has(kCap)))) continue;
      break;
    }
    const bool complement = before && (before->cue_start & kCueOf);
    if ((t.cue_start & (kCueDeterminer | kCueBreaker)) && !complement) break;  // the phrase's determiner, or a verb
    if (t.kind == TokenKind::Punct && !t.any(kHyphen)) break;
    // A name inside the phrase follows a noun or "de": "les produits d’OpenAI".
    if (t.has(kName) && !(before && ((before->cue_end & (kHeadCues | kCueOf | kCueDeterminer)) || before->any(kElision)))) break;
  }
  if (head != SIZE_MAX) apply_cue_before(doc, c, head, doc.info[head].cue_end & kHeadCues, 1, false);
}

// "son outil, baptisé X", "une application connue sous le nom de X", "ses
// applications, notamment X", "des assistants comme X": X takes the type of
// the noun phrase before the naming or example phrase that ends at `last`.
bool named_after_phrase(const Doc& doc, Candidate& c, std::size_t last, int skipped) {
  const std::size_t from = doc.info[last].cue_from;
  if (from == 0 || !same_sentence(doc, from - 1, from)) return false;
  const bool comma = is_comma(doc, from - 1);
  if (doc.info[last].cue_end & kCueNaming) {
    apply_head_noun(doc, c, comma ? from - 1 : from, true);
    return true;
  }
  if (skipped != 0) return false;
  apply_head_noun(doc, c, comma ? from - 1 : from, comma);
  return true;
}

void cue_before(const Doc& doc, Candidate& c) {
  std::size_t k = c.first;
  // "connue sous le nom de X": the naming phrase's "de" is no owner's.
  if (k > 0 && same_sentence(doc, k - 1, k) && (doc.info[k - 1].cue_end & kCueNaming) && named_after_phrase(doc, c, k - 1, 0)) return;
  bool of = false;
  // "le PDG de X", and "le ministre de l’Économie": "de" with its article.
  if (k > 1 && (doc.info[k - 1].cue_start & kCueDeterminer) && (doc.info[k - 2].cue_start & kCueOf) && same_sentence(doc, k - 2, k)) --k;
  if (k > 0 && same_sentence(doc, k - 1, k) && (doc.info[k - 1].cue_start & kCueOf)) of = true, --k;
  if (!of) k = c.first;
  for (int skipped = 0; k > 0 && same_sentence(doc, k - 1, c.first) && skipped <= kMaxSkipped; ++skipped, --k) {
    const TokenInfo& t = doc.info[k - 1];
    // "le Premier ministre belge X": a nationality adjective after a noun lets the noun type X.
    const bool adjective = (t.cue_end & kTypingCues) == kCueNationality && !after_article(doc, k - 1);
    if ((t.cue_end & kTypingCues) && !adjective) {
      const std::uint32_t bits = verb_after_pronoun(doc, k - 1) ? t.cue_end & (kCueSpeech | kCueLaunch) : t.cue_end;
      apply_cue_before(doc, c, k - 1, bits, skipped, of);
      return;
    }
    if (adjective) continue;
    // "son outil, baptisé X": the cue is the head noun before the comma.
    if (!of && (t.cue_end & (kCueNaming | kCueExample)) && named_after_phrase(doc, c, k - 1, skipped)) return;
    if (of || !skippable(t, k == c.first)) return;  // "le PDG de X": the noun is right before "de"
  }
}

bool opens_apposition(std::string_view p) { return p == "," || p == "(" || p == "\u2013" || p == "\u2014" || p == "-"; }

// "X, une start-up…", "X, directeur général de…", "X (fondateur de…)".
void cue_after(const Doc& doc, Candidate& c) {
  std::size_t j = c.end;
  if (j >= doc.size() || !same_sentence(doc, j, c.first)) return;
  if ((doc.info[j].cue_start & kCueSpeech) && c.end - c.first > 1) vote(c.votes, EntityType::Person, 1);
  if (doc.info[j].cue_start & kCueCompanyVerb) vote(c.votes, EntityType::Company, 4);  // "X a levé", "X rachète"
  // "o1 d’OpenAI", "A380 d’Airbus": a name with digits, then its maker.
  if ((doc.info[j].cue_start & kCueOf) && j + 1 < doc.size() && doc.info[j + 1].has(kCap) && doc.info[c.end - 1].any(kDigit))
    vote(c.votes, EntityType::Product, 3);
  if (doc.info[j].kind != TokenKind::Punct || !opens_apposition(doc.surface(j))) return;
  ++j;
  for (int skipped = 0; j < doc.size() && same_sentence(doc, j, c.first) && skipped <= kMaxSkipped; ++skipped, ++j) {
    const TokenInfo& t = doc.info[j];
    const std::uint32_t bits = t.cue_start;
    // Weaker than a cue before the name: "par le logiciel X, l’éditeur table sur…" is no apposition.
    if (bits & (kCueCompany | kCuePerson | kCueRole | kCueProduct | kCueOrganization)) {
      if (bits & kCueCompany) vote(c.votes, EntityType::Company, 3);
      if (bits & (kCuePerson | kCueRole)) vote(c.votes, EntityType::Person, 3);
      if (bits & kCueProduct) vote(c.votes, EntityType::Product, 3);
      if (bits & kCueOrganization) vote(c.votes, EntityType::Organization, 3);
      return;
    }
    if (!(bits & kCueDeterminer) && !skippable(t, false)) return;
  }
}

bool hyphenated_first_name(const Resources& res, const Doc& doc, std::size_t i, std::size_t end) {
  if (i + 2 >= end || !doc.info[i + 1].has(kHyphen)) return false;
  std::string key(doc.key(i));
  append_token_key(key, doc.key(i + 2), true);
  return res.first_names.contains(key_hash(key));
}

// "Character.ai", "Booking.com": a name written as a web address.
bool web_address(const Resources& res, std::string_view key) {
  for (const std::string& suffix : res.domain_suffixes)
    if (key.size() > suffix.size() + 1 && key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0) return true;
  return false;
}

}  // namespace

void add_shape_votes(const Resources& res, const Doc& doc, Candidate& c) {
  std::size_t words = 0, digits = 0, ampersands = 0;
  bool spaced = false;  // "Simon-Kucher" is one word, no given name and surname
  for (std::size_t i = c.first; i < c.end; ++i) {
    const TokenInfo& t = doc.info[i];
    spaced = spaced || (i > c.first && t.has(kSpace));
    words += t.kind == TokenKind::Word && t.has(kName);
    digits += t.any(kDigit) || (t.kind == TokenKind::Number && i > c.first);  // "Nuée-3", "Nova 3", "Qwen 2.5"
    ampersands += doc.surface(i) == "&";
  }
  std::size_t last = c.end - 1;
  if (doc.info[last].kind == TokenKind::Punct && last > c.first) --last;
  const std::uint32_t suffix = doc.info[last].cue_end | (doc.info[c.end - 1].cue_end & kCueLegalSuffix);
  const bool company_shape = words >= 2 && (suffix & (kCueLegalSuffix | kCueCompanySuffix));
  if ((doc.info[c.first].cue_start & kCueOrgHead) && words >= 2 && !company_shape) vote(c.votes, EntityType::Organization, 5);
  if (company_shape) vote(c.votes, EntityType::Company, (suffix & kCueLegalSuffix) ? 6 : 4);
  if (ampersands > 0) vote(c.votes, EntityType::Company, 3);
  if (doc.info[last].kind == TokenKind::Word && web_address(res, doc.key(last))) vote(c.votes, EntityType::Company, 4);
  const bool given = doc.info[c.first].has(kFirstName) || hyphenated_first_name(res, doc, c.first, c.end);
  // A given name outweighs one company cue: "Fondée par A et Georges Bossert, la société…".
  if (given && words >= 2 && spaced && !company_shape && ampersands == 0) vote(c.votes, EntityType::Person, 5);
  if (digits > 0) vote(c.votes, EntityType::Product, 2);
}

void add_context_votes(const Resources&, const Doc& doc, Candidate& c) {
  cue_before(doc, c);
  cue_after(doc, c);
}

namespace {

int candidate_at(const Extraction& ex, std::size_t first, std::size_t end) {
  for (std::size_t k = ex.candidates.size(); k-- > 0;)
    if ((first != SIZE_MAX && ex.candidates[k].first == first) || (end != SIZE_MAX && ex.candidates[k].end == end))
      return static_cast<int>(k);
  return -1;
}

// The candidate across a comma or "et"/"ou" from [first, end), or -1.
int coordinated(const Doc& doc, const Extraction& ex, std::size_t first, std::size_t end) {
  if (first >= 2 && same_sentence(doc, first - 1, first)) {
    const TokenInfo& link = doc.info[first - 1];
    const std::size_t from = is_comma(doc, first - 1) ? first - 1 : (link.cue_end & kCueCoordination) ? link.cue_from : SIZE_MAX;
    if (from != SIZE_MAX && from > 0 && same_sentence(doc, from - 1, first))
      if (const int left = candidate_at(ex, SIZE_MAX, from); left >= 0) return left;
  }
  if (end + 1 < doc.size() && same_sentence(doc, end, first)) {
    std::size_t next = end + 1;
    if (!is_comma(doc, end)) {
      if (!(doc.info[end].cue_start & kCueCoordination)) return -1;
      while (next < doc.size() && !(doc.info[next - 1].cue_end & kCueCoordination)) ++next;
    }
    if (next < doc.size() && same_sentence(doc, next, first)) return candidate_at(ex, next, SIZE_MAX);
  }
  return -1;
}

// Two or three capitalized words that are no French or English words and no
// company suffix: "Zorvan Kellec".
bool person_shaped(const Doc& doc, const Candidate& c) {
  if (c.end - c.first < 2 || c.end - c.first > 3) return false;
  for (std::uint32_t i = c.first; i < c.end; ++i) {
    const TokenInfo& t = doc.info[i];
    if (t.kind != TokenKind::Word || !t.has(kCap) || t.any(kCommon | kEnglish | kCapitals | kDigit | kCamel) ||
        (t.cue_start & (kCueCompanySuffix | kCueLegalSuffix)))
      return false;
  }
  return true;
}

}  // namespace

void add_coordination_votes(const Doc& doc, const Extraction& ex, Candidate& c) {
  const int other = coordinated(doc, ex, c.first, c.end);
  if (other < 0) return;
  const Votes& v = ex.candidates[static_cast<std::size_t>(other)].votes;
  std::size_t best = 0;
  for (std::size_t t = 1; t < 4; ++t)
    if (v[t] > v[best]) best = t;
  // A neighbour nothing typed counts as a company, the type of untyped names.
  // A person's neighbour is a person only when shaped like one ("fondée par
  // Matthieu Rouif et Zorvan Kellec"), not "Xavier Niel et Free Mobile".
  const auto type = static_cast<EntityType>(best);
  if (type != EntityType::Person || person_shaped(doc, c)) vote(c.votes, type, 2);
}

void find_text_owners(const Doc& doc, Extraction& ex) {
  const CandidatesAt starting(ex.candidates, false), ending(ex.candidates, true);
  for (std::size_t k = 0; k < ex.candidates.size(); ++k) {
    Candidate& p = ex.candidates[k];
    const std::size_t after = p.end;
    if (after + 1 < doc.size() && (doc.info[after].cue_start & kCueOf) && same_sentence(doc, after, p.first) &&
        starting[after + 1] >= 0)
      p.owner = starting[after + 1];
    // "OpenAI’s o1": the possessive names the maker.
    const int before = ending[p.first];
    if (before >= 0 && possessive(doc, p.first - 1)) p.owner = before;
  }
}

}  // namespace analyze::entities

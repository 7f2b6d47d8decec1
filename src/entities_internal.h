// Internals of the entity extractor (see entities.h), shared by its files:
//   entities_resources.cpp  word lists and gazetteers, loaded once;
//   entities_tokens.cpp     per-token facts (key, case, common word, cues);
//   entities_gazetteer.cpp  known names and places, longest match, case checks;
//   entities_runs.cpp       capitalized runs: names no list knows;
//   entities_cues.cpp       context cues that type a candidate;
//   entities_linking.cpp    one entity per real-world thing, short forms;
//   entities_output.cpp     names, aliases, mentions, owners.
#pragma once

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analyze/document.h"
#include "analyze/entities.h"
#include "analyze/gazetteer.h"
#include "analyze/tokenizer.h"

namespace analyze::entities {

// Cue categories of data/entities/cues.tsv, as bits.
enum Cue : std::uint32_t {
  kCueCompany = 1u << 0,        // "la start-up X", "X, une société"
  kCueProduct = 1u << 1,        // "le modèle X", "l’application X"
  kCuePerson = 1u << 2,         // "l’économiste X"
  kCueTitle = 1u << 3,          // "M. X", "Mme X"
  kCueRole = 1u << 4,           // "le PDG de X" → company X; "X, PDG de Y" → person X
  kCueFoundedBy = 1u << 5,      // "fondée par X"
  kCueSpeech = 1u << 6,         // "selon X", "a déclaré X"
  kCuePlace = 1u << 7,          // "à X", "la place X"
  kCueNotEntity = 1u << 8,      // "licence X"
  kCueOrgHead = 1u << 9,        // "Institut …", "Ministère …"
  kCueCompanySuffix = 1u << 10, // "… Labs", "… Capital"
  kCueLegalSuffix = 1u << 11,   // "… Inc.", "… GmbH"
  kCueVersion = 1u << 12,       // "… Pro", "… Lite"
  kCuePlatform = 1u << 13,      // "sur X", "le réseau social X"
  kCueParticle = 1u << 14,      // "de", "von", "van" inside a name
  kCueOrganization = 1u << 15,  // "le projet X", "la revue X"
  kCueConnector = 1u << 16,     // "de", "pour la" inside a body's name
  kCueDeterminer = 1u << 17,    // "une" in "X, une start-up"
  kCueBreaker = 1u << 18,       // "que", "et", "a": a cue does not reach past it
  kCueOf = 1u << 19,            // "de" in "le PDG de X": X is what the noun belongs to
  kCuePlural = 1u << 20,        // "les", "des": "les puces X" are X's chips, X is their maker
  kCueNationality = 1u << 21,   // "l’indien WNS", "le chinois Baidu": right after an article, a company
  kCueCoordination = 1u << 22,  // "et", "ou": "Eurazeo et Serena" are alike
  kCueNaming = 1u << 23,        // "baptisé": "son outil, baptisé X" types X by "outil"
  kCuePronoun = 1u << 24,       // "s’", "il", "qui": a cue noun right after one is a verb ("s’offre X")
  kCueContracted = 1u << 25,    // "au", "du" (à le, de le), "aux", "des": an article inside ("au Monde" = "à Le Monde")
  kCueLaunch = 1u << 26,        // "a lancé X", "dévoile X": X is a product
  kCueCompanyVerb = 1u << 27,   // "X a levé", "X rachète": X is a company
  kCueMakerOf = 1u << 28,       // "le créateur de X": X is a product
  kCueExample = 1u << 29,       // "notamment", "comme": "ses applications, notamment X"
  kCueSubjectVerb = 1u << 30,   // "a", "annonce" after a name: "Orange a publié" uses "Orange" as a name
};
std::uint32_t cue_from_string(std::string_view category);

// Facts about one token, computed once per article.
enum Trait : std::uint32_t {
  kName = 1u << 0,        // a word that can be part of a name: capitalized, camel case, or letters with digits
  kCap = 1u << 1,         // first letter upper case
  kCapitals = 1u << 2,     // "CEGELEM", "IA"
  kCamel = 1u << 3,       // upper case after the first letter: "DeepSeek", "iOS"
  kDigit = 1u << 4,       // a word with digits and letters: "R1", "H800"
  kInitial = 1u << 5,     // first word of a sentence, a line, or after ':' or an opening quote
  kCommon = 1u << 6,      // its lower-case form is a French word
  kStop = 1u << 7,        // never an entity alone: "IA", "LLM", "Internet", months
  kFirstName = 1u << 8,   // a given name
  kSpace = 1u << 9,       // white space before
  kNewline = 1u << 10,    // a line break before
  kElision = 1u << 11,     // "l’", "d’"
  kTitleCase = 1u << 12,  // in a headline written in Title Case
  kHyphen = 1u << 13,     // the token is '-' (or a dash) glued to both neighbours
  kLetters = 1u << 14,    // has at least one letter
  kLower = 1u << 15,      // no upper-case letter
  kEnglish = 1u << 16,    // a common English word: "New", "Language"
  kKeySeparator = 1u << 17,  // the key has a '-', '_' or ' ' ("start-up"): a phrase of its own
};

// 64 bytes: the members in this order leave no padding.
struct TokenInfo {
  std::uint64_t start = 0, end = 0;  // the name part: "OpenAI’s" → "OpenAI"
  std::uint64_t hash = 0;  // key_hash of the key: tables test it before any string work
  std::uint32_t sentence = 0;
  std::uint32_t key_begin = 0, key_size = 0;
  std::uint32_t starts = 0;      // Start bits of the key
  std::uint32_t cue_single = 0;  // Cue bits of the one-token cue phrase it is
  std::uint32_t traits = 0;
  std::uint32_t cue_start = 0, cue_end = 0;  // cue phrases starting / ending at this token
  std::uint32_t cue_from = 0;                 // first token of the cue phrase ending here
  TokenKind kind = TokenKind::Word;
  bool has(std::uint32_t t) const { return (traits & t) == t; }
  bool any(std::uint32_t t) const { return (traits & t) != 0; }
};
static_assert(sizeof(TokenInfo) == 64, "one cache line a token");

// What a token's key may start, from one look-up per token instead of one
// per table: a small bit filter first (most rare words stop there), then a
// table of the keys and prefixes of every list.
enum Start : std::uint32_t {
  kStartsName = 1u << 0,       // a gazetteer form
  kStartsCodedName = 1u << 1,  // a form lower-case text can match ("deepseek", "iOS")
  kStartsPlace = 1u << 2,
  kStartsCue = 1u << 3,
  kStartsStop = 1u << 4,
  kIsGivenName = 1u << 5,      // the key is a given name
  kCueGoesOn = 1u << 6,        // a longer cue phrase starts with the key ("a" in "a déclaré")
};

// Start bits of a key, and the Cue bits of the one-token cue it is ("selon").
struct StartFacts {
  std::uint32_t starts = 0;
  std::uint32_t cue = 0;
};

class StartIndex {
 public:
  void add(std::uint64_t h, StartFacts facts);
  StartFacts facts(std::uint64_t h) const {
    const std::uint64_t x = h * 0xC2B2AE3D27D4EB4Full;
    if (!(filter_[x >> (64 - kFilterLog2) >> 6] & (1ull << ((x >> (64 - kFilterLog2)) & 63)))) return {};
    for (std::size_t i = home(h);; i = (i + 1) & mask_) {
      if (slots_[i].hash == h) return slots_[i].facts;
      if (slots_[i].hash == 0) return {};
    }
  }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    StartFacts facts;
  };
  std::size_t home(std::uint64_t h) const { return static_cast<std::size_t>((h * 0x9E3779B97F4A7C15ull) >> 40) & mask_; }
  void grow();
  static constexpr int kFilterLog2 = 18;  // 2^18 bits: 32 KB
  std::vector<std::uint64_t> filter_ = std::vector<std::uint64_t>((1u << kFilterLog2) / 64);
  std::vector<Slot> slots_ = std::vector<Slot>(1);  // one cache line per look-up
  std::size_t mask_ = 0, size_ = 0;
};

// A large word list as 32-bit fingerprints of key hashes in a flat table
// two-thirds full: 2 MB for the 346 000 French words, so that look-ups stay
// in cache. A false positive is one chance in four billion per look-up.
class WordSet {
 public:
  void reserve(std::size_t words);
  void insert(std::uint64_t h);
  bool contains(std::uint64_t h) const {
    const std::uint32_t print = fingerprint(h);
    for (std::size_t i = home(h);; i = (i + 1) & mask_) {
      if (slots_[i] == print) return true;
      if (slots_[i] == 0) return false;
    }
  }

 private:
  static std::uint32_t fingerprint(std::uint64_t h) { return static_cast<std::uint32_t>(h >> 32) | 1u; }
  std::size_t home(std::uint64_t h) const { return static_cast<std::size_t>(h * 0x9E3779B97F4A7C15ull >> 32) & mask_; }
  std::vector<std::uint32_t> slots_ = std::vector<std::uint32_t>(1, 0);
  std::size_t mask_ = 0;
};

// Doc::keys being written, with 8 bytes of room past the last key so that
// ASCII keys are stored 8 bytes at a time; finish() trims the room.
class KeyWriter {
 public:
  KeyWriter(std::string& keys, std::size_t expected) : keys_(keys) { keys_.assign(expected + kRoom, '\0'); }
  // Where the next key goes, with room for n bytes and 8 more.
  char* room(std::size_t n) {
    if (used_ + n + kRoom > keys_.size()) keys_.resize(2 * keys_.size() + n + kRoom);
    return keys_.data() + used_;
  }
  void commit(std::size_t n) { used_ += n; }
  std::size_t used() const { return used_; }
  void finish() { keys_.resize(used_); }

 private:
  static constexpr std::size_t kRoom = 8;
  std::string& keys_;
  std::size_t used_ = 0;
};

// A token's key as fold_key writes it, its key_hash, and what folding read.
struct FoldedWord {
  std::size_t size = 0;
  std::uint64_t hash = 0;
  bool read = false;         // letter and inner_upper are set (else fold_key folded the word)
  bool ascii = false;        // the key is the word in lower case
  bool letter = false;       // a letter (u_isalpha)
  bool inner_upper = false;  // an upper-case letter after the first code point
  bool digit = false;        // an ASCII digit (set for ASCII words only)
  bool separator = false;    // the key has a '-', '_' or ' ' (has_key_separator)
};

namespace swar {
// Eight ASCII bytes at once: every byte is below 0x80, so adding less than
// 0x80 to each never carries into the next one. The high bit of each byte
// in the range [lo, hi].
constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHighBits = 0x8080808080808080ull;
inline std::uint64_t bytes_between(std::uint64_t w, unsigned lo, unsigned hi) {
  return (w + (0x80 - lo) * kOnes) & ~(w + (0x7F - hi) * kOnes) & kHighBits;
}
inline std::uint64_t bytes_equal(std::uint64_t w, unsigned c) { return bytes_between(w, c, c); }
}  // namespace swar

// The folded key of an ASCII word: its lower case, 8 bytes at a time, with
// its hash; `read` is false (and nothing is known) for a word with other bytes.
inline FoldedWord fold_ascii(std::string_view word, char* out) {
  using namespace swar;
  FoldedWord folded;
  std::uint64_t h = key_hashing::start(word.size()), letters = 0, inner_upper = 0, digits = 0, separators = 0;
  for (std::size_t i = 0; i < word.size(); i += 8) {
    const std::size_t n = std::min<std::size_t>(8, word.size() - i);
    const std::uint64_t w = load_le_tail(word.data() + i, n);
    if (w & kHighBits) return folded;
    const std::uint64_t upper = bytes_between(w, 'A', 'Z');
    const std::uint64_t lower = w | upper >> 2;  // 0x80 >> 2 is 0x20, the case bit
    std::memcpy(out + i, &lower, 8);             // the bytes past the word are overwritten later
    const std::uint64_t alpha = bytes_between(lower, 'a', 'z');
    letters |= alpha;
    if (alpha != (n == 8 ? kHighBits : kHighBits & ((1ull << (8 * n)) - 1))) {  // not letters only: rarer
      digits |= bytes_between(w, '0', '9');
      separators |= bytes_equal(w, '-') | bytes_equal(w, '_') | bytes_equal(w, ' ');
    }
    inner_upper |= i == 0 ? upper & ~0x80ull : upper;
    h = key_hashing::mix(h, lower);
  }
  folded.size = word.size();
  folded.read = folded.ascii = true;
  folded.letter = letters != 0;
  folded.inner_upper = inner_upper != 0;
  folded.digit = digits != 0;
  folded.separator = separators != 0;
  folded.hash = key_hashing::finish(h);
  return folded;
}

// Writes token keys (entities_fold.cpp): ASCII 8 bytes at a time, accented
// letters and typographic punctuation from tables of fold_key's answers,
// built once; fold_key itself for anything else.
class WordFolder {
 public:
  WordFolder();
  // Writes the key of `word` with `keys` (`scratch` for the rare words fold_key folds).
  // ASCII words, nearly all, without a call.
  FoldedWord fold(std::string_view word, KeyWriter& keys, std::string& scratch) const {
    // A folded code point of the tables takes at most 4 bytes (3 in fact)
    // where it took 2 or 3: 2× the word is room enough.
    FoldedWord folded = fold_ascii(word, keys.room(2 * word.size()));
    if (!folded.read) return fold_other(word, keys, scratch);
    keys.commit(folded.size);
    return folded;
  }

 private:
  struct Entry {
    std::uint8_t size = 0;  // bytes of the folded code point
    char bytes[4] = {};
    bool alpha = false, upper = false;
    bool separator = false;  // the folded code point has a key separator: U+2010 → "-", U+00A0 → " "
  };
  FoldedWord fold_other(std::string_view word, KeyWriter& keys, std::string& scratch) const;
  const Entry* entry_at(std::string_view word, std::size_t i, std::size_t* length) const;
  FoldedWord fold_accented(std::string_view word, char* out) const;
  std::array<Entry, 0x800> two_bytes_;    // U+0080–U+07FF
  std::array<Entry, 0x100> punctuation_;  // U+2000–U+20FF
};

// Word lists and gazetteers, loaded once by EntityExtractor::create.
struct Resources {
  WordFolder folder;
  Gazetteer gazetteer;
  std::vector<std::vector<std::uint8_t>> form_traits;  // per entry, per form: FormTrait bits
  std::vector<std::string> owners;                     // per entry: maker company, for products
  std::vector<std::string> owner_keys;                 // per entry: name_key of its maker
  std::vector<std::string> name_keys;                  // per entry: name_key of its name
  PhraseTable lower_forms;  // forms that lower-case text can match ("iPhone", "deepseek"): a filter
  PhraseTable places;
  PhraseTable cues;        // value: Cue bit
  PhraseTable stops;       // phrases that are never entities
  StartIndex starts;       // what each token key may start
  WordSet french_words;   // key_hash of the lower-case words
  HashSet english_words;  // key_hash of the lower-case words
  HashSet first_names;                                 // key_hash of the name_key
  HashSet number_units;  // key_hash of scale words, abbreviations and currency codes: "millions", "Md", "EUR", "MEUR"
  std::vector<std::pair<std::string, std::string>> product_families;  // name_key prefix → maker
  std::vector<std::string> domain_suffixes;                            // ".ai", ".com": "Character.ai" is a company

  bool is_french(std::string_view lower) const;
};

enum FormTrait : std::uint8_t {
  kFormAmbiguous = 1,   // a common word or a given name: "Orange", "Nature", "Alan"
  kFormLetter = 2,      // one letter: "X"
  kFormCueHead = 4,     // starts with a lower-case common word: "groupe Alibaba"
  kFormDistinctive = 8, // inner capital or digit: "DeepSeek", "R1" (so "deepseek" is it too)
};

// Builds Resources from the embedded data and the user's gazetteers.
bool load_resources(Resources& res, const std::vector<GazetteerSource>& extra, std::string* error);

// One article's tokens with their facts.
struct Doc {
  std::string_view text;
  const TokenizedText* tokens = nullptr;
  std::vector<TokenInfo> info;
  std::string keys;  // token keys, concatenated
  // Offsets are within `keys` and `text` by construction: views without bound checks.
  std::string_view key(std::size_t i) const { return {keys.data() + info[i].key_begin, info[i].key_size}; }
  std::string_view surface(std::size_t i) const { return {text.data() + info[i].start, info[i].end - info[i].start}; }
  // surface(i) == s, testing the length first (most tokens are not s).
  bool is(std::size_t i, std::string_view s) const {
    return info[i].end - info[i].start == s.size() && std::memcmp(text.data() + info[i].start, s.data(), s.size()) == 0;
  }
  std::string_view span_text(std::size_t first, std::size_t end) const {
    return {text.data() + info[first].start, info[end - 1].end - info[first].start};
  }
  std::uint32_t sentence_end(std::size_t i) const { return tokens->sentences[info[i].sentence].end_token; }
  std::size_t size() const { return info.size(); }
};

// The token_hash of PhraseTable::longest: the token's key hash, when the key has no separator.
struct TokenHashes {
  const Doc& doc;
  std::uint64_t operator()(std::size_t i) const { return doc.info[i].traits & kKeySeparator ? 0 : doc.info[i].hash; }
};

// "OpenAI’s": the token ends with an English possessive, left out of its name part.
inline bool possessive(const Doc& doc, std::size_t i) { return doc.info[i].end < doc.tokens->tokens[i].end; }
// "Qwen3-235B", "Zorblax-70B": a one- or two-letter capital suffix glued to a number of the name.
inline bool size_suffix(const Doc& doc, std::size_t j) {
  const TokenInfo& t = doc.info[j];
  return j > 0 && t.kind == TokenKind::Word && !t.has(kSpace) && doc.info[j - 1].kind == TokenKind::Number && t.end - t.start <= 2 &&
         t.any(kCap | kCapitals) && t.sentence == doc.info[j - 1].sentence;
}

void annotate(const Resources& res, std::string_view text, const TokenizedText& tokens, Doc& doc);

// Votes for what a candidate is; the entity's type is the best total.
constexpr int kReject = 4;  // a place or a non-entity
using Votes = std::array<int, 5>;
inline void vote(Votes& v, EntityType t, int weight) { v[static_cast<std::size_t>(t)] += weight; }

enum class Origin : std::uint8_t { Gazetteer, Context, Pattern };

// A span of tokens that names something, before linking.
struct Candidate {
  std::uint32_t first = 0, end = 0;  // tokens [first, end)
  int entry = -1;                    // gazetteer entry
  Votes votes{};
  Origin origin = Origin::Pattern;
  bool weak = false;         // kept only when another mention of the entity is not weak
  int same_as = -1;          // a candidate it names too (handle, typo)
  int owner = -1;            // candidate of the maker, read in the text ("le R1 de DeepSeek")
  // Maker known from the lists, and its name_key (strings owned by Resources).
  const std::string* owner_name = nullptr;
  const std::string* owner_key = nullptr;
  // "au Monde": the article the preposition absorbed ("Le"), part of the name.
  std::string_view article;
};

// Token coverage: what a token already belongs to.
enum Cover : std::uint8_t { kFree = 0, kEntity = 1, kBlocked = 2 };

struct Extraction {
  std::vector<Candidate> candidates;
  std::vector<std::uint8_t> cover;  // per token
  std::vector<std::string> keys;    // per candidate: candidate_key, set by link_candidates
  std::string scratch;
  std::vector<std::vector<int>> spare_groups;  // emptied group lists of earlier articles, for link_candidates
  void claim(const Candidate& c, Cover how) {
    for (std::uint32_t t = c.first; t < c.end; ++t) cover[t] = how;
  }
};

// The candidates that start (or end) at each token, the last one when
// several do: a sorted list of ~30 an article rather than an array of its tokens.
class CandidatesAt {
 public:
  CandidatesAt(const std::vector<Candidate>& candidates, bool by_end) {
    at_.reserve(candidates.size());
    for (std::size_t k = 0; k < candidates.size(); ++k)
      at_.emplace_back(by_end ? candidates[k].end : candidates[k].first, static_cast<int>(k));
    if (!std::is_sorted(at_.begin(), at_.end())) std::sort(at_.begin(), at_.end());  // by start: sorted already
  }
  // The last candidate at `token`, or -1.
  int operator[](std::size_t token) const {
    const auto it = std::upper_bound(at_.begin(), at_.end(), std::pair<std::uint32_t, int>(static_cast<std::uint32_t>(token), INT_MAX));
    return it != at_.begin() && (it - 1)->first == token ? (it - 1)->second : -1;
  }

 private:
  std::vector<std::pair<std::uint32_t, int>> at_;
};

void match_gazetteer(const Resources& res, const Doc& doc, Extraction& ex);
void extend_products(const Resources& res, const Doc& doc, Extraction& ex);
void find_runs(const Resources& res, const Doc& doc, Extraction& ex);
// "Nova 3", "Claude 4": whether the number at j is a version of the name word before it.
bool version_after_name(const Resources& res, const Doc& doc, const Extraction& ex, std::size_t j);
// « Star Wars Outlaws »: a title in guillemets, every word capitalized, is a product (entities_titles.cpp).
void find_quoted_titles(const Doc& doc, Extraction& ex);
void attach_handles(const Doc& doc, Extraction& ex);

// Cue evidence for a candidate that no list knows.
void add_context_votes(const Resources& res, const Doc& doc, Candidate& c);
// "Eurazeo et Serena", "USS et Royal Mail": a name next to a company,
// product or body in a list is one too.
void add_coordination_votes(const Doc& doc, const Extraction& ex, Candidate& c);
// The candidate's own shape: given name, company suffix, digits.
void add_shape_votes(const Resources& res, const Doc& doc, Candidate& c);
// Candidates for "X" in "le R1 de X", "X’s o1": the product's maker.
void find_text_owners(const Doc& doc, Extraction& ex);

// Groups of candidates that name one entity, in order of first mention.
// Sets ex.keys.
std::vector<std::vector<int>> link_candidates(const Resources& res, const Doc& doc, Extraction& ex);
// Reads the article again for the names and short forms of the groups
// ("Brumea" for "Brumea Labs", "Marchand" for "Chloé Marchand"), with the
// keys link_candidates left in ex.keys.
// Keeps the groups' lists, emptied, for the next article's link_candidates.
void recycle_groups(Extraction& ex, std::vector<std::vector<int>>& groups);
void rescan_short_forms(const Doc& doc, Extraction& ex, std::vector<std::vector<int>>& groups);

std::string candidate_key(const Doc& doc, const Candidate& c);
EntityType best_type(const Votes& v);
Votes group_votes(const Extraction& ex, const std::vector<int>& group);
// A place or a non-entity: the reject votes reach the best type's, and when
// nothing typed the name, they come from half its mentions at least ("à
// Erlangen", but not "DeepSeek" written ten times and once "en DeepSeek").
// A name with no vote at all is a company, the most frequent untyped name.
bool rejected(const Votes& v, std::size_t mentions);
// Keys of the words after the given name: "Jane Manchun Wong" → "manchun wong", "wong".
void surname_keys(const Doc& doc, const Candidate& c, std::vector<std::string>& out);
// "Sarteau Industries SA" → "sarteau industries", "sarteau": without company and legal suffixes.
void company_short_keys(const Doc& doc, const Candidate& c, std::vector<std::string>& out);
// "deepseek r1" → "r1" for a product made by DeepSeek; "" otherwise.
// Also "brumea nuee 3" → "nuee 3" when "brumea" is in `company_keys` (key_hash of the keys).
std::string product_short_key(const Candidate& c, const std::string& key, const HashSet& company_keys);
// Whether a token can start a name: a word (not an elided article), a number, a handle.
inline bool can_start(const TokenInfo& t) {
  return (t.kind == TokenKind::Word && !(t.traits & kElision)) || t.kind == TokenKind::Number || t.kind == TokenKind::Handle;
}

std::vector<Entity> build_entities(const Resources& res, const Doc& doc, const Extraction& ex,
                                   const std::vector<std::vector<int>>& groups);

}  // namespace analyze::entities

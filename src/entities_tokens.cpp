// Per-token facts for the entity extractor: folded key, case, sentence start,
// common word, given name, cue phrases. Computed once per article, with no
// allocation per token beyond short (SSO) strings.
#include <unicode/uchar.h>

#include "analyze/utf8.h"
#include "entities_internal.h"

namespace analyze::entities {
namespace {

constexpr std::string_view kApostropheS[] = {"\u2019s", "'s"};

// "OpenAI’s" names OpenAI: the name part leaves the English possessive out.
std::uint64_t name_end(std::string_view word, std::uint64_t end) {
  if (word.empty() || word.back() != 's') return end;
  for (std::string_view s : kApostropheS)
    if (word.size() > s.size() + 1 && word.substr(word.size() - s.size()) == s) return end - s.size();
  return end;
}

bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_ascii_letter(char c) { return is_ascii_upper(c) || (c >= 'a' && c <= 'z'); }

// Upper-case letters after the first one, in a word not all in capitals.
bool has_inner_capital(std::string_view word) {
  std::size_t i = 0;
  next_code_point(word, i);
  while (i < word.size()) {
    if (static_cast<unsigned char>(word[i]) < 0x80) {
      if (is_ascii_upper(word[i++])) return true;
    } else if (u_isupper(static_cast<UChar32>(next_code_point(word, i)))) {
      return true;
    }
  }
  return false;
}

bool has_letter(std::string_view word) {
  for (std::size_t i = 0; i < word.size();) {
    if (static_cast<unsigned char>(word[i]) < 0x80) {
      if (is_ascii_letter(word[i++])) return true;
    } else if (u_isalpha(static_cast<UChar32>(next_code_point(word, i)))) {
      return true;
    }
  }
  return false;
}

// "7h30", "18h", "10H45": a time, not a name with digits. The tokenizer may
// cut "7h30" into "7" and "h30": that "h30" is a time too.
bool is_time_of_day(std::string_view w) {
  std::size_t i = 0;
  if (w.size() == 3 && (w[0] == 'h' || w[0] == 'H')) return w[1] >= '0' && w[1] <= '5' && w[2] >= '0' && w[2] <= '9';
  while (i < w.size() && i < 2 && w[i] >= '0' && w[i] <= '9') ++i;
  if (i == 0 || i >= w.size() || (w[i] != 'h' && w[i] != 'H')) return false;
  const std::string_view minutes = w.substr(i + 1);
  return minutes.empty() || (minutes.size() == 2 && minutes[0] >= '0' && minutes[0] <= '5' && minutes[1] >= '0' && minutes[1] <= '9');
}

bool is_dash(std::string_view s) { return s == "-" || s == "\u2010" || s == "\u2011"; }

// Punctuation after which the next word starts a clause written with a capital.
bool opens_clause(std::string_view p) {
  return p == ":" || p == "\u00AB" || p == "\u201C" || p == "\"" || p == "\u2014" || p == "\u2013" || p == "\u2022";
}

// The hash of the lower-case word ("Cette" → "cette"), ASCII without a copy.
std::uint64_t lower_hash(std::string_view word, std::string& scratch) {
  for (char c : word)
    if (static_cast<unsigned char>(c) >= 0x80) {
      scratch = to_lower(word);
      return key_hash(scratch);
    }
  char lower[64];
  if (word.size() > sizeof lower) return key_hash(scratch = to_lower(word));
  for (std::size_t i = 0; i < word.size(); ++i) lower[i] = is_ascii_upper(word[i]) ? static_cast<char>(word[i] + 32) : word[i];
  return key_hash(std::string_view(lower, word.size()));
}

// `folded` is what folding the key read.
std::uint32_t word_traits(const Resources& res, const Token& t, std::string_view word, std::string_view key,
                          std::uint32_t starts, const FoldedWord& folded) {
  if (t.has(analyze::kElided)) return kElision;
  if (!(folded.read ? folded.letter : has_letter(word)) || is_time_of_day(word)) return 0;
  // The case bits as one sum of flags, without a branch each.
  const bool cap = t.has(kCapitalized), capitals = t.has(analyze::kAllCaps), digit = t.has(kHasDigit);
  const bool camel = !capitals && (folded.read ? folded.inner_upper : has_inner_capital(word));
  std::uint32_t traits = kLetters | cap * kCap | capitals * kCapitals | digit * kDigit | camel * kCamel;
  traits |= !(cap | camel | capitals) * kLower | (cap | camel | digit) * kName;
  if (traits & kCap) {
    // Acronyms are no words: "AI" is not "ai", "IA" is not "ia".
    const bool acronym = (traits & kCapitals) && word.size() < 4;
    if (!(traits & (kCamel | kDigit)) && !acronym) {
      std::string scratch;
      // An ASCII word's key is its lower case.
      const std::uint64_t lower = folded.ascii ? folded.hash : lower_hash(word, scratch);
      if (res.french_words.contains(lower) || (key.front() == 'e' && res.is_french(to_lower(word)))) traits |= kCommon;
      if (res.english_words.contains(lower)) traits |= kEnglish;
    }
    if (starts & kIsGivenName) traits |= kFirstName;
  }
  if ((traits & kName) && (starts & kStartsStop) && res.stops.find(key)) traits |= kStop;
  return traits;
}

void mark_sentence_starts(Doc& doc, const Sentence& s) {
  bool at_start = true;
  std::size_t long_words = 0, capitalized = 0, capitalized_common = 0;
  for (std::uint32_t i = s.first_token; i < s.end_token; ++i) {
    TokenInfo& t = doc.info[i];
    if (t.kind == TokenKind::Word && (t.traits & kLetters)) {
      if (at_start || (t.traits & kNewline)) t.traits |= kInitial;
      at_start = false;
      if (t.end - t.start >= 4) {
        ++long_words;
        capitalized += (t.traits & kCap) != 0;
        capitalized_common += (t.traits & kCap) && (t.traits & (kCommon | kEnglish)) && !(t.traits & kInitial);
      }
    } else if (t.traits & kElision) {
      at_start = false;
    } else if (t.kind == TokenKind::Punct) {
      const std::string_view p = doc.surface(i);
      if (opens_clause(p) || (is_dash(p) && (i == s.first_token || (t.traits & kNewline)))) at_start = true;
    }
  }
  // A headline in Title Case: most words capitalized, common words among them.
  if (long_words >= 3 && capitalized * 4 >= long_words * 3 && capitalized_common >= 2)
    for (std::uint32_t i = s.first_token; i < s.end_token; ++i) doc.info[i].traits |= kTitleCase;
}

void mark_cues(const Resources& res, Doc& doc, const Sentence& s, std::string& scratch) {
  const auto key = [&](std::size_t i) { return doc.key(i); };
  const auto space = [&](std::size_t i) { return (doc.info[i].traits & (kSpace | kNewline)) != 0; };
  for (std::uint32_t i = s.first_token; i < s.end_token; ++i) {
    TokenInfo& t = doc.info[i];
    if (!(t.starts & kStartsCue)) continue;
    if (!(t.starts & kCueGoesOn) && !(t.traits & kKeySeparator)) {
      // A one-token cue ("de", "selon"): its bits came with the start facts.
      if (t.cue_single) t.cue_start |= t.cue_single, t.cue_end |= t.cue_single, t.cue_from = i;
      continue;
    }
    std::uint32_t bits = 0;
    const std::size_t end = res.cues.longest(key, space, i, s.end_token, scratch, [&](std::size_t, const std::vector<int>& values) {
      for (int v : values) bits |= static_cast<std::uint32_t>(v);
      return true;
    }, t.hash, TokenHashes{doc});
    if (end > i) {
      doc.info[i].cue_start |= bits;
      if (!doc.info[end - 1].cue_end) doc.info[end - 1].cue_from = i;
      doc.info[end - 1].cue_end |= bits;
      i = static_cast<std::uint32_t>(end - 1);  // "face à": the "à" is no place cue
    }
  }
}

}  // namespace

void annotate(const Resources& res, std::string_view text, const TokenizedText& tokens, Doc& doc) {
  doc.text = text;
  doc.tokens = &tokens;
  doc.info.assign(tokens.tokens.size(), TokenInfo{});
  KeyWriter keys(doc.keys, tokens.tokens.empty() ? 0 : tokens.tokens.back().end - tokens.tokens.front().start);
  std::string scratch;
  // Held in locals: the keys' char stores may alias anything, so the vectors' ends would be loaded again at each token.
  const Token* const token_list = tokens.tokens.data();
  const std::size_t count = tokens.tokens.size();
  TokenInfo* const infos = doc.info.data();
  for (std::size_t i = 0; i < count; ++i) {
    const Token& t = token_list[i];
    TokenInfo& info = infos[i];
    info.start = t.start;
    // Token offsets are within `text` by construction: a view without substr's bound check.
    info.end = t.kind == TokenKind::Word ? name_end({text.data() + t.start, t.end - t.start}, t.end) : t.end;
    info.sentence = t.sentence;
    info.kind = t.kind;
    const std::string_view surface = doc.surface(i);
    info.key_begin = static_cast<std::uint32_t>(keys.used());
    const FoldedWord folded = res.folder.fold(surface, keys, scratch);
    info.hash = folded.hash;
    info.key_size = static_cast<std::uint32_t>(folded.size);
    const StartFacts facts = res.starts.facts(info.hash);
    info.starts = facts.starts;
    info.cue_single = facts.cue;
    if (t.has(kSpaceBefore)) info.traits |= kSpace;
    if (t.has(kNewlineBefore)) info.traits |= kNewline | kSpace;
    if (folded.separator) info.traits |= kKeySeparator;
    if (t.kind == TokenKind::Word) {
      // A lower-case ASCII word, most of them: no look-up to make.
      constexpr std::uint8_t kNotPlain = kCapitalized | analyze::kAllCaps | analyze::kElided | kHasDigit;
      const bool plain = folded.ascii && folded.letter && !folded.digit && !folded.inner_upper && !(t.flags & kNotPlain);
      info.traits |= plain ? kLetters | kLower : word_traits(res, t, surface, doc.key(i), info.starts, folded);
    }
    // "DeepSeek-R1": a dash glued to both neighbours, known once this token's space is.
    if (i >= 2 && !(info.traits & kSpace)) {
      TokenInfo& before = infos[i - 1];
      if (before.kind == TokenKind::Punct && !(before.traits & kSpace) && is_dash(doc.surface(i - 1))) before.traits |= kHyphen;
    }
  }
  keys.finish();
  for (const Sentence& s : tokens.sentences) {
    mark_sentence_starts(doc, s);
    mark_cues(res, doc, s, scratch);
  }
}

}  // namespace analyze::entities

// The cue words of the claim stage and the folded words they are matched
// on: the kinds of cue, the folding table, the per-view word slices and the
// lexicon read from data/claims/cues.tsv (not a public interface).
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace analyze::claims {

enum class CueKind : std::uint8_t {
  Role,
  WeakRole,
  Purpose,
  PerfVerb,
  PerfComparative,
  CostComparative,
  Similar,
  PerfNoun,
  Contrast,
  Clause,
  ClauseAfterComma,
  Speech,
  AgentVerb,
  FineAgent,
  Supplier,
  Anaphor,
  Pronoun,
  Intro,
  Acquisition,
  Bought,
  CostMultiple,
  ThirdParty,
  Benchmark,
  Group,
  Rival,
};

// One phrase of data/claims/cues.tsv: folded words, a trailing * on a word
// meaning "any word that begins so".
struct CuePhrase {
  CueKind kind;
  std::vector<std::string> words;
  std::vector<bool> prefix;
  std::string value;
};

// fold_key (utf8.h) for tokens, with no call per code point: ASCII inline,
// and a table for U+0080 to U+07FF and U+2000 to U+20FF (accented letters,
// guillemets, typographic apostrophes and spaces, dashes, €).
class FoldTable {
 public:
  static constexpr std::size_t kCannot = static_cast<std::size_t>(-1);
  FoldTable();
  // Writes fold_key(text) to `out` (room for 2 × text.size() + 8 bytes) and
  // returns its size, or kCannot when `text` holds another code point.
  // `readable`: how many bytes from text.data() may be read (≥ text.size()),
  // so that ASCII is folded 8 bytes at a time.
  std::size_t fold(std::string_view text, std::size_t readable, char* out) const;

 private:
  struct Entry {
    std::uint8_t size = 0;  // 0: not in the table
    char bytes[3] = {};
  };
  static void set(Entry& entry, const std::string& utf8);
  Entry two_byte_[0x800 - 0x80];
  Entry punctuation_[0x100];
};

// The folded words of a view: slices of the one buffer that holds the folded
// tokens of the whole chunk (see ViewSet), so no allocation per word or view.
class FoldedWords {
 public:
  FoldedWords() = default;
  // `offsets[i]` and `offsets[i + 1]` bound word i in `chars`; `keys[i]` is its CueLexicon::key_of.
  FoldedWords(const char* chars, const std::uint32_t* offsets, const std::uint32_t* keys, std::size_t size)
      : chars_(chars), offsets_(offsets), keys_(keys), size_(size) {}
  std::string_view operator[](std::size_t i) const { return std::string_view(chars_ + offsets_[i], offsets_[i + 1] - offsets_[i]); }
  std::uint32_t key(std::size_t i) const { return keys_[i]; }
  // The first eight bytes of word i, those past its end unspecified: the
  // buffer holds eight readable bytes past every word.
  std::uint32_t size_of(std::size_t i) const { return offsets_[i + 1] - offsets_[i]; }
  std::uint64_t head(std::size_t i) const {
    std::uint64_t x;
    std::memcpy(&x, chars_ + offsets_[i], 8);
    return x;
  }
  std::size_t size() const { return size_; }

 private:
  const char* chars_ = nullptr;
  const std::uint32_t* offsets_ = nullptr;
  const std::uint32_t* keys_ = nullptr;
  std::size_t size_ = 0;
};

struct CueMatch {
  CueKind kind;
  const std::string* value;
  std::uint32_t first;  // token positions within the sentence, end exclusive
  std::uint32_t end;
};

// The cue phrases, indexed by their first word for matching over a sentence.
class CueLexicon {
 public:
  CueLexicon();
  // Appends to `out` every cue phrase found in `words` (folded words of a
  // sentence), in order of position, longest first at each position.
  void match(const FoldedWords& words, std::vector<CueMatch>& out) const;

  // The phrases by the key of their first word and, for most phrases of
  // two words or more, of their second word ("la" alone starts a dozen
  // phrases): at most two integer look-ups per word of a sentence, in an
  // open-addressing table where most words stop at their first, empty, slot.
  struct Slot {
    std::uint64_t key = 0;       // first word's key << 32 | second word's key, or 0 for the first word alone; 0: empty slot
    std::uint32_t begin = 0;     // the slot's candidates_, in file order: a pair's slot also holds those of its first word alone
    std::uint32_t end = 0;
    bool has_pairs = false;      // (first word alone) some phrases are also indexed by their second word
  };
  // The first three bytes of a word (or the whole word when shorter) and its length up to 3: a stem of
  // three bytes or more has the key of every word it begins.
  static std::uint32_t key_of(std::string_view word) {
    const auto byte = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(word[i])); };
    switch (word.size()) {
      case 0: return 0;
      case 1: return 1u << 24 | byte(0);
      case 2: return 2u << 24 | byte(1) << 8 | byte(0);
      default: return 3u << 24 | byte(2) << 16 | byte(1) << 8 | byte(0);
    }
  }

 private:
  // A word is compared eight bytes at a time from its start (most words are
  // shorter), then byte by byte.
  struct CueWord {
    std::uint64_t head = 0;       // its first eight bytes in memory order, zero past its end
    std::uint64_t head_mask = 0;  // the bytes of head that are its own
    std::uint32_t offset = 0;     // in chars_
    std::uint32_t size = 0;
    bool prefix = false;
  };
  // A phrase that may start at a word, with its first word at hand: most
  // candidates are turned down on it, without another memory access.
  struct Candidate {
    CueWord first;
    std::uint32_t id;
  };
  const Slot* find(std::uint64_t key) const;
  Slot& slot_for(std::uint64_t key);
  void index_phrases();
  void flatten_words();
  bool word_is(const CueWord& cue, const FoldedWords& words, std::size_t i) const;
  bool rest_at(std::uint32_t id, const FoldedWords& words, std::size_t i) const;
  bool may_hold(std::uint64_t key) const;
  std::vector<CuePhrase> phrases_;
  // The words of every phrase in one buffer, for matching: phrase p has
  // words [first_word_[p], first_word_[p + 1]) of cue_words_.
  std::string chars_;
  std::vector<CueWord> cue_words_;
  std::vector<std::uint32_t> first_word_;
  std::vector<Slot> slots_;
  std::vector<Candidate> candidates_;
  int slot_shift_ = 60;
  // One bit per value of the top kFilterBits bits of a key's hash, set for
  // the keys of slots_: most words miss with one bit test, in a table that
  // stays in the L1 cache.
  static constexpr int kFilterBits = 13;
  std::uint64_t filter_[(1u << kFilterBits) / 64] = {};
};

}  // namespace analyze::claims

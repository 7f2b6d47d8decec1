// Test support for the claim stage: see claims_fixture.h.
#include "claims_fixture.h"

#include <catch2/catch.hpp>

#include "analyze/utf8.h"

namespace claims_test {
namespace {

bool is_name_char(const std::string& text, std::size_t pos) {
  return pos < text.size() && analyze::is_word_byte(text[pos]);
}

std::uint32_t sentence_at(const analyze::TokenizedText& tokens, std::uint64_t pos) {
  for (const analyze::Token& t : tokens.tokens)
    if (t.start >= pos) return t.sentence;
  return 0;
}

}  // namespace

Result run(const std::string& text, const std::vector<EntitySpec>& specs, const std::vector<FigureSpec>& figures) {
  analyze::Tokenizer tokenizer;
  const analyze::TokenizedText tokens = tokenizer.tokenize(text);
  Result r;
  r.text = text;
  for (const EntitySpec& spec : specs) {
    analyze::Entity e;
    e.name = spec.name;
    e.type = spec.type;
    for (const std::string& form : spec.forms.empty() ? std::vector<std::string>{spec.name} : spec.forms) {
      for (std::size_t pos = text.find(form); pos != std::string::npos; pos = text.find(form, pos + 1)) {
        const bool after_apostrophe = (pos >= 3 && text.compare(pos - 3, 3, "\xE2\x80\x99") == 0) || (pos >= 1 && text[pos - 1] == '\'');
        if ((pos > 0 && is_name_char(text, pos - 1) && !after_apostrophe) ||
            is_name_char(text, pos + form.size()))
          continue;
        e.mentions.push_back({{pos, pos + form.size()}, sentence_at(tokens, pos)});
      }
    }
    std::sort(e.mentions.begin(), e.mentions.end(), [](const auto& a, const auto& b) { return a.span.start < b.span.start; });
    r.entities.push_back(std::move(e));
  }
  for (std::size_t i = 0; i < specs.size(); ++i)
    for (std::size_t j = 0; j < specs.size(); ++j)
      if (!specs[i].owner.empty() && specs[j].name == specs[i].owner) r.entities[i].owner = static_cast<int>(j);
  std::size_t from = 0;
  for (const FigureSpec& spec : figures) {
    const std::size_t pos = text.find(spec.text, from);
    REQUIRE(pos != std::string::npos);
    from = pos + 1;
    analyze::Figure f;
    f.span = {pos, pos + spec.text.size()};
    f.sentence = sentence_at(tokens, pos);
    f.kind = spec.kind;
    f.value = spec.value;
    f.currency = spec.currency;
    f.per = spec.per;
    f.vague = spec.vague;
    f.approx = spec.approx;
    if (spec.vague) f.low = 1e9;
    r.figures.push_back(std::move(f));
  }
  analyze::ClaimExtractor extractor;
  extractor.extract(text, tokens, r.entities, r.figures, r.claims);
  return r;
}

std::string Result::subject_of(const std::string& text) const {
  for (const analyze::Figure& f : figures)
    if (analyze::figure_text(this->text, f) == text) return f.subject >= 0 ? entities[static_cast<std::size_t>(f.subject)].name : std::string();
  FAIL("no figure " << text);
  return {};
}

analyze::Role Result::role_of(const std::string& text) const {
  for (const analyze::Figure& f : figures)
    if (analyze::figure_text(this->text, f) == text) return f.role;
  FAIL("no figure " << text);
  return analyze::Role::None;
}

const analyze::Claim* Result::claim(analyze::ClaimKind kind, const std::string& a, const std::string& b) const {
  const auto name = [&](int i) { return i >= 0 ? entities[static_cast<std::size_t>(i)].name : std::string(); };
  for (const analyze::Claim& c : claims)
    if (c.kind == kind && ((name(c.subject) == a && name(c.object) == b) || (name(c.subject) == b && name(c.object) == a))) return &c;
  return nullptr;
}

std::string Result::describe_claims() const {
  std::string out;
  const auto name = [&](int i) { return i >= 0 ? entities[static_cast<std::size_t>(i)].name : std::string("?"); };
  for (const analyze::Claim& c : claims)
    out += std::string(analyze::to_string(c.kind)) + " " + name(c.subject) + " vs " + name(c.object) + " [" + c.ratio_text + "] " +
           std::string(analyze::to_string(c.verdict)) + "\n";
  return out;
}

}  // namespace claims_test

// libFuzzer target: the whole pipeline as the CLI runs it, decode_article →
// Pipeline::analyze → document_to_json, on any bytes. Texts over 512 bytes
// are cut into 512-byte chunks, so that chunking and the merging of entities
// across chunks are fuzzed too.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "analyze/pipeline.h"
#include "analyze/report.h"
#include "analyze/text_decoding.h"

namespace {

const analyze::Pipeline& pipeline() {
  static const std::unique_ptr<analyze::Pipeline> instance = [] {
    analyze::PipelineOptions options;
    options.chunk_bytes = 512;
    std::string error;
    auto p = analyze::Pipeline::create(options, &error);
    if (!p) std::abort();
    return p;
  }();
  return *instance;
}

// What every stage promises about a Document, checked on each input.
bool consistent(const analyze::Document& doc, const std::string& text) {
  const auto in_text = [&](const analyze::Span& s) { return s.start <= s.end && s.end <= text.size(); };
  for (const analyze::Figure& f : doc.figures)
    if (!in_text(f.span) || f.sentence >= doc.stats.sentences || f.subject >= static_cast<int>(doc.entities.size()))
      return false;
  for (const analyze::Entity& e : doc.entities)
    for (const analyze::Mention& m : e.mentions)
      if (!in_text(m.span) || m.sentence >= doc.stats.sentences) return false;
  for (const analyze::Claim& c : doc.claims)
    if (c.subject_figure >= static_cast<int>(doc.figures.size()) || c.object_figure >= static_cast<int>(doc.figures.size()))
      return false;
  return doc.stats.bytes == text.size() && doc.stats.words <= doc.stats.tokens;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  analyze::DecodedText decoded;
  std::string error;
  if (!analyze::decode_article(std::string(reinterpret_cast<const char*>(data), size), &decoded, &error)) return 0;
  static analyze::Workspace workspace;
  const analyze::Document doc = pipeline().analyze(decoded.text, workspace);
  if (!consistent(doc, decoded.text)) std::abort();
  const std::string json = analyze::document_to_json(doc, false);
  if (json.empty() || json.front() != '{' || json.back() != '}') std::abort();
  return 0;
}

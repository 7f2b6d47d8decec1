// The whole pipeline: see pipeline.h.
#include "analyze/pipeline.h"

#include <algorithm>

#include "analyze/utf8.h"
#include "entity_merge.h"

namespace analyze {
namespace {

constexpr std::size_t kGroupKeptTokens = 4096;  // tokens of a group slot kept from one group to the next

class StageClock {
 public:
  explicit StageClock(std::chrono::nanoseconds* total) : total_(total), start_(std::chrono::steady_clock::now()) {}
  ~StageClock() {
    if (total_) *total_ += std::chrono::steady_clock::now() - start_;
  }
  StageClock(const StageClock&) = delete;
  StageClock& operator=(const StageClock&) = delete;

 private:
  std::chrono::nanoseconds* total_;
  std::chrono::steady_clock::time_point start_;
};

std::chrono::nanoseconds* stage(Workspace& ws, std::chrono::nanoseconds StageTimings::*member) {
  return ws.timings ? &(ws.timings->*member) : nullptr;
}

std::size_t find_cut(std::string_view text, std::size_t start, std::size_t limit) {
  const std::size_t floor = start + (limit - start) / 2;
  const std::string_view window = text.substr(floor, limit - floor);
  if (const auto nl = window.rfind('\n'); nl != std::string_view::npos) return floor + nl + 1;
  for (std::string_view end : {". ", "! ", "? "})
    if (const auto p = window.rfind(end); p != std::string_view::npos) return floor + p + end.size();
  if (const auto sp = window.rfind(' '); sp != std::string_view::npos) return floor + sp + 1;
  const std::size_t cut = code_point_start(text, limit);
  return cut > start ? cut : limit;
}

int remapped(int index, const std::vector<int>& remap) {
  return index >= 0 && static_cast<std::size_t>(index) < remap.size() ? remap[static_cast<std::size_t>(index)] : kNoEntity;
}

// Adds what was found in one chunk to the document: sentence numbers and
// figure indexes become the document's, entities are merged by name.
void append_chunk(const TokenizedText& tokens, ChunkResults&& chunk, EntityIndex& entity_keys, Document& doc) {
  const auto sentence_base = static_cast<std::uint32_t>(doc.stats.sentences);
  for (Entity& e : chunk.entities)
    for (Mention& m : e.mentions) m.sentence += sentence_base;
  const std::vector<int> remap = merge_entities(std::move(chunk.entities), doc.entities, entity_keys);
  const auto figure_base = static_cast<int>(doc.figures.size());
  for (Figure& f : chunk.figures) {
    f.context = tokens.sentences[f.sentence].span;
    f.sentence += sentence_base;
    f.subject = remapped(f.subject, remap);
    doc.figures.push_back(std::move(f));
  }
  for (Claim& c : chunk.claims) {
    c.sentence += sentence_base;
    c.subject = remapped(c.subject, remap);
    c.object = remapped(c.object, remap);
    c.subject_figure += c.subject_figure >= 0 ? figure_base : 0;
    c.object_figure += c.object_figure >= 0 ? figure_base : 0;
    doc.claims.push_back(std::move(c));
  }
  doc.stats.sentences += tokens.sentences.size();
  doc.stats.tokens += tokens.tokens.size();
  doc.stats.words += static_cast<std::uint64_t>(std::count_if(tokens.tokens.begin(), tokens.tokens.end(),
                                                              [](const Token& t) { return t.kind == TokenKind::Word; }));
}

// After the first chunk of a long text, makes room for the figures and
// claims of the whole text at the first chunk's density (and a quarter
// more): a vector that doubles copies itself, holding both copies at once,
// whereas room never written costs address space, not memory.
void reserve_like_first_chunk(std::size_t first_chunk_bytes, Document& doc) {
  const double scale = 1.25 * static_cast<double>(doc.text.size()) / static_cast<double>(std::max<std::size_t>(first_chunk_bytes, 1));
  doc.figures.reserve(static_cast<std::size_t>(scale * static_cast<double>(doc.figures.size())) + 16);
  doc.claims.reserve(static_cast<std::size_t>(scale * static_cast<double>(doc.claims.size())) + 16);
}

}  // namespace

std::vector<Span> split_into_chunks(std::string_view text, std::size_t max_bytes) {
  max_bytes = std::clamp<std::size_t>(max_bytes, 64, std::size_t{1} << 30);
  std::vector<Span> chunks;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.size();
    if (end - start > max_bytes) end = find_cut(text, start, start + max_bytes);
    chunks.push_back({start, end});
    start = end;
  }
  return chunks;
}

std::unique_ptr<Pipeline> Pipeline::create(const PipelineOptions& options, std::string* error) {
  auto entities = EntityExtractor::create(options.gazetteers, error);
  if (!entities) return nullptr;
  return std::unique_ptr<Pipeline>(new Pipeline(options, std::move(entities)));
}

Pipeline::Pipeline(const PipelineOptions& options, std::unique_ptr<EntityExtractor> entities)
    : chunk_bytes_(options.chunk_bytes), entities_(std::move(entities)) {}

Document Pipeline::analyze(std::string_view text, Workspace& ws) const { return analyze(std::string(text), ws); }

Document Pipeline::analyze(std::string&& article, Workspace& ws) const {
  Document doc;
  doc.text = std::move(article);
  const std::string_view text = doc.text;  // doc stays in place until it is returned
  doc.stats.bytes = text.size();
  EntityIndex entity_keys;
  ChunkResults results;
  for (const Span chunk : split_into_chunks(text, chunk_bytes_)) {
    const StageItem item{text, chunk, &ws.tokens, &results};
    run_stages({&item, 1}, ws);
    append_chunk(ws.tokens, std::move(results), entity_keys, doc);
    if (chunk.start == 0 && chunk.end < text.size()) reserve_like_first_chunk(chunk.end, doc);
  }
  return doc;
}

std::vector<Document> Pipeline::analyze_group(std::vector<std::string>&& articles, Workspace& ws) const {
  std::vector<Document> docs(articles.size());
  std::vector<Document*> group;  // the short articles, analyzed stage by stage
  for (std::size_t i = 0; i < articles.size(); ++i) {
    if (articles[i].empty() || articles[i].size() > std::min(kGroupArticleBytes, chunk_bytes_)) {
      docs[i] = analyze(std::move(articles[i]), ws);
      continue;
    }
    docs[i].text = std::move(articles[i]);
    docs[i].stats.bytes = docs[i].text.size();
    group.push_back(&docs[i]);
  }
  if (ws.group_tokens.size() < group.size()) ws.group_tokens.resize(group.size());
  std::vector<ChunkResults> results(group.size());
  std::vector<StageItem> items;
  items.reserve(group.size());
  for (std::size_t k = 0; k < group.size(); ++k)
    items.push_back({group[k]->text, {0, group[k]->text.size()}, &ws.group_tokens[k], &results[k]});
  run_stages(items, ws);
  for (std::size_t k = 0; k < group.size(); ++k) {
    EntityIndex entity_keys;
    append_chunk(ws.group_tokens[k], std::move(results[k]), entity_keys, *group[k]);
    // Kept for the next group up to the size of a news article: over time any
    // slot may see a longer one, and 64 such slots would hold megabytes.
    if (ws.group_tokens[k].tokens.capacity() > kGroupKeptTokens) ws.group_tokens[k] = TokenizedText{};
  }
  return docs;
}

void Pipeline::run_stages(std::span<const StageItem> items, Workspace& ws) const {
  {
    StageClock clock(stage(ws, &StageTimings::tokenize));
    for (const StageItem& i : items) ws.tokenizer.tokenize(i.text, i.chunk, *i.tokens);
  }
  {
    StageClock clock(stage(ws, &StageTimings::figures));
    for (const StageItem& i : items) {
      i.out->figures.clear();
      figures_.extract(i.text, *i.tokens, i.out->figures);
    }
  }
  {
    StageClock clock(stage(ws, &StageTimings::entities));
    for (const StageItem& i : items) i.out->entities = entities_->extract(i.text, *i.tokens, ws.entities);
  }
  StageClock clock(stage(ws, &StageTimings::claims));
  for (const StageItem& i : items) {
    i.out->claims.clear();
    claims_.extract(i.text, *i.tokens, i.out->entities, i.out->figures, i.out->claims, ws.claims);
  }
}

}  // namespace analyze

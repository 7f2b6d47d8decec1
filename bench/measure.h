// What the benchmarks measure: memory (peak and current resident set) and
// the time of each pipeline stage over a run of articles, with the table
// that prints them.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "analyze/pipeline.h"

namespace bench {

// Peak resident set of this process so far (getrusage), in bytes.
std::size_t peak_rss_bytes();

// Resident set now (/proc/self/statm), in bytes; 0 when unknown.
std::size_t current_rss_bytes();

using Nanoseconds = std::chrono::nanoseconds;

// Sums over the articles of a run.
struct RunTotals {
  std::uint64_t articles = 0;
  std::uint64_t bytes = 0;        // input bytes
  std::uint64_t words = 0;        // Word tokens
  std::uint64_t json_bytes = 0;   // report size, so that the work is not optimized away
  analyze::StageTimings stages;   // filled by Pipeline::analyze
  Nanoseconds decode{0}, analyze{0}, report{0}, whole{0};  // wall time
  Nanoseconds whole_cpu{0};                                  // CPU time of the thread, for loaded machines
  std::uint64_t figures = 0, entities = 0, mentions = 0, claims = 0;
  // When trace_memory is set, the largest RSS seen after each step (reading
  // /proc costs about 10 µs: for the huge article, not for batches).
  bool trace_memory = false;
  std::size_t rss_decoded = 0, rss_analyzed = 0, rss_reported = 0;

  void add(const RunTotals& other);
};

// The whole pipeline for one article, as the CLI runs it: decode_article,
// Pipeline::analyze, write_document_json (to a stream that only counts);
// times each step into `totals`.
void run_article(std::string bytes, const analyze::Pipeline& pipeline, analyze::Workspace& ws, RunTotals& totals);
// The same for several articles at once, through Pipeline::analyze_group().
void run_group(std::vector<std::string> group, const analyze::Pipeline& pipeline, analyze::Workspace& ws, RunTotals& totals);

// One line per stage: seconds, share of the whole, MB/s; then the whole
// pipeline in MB/s and words/s, and what the documents hold.
void print_stage_table(const RunTotals& totals);

// What the documents hold per KB (1000 bytes) of text: figures, entities,
// mentions and claims, with the kind of text (`news`, `figures`), so that
// readers compare the corpus with real articles (`analyze --format json` on
// them: the seed articles hold about 0.8 figures and 2.6 entities per KB).
void print_density(const RunTotals& totals, std::string_view text_kind);

// The RSS after each step, when traced.
void print_memory_trace(const RunTotals& totals);

// CPU time of the calling thread.
Nanoseconds thread_cpu_time();

// The 1-minute load average (/proc/loadavg), or -1: above the core count,
// wall-clock figures mean little.
double load_average();

double megabytes(std::uint64_t bytes);
double seconds(Nanoseconds t);

}  // namespace bench

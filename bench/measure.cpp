// Measurements: see measure.h.
#include "measure.h"

#include <fmt/format.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <ostream>
#include <streambuf>

#include "analyze/report.h"
#include "analyze/text_decoding.h"

namespace bench {

std::size_t peak_rss_bytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  // Linux reports KiB, and updates the peak lazily: never below the RSS now.
  return std::max(static_cast<std::size_t>(usage.ru_maxrss) * 1024, current_rss_bytes());
}

std::size_t current_rss_bytes() {
  std::FILE* f = std::fopen("/proc/self/statm", "r");
  if (!f) return 0;
  unsigned long total = 0, resident = 0;
  const int read = std::fscanf(f, "%lu %lu", &total, &resident);
  std::fclose(f);
  return read == 2 ? resident * static_cast<std::size_t>(sysconf(_SC_PAGESIZE)) : 0;
}

Nanoseconds thread_cpu_time() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return std::chrono::seconds(t.tv_sec) + Nanoseconds(t.tv_nsec);
}

double load_average() {
  std::FILE* f = std::fopen("/proc/loadavg", "r");
  if (!f) return -1;
  double load = -1;
  if (std::fscanf(f, "%lf", &load) != 1) load = -1;
  std::fclose(f);
  return load;
}

void print_density(const RunTotals& totals, std::string_view text_kind) {
  const double kb = static_cast<double>(std::max<std::uint64_t>(totals.bytes, 1)) / 1e3;
  const auto per_kb = [kb](std::uint64_t n) { return static_cast<double>(n) / kb; };
  fmt::print("  {:<22} {:.2f} figures, {:.2f} entities ({:.2f} mentions), {:.2f} claims per KB of {} text\n",
             "density", per_kb(totals.figures), per_kb(totals.entities), per_kb(totals.mentions),
             per_kb(totals.claims), text_kind);
}

void print_memory_trace(const RunTotals& totals) {
  const auto mib = [](std::size_t b) { return static_cast<double>(b) / (1 << 20); };
  fmt::print("  RSS after decoding {:.1f} MiB, after analyze {:.1f} MiB (the Document), after the JSON {:.1f} MiB\n",
             mib(totals.rss_decoded), mib(totals.rss_analyzed), mib(totals.rss_reported));
}

double megabytes(std::uint64_t bytes) { return static_cast<double>(bytes) / 1e6; }
double seconds(Nanoseconds t) { return std::chrono::duration<double>(t).count(); }

void RunTotals::add(const RunTotals& o) {
  articles += o.articles;
  bytes += o.bytes;
  words += o.words;
  json_bytes += o.json_bytes;
  stages.tokenize += o.stages.tokenize;
  stages.figures += o.stages.figures;
  stages.entities += o.stages.entities;
  stages.claims += o.stages.claims;
  decode += o.decode;
  analyze += o.analyze;
  report += o.report;
  whole += o.whole;
  whole_cpu += o.whole_cpu;
  figures += o.figures;
  entities += o.entities;
  mentions += o.mentions;
  claims += o.claims;
}

namespace {

void trace(const RunTotals& totals, std::size_t& step) {
  if (totals.trace_memory) step = std::max(step, current_rss_bytes());
}

// An output stream that only counts what is written to it: the report is
// written as the CLI writes it, in pieces, without holding or printing it.
class CountingBuffer : public std::streambuf {
 public:
  std::uint64_t bytes = 0;

 protected:
  std::streamsize xsputn(const char*, std::streamsize n) override {
    bytes += static_cast<std::uint64_t>(n);
    return n;
  }
  int_type overflow(int_type c) override {
    if (!traits_type::eq_int_type(c, traits_type::eof())) ++bytes;
    return traits_type::not_eof(c);
  }
};

std::uint64_t json_report_bytes(const analyze::Document& doc) {
  CountingBuffer counter;
  std::ostream out(&counter);
  analyze::write_document_json(out, doc, false);
  return counter.bytes;
}

void count_results(const analyze::Document& doc, RunTotals& totals) {
  totals.words += doc.stats.words;
  totals.figures += doc.figures.size();
  totals.entities += doc.entities.size();
  totals.claims += doc.claims.size();
  for (const analyze::Entity& e : doc.entities) totals.mentions += e.mentions.size();
}

}  // namespace

void run_group(std::vector<std::string> group, const analyze::Pipeline& pipeline, analyze::Workspace& ws, RunTotals& totals) {
  using Clock = std::chrono::steady_clock;
  ws.timings = &totals.stages;
  const Nanoseconds cpu0 = thread_cpu_time();
  const auto t0 = Clock::now();
  std::vector<std::string> texts;
  texts.reserve(group.size());
  for (std::string& bytes : group) {
    totals.bytes += bytes.size();
    ++totals.articles;
    analyze::DecodedText decoded;
    std::string error;
    if (!analyze::decode_article(std::move(bytes), &decoded, &error)) {
      fmt::print(stderr, "analyze_bench: cannot decode an article: {}\n", error);
      continue;
    }
    texts.push_back(std::move(decoded.text));
  }
  const auto t1 = Clock::now();
  trace(totals, totals.rss_decoded);
  const std::vector<analyze::Document> docs = pipeline.analyze_group(std::move(texts), ws);
  const auto t2 = Clock::now();
  trace(totals, totals.rss_analyzed);
  for (const analyze::Document& doc : docs) totals.json_bytes += json_report_bytes(doc);
  const auto t3 = Clock::now();
  trace(totals, totals.rss_reported);
  totals.whole_cpu += thread_cpu_time() - cpu0;
  for (const analyze::Document& doc : docs) count_results(doc, totals);
  totals.decode += t1 - t0;
  totals.analyze += t2 - t1;
  totals.report += t3 - t2;
  totals.whole += t3 - t0;
}

void run_article(std::string bytes, const analyze::Pipeline& pipeline, analyze::Workspace& ws, RunTotals& totals) {
  std::vector<std::string> one;
  one.push_back(std::move(bytes));
  run_group(std::move(one), pipeline, ws, totals);
}

namespace {

void print_stage(std::string_view name, Nanoseconds t, const RunTotals& totals) {
  const double share = totals.whole.count() > 0 ? 100.0 * seconds(t) / seconds(totals.whole) : 0;
  if (share < 0.05) {
    fmt::print("  {:<22} {:>8.3f} s {:>6.1f} %   (negligible)\n", name, seconds(t), share);
    return;
  }
  fmt::print("  {:<22} {:>8.3f} s {:>6.1f} % {:>9.1f} MB/s\n", name, seconds(t), share,
             megabytes(totals.bytes) / seconds(t));
}

}  // namespace

void print_stage_table(const RunTotals& totals) {
  const auto& s = totals.stages;
  const Nanoseconds rest = totals.analyze - s.tokenize - s.figures - s.entities - s.claims;
  print_stage("decode", totals.decode, totals);
  print_stage("tokenize", s.tokenize, totals);
  print_stage("figures", s.figures, totals);
  print_stage("entities", s.entities, totals);
  print_stage("claims", s.claims, totals);
  print_stage("merge/contexts (rest)", rest, totals);
  print_stage("report (JSON)", totals.report, totals);
  fmt::print("  {:<22} {:>8.2f} bytes of JSON per byte of text\n", "", static_cast<double>(totals.json_bytes) /
                                                                          static_cast<double>(std::max<std::uint64_t>(totals.bytes, 1)));
  const double whole = seconds(totals.whole);
  fmt::print("  {:<22} {:>8.3f} s {:>6.1f} % {:>9.1f} MB/s  {:.2f} M words/s\n", "whole pipeline", whole, 100.0,
             megabytes(totals.bytes) / whole, static_cast<double>(totals.words) / whole / 1e6);
  fmt::print("  {:<22} {} figures, {} entities ({} mentions), {} claims\n", "documents hold", totals.figures,
             totals.entities, totals.mentions, totals.claims);
  const double cpu = seconds(totals.whole_cpu);
  fmt::print("  {:<22} {:>8.3f} s CPU     {:>9.1f} MB/s  (thread CPU time: what an idle core would do)\n",
             "whole pipeline", cpu, megabytes(totals.bytes) / cpu);
}

}  // namespace bench

// Benchmark modes: see bench_modes.h.
#include "bench_modes.h"

#include <fmt/format.h>
#include <sys/resource.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <memory>
#include <thread>
#include <utility>
#include <vector>

#include "measure.h"

namespace bench {
namespace {

using Clock = std::chrono::steady_clock;

std::unique_ptr<analyze::Pipeline> make_pipeline() {
  std::string error;
  auto pipeline = analyze::Pipeline::create({}, &error);
  if (!pipeline) fmt::print(stderr, "analyze_bench: cannot create the pipeline: {}\n", error);
  return pipeline;
}

double mib(std::size_t bytes) { return static_cast<double>(bytes) / (1 << 20); }

std::vector<std::string> generate(const CorpusFixtures& fixtures, const BenchOptions& options) {
  const auto start = Clock::now();
  auto articles = generate_articles(fixtures, options.size_mb, options.seed, options.text);
  std::uint64_t bytes = 0;
  for (const auto& a : articles) bytes += a.size();
  fmt::print("corpus: {} articles, {:.1f} MB of {} text, generated in {:.2f} s\n", articles.size(), megabytes(bytes),
             text_kind_name(options.text), seconds(Clock::now() - start));
  return articles;
}

// Runs every article on `threads` threads, each with its own Workspace;
// returns the wall time.
// Articles [first, first + size) of `articles`, copied: the pipeline takes its text by value.
std::vector<std::string> group_at(const std::vector<std::string>& articles, std::size_t first, std::size_t size) {
  const auto begin = articles.begin() + static_cast<std::ptrdiff_t>(first);
  return {begin, begin + static_cast<std::ptrdiff_t>(std::min(size, articles.size() - first))};
}

Nanoseconds run_on_threads(const std::vector<std::string>& articles, const analyze::Pipeline& pipeline, unsigned threads,
                           std::size_t group, RunTotals& totals) {
  std::atomic<std::size_t> next{0};
  std::vector<RunTotals> per_thread(threads);
  const auto start = Clock::now();
  std::vector<std::thread> workers;
  for (unsigned t = 0; t < threads; ++t) {
    workers.emplace_back([&, t] {
      analyze::Workspace ws;
      for (std::size_t i = next.fetch_add(group); i < articles.size(); i = next.fetch_add(group))
        run_group(group_at(articles, i, group), pipeline, ws, per_thread[t]);
    });
  }
  for (auto& w : workers) w.join();
  const Nanoseconds wall = Clock::now() - start;
  for (const auto& t : per_thread) totals.add(t);
  return wall;
}

Nanoseconds best_wall_time(const std::vector<std::string>& articles, const analyze::Pipeline& pipeline, unsigned threads,
                           const BenchOptions& options, RunTotals& totals) {
  Nanoseconds best = Nanoseconds::max();
  for (int r = 0; r < std::max(options.repeat, 1); ++r) {
    totals = RunTotals{};
    best = std::min(best, run_on_threads(articles, pipeline, threads, options.group, totals));
  }
  return best;
}

// Times a thread of this process gave up the CPU to wait (a lock, I/O).
long voluntary_context_switches() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_nvcsw;
}

void print_rss_line(std::uint64_t articles, std::uint64_t bytes) {
  fmt::print("  {:>10} articles {:>10.1f} MB   RSS {:>7.1f} MiB   peak {:>7.1f} MiB\n", articles, megabytes(bytes),
             mib(current_rss_bytes()), mib(peak_rss_bytes()));
}

}  // namespace

int run_throughput(const CorpusFixtures& fixtures, const BenchOptions& options) {
  fmt::print("== single core: whole pipeline, {} MB of articles, {} at a time\n", options.size_mb, options.group);
  const auto pipeline = make_pipeline();
  if (!pipeline) return 1;
  const auto articles = generate(fixtures, options);
  RunTotals totals;
  analyze::Workspace ws;
  for (std::size_t i = 0; i < articles.size(); i += options.group) run_group(group_at(articles, i, options.group), *pipeline, ws, totals);
  print_stage_table(totals);
  print_density(totals, text_kind_name(options.text));
  fmt::print("  peak RSS {:.1f} MiB (the corpus itself is in memory)\n", mib(peak_rss_bytes()));
  return 0;
}

int run_scaling(const CorpusFixtures& fixtures, const BenchOptions& options) {
  fmt::print("== scaling: 1 thread vs {} threads, {} MB of articles, best of {}\n", options.jobs, options.size_mb,
             options.repeat);
  const auto pipeline = make_pipeline();
  if (!pipeline) return 1;
  const auto articles = generate(fixtures, options);
  RunTotals one, many;
  const double t1 = seconds(best_wall_time(articles, *pipeline, 1, options, one));
  const long waits_before = voluntary_context_switches();
  const double tn = seconds(best_wall_time(articles, *pipeline, options.jobs, options, many));
  const long waits = voluntary_context_switches() - waits_before;
  // CPU time per MB, summed over the threads: equal on 1 and N threads when nothing is shared.
  const double cpu1 = 1e3 * seconds(one.whole_cpu) / megabytes(one.bytes);
  const double cpun = 1e3 * seconds(many.whole_cpu) / megabytes(many.bytes);
  fmt::print("  1 thread   {:>8.3f} s {:>9.1f} MB/s   CPU {:.2f} ms/MB\n", t1, megabytes(one.bytes) / t1, cpu1);
  fmt::print("  {} threads  {:>8.3f} s {:>9.1f} MB/s   CPU {:.2f} ms/MB   speed-up {:.2f}x\n", options.jobs, tn,
             megabytes(many.bytes) / tn, cpun, t1 / tn);
  fmt::print("  on {} idle cores: {:.2f}x expected (CPU per MB, {} waits of a thread for another)\n", options.jobs,
             options.jobs * cpu1 / cpun, waits);
  return 0;
}

int run_huge(const CorpusFixtures& fixtures, const BenchOptions& options) {
  fmt::print("== one huge article of {} MB of {} text\n", options.huge_mb, text_kind_name(options.text));
  const auto pipeline = make_pipeline();
  if (!pipeline) return 1;
  std::string text;
  ArticleGenerator(fixtures, options.seed, options.text).fill(text, static_cast<std::size_t>(options.huge_mb * 1e6));
  const std::size_t input = text.size();
  fmt::print("  input {:.1f} MiB, RSS after generating it {:.1f} MiB\n", mib(input), mib(current_rss_bytes()));
  RunTotals totals;
  totals.trace_memory = true;
  analyze::Workspace ws;
  run_article(std::move(text), *pipeline, ws, totals);
  print_stage_table(totals);
  print_memory_trace(totals);
  const std::size_t peak = peak_rss_bytes();
  fmt::print("  peak RSS {:.1f} MiB = {:.2f}x the input (target: at most 3x)\n", mib(peak),
             static_cast<double>(peak) / static_cast<double>(input));
  return 0;
}

int run_batch(const CorpusFixtures& fixtures, const BenchOptions& options) {
  fmt::print("== batch of {} small articles of {} text, generated and analyzed {} at a time\n", options.batch_articles,
             text_kind_name(options.text), options.group);
  const auto pipeline = make_pipeline();
  if (!pipeline) return 1;
  print_rss_line(0, 0);
  ArticleGenerator generator(fixtures, options.seed, options.text);
  RunTotals totals;
  analyze::Workspace ws;
  std::vector<std::string> group;
  const std::uint64_t step = std::max<std::uint64_t>(options.batch_articles / 8, 1);
  for (std::uint64_t i = 1; i <= options.batch_articles; ++i) {
    generator.next(group.emplace_back());
    if (group.size() == options.group || i == options.batch_articles) run_group(std::exchange(group, {}), *pipeline, ws, totals);
    if (i % step == 0 || i == options.batch_articles) print_rss_line(i, totals.bytes);
  }
  print_stage_table(totals);
  fmt::print("  peak RSS {:.1f} MiB (target: under 64 MiB whatever the batch size)\n", mib(peak_rss_bytes()));
  return 0;
}

int write_corpus(const CorpusFixtures& fixtures, const BenchOptions& options, const std::string& dir) {
  std::filesystem::create_directories(dir);
  const auto articles = generate_articles(fixtures, options.size_mb, options.seed, options.text);
  for (std::size_t i = 0; i < articles.size(); ++i) {
    std::ofstream out(std::filesystem::path(dir) / fmt::format("article_{:06}.txt", i), std::ios::binary);
    out << articles[i];
    if (!out) {
      fmt::print(stderr, "analyze_bench: cannot write in {}\n", dir);
      return 1;
    }
  }
  fmt::print("wrote {} articles of {} text in {}\n", articles.size(), text_kind_name(options.text), dir);
  return 0;
}

}  // namespace bench

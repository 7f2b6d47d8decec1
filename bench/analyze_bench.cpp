// analyze_bench: throughput, multi-core scaling and memory of the whole
// pipeline on synthetic French news built from bench/corpus/: `--text news`
// (the default) is about as dense in figures as tech-business news, `--text
// figures` holds figure paragraphs only.
//
//   build/bench/analyze_bench                  # every mode, default sizes
//   build/bench/analyze_bench --mode throughput --size 200
//   build/bench/analyze_bench --mode huge --huge-size 1024
//   build/bench/analyze_bench -m throughput --text figures   # the dense corpus of the first benchmarks
//
// Each mode runs in its own child process, so that the peak RSS it reports
// (getrusage) is its own. See docs/performance.md.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <functional>
#include <map>
#include <thread>

#include "bench_modes.h"
#include "measure.h"

namespace {

using Mode = std::function<int(const bench::CorpusFixtures&, const bench::BenchOptions&)>;

const std::map<std::string, Mode>& modes() {
  static const std::map<std::string, Mode> table = {
      {"throughput", bench::run_throughput},
      {"scaling", bench::run_scaling},
      {"huge", bench::run_huge},
      {"batch", bench::run_batch},
  };
  return table;
}

// Runs `mode` in a child process; returns its exit status.
int run_in_child(const Mode& mode, const bench::CorpusFixtures& fixtures, const bench::BenchOptions& options) {
  std::fflush(stdout);
  const pid_t pid = fork();
  if (pid < 0) return mode(fixtures, options);
  if (pid == 0) {
    const int code = mode(fixtures, options);
    std::fflush(stdout);
    std::_Exit(code);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"analyze_bench: speed and memory of the analyze pipeline on synthetic French news"};
  bench::BenchOptions options;
  std::vector<std::string> selected = {"throughput", "scaling", "huge", "batch"};
  std::string corpus_dir = ANALYZE_BENCH_CORPUS;
  std::string write_dir;
  std::string text = "news";
  app.add_option("-m,--mode", selected, "Modes to run: throughput, scaling, huge, batch (default: all)")
      ->check(CLI::IsMember({"throughput", "scaling", "huge", "batch"}));
  app.add_option("-s,--size", options.size_mb, "MB of articles for throughput and scaling")->capture_default_str();
  app.add_option("-j,--jobs", options.jobs, "Threads of the scaling mode")->capture_default_str()->check(CLI::Range(1, 256));
  app.add_option("--repeat", options.repeat, "Scaling: best of this many runs")->capture_default_str();
  app.add_option("--huge-size", options.huge_mb, "MB of the one huge article")->capture_default_str();
  app.add_option("--batch-articles", options.batch_articles, "Articles of the batch mode")->capture_default_str();
  app.add_option("--seed", options.seed, "Seed of the article generator")->capture_default_str();
  app.add_option("--group", options.group,
                 "Throughput, scaling and batch: articles analyzed stage by stage together (Pipeline::analyze_group; 1: one at a time, as analyze())")
      ->capture_default_str()
      ->check(CLI::Range(1, 4096));
  app.add_option("--text", text,
                 "Text to generate: news (a lede with figures among context paragraphs, about 2 figures per KB) or "
                 "figures (figure paragraphs only, about 7 per KB: the first benchmarks' corpus)")
      ->capture_default_str()
      ->check(CLI::IsMember({"news", "figures"}));
  app.add_option("--corpus", corpus_dir, "Folder of fixture paragraphs")->capture_default_str();
  app.add_option("--write-corpus", write_dir, "Only write --size MB of articles as files into DIR, for timing the CLI");
  CLI11_PARSE(app, argc, argv);
  options.text = text == "figures" ? bench::TextKind::figures : bench::TextKind::news;

  bench::CorpusFixtures fixtures;
  std::string error;
  if (!bench::load_corpus(corpus_dir, options.text, &fixtures, &error)) {
    fmt::print(stderr, "analyze_bench: {}\n", error);
    return 1;
  }
  if (!write_dir.empty()) return bench::write_corpus(fixtures, options, write_dir);
  fmt::print("load average {:.2f} on {} cores\n", bench::load_average(), std::thread::hardware_concurrency());
  int failures = 0;
  for (const std::string& name : selected) failures += run_in_child(modes().at(name), fixtures, options) != 0;
  return failures == 0 ? 0 : 1;
}

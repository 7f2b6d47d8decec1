// The two ways into cross-article comparison (docs/compare.md):
//   analyze --compare DIR|FILE...        extracts, then compares, in one process
//   analyze compare RESULTS.jsonl... | -  compares saved `--format jsonl` output
// Both print the same report for the same articles.
#pragma once

#include <CLI/CLI.hpp>

#include <iosfwd>
#include <string>
#include <vector>

#include "analyze/pipeline.h"
#include "inputs.h"

namespace analyze::cli {

struct CompareCli {
  bool articles = false;  // --compare on the main command
  bool all = false;       // --all: also single-article groups in the text report
  // The `compare` subcommand's own options.
  CLI::App* subcommand = nullptr;
  std::vector<std::string> results;
  std::string format, output, color = "auto";
};

// Adds the `compare` subcommand and the main command's --compare and --all.
void add_compare_cli(CLI::App& app, CompareCli& cli);

// True when the command line chose the `compare` subcommand.
bool compare_subcommand_chosen(const CompareCli& cli);

// Runs `analyze compare`; returns the exit status.
int run_compare_results(const CompareCli& cli);

// What `analyze --compare` shares with the main command.
struct CompareArticlesRun {
  std::string format;  // as given with --format; "" for text
  bool color = false;
  unsigned jobs = 0;   // 0: all cores
};

// Runs `analyze --compare`: extracts each input on `jobs` threads, keeps only
// its facts, then writes the report to `out`. Returns the exit status.
int run_compare_articles(const CompareCli& cli, const std::vector<Input>& inputs, const Pipeline& pipeline,
                         const CompareArticlesRun& run, std::ostream& out);

}  // namespace analyze::cli

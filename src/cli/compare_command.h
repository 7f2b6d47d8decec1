// The two ways into cross-article comparison (docs/compare.md):
//   analyze --compare DIR|FILE...        extracts, then compares, in one process
//   analyze compare RESULTS.jsonl... | -  compares saved `--format jsonl` output
// Both print the same report for the same articles.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

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
};

// Runs the main command's extraction (batch or stream mode) with its
// Documents written as JSON Lines to the stream it is given; returns the
// number of inputs that failed, already reported on standard error.
using ExtractToJsonl = std::function<std::size_t(std::ostream& jsonl)>;

// Runs `analyze --compare`: each JSON line is turned into facts as soon as it
// is written (no Document is kept), then the report goes to `out`. Going
// through the saved form makes the report the same as `analyze compare` on
// saved output, by construction. Returns the exit status.
int run_compare_articles(const CompareCli& cli, const CompareArticlesRun& run, const ExtractToJsonl& extract, std::ostream& out);

}  // namespace analyze::cli

// Batch mode: runs the pipeline over a list of inputs on `jobs` threads and
// hands each Document, in input order, to the report writer as soon as it
// and all those before it are done. At most a few articles per thread are in
// memory at once, whatever the number of inputs. Reading, decoding and error
// reporting of one input never stop the others.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analyze/pipeline.h"
#include "analyze/report.h"
#include "inputs.h"
#include "progress.h"
#include "terminal.h"

namespace analyze::cli {

struct RunOptions {
  unsigned jobs = 1;    // worker threads
  bool quiet = false;   // no warnings and no progress bar on standard error
};

// Articles in flight per worker thread: enough to keep every thread busy
// while the oldest article is still being written, few enough to bound memory.
inline constexpr std::size_t kInFlightPerJob = 4;

// What became of one input.
struct Outcome {
  std::string name;             // for messages: a path, "<stdin>", "FILE:LINE"
  std::optional<Document> doc;  // absent when the input failed
  std::string error;            // why it failed
  std::uint64_t bytes = 0;      // input bytes, for the progress bar
};

// Decodes and analyzes one article. Never throws: a failure of any stage
// becomes the outcome's error. `source` goes into the Document.
Outcome analyze_article(std::string bytes, std::string name, std::string source, const Pipeline& pipeline,
                        Workspace& workspace);

// Writes the outcome's warnings (unless quiet) and error on the terminal,
// each line starting "analyze: NAME: ". Returns true when the input failed.
bool report_problems(const Outcome& outcome, Terminal& terminal, bool quiet);

// What the command line names: FILE, DIR or "-" arguments, and the glob
// that selects files inside folders (see input_walker.h).
struct InputArgs {
  std::vector<std::string> args;
  std::string glob;
};

// The number and total size of the inputs, for the progress bar (a walk of
// the folders without reading anything).
ProgressTotals count_inputs(const InputArgs& inputs);

// Analyzes every input; returns the number that failed.
std::size_t run_batch(const InputArgs& inputs, const Pipeline& pipeline, ReportWriter& writer, Terminal& terminal,
                      const RunOptions& options);

}  // namespace analyze::cli

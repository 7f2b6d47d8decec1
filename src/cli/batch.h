// Runs the pipeline over a list of inputs and hands each Document, in input
// order, to the report writer. Reading, decoding and error reporting of one
// input never stop the others.
#pragma once

#include <iosfwd>
#include <vector>

#include "analyze/pipeline.h"
#include "analyze/report.h"
#include "inputs.h"

namespace analyze::cli {

struct BatchOptions {
  unsigned jobs = 1;     // worker threads
  bool progress = false;  // progress bar on stderr
};

// Returns the number of inputs that failed (each reported on `errors`).
std::size_t run_batch(const std::vector<Input>& inputs, const Pipeline& pipeline, ReportWriter& writer,
                      std::ostream& errors, const BatchOptions& options);

// Decodes and analyzes one article; returns false and sets *error on failure.
bool analyze_bytes(std::string bytes, const std::string& source, const Pipeline& pipeline, Workspace& ws, Document* doc,
                   std::string* error);

}  // namespace analyze::cli

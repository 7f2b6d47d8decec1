// Stream mode (--input-format jsonl), for distributed engines (Hadoop
// Streaming, Spark's RDD.pipe, GNU parallel --pipe): reads JSON Lines records
//   {"id": "a1", "text": "Mistral AI lève 600 millions d’euros."}
// from standard input or files and writes one result per record, in input
// order, flushed at once: with --format jsonl, the Document's JSON with "id"
// first and "source" set to the id. A bad record (invalid JSON, no "text")
// gives the line {"id": ..., "error": "..."} and a message on standard
// error; the other records go on. Blank lines are skipped.
#pragma once

#include <ostream>
#include <vector>

#include "analyze/pipeline.h"
#include "analyze/report.h"
#include "batch.h"
#include "inputs.h"
#include "terminal.h"

namespace analyze::cli {

// Returns the number of records (or unreadable inputs) that failed.
// `writer` is used for every format but JSON Lines, which is written to `out`.
std::size_t run_stream(const InputArgs& inputs, const Pipeline& pipeline, OutputFormat format, ReportWriter& writer,
                       std::ostream& out, Terminal& terminal, const RunOptions& options);

}  // namespace analyze::cli

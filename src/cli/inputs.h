// Inputs of the CLI: expands FILE, DIR and "-" arguments into an ordered
// list of articles, and reads one article's bytes with errors as values.
#pragma once

#include <string>
#include <vector>

namespace analyze::cli {

struct Input {
  std::string path;   // as given or found; "-" for standard input
  std::string error;  // set when the input cannot be used (non-regular file found in a folder...)
};

// Expands `args` in order: a folder becomes its files matching `glob`
// (recursive, sorted by path, symbolic links to folders not followed), "-" is
// standard input, anything else is taken as a file. Problems found while
// walking a folder become inputs with `error` set, so they are reported in order.
std::vector<Input> expand_inputs(const std::vector<std::string>& args, const std::string& glob);

// Reads all of `path` ("-" for standard input) into *bytes. Returns false and
// sets *error (the reason, without the path) on failure.
bool read_input(const std::string& path, std::string* bytes, std::string* error);

}  // namespace analyze::cli

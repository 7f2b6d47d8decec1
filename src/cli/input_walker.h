// Finds the inputs named on the command line, one at a time, so that a batch
// of millions of files never holds their list: FILE and "-" (standard input)
// are taken as they are; a folder gives its files whose name matches the
// glob, recursively, sorted by path (byte order, as `LC_ALL=C sort` does).
// Symbolic links to files are read; links to folders are not followed (no
// loops). Problems met on the way (a dangling link, a link loop, a FIFO, an
// unreadable subfolder, a folder with no matching file) become inputs with
// `error` set, so that they are reported in order with the rest.
//
//   analyze corpus/   →  corpus/a.txt, corpus/b/c.txt, corpus/b-d.txt...
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "inputs.h"

namespace analyze::cli {

class InputWalker {
 public:
  InputWalker(const std::vector<std::string>& args, std::string glob);

  // The next input; false at the end.
  bool next(Input* input);

 private:
  struct Entry {
    std::string key;         // the name, with "/" after a folder's
    bool is_folder = false;  // a real folder, not a link to one
  };
  // One folder being walked: its entries, sorted, and where we are in them.
  struct Folder {
    std::filesystem::path path;
    std::vector<Entry> entries;
    std::size_t pos = 0;
    std::string error;  // a failure while listing, reported after the entries read
  };

  bool step_folder(Input* input);
  void enter(const std::filesystem::path& folder);
  bool entry_input(const std::filesystem::path& path, Input* input) const;

  const std::vector<std::string>& args_;
  std::string glob_;
  std::size_t arg_index_ = 0;
  std::vector<Folder> stack_;
  bool in_folder_arg_ = false;
  std::size_t found_in_folder_arg_ = 0;  // inputs given by the current folder argument
};

// True when any argument is a folder (then the output is a list).
bool any_folder(const std::vector<std::string>& args);

}  // namespace analyze::cli

// Inputs of the CLI: one article (or JSON Lines file) to read, and its
// reading, with errors as values. input_walker.h finds them.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace analyze::cli {

struct Input {
  std::string path;         // as given or found; "-" for standard input
  std::string error;        // set when the input cannot be used (non-regular file found in a folder...)
  bool from_folder = false;  // found in a folder: only regular files are read
  std::uint64_t size = 0;   // bytes, when known (for the progress bar)
};

// "a FIFO", "a socket"...: what a file that is not a regular one is.
std::string describe_file_type(std::filesystem::file_type type);

// The name of an input in messages: its path, or "<stdin>".
std::string display_name(const std::string& path);

// An input opened for reading; closes it on destruction (but never standard
// input). A FIFO or device found in a folder is refused without blocking;
// one named on the command line is opened (it may be a pipe: <(command)).
class OpenInput {
 public:
  // On failure fd() is -1 and *error holds the reason, without the path.
  OpenInput(const Input& input, std::string* error);
  ~OpenInput();
  OpenInput(const OpenInput&) = delete;
  OpenInput& operator=(const OpenInput&) = delete;
  int fd() const { return fd_; }

 private:
  int fd_ = -1;
  bool owned_ = false;
};

// Reads all of `input` into *bytes. Returns false and sets *error (the
// reason, without the path) on failure.
bool read_input(const Input& input, std::string* bytes, std::string* error);

// Reads a file named on the command line (a gazetteer...).
bool read_file(const std::string& path, std::string* bytes, std::string* error);

// Reads one line at a time from a file descriptor, through a buffer; for
// JSON Lines input of any size.
class LineReader {
 public:
  explicit LineReader(int fd) : fd_(fd) {}
  // The next line without its "\n" (or "\r\n"). Returns false at the end of
  // input, or on a read error (then *error is set).
  bool next(std::string* line, std::string* error);

 private:
  bool fill(std::string* error);

  int fd_;
  std::string buffer_;
  std::size_t pos_ = 0;
  bool eof_ = false;
};

}  // namespace analyze::cli

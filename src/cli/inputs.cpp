// CLI inputs: see inputs.h.
#include "inputs.h"

#include <fcntl.h>
#include <fnmatch.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace analyze::cli {
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kReadBlock = std::size_t{1} << 16;

std::string describe_type(fs::file_type type) {
  switch (type) {
    case fs::file_type::fifo: return "a FIFO";
    case fs::file_type::socket: return "a socket";
    case fs::file_type::block: return "a block device";
    case fs::file_type::character: return "a character device";
    default: return "not a regular file";
  }
}

std::string describe_mode(mode_t mode) {
  if (S_ISFIFO(mode)) return describe_type(fs::file_type::fifo);
  if (S_ISSOCK(mode)) return describe_type(fs::file_type::socket);
  if (S_ISBLK(mode)) return describe_type(fs::file_type::block);
  if (S_ISCHR(mode)) return describe_type(fs::file_type::character);
  return describe_type(fs::file_type::unknown);
}

// One entry of a folder, if it matches `glob`: regular files (or links to
// them) are inputs; dangling links, link loops, FIFOs... are inputs with an
// error; links to folders are left alone.
void add_folder_entry(const fs::path& path, const std::string& glob, std::vector<Input>& found) {
  if (fnmatch(glob.c_str(), path.filename().c_str(), 0) != 0) return;
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);  // follows links
  if (ec) {
    found.push_back({path.string(), "cannot read: " + ec.message(), true, 0});
  } else if (fs::is_regular_file(st)) {
    const std::uintmax_t size = fs::file_size(path, ec);
    found.push_back({path.string(), {}, true, ec ? 0 : static_cast<std::uint64_t>(size)});
  } else if (!fs::is_directory(st)) {
    found.push_back({path.string(), "skipped: " + describe_type(st.type()) + ", not a regular file", true, 0});
  }
}

// Walks `folder` depth first. Not std::filesystem's recursive iterator: on an
// unreadable subfolder it either skips it silently or ends the whole walk,
// and here the user must hear about it while the rest is still read.
void walk_folder(const fs::path& folder, const std::string& glob, std::vector<Input>& found) {
  std::error_code ec;
  fs::directory_iterator it(folder, ec);
  if (ec) {
    found.push_back({folder.string(), "cannot read folder: " + ec.message(), true, 0});
    return;
  }
  for (const fs::directory_iterator end; it != end; it.increment(ec)) {
    const fs::path path = it->path();
    std::error_code type_ec;
    if (it->symlink_status(type_ec).type() == fs::file_type::directory) walk_folder(path, glob, found);
    else add_folder_entry(path, glob, found);
  }
  if (ec) found.push_back({folder.string(), "cannot read folder: " + ec.message(), true, 0});
}

std::uint64_t size_of(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) ? static_cast<std::uint64_t>(st.st_size) : 0;
}

}  // namespace

std::vector<Input> expand_inputs(const std::vector<std::string>& args, const std::string& glob) {
  std::vector<Input> out;
  for (const std::string& arg : args) {
    std::error_code ec;
    if (arg == "-" || !fs::is_directory(arg, ec)) {
      out.push_back({arg, {}, false, arg == "-" ? 0 : size_of(arg)});
      continue;
    }
    std::vector<Input> found;
    walk_folder(arg, glob, found);
    if (found.empty()) found.push_back({arg, "no file matches " + glob + " in this folder", true, 0});
    std::sort(found.begin(), found.end(), [](const Input& a, const Input& b) { return a.path < b.path; });
    out.insert(out.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
  }
  return out;
}

std::string display_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

OpenInput::OpenInput(const Input& input, std::string* error) {
  if (input.path == "-") {
    fd_ = STDIN_FILENO;
    return;
  }
  // O_NONBLOCK keeps open() from waiting for a writer on a FIFO found in a folder.
  const int flags = O_RDONLY | O_CLOEXEC | (input.from_folder ? O_NONBLOCK : 0);
  const int fd = ::open(input.path.c_str(), flags);
  if (fd < 0) {
    *error = std::string("cannot open: ") + std::strerror(errno);
    return;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    *error = std::string("cannot read: ") + std::strerror(errno);
  } else if (S_ISDIR(st.st_mode)) {
    *error = "is a folder";
  } else if (input.from_folder && !S_ISREG(st.st_mode)) {
    *error = "skipped: " + describe_mode(st.st_mode) + ", not a regular file";
  } else {
    if (input.from_folder) ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    fd_ = fd;
    owned_ = true;
    return;
  }
  ::close(fd);
}

OpenInput::~OpenInput() {
  if (owned_) ::close(fd_);
}

bool read_input(const Input& input, std::string* bytes, std::string* error) {
  bytes->clear();
  const OpenInput file(input, error);
  if (file.fd() < 0) return false;
  struct stat st {};
  if (::fstat(file.fd(), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
    bytes->reserve(static_cast<std::size_t>(st.st_size) + kReadBlock);  // room for the read that finds the end
  while (true) {
    // Read straight into the string's spare room: no intermediate buffer.
    const std::size_t old_size = bytes->size();
    bytes->resize(old_size + kReadBlock);
    const ssize_t n = ::read(file.fd(), bytes->data() + old_size, kReadBlock);
    bytes->resize(old_size + static_cast<std::size_t>(std::max<ssize_t>(n, 0)));
    if (n == 0) return true;
    if (n < 0 && errno != EINTR) {
      *error = std::string("cannot read: ") + std::strerror(errno);
      return false;
    }
  }
}

bool read_file(const std::string& path, std::string* bytes, std::string* error) {
  return read_input(Input{path, {}, false, 0}, bytes, error);
}

bool LineReader::fill(std::string* error) {
  buffer_.erase(0, pos_);
  pos_ = 0;
  const std::size_t old_size = buffer_.size();
  buffer_.resize(old_size + kReadBlock);
  ssize_t n;
  do n = ::read(fd_, buffer_.data() + old_size, kReadBlock);
  while (n < 0 && errno == EINTR);
  buffer_.resize(old_size + static_cast<std::size_t>(std::max<ssize_t>(n, 0)));
  if (n < 0) *error = std::string("cannot read: ") + std::strerror(errno);
  if (n <= 0) eof_ = true;
  return n >= 0;
}

bool LineReader::next(std::string* line, std::string* error) {
  std::size_t scanned = pos_;  // no line end before this
  while (true) {
    const std::size_t nl = buffer_.find('\n', scanned);
    if (nl != std::string::npos) {
      const std::size_t end = nl > pos_ && buffer_[nl - 1] == '\r' ? nl - 1 : nl;
      line->assign(buffer_, pos_, end - pos_);
      pos_ = nl + 1;
      return true;
    }
    if (eof_) break;
    scanned = buffer_.size() - pos_;  // fill() moves the unread part to the front
    if (!fill(error)) return false;
  }
  if (pos_ == buffer_.size()) return false;
  line->assign(buffer_, pos_, std::string::npos);  // last line, without a line end
  pos_ = buffer_.size();
  return true;
}

}  // namespace analyze::cli

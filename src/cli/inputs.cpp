// CLI inputs: see inputs.h.
#include "inputs.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

namespace analyze::cli {
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kReadBlock = std::size_t{1} << 16;

std::string describe_mode(mode_t mode) {
  if (S_ISFIFO(mode)) return describe_file_type(fs::file_type::fifo);
  if (S_ISSOCK(mode)) return describe_file_type(fs::file_type::socket);
  if (S_ISBLK(mode)) return describe_file_type(fs::file_type::block);
  if (S_ISCHR(mode)) return describe_file_type(fs::file_type::character);
  return describe_file_type(fs::file_type::unknown);
}

}  // namespace

std::string describe_file_type(fs::file_type type) {
  switch (type) {
    case fs::file_type::fifo: return "a FIFO";
    case fs::file_type::socket: return "a socket";
    case fs::file_type::block: return "a block device";
    case fs::file_type::character: return "a character device";
    default: return "not a regular file";
  }
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
  std::size_t expected = 0;  // a regular file's size
  if (::fstat(file.fd(), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) expected = static_cast<std::size_t>(st.st_size);
  // A regular file in one read, plus one byte to find its end (resize() zero-fills
  // what it adds: 64 KiB per read was more work than analyzing a short article).
  std::size_t want = expected > 0 ? expected + 1 : kReadBlock;
  while (true) {
    // Read straight into the string's room: no intermediate buffer.
    const std::size_t old_size = bytes->size();
    bytes->resize(old_size + want);
    const ssize_t n = ::read(file.fd(), bytes->data() + old_size, want);
    bytes->resize(old_size + static_cast<std::size_t>(std::max<ssize_t>(n, 0)));
    if (n == 0) return true;
    if (n < 0 && errno != EINTR) {
      *error = std::string("cannot read: ") + std::strerror(errno);
      return false;
    }
    want = bytes->size() == expected ? 1 : kReadBlock;  // at the expected end, or a growing file or a pipe
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

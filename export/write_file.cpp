// write_file(): a file written whole or not at all.
//
// The body writes to a temporary file made by mkstemp in the target's
// folder (so that rename() stays on one file system and is atomic); the
// temporary is flushed, synced and renamed over the target only when all
// of that succeeded. On any failure, or an exception, it is unlinked and
// the target stays as it was; on SIGINT, SIGTERM or SIGHUP too (see
// SignalCleanup).
//
// Two kinds of target are not files to replace. A device, pipe or socket
// (/dev/null, /dev/full, /dev/stdout, a FIFO) is written in place: renamed
// over, it would be gone (as root, /dev/full would become a plain file),
// and a stream has no "whole or nothing" to keep; its write errors still
// fail the call (/dev/full: No space left on device). A symbolic link to
// a file is followed: its target is replaced and the link stays.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <streambuf>
#include <vector>

#include "export/export.h"

namespace newsgraph::formats {

namespace {

// A std::streambuf over a file descriptor that remembers why a write
// failed.
class FdBuffer : public std::streambuf {
 public:
  explicit FdBuffer(int fd) : fd_(fd) { setp(buffer_, buffer_ + sizeof buffer_); }
  int error() const { return error_; }

 protected:
  int_type overflow(int_type ch) override {
    if (sync() != 0) return traits_type::eof();
    if (!traits_type::eq_int_type(ch, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(ch);
      pbump(1);
    }
    return traits_type::not_eof(ch);
  }

  int sync() override {
    const char* p = pbase();
    size_t left = static_cast<size_t>(pptr() - pbase());
    while (left > 0) {
      ssize_t n = ::write(fd_, p, left);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        error_ = errno;
        return -1;
      }
      p += n;
      left -= static_cast<size_t>(n);
    }
    setp(buffer_, buffer_ + sizeof buffer_);
    return 0;
  }

 private:
  int fd_;
  int error_ = 0;
  char buffer_[1 << 16];
};

// The temporaries being written, for a signal that ends the program: its
// handler unlinks them, then dies of the same signal, so an interrupted run
// leaves no temporary behind and the target as it was. Slots of fixed size,
// because a handler may neither allocate nor lock. The handler is installed
// only over the default action, never over one the program or its caller
// chose (nohup's ignored SIGHUP, say).
class SignalCleanup {
 public:
  static constexpr int kSlots = 16;
  static constexpr size_t kPathMax = 4096;

  // A slot holding `path`, or -1 when none is free or the path is too long
  // (the temporary then goes unprotected, as before).
  static int hold(const std::string& path) {
    install();
    if (path.size() >= kPathMax) return -1;
    for (int i = 0; i < kSlots; ++i) {
      bool expected = false;
      if (!slots_[i].claimed.compare_exchange_strong(expected, true)) continue;
      std::memcpy(slots_[i].path, path.c_str(), path.size() + 1);
      slots_[i].ready.store(true);
      return i;
    }
    return -1;
  }

  static void release(int slot) {
    if (slot < 0) return;
    slots_[slot].ready.store(false);
    slots_[slot].claimed.store(false);
  }

 private:
  // Checked at every write (three system calls), not once: the program
  // may change its handlers between writes.
  static void install() {
    struct sigaction action {};
    action.sa_handler = &SignalCleanup::on_signal;
    sigemptyset(&action.sa_mask);
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
      struct sigaction old {};
      if (::sigaction(sig, nullptr, &old) == 0 && old.sa_handler == SIG_DFL) ::sigaction(sig, &action, nullptr);
    }
  }

  static void on_signal(int sig) {
    for (Slot& s : slots_)
      if (s.ready.load()) ::unlink(s.path);
    ::signal(sig, SIG_DFL);
    ::raise(sig);
  }

  struct Slot {
    std::atomic<bool> claimed, ready;
    char path[kPathMax];
  };
  static Slot slots_[kSlots];  // zero-initialised: static storage
};
SignalCleanup::Slot SignalCleanup::slots_[SignalCleanup::kSlots];

// The temporary file: closed and unlinked on every way out but success.
struct Temporary {
  std::string path;
  int fd = -1;
  int slot = -1;
  bool renamed = false;
  ~Temporary() {
    if (fd >= 0) ::close(fd);
    if (!renamed && !path.empty()) ::unlink(path.c_str());
    SignalCleanup::release(slot);
  }
};

// The permissions the file gets: those of the file it replaces, or what
// creating a new file would give (mkstemp makes it 0600).
mode_t mode_for(const std::string& path) {
  struct stat existing;
  if (::stat(path.c_str(), &existing) == 0) return existing.st_mode & 07777;
  mode_t mask = ::umask(0);  // reading the umask means setting it
  ::umask(mask);
  return 0666 & ~mask;
}

// Writes to what `path` names as it is, for targets that are not regular
// files.
Status write_in_place(const std::string& path, const std::function<Status(std::ostream&)>& body) {
  auto fail = [&](const std::string& why) { return Status::IoError("cannot write " + path + ": " + why); };
  int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) return fail(std::strerror(errno));
  Status s;
  {
    FdBuffer stream(fd);
    std::ostream out(&stream);
    s = body(out);
    out.flush();
    if (stream.error() != 0) s = fail(std::strerror(stream.error()));
    else if (s.ok() && !out) s = fail("the output stream failed");
  }
  if (::close(fd) != 0 && s.ok()) s = fail(std::strerror(errno));
  return s;
}

}  // namespace

Status write_file(const std::string& given_path, const std::function<Status(std::ostream&)>& body) {
  if (given_path == "-") {
    errno = 0;
    Status s = body(std::cout);
    std::cout.flush();
    int error = errno;
    if (!std::cout)
      return Status::IoError(std::string("cannot write to standard output") +
                             (error != 0 ? std::string(": ") + std::strerror(error) : std::string()));
    return s;
  }
  struct stat target;
  if (::stat(given_path.c_str(), &target) == 0 && !S_ISREG(target.st_mode) && !S_ISDIR(target.st_mode))
    return write_in_place(given_path, body);
  // A link to a file: the file it names is the one to replace.
  std::string path = given_path;
  struct stat link;
  if (::lstat(given_path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
    if (char* resolved = ::realpath(given_path.c_str(), nullptr)) {
      path = resolved;
      std::free(resolved);
    }
  }
  auto fail = [&](const std::string& why) { return Status::IoError("cannot write " + given_path + ": " + why); };
  size_t slash = path.find_last_of('/');
  std::string folder = slash == std::string::npos ? "" : path.substr(0, slash + 1);
  std::string name = path.substr(folder.size());
  if (name.empty() || name == "." || name == "..") return fail("not a file name");

  Temporary temp;
  std::string pattern = folder + "." + name + ".XXXXXX";
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  temp.fd = ::mkstemp(buffer.data());
  if (temp.fd < 0)
    return fail("cannot create a file in " + (folder.empty() ? std::string(".") : folder) + ": " +
                std::strerror(errno));
  temp.path = buffer.data();
  temp.slot = SignalCleanup::hold(temp.path);
  if (::fchmod(temp.fd, mode_for(path)) != 0) return fail(std::strerror(errno));

  FdBuffer file(temp.fd);
  std::ostream out(&file);
  Status s = body(out);
  out.flush();
  // The stream's own cause (a full disk) first: a body that fails because
  // its stream did cannot name it.
  if (file.error() != 0) return fail(std::strerror(file.error()));
  if (!s.ok()) return s;
  if (!out) return fail("the output stream failed");
  if (::fsync(temp.fd) != 0) return fail(std::strerror(errno));
  int closed = ::close(temp.fd);
  temp.fd = -1;
  if (closed != 0) return fail(std::strerror(errno));
  if (::rename(temp.path.c_str(), path.c_str()) != 0) return fail(std::strerror(errno));
  temp.renamed = true;
  return Status::Ok();
}

}  // namespace newsgraph::formats

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/pulse/test_pulse_daemon.h"

#include "platform/base/time.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>

namespace mediacapture {

namespace {

// A cold daemon start takes about 50 ms here; ten seconds covers a loaded
// CI machine without letting a broken one hang the suite.
constexpr int kStartTimeoutMs = 10000;
// How long SIGTERM gets before SIGKILL.
constexpr int kStopTimeoutMs = 1000;

int RemoveEntry(const char* path,
                const struct stat* sb,
                int typeflag,
                struct FTW* ftwbuf) {
  (void)sb;
  (void)typeflag;
  (void)ftwbuf;
  remove(path);
  return 0;
}

std::vector<char*> CStrings(std::vector<std::string>& strings) {
  std::vector<char*> result;
  for (std::string& s : strings)
    result.push_back(&s[0]);
  result.push_back(nullptr);
  return result;
}

}  // namespace

TestPulseDaemon::TestPulseDaemon() : TestPulseDaemon(Options()) {}

TestPulseDaemon::TestPulseDaemon(const Options& options) : options_(options) {}

TestPulseDaemon::~TestPulseDaemon() {
  Kill();
  if (!dir_.empty())
    nftw(dir_.c_str(), &RemoveEntry, 16, FTW_DEPTH | FTW_PHYS);
}

std::string TestPulseDaemon::server() const {
  return "unix:" + socket_path_;
}

bool TestPulseDaemon::MakeDirectory(std::string* error) {
  if (!dir_.empty())
    return true;
  char templ[] = "/tmp/mediacapture-pulse-XXXXXX";
  if (!mkdtemp(templ)) {
    *error = std::string("mkdtemp failed: ") + strerror(errno);
    return false;
  }
  dir_ = templ;
  socket_path_ = dir_ + "/native";
  // The daemon wants its runtime directory private (0700) and owned by us.
  for (const char* sub : {"/home", "/run"}) {
    if (mkdir((dir_ + sub).c_str(), 0700) != 0) {
      *error = "mkdir " + dir_ + sub + ": " + strerror(errno);
      return false;
    }
  }
  return true;
}

bool TestPulseDaemon::WriteScript(std::string* error) {
  std::ofstream script(dir_ + "/test.pa");
  if (options_.load_null_sink)
    script << "load-module module-null-sink sink_name=null\n";
  if (options_.load_sine_source) {
    script << "load-module module-sine-source source_name=sine frequency="
           << options_.sine_frequency << "\n";
  }
  // Last: once the socket accepts, everything above is loaded.
  script << "load-module module-native-protocol-unix auth-anonymous=1 socket="
         << socket_path_ << "\n";
  script.close();
  if (!script) {
    *error = "cannot write " + dir_ + "/test.pa";
    return false;
  }
  return true;
}

std::vector<std::string> TestPulseDaemon::Environment() const {
  std::vector<std::string> env = {
      "HOME=" + dir_ + "/home",
      "XDG_RUNTIME_DIR=" + dir_ + "/run",
      "XDG_CONFIG_HOME=" + dir_ + "/home/.config",
      "PULSE_SERVER=" + server(),
      "LANG=C",
  };
  const char* path = getenv("PATH");
  env.push_back(std::string("PATH=") +
                (path ? path : "/usr/local/bin:/usr/bin:/bin"));
  return env;
}

bool TestPulseDaemon::Start(std::string* error) {
  if (running())
    return true;
  if (!MakeDirectory(error) || !WriteScript(error))
    return false;
  unlink(socket_path_.c_str());

  std::vector<std::string> args = {
      "pulseaudio",
      "-n",
      "--daemonize=no",
      "--exit-idle-time=-1",
      "--disallow-exit",
      "--use-pid-file=no",
      "--system=false",
      // No realtime or nice requests: nothing to gain in a test, and
      // noise in the log.
      "--realtime=false",
      "--high-priority=false",
      "--log-target=stderr",
      "-F",
      dir_ + "/test.pa",
  };
  std::vector<std::string> env = Environment();
  std::vector<char*> argv = CStrings(args);
  std::vector<char*> envp = CStrings(env);

  std::string log_path = dir_ + "/daemon.log";
  pid_t parent = getpid();
  // fork + exec rather than posix_spawn for PR_SET_PDEATHSIG: a test binary
  // killed by a timeout takes its daemon with it. The child only makes
  // async-signal-safe calls.
  pid_t pid = fork();
  if (pid < 0) {
    *error = std::string("fork failed: ") + strerror(errno);
    return false;
  }
  if (pid == 0) {
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent)
      _exit(127);
    // Its own process group: a terminal's ^C reaches the test, which
    // cleans up, rather than the daemon directly.
    setpgid(0, 0);
    int null_fd = open("/dev/null", O_RDONLY);
    int log_fd = open(log_path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (null_fd < 0 || log_fd < 0)
      _exit(127);
    dup2(null_fd, STDIN_FILENO);
    dup2(log_fd, STDOUT_FILENO);
    dup2(log_fd, STDERR_FILENO);
    execvpe("pulseaudio", argv.data(), envp.data());
    _exit(127);
  }
  pid_ = pid;
  if (!WaitForSocket(error)) {
    Kill();
    *error += "\n" + Log();
    return false;
  }
  return true;
}

bool TestPulseDaemon::WaitForSocket(std::string* error) {
  int64_t deadline = MonotonicNowMs() + kStartTimeoutMs;
  while (MonotonicNowMs() < deadline) {
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      if (WIFEXITED(status) && WEXITSTATUS(status) == 127) {
        *error = "cannot run pulseaudio (is it installed and on PATH?)";
      } else if (WIFEXITED(status)) {
        *error = "pulseaudio exited during start-up with code " +
                 std::to_string(WEXITSTATUS(status));
      } else {
        *error = "pulseaudio died during start-up (signal " +
                 std::to_string(WTERMSIG(status)) + ")";
      }
      return false;
    }
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd >= 0) {
      struct sockaddr_un addr = {};
      addr.sun_family = AF_UNIX;
      snprintf(addr.sun_path, sizeof(addr.sun_path), "%s",
               socket_path_.c_str());
      int rc =
          connect(fd, reinterpret_cast<struct sockaddr*>(&addr), sizeof(addr));
      close(fd);
      if (rc == 0)
        return true;
    }
    struct timespec pause = {0, 5 * 1000 * 1000};
    nanosleep(&pause, nullptr);
  }
  *error = "pulseaudio did not open " + socket_path_ + " within " +
           std::to_string(kStartTimeoutMs) + " ms";
  return false;
}

void TestPulseDaemon::Reap(int timeout_ms) {
  int64_t deadline = MonotonicNowMs() + timeout_ms;
  while (pid_ > 0) {
    int status = 0;
    pid_t rc = waitpid(pid_, &status, WNOHANG);
    if (rc == pid_ || (rc < 0 && errno == ECHILD)) {
      pid_ = -1;
      return;
    }
    if (MonotonicNowMs() >= deadline)
      return;
    struct timespec pause = {0, 2 * 1000 * 1000};
    nanosleep(&pause, nullptr);
  }
}

void TestPulseDaemon::Kill() {
  if (pid_ <= 0)
    return;
  kill(pid_, SIGKILL);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
}

void TestPulseDaemon::Stop() {
  if (pid_ <= 0)
    return;
  kill(pid_, SIGTERM);
  Reap(kStopTimeoutMs);
  Kill();
}

std::string TestPulseDaemon::Log() const {
  std::ifstream log(dir_ + "/daemon.log");
  std::stringstream text;
  text << log.rdbuf();
  return text.str();
}

bool TestPulseDaemon::RunPactl(const std::vector<std::string>& pactl_args,
                               std::string* output) {
  output->clear();
  std::vector<std::string> args = {"pactl"};
  args.insert(args.end(), pactl_args.begin(), pactl_args.end());
  std::vector<std::string> env = Environment();
  std::vector<char*> argv = CStrings(args);
  std::vector<char*> envp = CStrings(env);

  int pipe_fds[2];
  if (pipe2(pipe_fds, O_CLOEXEC) != 0)
    return false;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDERR_FILENO);
  pid_t pid = -1;
  int rc =
      posix_spawnp(&pid, "pactl", &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  close(pipe_fds[1]);
  if (rc != 0) {
    close(pipe_fds[0]);
    *output = std::string("cannot run pactl: ") + strerror(rc);
    return false;
  }
  char buffer[4096];
  ssize_t n;
  while ((n = read(pipe_fds[0], buffer, sizeof(buffer))) != 0) {
    if (n < 0) {
      if (errno == EINTR)
        continue;
      break;
    }
    output->append(buffer, static_cast<size_t>(n));
  }
  close(pipe_fds[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

int TestPulseDaemon::LoadModule(const std::string& name,
                                const std::string& arguments,
                                std::string* error) {
  std::string output;
  std::vector<std::string> args = {"load-module", name};
  if (!arguments.empty())
    args.push_back(arguments);
  if (!RunPactl(args, &output)) {
    *error = "pactl load-module " + name + " failed: " + output;
    return -1;
  }
  char* end = nullptr;
  long index = strtol(output.c_str(), &end, 10);
  if (end == output.c_str()) {
    *error = "pactl load-module printed no index: " + output;
    return -1;
  }
  return static_cast<int>(index);
}

bool TestPulseDaemon::UnloadModule(int index, std::string* error) {
  std::string output;
  if (!RunPactl({"unload-module", std::to_string(index)}, &output)) {
    *error =
        "pactl unload-module " + std::to_string(index) + " failed: " + output;
    return false;
  }
  return true;
}

}  // namespace mediacapture

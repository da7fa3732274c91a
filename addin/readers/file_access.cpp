#include "file_access.hpp"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

#include <sys/prctl.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace finsam {

namespace fs = std::filesystem;

std::optional<std::string> slurp(const fs::path& p, std::uintmax_t limit) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return std::nullopt;
    std::string data;
    std::vector<char> buf(1 << 16);
    while (in && data.size() <= limit) {
        in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
        data.append(buf.data(), static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad()) return std::nullopt;
    return data;
}

namespace {

// The private folder of the run, as plain characters the signal handler can use; empty: none.
char g_folder[4096] = {};
// The process group of the helper program running now, 0 when none.
std::atomic<pid_t> g_group{0};
// The signal that interrupted the run, 0 when none came.
volatile std::sig_atomic_t g_signal = 0;
constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};

// Removes the private folder and ends the process by `sig`. Only async-signal-safe calls: the rm is
// a child process of its own (fork and execve), since walking a tree is not safe in a handler.
[[noreturn]] void remove_folder_and_die(int sig) {
    if (g_folder[0] != '\0') {
        const pid_t rm = fork();
        if (rm == 0) {
            char name[] = "rm", flags[] = "-rf", end[] = "--";
            char* argv[] = {name, flags, end, g_folder, nullptr};
            execve("/bin/rm", argv, environ);
            _exit(127);
        }
        if (rm > 0) {
            int status = 0;
            while (waitpid(rm, &status, 0) < 0 && errno == EINTR) {
            }
        }
        g_folder[0] = '\0';
    }
    struct sigaction dfl {};
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(sig, &dfl, nullptr);
    sigset_t mask;
    sigemptyset(&mask);
    sigaddset(&mask, sig);
    sigprocmask(SIG_UNBLOCK, &mask, nullptr);
    kill(getpid(), sig);
    _exit(128 + sig);
}

void on_signal(int sig) {
    if (g_signal == 0) g_signal = sig;
    const pid_t group = g_group.load();
    if (group > 0) {
        kill(-group, SIGTERM);  // run_command's wait sees g_signal and ends the run
        return;
    }
    remove_folder_and_die(sig);  // nothing runs under us: end here
}

// Every living process under this one (children, theirs, ...), from /proc; zombies left out.
std::vector<pid_t> descendants() {
    std::multimap<pid_t, pid_t> children;  // parent -> child
    std::error_code error;
    for (fs::directory_iterator it("/proc", error), end; !error && it != end; it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (name.empty() || name.find_first_not_of("0123456789") != std::string::npos) continue;
        std::ifstream stat(it->path() / "stat");
        std::string line;
        if (!std::getline(stat, line)) continue;
        const std::size_t close = line.rfind(')');  // the command name may hold spaces and ')'
        if (close == std::string::npos || close + 4 > line.size()) continue;
        const char state = line[close + 2];
        if (state == 'Z' || state == 'X') continue;
        const pid_t parent = static_cast<pid_t>(std::atol(line.c_str() + close + 4));
        children.emplace(parent, static_cast<pid_t>(std::atol(name.c_str())));
    }
    std::vector<pid_t> found;
    std::vector<pid_t> todo{getpid()};
    while (!todo.empty()) {
        const pid_t p = todo.back();
        todo.pop_back();
        const auto [from, to] = children.equal_range(p);
        for (auto c = from; c != to; ++c) {
            found.push_back(c->second);
            todo.push_back(c->second);
        }
    }
    return found;
}

// Stops every process under this one: SIGTERM, and SIGKILL to those still there after 2 s (oosplash
// waits for soffice.bin ignoring SIGTERM; an office of our own, with a profile of our own, loses nothing).
// This process is their subreaper, so none escapes by losing its parent.
void stop_everything_below() {
    using clock = std::chrono::steady_clock;
    const auto deadline = clock::now() + std::chrono::seconds(2);
    std::set<pid_t> told;
    for (;;) {
        while (waitpid(-1, nullptr, WNOHANG) > 0) {
        }
        const std::vector<pid_t> left = descendants();
        if (left.empty()) return;
        const bool late = clock::now() > deadline;
        for (const pid_t p : left)
            if (late || told.insert(p).second) kill(p, late ? SIGKILL : SIGTERM);
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

[[noreturn]] void finish_interrupted() {
    const int sig = g_signal;
    sigset_t all;
    sigfillset(&all);
    sigprocmask(SIG_BLOCK, &all, nullptr);
    g_group = 0;
    stop_everything_below();
    remove_folder_and_die(sig);
}

}  // namespace

fs::path fresh_temporary_folder(std::string_view prefix) {
    const fs::path base = g_folder[0] != '\0' ? fs::path(g_folder) : fs::temp_directory_path();
    std::string pattern = (base / (std::string(prefix) + "XXXXXX")).string();
    if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("ingen tillfällig mapp kunde skapas");
    return pattern;  // mkdtemp makes it 0700
}

namespace {

std::uint32_t le32(const unsigned char* p) {
    return static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8 |
           static_cast<std::uint32_t>(p[2]) << 16 | static_cast<std::uint32_t>(p[3]) << 24;
}
std::uint16_t le16(const unsigned char* p) {
    return static_cast<std::uint16_t>(p[0] | p[1] << 8);
}

}  // namespace

std::optional<ZipContents> zip_contents(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return std::nullopt;
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    if (size < 22) return std::nullopt;
    // The end of central directory record: within the last 22 + 65 535 bytes.
    const std::streamoff tail = std::min<std::streamoff>(size, 22 + 65535);
    std::vector<unsigned char> end(static_cast<std::size_t>(tail));
    in.seekg(size - tail);
    in.read(reinterpret_cast<char*>(end.data()), tail);
    if (!in) return std::nullopt;
    std::optional<std::size_t> eocd;
    for (std::size_t i = end.size() - 22 + 1; i-- > 0;)
        if (le32(&end[i]) == 0x06054b50) {
            eocd = i;
            break;
        }
    if (!eocd) return std::nullopt;
    ZipContents z;
    const std::uint16_t entries = le16(&end[*eocd + 10]);
    const std::uint32_t dir_size = le32(&end[*eocd + 12]), dir_offset = le32(&end[*eocd + 16]);
    if (entries == 0xFFFF || dir_size == 0xFFFFFFFF || dir_offset == 0xFFFFFFFF) {  // zip64: huge
        z.unpacked_bytes = UINTMAX_MAX;
        z.members = UINTMAX_MAX;
        return z;
    }
    if (static_cast<std::streamoff>(dir_offset) + dir_size > size) return std::nullopt;
    std::vector<unsigned char> dir(dir_size);
    in.clear();
    in.seekg(dir_offset);
    in.read(reinterpret_cast<char*>(dir.data()), static_cast<std::streamsize>(dir_size));
    if (!in) return std::nullopt;
    std::size_t at = 0;
    while (at + 46 <= dir.size() && le32(&dir[at]) == 0x02014b50) {
        const std::uint32_t unpacked = le32(&dir[at + 24]);
        z.unpacked_bytes = unpacked == 0xFFFFFFFF || z.unpacked_bytes == UINTMAX_MAX ? UINTMAX_MAX
                                                                                     : z.unpacked_bytes + unpacked;
        ++z.members;
        at += 46u + le16(&dir[at + 28]) + le16(&dir[at + 30]) + le16(&dir[at + 32]);
    }
    if (z.members < entries) z.members = entries;
    return z;
}

std::optional<std::string> zip_bomb(const fs::path& p) {
    constexpr std::uintmax_t kMaxUnpacked = 1024ull * 1024 * 1024;
    constexpr std::uintmax_t kMaxMembers = 100'000;
    const auto z = zip_contents(p);
    if (!z) return std::nullopt;
    if (z->unpacked_bytes > kMaxUnpacked)
        return "filen packas upp till mer än 1 GB (en så kallad zip-bomb?) och öppnades inte";
    if (z->members > kMaxMembers) return "filen består av mer än 100 000 delar och öppnades inte";
    return std::nullopt;
}

std::string shell_quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

PrivateRun::PrivateRun(std::string_view prefix) {
    if (g_folder[0] != '\0') throw std::logic_error("PrivateRun: one per process");
    folder_ = fresh_temporary_folder(prefix);
    const std::string name = folder_.string();
    if (name.size() >= sizeof g_folder) {
        std::error_code ignored;
        fs::remove(folder_, ignored);
        throw std::runtime_error("den tillfälliga mappens namn är för långt");
    }
    std::memcpy(g_folder, name.c_str(), name.size() + 1);
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    for (const int sig : kSignals) {
        struct sigaction old {};
        sigaction(sig, nullptr, &old);
        if (old.sa_handler == SIG_IGN) continue;  // nohup: keep ignoring it
        struct sigaction handler {};
        handler.sa_handler = on_signal;
        sigfillset(&handler.sa_mask);  // one handler at a time
        handler.sa_flags = 0;          // no SA_RESTART: a wait is interrupted
        sigaction(sig, &handler, nullptr);
    }
}

PrivateRun::~PrivateRun() {
    sigset_t all, old;
    sigfillset(&all);
    sigprocmask(SIG_BLOCK, &all, &old);
    if (!descendants().empty()) stop_everything_below();
    std::error_code ignored;
    fs::remove_all(folder_, ignored);
    g_folder[0] = '\0';
    sigprocmask(SIG_SETMASK, &old, nullptr);
    if (g_signal != 0) remove_folder_and_die(g_signal);  // came while the folder was being removed
}

int run_command(const std::string& command) {
    if (g_signal != 0) finish_interrupted();
    // Everything the child needs is made before fork: after it only async-signal-safe calls.
    std::vector<std::string> env;
    for (char** e = environ; *e != nullptr; ++e)
        if (std::strncmp(*e, "TMPDIR=", 7) != 0) env.emplace_back(*e);
    if (g_folder[0] != '\0') env.push_back(std::string("TMPDIR=") + g_folder);
    std::vector<char*> envp;
    for (std::string& e : env) envp.push_back(e.data());
    envp.push_back(nullptr);
    std::string sh = "sh", dash_c = "-c", text = command;
    char* argv[] = {sh.data(), dash_c.data(), text.data(), nullptr};

    sigset_t all, old;
    sigfillset(&all);
    sigprocmask(SIG_BLOCK, &all, &old);  // no handler between fork and knowing the child's group
    const pid_t pid = fork();
    if (pid == 0) {
        setpgid(0, 0);
        struct sigaction dfl {};
        dfl.sa_handler = SIG_DFL;
        sigemptyset(&dfl.sa_mask);
        for (const int sig : kSignals) {
            struct sigaction now {};
            sigaction(sig, nullptr, &now);
            if (now.sa_handler != SIG_IGN) sigaction(sig, &dfl, nullptr);
        }
        sigprocmask(SIG_SETMASK, &old, nullptr);
        execve("/bin/sh", argv, envp.data());
        _exit(127);
    }
    if (pid > 0) {
        setpgid(pid, pid);
        g_group = pid;
    }
    sigprocmask(SIG_SETMASK, &old, nullptr);
    if (pid < 0) return -1;
    int status = 0;
    for (;;) {
        if (g_signal != 0) finish_interrupted();
        const pid_t r = waitpid(pid, &status, 0);
        if (r == pid) break;
        if (r < 0 && errno != EINTR) {
            status = -1;
            break;
        }
    }
    g_group = 0;
    if (g_signal != 0) finish_interrupted();
    // What the command left running (an office a timed-out script did not stop) goes with it.
    if (g_folder[0] != '\0' && !descendants().empty()) stop_everything_below();
    if (status == -1) return -1;
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return -1;
}

}  // namespace finsam

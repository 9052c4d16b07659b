// SPDX-License-Identifier: MIT
#include "common/safepath.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <set>
#include <unistd.h>

namespace fs = std::filesystem;

namespace cw::exporters {

namespace {

constexpr std::size_t kMaxComponent = 100;

bool keptChar(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
        || c == '_' || c == '.';
}

bool isWindowsDeviceName(std::string_view s)
{
    std::string stem(s.substr(0, s.find('.')));
    std::transform(stem.begin(), stem.end(), stem.begin(),
        [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    static const std::array<std::string_view, 6> fixed { "CON", "PRN", "AUX", "NUL", "CONIN$",
        "CONOUT$" };
    if (std::find(fixed.begin(), fixed.end(), stem) != fixed.end())
        return true;
    return stem.size() == 4 && (stem.starts_with("COM") || stem.starts_with("LPT"))
        && stem[3] >= '0' && stem[3] <= '9';
}

std::string errnoText(const std::string &what, const fs::path &p)
{
    return what + " " + p.string() + ": " + std::strerror(errno);
}

/// Writes bytes to a new file and fsyncs it.
bool writeNew(const fs::path &p, const std::string &bytes, std::string *error)
{
    const int fd = ::open(p.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        *error = errnoText("cannot create", p);
        return false;
    }
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *error = errnoText("cannot write", p);
            ::close(fd);
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) {
        *error = errnoText("cannot sync", p);
        ::close(fd);
        return false;
    }
    if (::close(fd) != 0) {
        *error = errnoText("cannot close", p);
        return false;
    }
    return true;
}

void syncDir(const fs::path &dir)
{
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

bool isUnder(const fs::path &child, const fs::path &root)
{
    auto c = child.begin();
    for (auto r = root.begin(); r != root.end(); ++r, ++c)
        if (c == child.end() || *c != *r)
            return false;
    return true;
}

/// One file's way through the write: temp -> (existing -> backup) -> final.
struct Step
{
    fs::path final;
    fs::path temp;
    fs::path backup;
    bool tempWritten = false;
    bool backedUp = false;
    bool placed = false;
};

void rollback(std::vector<Step> &steps)
{
    std::error_code ec;
    for (auto it = steps.rbegin(); it != steps.rend(); ++it) {
        if (it->placed)
            fs::remove(it->final, ec);
        if (it->backedUp)
            fs::rename(it->backup, it->final, ec);
        if (it->tempWritten && !it->placed)
            fs::remove(it->temp, ec);
    }
}

} // namespace

std::string safeComponent(std::string_view name)
{
    std::string out;
    out.reserve(std::min(name.size(), kMaxComponent));
    for (const unsigned char c : name) {
        const char k = keptChar(c) ? static_cast<char>(c) : '_';
        if (k == '.' && (out.empty() || out.back() == '.'))
            continue; // no leading dots, no ".."
        out.push_back(k);
        if (out.size() >= kMaxComponent)
            break;
    }
    while (!out.empty() && (out.back() == '.' || out.back() == ' '))
        out.pop_back();
    if (out.empty())
        return "unnamed";
    if (isWindowsDeviceName(out))
        out.insert(out.begin(), '_');
    return out;
}

bool isSafeRelativePath(std::string_view path)
{
    if (path.empty() || path.front() == '/' || path.back() == '/')
        return false;
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        const std::string_view part = path.substr(start, end - start);
        if (part.empty() || safeComponent(part) != part)
            return false;
        start = end + 1;
    }
    return true;
}

bool writeOutput(const ExportResult &result, const std::string &dir, std::string *error)
{
    std::string dummy;
    if (!error)
        error = &dummy;
    if (!result.ok()) {
        *error = "the export has errors: " + result.errors.front();
        return false;
    }
    if (dir.empty()) {
        *error = "no output folder given";
        return false;
    }

    // Check everything before touching the disk.
    std::set<std::string> seen;
    for (const auto &f : result.files) {
        if (!isSafeRelativePath(f.path)) {
            *error = "refusing unsafe output path '" + f.path + "'";
            return false;
        }
        if (!seen.insert(f.path).second) {
            *error = "output path '" + f.path + "' appears twice";
            return false;
        }
    }

    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) {
        *error = "cannot create " + dir + ": " + ec.message();
        return false;
    }
    const fs::path root = fs::canonical(dir, ec);
    if (ec) {
        *error = "cannot resolve " + dir + ": " + ec.message();
        return false;
    }

    const std::string suffix = ".cw-" + std::to_string(::getpid());
    std::vector<Step> steps;
    steps.reserve(result.files.size());
    for (const auto &f : result.files) {
        const fs::path final = root / fs::path(f.path);
        fs::create_directories(final.parent_path(), ec);
        if (ec) {
            *error = "cannot create " + final.parent_path().string() + ": " + ec.message();
            rollback(steps);
            return false;
        }
        // A symlinked folder inside dir must not lead the write elsewhere.
        const fs::path parent = fs::canonical(final.parent_path(), ec);
        if (ec || !isUnder(parent, root)) {
            *error = "refusing output path '" + f.path + "': it resolves outside " + root.string();
            rollback(steps);
            return false;
        }
        const auto st = fs::symlink_status(final, ec);
        if (fs::exists(st) && !fs::is_regular_file(st)) {
            *error = "refusing to replace " + final.string() + ": not a regular file";
            rollback(steps);
            return false;
        }
        Step step { final, parent / (final.filename().string() + suffix + ".tmp"),
            parent / (final.filename().string() + suffix + ".bak") };
        fs::remove(step.temp, ec);
        if (!writeNew(step.temp, f.bytes, error)) {
            rollback(steps);
            fs::remove(step.temp, ec);
            return false;
        }
        step.tempWritten = true;
        steps.push_back(std::move(step));
    }

    for (auto &step : steps) {
        if (fs::exists(step.final, ec)) {
            fs::rename(step.final, step.backup, ec);
            if (ec) {
                *error = "cannot move aside " + step.final.string() + ": " + ec.message();
                rollback(steps);
                return false;
            }
            step.backedUp = true;
        }
        fs::rename(step.temp, step.final, ec);
        if (ec) {
            *error = "cannot rename into " + step.final.string() + ": " + ec.message();
            rollback(steps);
            return false;
        }
        step.placed = true;
    }

    std::set<fs::path> dirs;
    for (auto &step : steps) {
        if (step.backedUp)
            fs::remove(step.backup, ec);
        dirs.insert(step.final.parent_path());
    }
    for (const auto &d : dirs)
        syncDir(d);
    return true;
}

} // namespace cw::exporters

// SPDX-License-Identifier: MIT
// Atomic replacement of a file: write a temporary file next to it, fsync, rename over the
// target, fsync the directory. Any failure removes the temporary file and leaves the target
// as it was.
#include "io/document.h"

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cw::io {
namespace {

std::string errnoText(const std::string &what, int err)
{
    return what + ": " + std::strerror(err);
}

std::string directoryOf(const std::string &path)
{
    const auto slash = path.rfind('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

/// Follows a symbolic link so saving replaces the file it points to, not the link.
std::string resolveLink(const std::string &path)
{
    struct stat st
    { };
    if (::lstat(path.c_str(), &st) != 0 || !S_ISLNK(st.st_mode))
        return path;
    char *real = ::realpath(path.c_str(), nullptr);
    if (!real)
        return path;
    std::string out = real;
    std::free(real);
    return out;
}

bool writeAll(int fd, std::string_view bytes)
{
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

bool readAll(const std::string &path, std::string &out, int &err)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        err = errno;
        return false;
    }
    char buffer[65536];
    while (true) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            err = errno;
            ::close(fd);
            return false;
        }
        if (n == 0)
            break;
        out.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return true;
}

} // namespace

bool writeFileAtomic(const std::string &path, std::string_view bytes, std::string *error)
{
    auto fail = [&](std::string message) {
        if (error)
            *error = std::move(message);
        return false;
    };
    const std::string target = resolveLink(path);
    struct stat old
    { };
    const bool exists = ::stat(target.c_str(), &old) == 0;

    static std::atomic<unsigned> counter { 0 };
    std::string temp;
    int fd = -1;
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        temp = target + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
        fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST)
            return fail(errnoText(
                "cannot create a temporary file in '" + directoryOf(target) + "'", errno));
    }
    if (fd < 0)
        return fail("cannot create a temporary file in '" + directoryOf(target) + "'");

    auto abandon = [&](std::string message) {
        ::close(fd);
        ::unlink(temp.c_str());
        return fail(std::move(message));
    };
    // Keep the permissions of the file being replaced.
    if (exists && ::fchmod(fd, old.st_mode & 07777) != 0)
        return abandon(errnoText("cannot set permissions on '" + temp + "'", errno));
    if (!writeAll(fd, bytes))
        return abandon(errnoText("cannot write '" + temp + "'", errno));
    if (::fsync(fd) != 0)
        return abandon(errnoText("cannot flush '" + temp + "' to disk", errno));
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(temp.c_str());
        return fail(errnoText("cannot write '" + temp + "'", err));
    }
    if (::rename(temp.c_str(), target.c_str()) != 0) {
        const int err = errno;
        ::unlink(temp.c_str());
        return fail(errnoText("cannot replace '" + target + "'", err));
    }
    // Make the rename itself durable; failure here does not undo a completed save.
    if (const int dir = ::open(directoryOf(target).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return true;
}

bool saveFile(
    const Model &model, const std::string &path, std::string *error, std::optional<Format> format)
{
    const std::string text = saveText(model, format.value_or(formatForPath(path)));
    const std::string target = resolveLink(path);
    std::string previous;
    int err = 0;
    if (readAll(target, previous, err)) {
        std::string why;
        if (!writeFileAtomic(target + ".bak", previous, &why)) {
            if (error)
                *error = "cannot keep the previous version as '" + target + ".bak': " + why;
            return false;
        }
    } else if (err != ENOENT) {
        if (error)
            *error = errnoText("cannot read the previous version of '" + target + "'", err);
        return false;
    }
    return writeFileAtomic(target, text, error);
}

} // namespace cw::io

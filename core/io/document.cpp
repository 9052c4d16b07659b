// SPDX-License-Identifier: MIT
#include "io/document.h"

#include "io/modelreader.h"
#include "io/outtree.h"
#include "io/readers.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <new>
#include <sys/stat.h>
#include <unistd.h>

namespace cw::io {
namespace {

bool endsWithNoCase(std::string_view s, std::string_view suffix)
{
    if (s.size() < suffix.size())
        return false;
    for (std::size_t i = 0; i < suffix.size(); ++i) {
        char c = s[s.size() - suffix.size() + i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (c != suffix[i])
            return false;
    }
    return true;
}

std::string tooLarge(std::size_t size, std::size_t limit)
{
    return "file too large (" + std::to_string(size) + " bytes; the limit is "
        + std::to_string(limit) + ")";
}

LoadResult failure(const std::string &file, std::string message)
{
    LoadResult result;
    result.errors.push_back({ file, {}, std::move(message) });
    return result;
}

} // namespace

Format formatForPath(std::string_view path)
{
    return endsWithNoCase(path, ".json") ? Format::Json : Format::Yaml;
}

LoadResult loadText(std::string_view text, Format format, const std::string &fileName,
    const Catalog &catalog, const LoadLimits &limits)
{
    if (text.size() > limits.maxBytes)
        return failure(fileName, tooLarge(text.size(), limits.maxBytes));
    LoadResult result;
    try {
        ErrorSink errors(fileName);
        Node root;
        const bool parsed = format == Format::Json ? readJson(text, limits, errors, root)
                                                   : readYaml(text, limits, errors, root);
        std::optional<Model> model;
        if (parsed)
            model = readModel(root, catalog, errors);
        result.errors = errors.take();
        if (model && result.errors.empty()) {
            model->sourceFile = fileName;
            result.model = std::move(model);
        }
    } catch (const std::bad_alloc &) {
        return failure(fileName, "out of memory while loading");
    } catch (const std::exception &e) {
        return failure(fileName, std::string("cannot load: ") + e.what());
    }
    return result;
}

bool readFileText(
    const std::string &path, const LoadLimits &limits, std::string &text, std::string &problem)
{
    // O_NONBLOCK: opening a FIFO must not wait for a writer; regular files ignore it.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        problem = std::string("cannot open: ") + std::strerror(errno);
        return false;
    }
    struct stat st
    { };
    if (::fstat(fd, &st) != 0)
        problem = std::string("cannot read: ") + std::strerror(errno);
    else if (!S_ISREG(st.st_mode))
        problem = "cannot read: not a regular file";
    else if (static_cast<std::size_t>(st.st_size) > limits.maxBytes)
        problem = tooLarge(static_cast<std::size_t>(st.st_size), limits.maxBytes);
    else {
        text.resize(static_cast<std::size_t>(st.st_size));
        std::size_t done = 0;
        while (problem.empty()) {
            // Read one byte past the expected size so a file that grew is noticed.
            if (done == text.size())
                text.resize(text.size() + 4096);
            const ssize_t n = ::read(fd, text.data() + done, text.size() - done);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0)
                problem = std::string("cannot read: ") + std::strerror(errno);
            else if (n == 0)
                break;
            else
                done += static_cast<std::size_t>(n);
            if (done > limits.maxBytes)
                problem = tooLarge(done, limits.maxBytes);
        }
        text.resize(done);
    }
    ::close(fd);
    return problem.empty();
}

LoadResult loadFile(const std::string &path, const Catalog &catalog, const LoadLimits &limits)
{
    std::string text;
    std::string problem;
    if (!readFileText(path, limits, text, problem))
        return failure(path, std::move(problem));
    return loadText(text, formatForPath(path), path, catalog, limits);
}

std::string saveText(const Model &model, Format format)
{
    const OutNode tree = toOutTree(model);
    return format == Format::Json ? writeJson(tree) : writeYaml(tree);
}

} // namespace cw::io

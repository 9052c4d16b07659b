// SPDX-License-Identifier: MIT
// YAML text -> tree through yaml-cpp's event parser. We drive Parser::HandleNextDocument once,
// exactly as YAML::Load does, but with our own handler instead of yaml-cpp's node graph: that
// graph costs ~70x the file in memory, hides duplicate keys and quoting, and expands aliases.
#include "io/readers.h"
#include "io/text.h"
#include "io/yamlbuilder.h"

#include <algorithm>
#include <istream>
#include <streambuf>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace cw::io {
namespace {

/// Feeds the text to yaml-cpp in chunks and cuts it off when the scanner runs too far ahead of
/// the last event. yaml-cpp buffers every token while a flow collection might still turn out to
/// be a key ("[[[[..." or a huge top-level "[...]"), at ~140 bytes per input byte.
class GuardedBuffer : public std::streambuf
{
public:
    GuardedBuffer(std::string_view text, const std::size_t &lastEvent, std::size_t lookahead)
        : m_text(text)
        , m_lastEvent(lastEvent)
        , m_lookahead(lookahead)
    { }

    bool tripped() const { return m_tripped; }

protected:
    int_type underflow() override
    {
        if (gptr() < egptr())
            return traits_type::to_int_type(*gptr());
        if (m_next >= m_text.size())
            return traits_type::eof();
        if (m_next > m_lastEvent + m_lookahead) {
            m_tripped = true;
            return traits_type::eof();
        }
        const std::size_t n = std::min<std::size_t>(4096, m_text.size() - m_next);
        char *p = const_cast<char *>(m_text.data() + m_next); // read-only use by istream
        setg(p, p, p + n);
        m_next += n;
        return traits_type::to_int_type(*p);
    }

private:
    std::string_view m_text;
    const std::size_t &m_lastEvent;
    std::size_t m_lookahead;
    std::size_t m_next = 0;
    bool m_tripped = false;
};

/// Stops at the first event of a second document.
class SecondDocument : public YAML::EventHandler
{
public:
    struct Found
    {
        YAML::Mark mark;
    };
    void OnDocumentStart(const YAML::Mark &mark) override { throw Found { mark }; }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &, YAML::anchor_t) override { }
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override { }
    void OnScalar(
        const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override
    { }
    void OnSequenceStart(
        const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    { }
    void OnSequenceEnd() override { }
    void OnMapStart(
        const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    { }
    void OnMapEnd() override { }
};

/// YAML forbids control characters other than tab and line breaks; yaml-cpp does not check,
/// and a NUL at the start even makes it guess UTF-16. Files must be UTF-8.
bool checkCharacters(std::string_view text, ErrorSink &errors)
{
    const std::size_t bad = findInvalidUtf8(text);
    std::size_t control = std::string_view::npos;
    for (std::size_t i = 0; i < text.size() && i < bad; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
            control = i;
            break;
        }
    }
    if (bad == std::string_view::npos && control == std::string_view::npos)
        return true;
    static const char hex[] = "0123456789ABCDEF";
    const std::size_t at = std::min(bad, control);
    const auto c = static_cast<unsigned char>(text[at]);
    std::string code = { hex[c >> 4], hex[c & 15] };
    LineIndex lines(text);
    if (at == bad)
        errors.add(lines.at(at), "invalid UTF-8 byte 0x" + code + " (files must be UTF-8)");
    else
        errors.add(lines.at(at), "control character U+00" + code + " is not allowed");
    return false;
}

std::size_t firstContent(std::string_view text)
{
    std::size_t i = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    while (i < text.size()
        && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'))
        ++i;
    return i;
}

} // namespace

bool readYaml(std::string_view text, const LoadLimits &limits, ErrorSink &errors, Node &root)
{
    if (!checkCharacters(text, errors))
        return false;

    // JSON is YAML: a document that is a JSON object goes through the fast JSON reader, which
    // also avoids yaml-cpp's token buffering on a file-sized flow map.
    if (const std::size_t start = firstContent(text); start < text.size() && text[start] == '{') {
        ErrorSink jsonErrors(errors.file());
        Node jsonRoot;
        bool limitHit = false;
        const bool ok = readJson(text, limits, jsonErrors, jsonRoot, &limitHit);
        if (ok || limitHit) {
            // A limit would stop the YAML parser as well, only later and at a higher cost.
            for (auto &d : jsonErrors.take())
                errors.add(d.loc, std::move(d.message));
            root = std::move(jsonRoot);
            return ok;
        }
    }

    const std::size_t bom = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    TreeBuilder builder(text, bom, limits, errors, root);
    GuardedBuffer buffer(text, builder.lastEvent, limits.maxScalarBytes + (64u << 10));
    std::istream in(&buffer);
    auto fatal = [&](SourceLoc loc, std::string message) {
        errors.clear();
        errors.add(loc, std::move(message));
        return false;
    };
    auto tooLong = [&] {
        return fatal(LineIndex(text).at(builder.lastEvent),
            "value too long: a string or a flow collection ([...] or {...}) after this "
            "point runs past "
                + std::to_string(limits.maxScalarBytes) + " bytes");
    };
    try {
        YAML::Parser parser(in);
        const bool gotDocument = parser.HandleNextDocument(builder) && builder.gotRoot;
        if (buffer.tripped())
            return tooLong();
        if (!gotDocument)
            return fatal({}, "the document is empty");
        // One document per file. A second "document" starting where the first did means
        // yaml-cpp is stuck on a token it cannot place (the input LoadAll loops on).
        try {
            SecondDocument second;
            parser.HandleNextDocument(second);
        } catch (const SecondDocument::Found &found) {
            const SourceLoc loc = locOf(found.mark);
            const std::size_t at = static_cast<std::size_t>(std::max(found.mark.pos, 0)) + bom;
            if (loc == builder.documentStart && at < text.size())
                return fatal(
                    loc, "YAML syntax error: unexpected " + quoteForMessage(text.substr(at, 1)));
            errors.add(loc, "a file holds one YAML document; a second one starts here");
        }
        if (buffer.tripped())
            return tooLong();
        return true;
    } catch (const Abort &abort) {
        return buffer.tripped() ? tooLong() : fatal(abort.loc, abort.message);
    } catch (const YAML::DeepRecursion &e) {
        return fatal(locOf(e.mark), "nesting too deep");
    } catch (const YAML::ParserException &e) {
        return buffer.tripped()
            ? tooLong()
            : fatal(locOf(e.mark), "YAML syntax error: " + sanitize(e.msg, 200));
    } catch (const YAML::Exception &e) {
        return buffer.tripped() ? tooLong()
                                : fatal(locOf(e.mark), "YAML error: " + sanitize(e.msg, 200));
    }
}

std::string nestingTooDeep(int maxDepth)
{
    return "nesting too deep (more than " + std::to_string(maxDepth) + " levels)";
}

std::string tooManyNodes(std::size_t maxNodes)
{
    return "too many nodes (more than " + std::to_string(maxNodes) + ")";
}

std::string stringTooLong(std::size_t size, std::size_t limit)
{
    return "string too long (" + std::to_string(size) + " bytes; the limit is "
        + std::to_string(limit) + ")";
}

} // namespace cw::io

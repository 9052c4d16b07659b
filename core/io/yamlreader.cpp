// SPDX-License-Identifier: MIT
// YAML text -> tree through yaml-cpp's event parser. We drive Parser::HandleNextDocument once,
// exactly as YAML::Load does, but with our own handler instead of yaml-cpp's node graph: that
// graph costs ~70x the file in memory, hides duplicate keys and quoting, and expands aliases.
#include "io/readers.h"
#include "io/text.h"
#include "io/yamlscalar.h"

#include <algorithm>
#include <istream>
#include <memory>
#include <streambuf>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace cw::io {
namespace {

/// A fatal problem found by the handler; thrown through yaml-cpp to stop parsing at once.
struct Abort
{
    SourceLoc loc;
    std::string message;
};

SourceLoc locOf(const YAML::Mark &mark)
{
    if (mark.is_null())
        return {};
    return { mark.line + 1, mark.column + 1 };
}

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

/// yaml-cpp decodes the escapes \N and \_ to the single bytes 0x85 and 0xA0 instead of the
/// UTF-8 of U+0085 and U+00A0. The input was checked to be UTF-8, so any invalid byte in a
/// decoded scalar comes from those escapes: re-encode it.
std::string fixEscapes(const std::string &value)
{
    if (findInvalidUtf8(value) == std::string_view::npos)
        return value;
    std::string out;
    out.reserve(value.size() + 8);
    std::size_t i = 0;
    while (i < value.size()) {
        const std::size_t bad = findInvalidUtf8(std::string_view(value).substr(i));
        if (bad == std::string_view::npos) {
            out.append(value, i, std::string::npos);
            break;
        }
        out.append(value, i, bad);
        const auto c = static_cast<unsigned char>(value[i + bad]);
        if (c >= 0x80 && c <= 0xBF) {
            out += '\xC2';
            out += static_cast<char>(c);
        } else
            out += "\xEF\xBF\xBD"; // U+FFFD; not produced by yaml-cpp 0.7
        i += bad + 1;
    }
    return out;
}

/// Builds the tree from parser events, enforcing the limits as it goes.
class TreeBuilder : public YAML::EventHandler
{
public:
    TreeBuilder(std::string_view text, std::size_t bom, const LoadLimits &limits, ErrorSink &errors,
        Node &root)
        : m_text(text)
        , m_bom(bom)
        , m_limits(limits)
        , m_errors(errors)
        , m_root(root)
    { }

    std::size_t lastEvent = 0; ///< byte offset of the latest event, for GuardedBuffer
    bool gotRoot = false;
    SourceLoc documentStart;

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        note(mark);
        documentStart = locOf(mark);
    }
    void OnDocumentEnd() override { }

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        note(mark);
        if (keyPosition()) {
            Frame &f = m_stack.back();
            f.expectKey = false;
            f.key.clear();
            f.keyLoc = locOf(mark);
            f.keyBad = true;
            m_errors.add(f.keyLoc, "empty key");
            return;
        }
        Node &n = addValue(mark, anchor);
        n.tag = ScalarTag::Null;
        n.plain = true;
        // yaml-cpp marks an empty value ("key:") at the next token; point at the key instead.
        if (!m_stack.empty() && m_stack.back().node->isMap() && n.keyLoc.valid()
            && n.loc.line != n.keyLoc.line)
            n.loc = n.keyLoc;
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override
    {
        note(mark);
        m_errors.add(locOf(mark), "aliases (*name) are not supported: write the value out");
        if (keyPosition()) {
            Frame &f = m_stack.back();
            f.expectKey = false;
            f.keyLoc = locOf(mark);
            f.keyBad = true;
            return;
        }
        addValue(mark, 0).bad = true;
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
        const std::string &value) override
    {
        note(mark);
        if (tag == "!")
            checkClosingQuote(mark);
        const bool tooLong = value.size() > m_limits.maxScalarBytes;
        if (tooLong)
            m_errors.add(locOf(mark), stringTooLong(value.size(), m_limits.maxScalarBytes));
        if (keyPosition()) {
            Frame &f = m_stack.back();
            f.expectKey = false;
            f.keyLoc = locOf(mark);
            f.key = tooLong ? std::string() : fixEscapes(value);
            f.keyBad = tooLong || !checkTagAndAnchor(mark, tag, anchor);
            return;
        }
        Node &n = addValue(mark, anchor);
        if (!checkTagAndAnchor(mark, tag, anchor) || tooLong) {
            n.bad = true;
            return;
        }
        if (tag == "!") {
            n.tag = ScalarTag::String;
            n.text = fixEscapes(value);
        } else {
            resolvePlainScalar(value, n);
            n.text = value;
        }
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
        YAML::EmitterStyle::value) override
    {
        startContainer(mark, tag, anchor, NodeKind::Sequence);
    }
    void OnSequenceEnd() override { endContainer(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
        YAML::EmitterStyle::value) override
    {
        startContainer(mark, tag, anchor, NodeKind::Map);
    }
    void OnMapEnd() override
    {
        checkDuplicateKeys(*m_stack.back().node, m_errors);
        endContainer();
    }

private:
    struct Frame
    {
        Node *node = nullptr;
        bool expectKey = true; ///< maps: the next event is a key
        bool keyBad = false;
        std::string key;
        SourceLoc keyLoc;
        std::unique_ptr<Node> scratch; ///< a non-scalar key being parsed, then dropped
        bool isScratch = false;
    };

    void note(const YAML::Mark &mark)
    {
        if (mark.pos >= 0)
            lastEvent = static_cast<std::size_t>(mark.pos) + m_bom;
        if (++m_nodes > m_limits.maxNodes)
            throw Abort { locOf(mark), tooManyNodes(m_limits.maxNodes) };
    }

    bool keyPosition() const
    {
        return !m_stack.empty() && m_stack.back().node->isMap() && m_stack.back().expectKey;
    }

    bool checkTagAndAnchor(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor)
    {
        if (anchor != 0) {
            m_errors.add(locOf(mark), "anchors (&name) are not supported: write the value out");
            return false;
        }
        if (tag != "?" && tag != "!" && !tag.empty()) {
            m_errors.add(locOf(mark),
                "tags such as " + quoteForMessage(tag, 40)
                    + " are not supported; quote strings instead");
            return false;
        }
        return true;
    }

    /// yaml-cpp accepts a quoted scalar cut off by the end of the file; we do not.
    void checkClosingQuote(const YAML::Mark &mark)
    {
        if (mark.pos < 0)
            return;
        std::size_t i = static_cast<std::size_t>(mark.pos) + m_bom;
        if (i >= m_text.size() || (m_text[i] != '"' && m_text[i] != '\''))
            return;
        const char quote = m_text[i++];
        while (i < m_text.size()) {
            const char c = m_text[i];
            if (quote == '"' && c == '\\')
                i += 2;
            else if (c == quote && quote == '\'' && i + 1 < m_text.size() && m_text[i + 1] == '\'')
                i += 2;
            else if (c == quote)
                return;
            else
                ++i;
        }
        throw Abort { locOf(mark),
            std::string("unterminated quoted string (no closing ") + quote + ")" };
    }

    Node &addValue(const YAML::Mark &mark, YAML::anchor_t)
    {
        Node *node = nullptr;
        if (m_stack.empty()) {
            gotRoot = true;
            node = &m_root;
        } else {
            Frame &f = m_stack.back();
            f.node->children.emplace_back();
            node = &f.node->children.back();
            if (f.node->isMap()) {
                node->key = std::move(f.key);
                node->keyLoc = f.keyLoc;
                node->bad = f.keyBad;
                f.key.clear();
                f.keyBad = false;
                f.expectKey = true;
            }
        }
        node->loc = locOf(mark);
        return *node;
    }

    void startContainer(
        const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, NodeKind kind)
    {
        note(mark);
        if (static_cast<int>(m_stack.size()) >= m_limits.maxDepth)
            throw Abort { locOf(mark), nestingTooDeep(m_limits.maxDepth) };
        Frame frame;
        if (keyPosition()) {
            // A map or list used as a key: report it, parse it into a scratch node, drop it.
            Frame &parent = m_stack.back();
            m_errors.add(locOf(mark),
                "keys must be strings, found "
                    + std::string(kind == NodeKind::Map ? "a map" : "a list"));
            parent.expectKey = false;
            parent.keyBad = true;
            parent.keyLoc = locOf(mark);
            frame.scratch = std::make_unique<Node>();
            frame.node = frame.scratch.get();
            frame.isScratch = true;
        } else {
            Node &n = addValue(mark, anchor);
            if (!checkTagAndAnchor(mark, tag, anchor))
                n.bad = true;
            frame.node = &n;
        }
        frame.node->kind = kind;
        frame.node->loc = locOf(mark);
        m_stack.push_back(std::move(frame));
    }

    void endContainer()
    {
        // Scratch keys end here and are dropped with their frame.
        m_stack.pop_back();
    }

    std::string_view m_text;
    std::size_t m_bom;
    const LoadLimits &m_limits;
    ErrorSink &m_errors;
    Node &m_root;
    std::vector<Frame> m_stack;
    std::size_t m_nodes = 0;
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

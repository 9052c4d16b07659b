// SPDX-License-Identifier: MIT
// The yaml-cpp event handler behind readYaml: builds the tree while enforcing the limits.
#include "io/yamlbuilder.h"

#include "io/text.h"
#include "io/yamlscalar.h"

namespace cw::io {
namespace {

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

} // namespace

TreeBuilder::TreeBuilder(
    std::string_view text, std::size_t bom, const LoadLimits &limits, ErrorSink &errors, Node &root)
    : m_text(text)
    , m_bom(bom)
    , m_limits(limits)
    , m_errors(errors)
    , m_root(root)
{ }

void TreeBuilder::OnDocumentStart(const YAML::Mark &mark)
{
    note(mark);
    documentStart = locOf(mark);
}

void TreeBuilder::OnNull(const YAML::Mark &mark, YAML::anchor_t anchor)
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
    Node &n = addValue(mark);
    if (!checkTagAndAnchor(mark, "?", anchor))
        n.bad = true;
    n.tag = ScalarTag::Null;
    n.plain = true;
    // yaml-cpp marks an empty value ("key:") at the next token; point at the key instead.
    if (!m_stack.empty() && m_stack.back().node->isMap() && n.keyLoc.valid()
        && n.loc.line != n.keyLoc.line)
        n.loc = n.keyLoc;
}

void TreeBuilder::OnAlias(const YAML::Mark &mark, YAML::anchor_t)
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
    addValue(mark).bad = true;
}

void TreeBuilder::OnScalar(
    const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, const std::string &value)
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
        f.keyBad = !checkTagAndAnchor(mark, tag, anchor) || tooLong;
        return;
    }
    Node &n = addValue(mark);
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

void TreeBuilder::OnSequenceStart(const YAML::Mark &mark, const std::string &tag,
    YAML::anchor_t anchor, YAML::EmitterStyle::value)
{
    startContainer(mark, tag, anchor, NodeKind::Sequence);
}

// Scratch keys (maps or lists used as keys) end here and are dropped with their frame.
void TreeBuilder::OnSequenceEnd()
{
    m_stack.pop_back();
}

void TreeBuilder::OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
    YAML::EmitterStyle::value)
{
    startContainer(mark, tag, anchor, NodeKind::Map);
}

void TreeBuilder::OnMapEnd()
{
    checkDuplicateKeys(*m_stack.back().node, m_errors);
    m_stack.pop_back();
}

void TreeBuilder::note(const YAML::Mark &mark)
{
    if (mark.pos >= 0)
        lastEvent = static_cast<std::size_t>(mark.pos) + m_bom;
    if (++m_nodes > m_limits.maxNodes)
        throw Abort { locOf(mark), tooManyNodes(m_limits.maxNodes) };
}

bool TreeBuilder::keyPosition() const
{
    return !m_stack.empty() && m_stack.back().node->isMap() && m_stack.back().expectKey;
}

bool TreeBuilder::checkTagAndAnchor(
    const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor)
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

// yaml-cpp accepts a quoted scalar cut off by the end of the file; we do not.
void TreeBuilder::checkClosingQuote(const YAML::Mark &mark)
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

Node &TreeBuilder::addValue(const YAML::Mark &mark)
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

void TreeBuilder::startContainer(
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
    } else {
        Node &n = addValue(mark);
        if (!checkTagAndAnchor(mark, tag, anchor))
            n.bad = true;
        frame.node = &n;
    }
    frame.node->kind = kind;
    frame.node->loc = locOf(mark);
    m_stack.push_back(std::move(frame));
}

} // namespace cw::io

// SPDX-License-Identifier: MIT
#pragma once

#include "io/readers.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

/// The yaml-cpp event handler that builds the tree (used by readYaml).
namespace cw::io {

/// A fatal problem found by the handler; thrown through yaml-cpp to stop parsing at once.
struct Abort
{
    SourceLoc loc;
    std::string message;
};

/// 1-based position of a yaml-cpp mark (which is 0-based).
inline SourceLoc locOf(const YAML::Mark &mark)
{
    if (mark.is_null())
        return {};
    return { mark.line + 1, mark.column + 1 };
}

/// Builds the tree from parser events, enforcing the limits as it goes: depth, node count,
/// string length, no anchors, aliases or tags, string keys only, no duplicate keys.
class TreeBuilder : public YAML::EventHandler
{
public:
    TreeBuilder(std::string_view text, std::size_t bom, const LoadLimits &limits, ErrorSink &errors,
        Node &root);

    std::size_t lastEvent = 0; ///< byte offset of the latest event, for the look-ahead guard
    bool gotRoot = false;
    SourceLoc documentStart;

    void OnDocumentStart(const YAML::Mark &mark) override;
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override;
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override;
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
        const std::string &value) override;
    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
        YAML::EmitterStyle::value) override;
    void OnSequenceEnd() override;
    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
        YAML::EmitterStyle::value) override;
    void OnMapEnd() override;

private:
    struct Frame
    {
        Node *node = nullptr;
        bool expectKey = true; ///< maps: the next event is a key
        bool keyBad = false;
        std::string key;
        SourceLoc keyLoc;
        std::unique_ptr<Node> scratch; ///< a non-scalar key being parsed, then dropped
    };

    void note(const YAML::Mark &mark);
    bool keyPosition() const;
    bool checkTagAndAnchor(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor);
    void checkClosingQuote(const YAML::Mark &mark);
    Node &addValue(const YAML::Mark &mark);
    void startContainer(
        const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, NodeKind kind);

    std::string_view m_text;
    std::size_t m_bom;
    const LoadLimits &m_limits;
    ErrorSink &m_errors;
    Node &m_root;
    std::vector<Frame> m_stack;
    std::size_t m_nodes = 0;
};

} // namespace cw::io

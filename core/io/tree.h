// SPDX-License-Identifier: MIT
#pragma once

#include "io/diagnostic.h"
#include "model/sourceloc.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

/// The position-tracked document tree both readers build: YAML and JSON share one model reader.
namespace cw::io {

enum class NodeKind : std::uint8_t { Scalar, Sequence, Map };
enum class ScalarTag : std::uint8_t { String, Int, Float, Bool, Null };

/// One node of a parsed document. Map entries are children that carry their key.
struct Node
{
    NodeKind kind = NodeKind::Scalar;
    ScalarTag tag = ScalarTag::Null;
    bool plain = false; ///< YAML unquoted scalar (for "put it in quotes" hints)
    bool bad = false; ///< already reported (duplicate key, alias, ...): readers skip it
    bool inRange = true; ///< Int only: false when the literal does not fit in 64 bits
    bool boolValue = false; ///< Bool only
    SourceLoc loc; ///< where the value starts
    SourceLoc keyLoc; ///< map entries: where the key starts
    std::int64_t intValue = 0;
    double floatValue = 0; ///< Float only
    std::string key; ///< map entries: the key
    std::string text; ///< scalars: the decoded string, or the literal as written
    std::vector<Node> children;

    bool isMap() const { return kind == NodeKind::Map; }
    bool isSequence() const { return kind == NodeKind::Sequence; }
    bool isScalar() const { return kind == NodeKind::Scalar; }
    bool isNull() const { return kind == NodeKind::Scalar && tag == ScalarTag::Null; }
    bool isString() const { return kind == NodeKind::Scalar && tag == ScalarTag::String; }
};

/// "a map", "a list", "a string", "an integer", "a number", "a boolean", "null".
std::string_view describe(const Node &node);

/// Collects errors for one file, up to a cap, and hands them back sorted by position.
class ErrorSink
{
public:
    explicit ErrorSink(std::string file, std::size_t cap = 500);

    /// Records "message" at loc; past the cap, only counts it.
    void add(SourceLoc loc, std::string message);
    bool empty() const { return m_count == 0; }
    std::size_t count() const { return m_count; }
    const std::string &file() const { return m_file; }

    /// Forgets everything recorded so far: a fatal syntax error makes earlier findings about
    /// the half-read tree noise.
    void clear()
    {
        m_errors.clear();
        m_count = 0;
    }

    /// The errors, stably sorted by position, plus a note when some were dropped.
    Diagnostics take();

private:
    std::string m_file;
    std::size_t m_cap;
    std::size_t m_count = 0;
    Diagnostics m_errors;
};

/// Reports every key of a map that repeats an earlier one and marks the repeat bad.
/// O(n log n) so huge maps (diagram nodes) stay cheap.
void checkDuplicateKeys(Node &map, ErrorSink &errors);

/// "12:9", for messages that point at a second position.
std::string formatLoc(SourceLoc loc);

} // namespace cw::io

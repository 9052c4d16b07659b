// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

/// Escaping of model text for the report formats: every string from a model is data, never markup.
namespace cw::reports {

/// XML/HTML text and attribute escaping (& < > " '), control characters dropped except \n \t.
std::string xmlEscape(std::string_view text);

/// Markdown inline text for a paragraph, list item, heading or table cell: backslash-escapes only
/// what CommonMark (with GitHub's tables, strikethrough and math) could read as syntax, so model
/// text renders as itself and never as a link, HTML, emphasis, code or a new block. Always escaped:
/// ` [ ] | ~ $; a backslash before punctuation or at the end; `<` before a letter, / ! or ?; `*`
/// unless between spaces; `_` unless between two letters or digits; `&` when it would start an
/// entity; a `#` run that would close a heading; and at the start a block marker (# - + * = > or
/// "1." "1)"). Line breaks become spaces, other control characters and leading blanks are dropped.
/// Everything else (- ( ) _ + ! . : in names like "ap-southeast-2" or "(prod)") stays as typed.
std::string markdownEscape(std::string_view text);

} // namespace cw::reports

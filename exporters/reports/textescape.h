// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

/// Escaping of model text for the report formats: every string from a model is data, never markup.
namespace cw::reports {

/// XML/HTML text and attribute escaping (& < > " '), control characters dropped except \n \t.
std::string xmlEscape(std::string_view text);

/// Markdown inline text: backslash-escapes every punctuation character Markdown or GitHub could
/// interpret (incl. | [ ] ( ) < > * _ ` # !), newlines become spaces, so table cells stay cells
/// and no link or HTML can be formed from model text.
std::string markdownEscape(std::string_view text);

} // namespace cw::reports

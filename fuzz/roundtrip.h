// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/catalog.h"
#include "io/document.h"

#include <cstdio>
#include <cstdlib>
#include <string_view>

/// The oracle both fuzzers share: loading never fails silently, and whatever loads saves to a
/// canonical text that loads back to the same content and saves to the same bytes, in both
/// formats.
inline void checkLoader(std::string_view text, cw::io::Format format)
{
    using namespace cw::io;
    static const cw::Catalog &catalog = cw::Catalog::builtin();
    const LoadResult r = loadText(text, format, "fuzz", catalog);
    auto fail = [](const char *what, const std::string &detail) {
        std::fprintf(stderr, "%s\n%s\n", what, detail.c_str());
        std::abort();
    };
    if (!r.model) {
        if (r.errors.empty())
            fail("no model and no error", {});
        for (std::size_t i = 1; i < r.errors.size(); ++i) {
            const auto &a = r.errors[i - 1].loc, &b = r.errors[i].loc;
            if (b.valid() && (a.line > b.line || (a.line == b.line && a.column > b.column)))
                fail("errors not sorted", r.errors[i].format());
        }
        return;
    }
    if (!r.errors.empty())
        fail("a model with errors", r.errors[0].format());
    for (const Format f : { Format::Yaml, Format::Json }) {
        const std::string first = saveText(*r.model, f);
        const LoadResult back = loadText(first, f, "saved", catalog);
        if (!back.model)
            fail("saved text does not load", back.errors[0].format() + "\n" + first);
        if (!cw::sameContent(*r.model, *back.model))
            fail("content changed by save and load", first);
        const std::string second = saveText(*back.model, f);
        if (second != first)
            fail("saving is not a fixpoint", first + "\n---\n" + second);
    }
}

// SPDX-License-Identifier: MIT
#pragma once

#include "common/templatestore.h"
#include "document.h"
#include "io/document.h"

#include <QString>
#include <QStringList>

/// Shared helpers of the designer tests.
namespace cw::gui::test {

/// Every embedded template id.
inline QStringList templateIds()
{
    QStringList ids;
    for (const auto &t : app::TemplateStore::list())
        ids << t.id;
    return ids;
}

/// The canonical YAML of a document's model.
inline std::string yaml(const Document &doc)
{
    return io::saveText(doc.model(), io::Format::Yaml);
}

} // namespace cw::gui::test

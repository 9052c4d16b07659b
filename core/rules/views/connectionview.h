// SPDX-License-Identifier: MIT
#pragma once

#include "model/modelindex.h"

#include <vector>

namespace cw::rules {

/// One connection with its ends looked up (null when an id names nothing).
struct ConnectionRow
{
    const Connection *connection = nullptr;
    const ElementRef *from = nullptr;
    const ElementRef *to = nullptr;
};

/// Every connection with its ends resolved once per run, in document order: several rules walk
/// the connections, and each looking both ends up again cost two id lookups per connection.
class ConnectionView
{
public:
    ConnectionView(const Model &model, const ModelIndex &index)
    {
        m_rows.reserve(model.connections.size());
        for (const Connection &c : model.connections)
            m_rows.push_back({ &c, index.find(c.from), index.find(c.to) });
    }

    const std::vector<ConnectionRow> &rows() const { return m_rows; }

private:
    std::vector<ConnectionRow> m_rows;
};

} // namespace cw::rules

// SPDX-License-Identifier: MIT
#pragma once

#include "model/idtable.h"
#include "model/model.h"

#include <string_view>

namespace cw {

enum class ElementType { Account, Network, Subnet, Service, External };

/// Where an element with an id lives in the model; pointers are into the indexed Model.
struct ElementRef
{
    ElementType type = ElementType::Account;
    const Account *account = nullptr; ///< owning account (null for externals)
    const Network *network = nullptr; ///< owning network, if any
    const Subnet *subnet = nullptr;
    const Service *service = nullptr;
    const External *external = nullptr;
    SourceLoc loc;
};

/// id -> element lookup over one model, built in O(n). Invalidated by any change to the model.
/// The first occurrence wins when an id is duplicated (the loader reports duplicates).
class ModelIndex
{
public:
    explicit ModelIndex(const Model &model);

    const ElementRef *find(std::string_view id) const;
    const Model &model() const { return m_model; }

    /// Every indexed element, in document order.
    const std::vector<ElementRef> &elements() const { return m_elements; }

private:
    const Model &m_model;
    std::vector<ElementRef> m_elements;
    IdTable m_byId;
};

std::string_view toString(ElementType);

} // namespace cw

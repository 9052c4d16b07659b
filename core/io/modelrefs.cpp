// SPDX-License-Identifier: MIT
// Ids (one namespace for every element, connection and link) and the references between them,
// checked once the whole document has been read.
#include "io/modelreader.h"
#include "io/text.h"

#include <algorithm>

namespace cw::io {
namespace {

bool isElement(IdKind kind)
{
    return kind != IdKind::Connection && kind != IdKind::Link;
}

} // namespace

void ModelReader::defineId(const std::string &id, SourceLoc loc, IdKind kind,
    const std::string &network, ExternalKind externalKind)
{
    const auto [it, inserted] = m_ids.try_emplace(id, IdEntry { kind, loc, network, externalKind });
    if (!inserted)
        error(loc,
            "duplicate id " + quoteForMessage(id) + " (first defined at "
                + formatLoc(it->second.loc) + ")");
}

void ModelReader::reference(RefKind kind, const std::string &id, SourceLoc loc, std::string owner,
    std::string where, bool vpn)
{
    m_refs.push_back({ kind, id, loc, std::move(owner), std::move(where), vpn });
}

void ModelReader::resolveReferences()
{
    for (const PendingRef &ref : m_refs)
        resolve(ref);
    m_refs.clear();
}

std::string ModelReader::suggest(std::string_view word, const std::vector<std::string> &candidates)
{
    // Did-you-mean over every id costs O(ids) per dangling reference: keep it bounded.
    const std::size_t cost = candidates.size() * (word.size() + 8);
    if (cost > m_suggestBudget)
        return {};
    m_suggestBudget -= cost;
    return didYouMean(word, candidates);
}

const std::vector<std::string> &ModelReader::idsOf(
    std::initializer_list<IdKind> kinds, std::vector<std::string> &cache)
{
    if (cache.empty()) {
        for (const auto &[id, entry] : m_ids)
            for (IdKind k : kinds)
                if (entry.kind == k)
                    cache.push_back(id);
        std::sort(cache.begin(), cache.end()); // deterministic suggestions
    }
    return cache;
}

void ModelReader::resolve(const PendingRef &ref)
{
    const auto it = m_ids.find(ref.id);
    const IdEntry *entry = it == m_ids.end() ? nullptr : &it->second;
    const std::string quoted = quoteForMessage(ref.id);
    auto notA = [&](std::string_view wanted) {
        error(ref.loc,
            quoted + " is " + std::string(withArticle(entry->kind)) + ", not " + std::string(wanted)
                + " (in " + ref.where + ")");
    };
    switch (ref.kind) {
    case RefKind::ServiceSubnet: {
        if (!entry) {
            std::vector<std::string> siblings;
            for (const auto &[id, e] : m_ids)
                if (e.kind == IdKind::Subnet && e.network == ref.owner)
                    siblings.push_back(id);
            std::sort(siblings.begin(), siblings.end());
            error(ref.loc,
                "unknown subnet " + quoted + " in " + ref.where + suggest(ref.id, siblings));
        } else if (entry->kind != IdKind::Subnet)
            notA("a subnet");
        else if (entry->network != ref.owner)
            error(ref.loc,
                "subnet " + quoted + " is in network '" + entry->network
                    + "', not in the network of " + ref.where + " ('" + ref.owner + "')");
        return;
    }
    case RefKind::ConnectionEnd:
    case RefKind::DiagramNode: {
        const std::string what = ref.kind == RefKind::ConnectionEnd
            ? "'" + ref.owner + "' of " + ref.where
            : std::string("the diagram");
        if (!entry)
            error(ref.loc,
                "unknown element " + quoted + " in " + what
                    + suggest(ref.id,
                        idsOf({ IdKind::Account, IdKind::Network, IdKind::Subnet, IdKind::Service,
                                  IdKind::External },
                            m_elementIds)));
        else if (!isElement(entry->kind))
            error(ref.loc,
                quoted + " is " + std::string(withArticle(entry->kind)) + ", not an element (in "
                    + what + ")");
        return;
    }
    case RefKind::LinkNetwork: {
        if (!entry)
            error(ref.loc,
                "unknown network " + quoted + " in " + ref.where
                    + suggest(ref.id, idsOf({ IdKind::Network }, m_networkIds)));
        else if (entry->kind == IdKind::External) {
            if (entry->externalKind != ExternalKind::OnPremises)
                error(ref.loc,
                    quoted + " is an " + std::string(toString(entry->externalKind))
                        + " external, not a network; only on-premises externals may "
                          "join a vpn link");
            else if (!ref.vpn)
                error(ref.loc, quoted + " is an on-premises external; only vpn links may join it");
        } else if (entry->kind != IdKind::Network)
            notA("a network");
        return;
    }
    case RefKind::SuppressionTarget:
        if (!entry)
            error(ref.loc,
                "unknown target " + quoted + " in " + ref.where
                    + suggest(ref.id,
                        idsOf({ IdKind::Account, IdKind::Network, IdKind::Subnet, IdKind::Service,
                                  IdKind::External, IdKind::Connection },
                            m_targetIds)));
        else if (entry->kind == IdKind::Link)
            notA("an element or a connection");
        return;
    }
}

} // namespace cw::io

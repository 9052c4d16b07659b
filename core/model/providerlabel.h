// SPDX-License-Identifier: MIT
#pragma once

#include "model/model.h"

#include <string_view>

namespace cw {

/// "AWS", "Azure", "GCP": the provider's name as people write it (messages, diagrams).
inline std::string_view providerLabel(Provider provider)
{
    switch (provider) {
    case Provider::Aws:
        return "AWS";
    case Provider::Azure:
        return "Azure";
    case Provider::Gcp:
        return "GCP";
    }
    return "";
}

} // namespace cw

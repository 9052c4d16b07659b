// SPDX-License-Identifier: MIT
// libFuzzer target: the JSON loader, then the save/load round trip (see roundtrip.h).
#include "roundtrip.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    checkLoader(std::string_view(reinterpret_cast<const char *>(data), size), cw::io::Format::Json);
    return 0;
}

// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <vector>

/// Random cases for the differential test against Python's ipaddress (tests/net/cidr_oracle.py).
namespace cwtest {

/// One case: a tab-separated input line for the oracle and Cloudwright's own answer to it.
struct OracleCase
{
    char op = 0; ///< P C O B U N F K, as documented in cidr_oracle.py
    bool v6 = false;
    std::string input;
    std::string answer;
};

/// count cases of every operation for each family, reproducible from seed.
std::vector<OracleCase> makeOracleCases(std::uint64_t seed, int count);

} // namespace cwtest

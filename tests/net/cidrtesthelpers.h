// SPDX-License-Identifier: MIT
#pragma once

#include "net/cidr.h"

#include <QtTest>

/// Helpers shared by the CIDR unit tests: parse lists of blocks inside a test function.
namespace cwtest {

/// Parses a space-separated list of blocks; false (and the bad text in error) if one fails.
inline bool parseList(const QString &text, std::vector<cw::net::Cidr> &out, QString &error)
{
    out.clear();
    for (const QString &part : text.split(u' ', Qt::SkipEmptyParts)) {
        std::string reason;
        const auto c = cw::net::Cidr::parse(part.toStdString(), &reason);
        if (!c) {
            error = part + ": " + QString::fromStdString(reason);
            return false;
        }
        out.push_back(*c);
    }
    return true;
}

inline QString str(const cw::net::Cidr &c)
{
    return QString::fromStdString(c.toString());
}

} // namespace cwtest

/// Declares var as the blocks of text, failing the test if one does not parse.
#define PARSE_LIST(text, var)                                                                      \
    std::vector<cw::net::Cidr> var;                                                                \
    do {                                                                                           \
        QString err_;                                                                              \
        QVERIFY2(cwtest::parseList(text, var, err_), qPrintable(err_));                            \
    } while (false)

/// Declares var as the one block of text, failing the test otherwise.
#define PARSE_ONE(text, var)                                                                       \
    PARSE_LIST(text, var##List_);                                                                  \
    QCOMPARE(var##List_.size(), std::size_t(1));                                                   \
    const cw::net::Cidr var = var##List_.front()

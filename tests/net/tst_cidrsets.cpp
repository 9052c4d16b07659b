// SPDX-License-Identifier: MIT
#include "cidrtesthelpers.h"

using namespace cw;
using namespace cw::net;
using cwtest::str;

namespace {

QString pairsText(const std::vector<Overlap> &pairs)
{
    QStringList parts;
    for (const Overlap &o : pairs)
        parts << QStringLiteral("%1-%2").arg(o.first).arg(o.second);
    return parts.join(u' ');
}

} // namespace

/// Unit cases for sets of blocks: nextFree, findOverlaps (duplicates, nesting chains, mixed
/// families) and findContainers.
class tst_CidrSets : public QObject
{
    Q_OBJECT
private slots:
    void nextFree_data()
    {
        QTest::addColumn<QString>("range");
        QTest::addColumn<int>("prefix");
        QTest::addColumn<QString>("used");
        QTest::addColumn<QString>("expected"); // empty = none
        QTest::newRow("empty") << "10.0.0.0/16" << 24 << ""
                               << "10.0.0.0/24";
        QTest::newRow("after one") << "10.0.0.0/16" << 24 << "10.0.0.0/24"
                                   << "10.0.1.0/24";
        QTest::newRow("partial block used") << "10.0.0.0/16" << 24 << "10.0.0.128/25"
                                            << "10.0.1.0/24";
        QTest::newRow("unsorted") << "10.0.0.0/16" << 24 << "10.0.1.16/28 10.0.0.0/24"
                                  << "10.0.2.0/24";
        QTest::newRow("overlapping used")
            << "10.0.0.0/16" << 24 << "10.0.1.0/24 10.0.0.0/23 10.0.0.0/24"
            << "10.0.2.0/24";
        QTest::newRow("gap found") << "10.0.0.0/16" << 24 << "10.0.0.0/24 10.0.2.0/24"
                                   << "10.0.1.0/24";
        QTest::newRow("small in gap") << "10.0.0.0/16" << 28 << "10.0.0.0/24 10.0.1.16/28"
                                      << "10.0.1.0/28";
        QTest::newRow("full") << "10.0.0.0/16" << 24 << "10.0.0.0/16"
                              << "";
        QTest::newRow("covered from outside") << "10.0.0.0/16" << 24 << "10.0.0.0/8"
                                              << "";
        QTest::newRow("used outside") << "10.0.0.0/16" << 24 << "192.168.0.0/16 10.1.0.0/24"
                                      << "10.0.0.0/24";
        QTest::newRow("other family ignored") << "10.0.0.0/16" << 24 << "::/0"
                                              << "10.0.0.0/24";
        QTest::newRow("prefix larger than range") << "10.0.0.0/16" << 15 << ""
                                                  << "";
        QTest::newRow("prefix beyond 32") << "10.0.0.0/16" << 33 << ""
                                          << "";
        QTest::newRow("whole range") << "10.0.0.0/16" << 16 << ""
                                     << "10.0.0.0/16";
        QTest::newRow("range host bits") << "10.0.0.5/16" << 24 << ""
                                         << "10.0.0.0/24";
        QTest::newRow("last address") << "10.0.0.0/30" << 32 << "10.0.0.0/31 10.0.0.2/32"
                                      << "10.0.0.3/32";
        QTest::newRow("top of v4") << "255.255.255.0/24" << 25 << "255.255.255.0/25"
                                   << "255.255.255.128/25";
        QTest::newRow("top of v4 full")
            << "255.255.255.0/24" << 25 << "255.255.255.0/25 255.255.255.128/25"
            << "";
        QTest::newRow("v4 halves full") << "0.0.0.0/0" << 1 << "0.0.0.0/1 128.0.0.0/1"
                                        << "";
        QTest::newRow("v6") << "2001:db8::/48" << 64 << "2001:db8::/64"
                            << "2001:db8:0:1::/64";
        QTest::newRow("v6 top half") << "::/0" << 1 << "::/1"
                                     << "8000::/1";
        QTest::newRow("v6 full, no overflow") << "::/0" << 1 << "8000::/1 ::/1"
                                              << "";
        QTest::newRow("v6 near top") << "::/0" << 4 << "::/1 8000::/2 c000::/3 f000::/4"
                                     << "e000::/4";
    }
    void nextFree()
    {
        QFETCH(QString, range);
        QFETCH(int, prefix);
        QFETCH(QString, used);
        QFETCH(QString, expected);
        PARSE_ONE(range, r);
        PARSE_LIST(used, u);
        const auto got = cw::net::nextFree(r, prefix, u);
        QCOMPARE(got ? str(*got) : QString(), expected);
    }

    void freeBlocks_data()
    {
        QTest::addColumn<QString>("range");
        QTest::addColumn<QString>("used");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing used") << "10.0.0.0/16"
                                      << ""
                                      << "10.0.0.0/16";
        QTest::newRow("all used") << "10.0.0.0/16"
                                  << "10.0.0.0/16"
                                  << "";
        QTest::newRow("first /24") << "10.0.0.0/16"
                                   << "10.0.0.0/24"
                                   << "10.0.1.0/24 10.0.2.0/23 10.0.4.0/22 10.0.8.0/21 "
                                      "10.0.16.0/20 10.0.32.0/19 10.0.64.0/18 10.0.128.0/17";
        QTest::newRow("three /24 of a /22") << "10.6.0.0/22"
                                            << "10.6.2.0/24 10.6.1.0/24 10.6.3.0/24"
                                            << "10.6.0.0/24";
        QTest::newRow("gap in the middle") << "10.0.0.0/24"
                                           << "10.0.0.0/26 10.0.0.192/26"
                                           << "10.0.0.64/26 10.0.0.128/26";
        QTest::newRow("unaligned gap") << "10.0.0.0/24"
                                       << "10.0.0.0/28 10.0.0.240/28"
                                       << "10.0.0.16/28 10.0.0.32/27 10.0.0.64/26 "
                                          "10.0.0.128/26 10.0.0.192/27 10.0.0.224/28";
        QTest::newRow("nested and duplicate used") << "10.0.0.0/24"
                                                   << "10.0.0.0/25 10.0.0.16/28 10.0.0.0/25"
                                                   << "10.0.0.128/25";
        QTest::newRow("used larger than range") << "10.0.1.0/24"
                                                << "10.0.0.0/16"
                                                << "";
        QTest::newRow("used partly outside") << "10.0.0.0/24"
                                             << "9.0.0.0/8 10.0.0.128/25 11.0.0.0/8"
                                             << "10.0.0.0/25";
        QTest::newRow("other family ignored") << "10.0.0.0/30"
                                              << "2001:db8::/64"
                                              << "10.0.0.0/30";
        QTest::newRow("ends at the top") << "255.255.255.0/24"
                                         << "255.255.255.128/25"
                                         << "255.255.255.0/25";
        QTest::newRow("v6") << "2001:db8::/62"
                            << "2001:db8:0:1::/64"
                            << "2001:db8::/64 2001:db8:0:2::/63";
        QTest::newRow("v6 whole space") << "::/0"
                                        << "8000::/1"
                                        << "::/1";
    }
    void freeBlocks()
    {
        QFETCH(QString, range);
        QFETCH(QString, used);
        QFETCH(QString, expected);
        PARSE_ONE(range, r);
        PARSE_LIST(used, u);
        QStringList got;
        for (const auto &c : cw::net::freeBlocks(r, u))
            got << str(c);
        QCOMPARE(got.join(u' '), expected);
    }

    void findOverlaps_data()
    {
        QTest::addColumn<QString>("blocks");
        QTest::addColumn<QString>("pairs");
        QTest::newRow("none") << ""
                              << "";
        QTest::newRow("one") << "10.0.0.0/8"
                             << "";
        QTest::newRow("disjoint") << "10.0.1.0/24 10.0.0.0/24 10.0.2.0/24"
                                  << "";
        QTest::newRow("duplicate") << "10.0.0.0/24 10.0.0.0/24"
                                   << "0-1";
        QTest::newRow("triplicate") << "10.0.0.0/24 10.0.0.0/24 10.0.0.0/24"
                                    << "0-1 1-2";
        QTest::newRow("duplicate, host bits") << "10.0.0.5/24 10.0.0.0/24"
                                              << "0-1";
        QTest::newRow("nesting chain") << "10.0.0.0/28 10.0.0.0/16 10.0.0.0/24 10.0.0.0/8"
                                       << "0-2 1-2 1-3";
        QTest::newRow("siblings in parent") << "10.0.1.0/24 10.0.0.0/16 10.0.2.0/24"
                                            << "0-1 1-2";
        QTest::newRow("closed then nested") << "10.0.0.0/24 10.0.1.0/24 10.0.1.128/25"
                                            << "1-2";
        QTest::newRow("end of parent") << "10.0.0.0/23 10.0.1.255/32 10.0.2.0/32"
                                       << "0-1";
        QTest::newRow("dup inside nesting") << "10.0.0.0/16 10.0.1.0/24 10.0.1.0/24 10.0.1.16/28"
                                            << "0-1 1-2 2-3";
        QTest::newRow("mixed families")
            << "10.0.0.0/8 ::/0 10.1.0.0/16 2001:db8::/32 192.168.0.0/16"
            << "0-2 1-3";
        QTest::newRow("v6 chain") << "2001:db8::/64 2001:db8::/32 2001:db8::1/128"
                                  << "0-1 0-2";
    }
    void findOverlaps()
    {
        QFETCH(QString, blocks);
        QFETCH(QString, pairs);
        PARSE_LIST(blocks, b);
        QCOMPARE(pairsText(cw::net::findOverlaps(b)), pairs);
    }

    void findContainers_data()
    {
        QTest::addColumn<QString>("inner");
        QTest::addColumn<QString>("outer");
        QTest::addColumn<QString>("expected");
        QTest::newRow("simple") << "10.0.1.0/24 10.1.0.0/24 192.168.0.0/24"
                                << "10.1.0.0/16 10.0.0.0/16"
                                << "1 0 -1";
        QTest::newRow("innermost wins") << "10.0.1.0/24"
                                        << "10.0.0.0/8 10.0.0.0/16 10.0.0.0/12"
                                        << "1";
        QTest::newRow("equal blocks") << "10.0.0.0/16"
                                      << "10.0.0.0/16"
                                      << "0";
        QTest::newRow("lowest index of duplicates") << "10.0.1.0/24"
                                                    << "10.0.0.0/8 10.0.0.0/16 10.0.0.0/16"
                                                    << "1";
        QTest::newRow("inner larger than outer") << "10.0.0.0/8"
                                                 << "10.0.0.0/16"
                                                 << "-1";
        QTest::newRow("after a sibling") << "10.0.9.0/24"
                                         << "10.0.0.0/16 10.0.1.0/24 10.0.1.0/28 10.0.8.0/22"
                                         << "3";
        QTest::newRow("back to grandparent") << "10.0.200.0/24"
                                             << "10.0.0.0/16 10.0.0.0/17 10.0.0.0/18 10.0.0.0/24"
                                             << "0";
        QTest::newRow("mixed families") << "2001:db8::/64 10.0.0.0/24"
                                        << "10.0.0.0/8 2001:db8::/32"
                                        << "1 0";
        QTest::newRow("family mismatch") << "2001:db8::/64"
                                         << "0.0.0.0/0"
                                         << "-1";
        QTest::newRow("no outer") << "10.0.0.0/24"
                                  << ""
                                  << "-1";
    }
    void findContainers()
    {
        QFETCH(QString, inner);
        QFETCH(QString, outer);
        QFETCH(QString, expected);
        PARSE_LIST(inner, in);
        PARSE_LIST(outer, out);
        QStringList got;
        for (long i : cw::net::findContainers(in, out))
            got << QString::number(i);
        QCOMPARE(got.join(u' '), expected);
    }
};

QTEST_GUILESS_MAIN(tst_CidrSets)
#include "tst_cidrsets.moc"

// SPDX-License-Identifier: MIT
#include "cidrtesthelpers.h"

using namespace cw;
using namespace cw::net;
using cwtest::str;

/// Unit cases for single blocks: parsing and its error texts, printing, bounds, containment,
/// usable addresses.
class tst_Cidr : public QObject
{
    Q_OBJECT
private slots:
    void parseGood_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("printed");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<bool>("isCanonical");
        QTest::addColumn<int>("maxPrefix");
        QTest::newRow("v4") << "10.0.0.0/16"
                            << "10.0.0.0/16"
                            << "10.0.0.0/16" << true << 32;
        QTest::newRow("v4 host bits") << "10.0.0.1/16"
                                      << "10.0.0.1/16"
                                      << "10.0.0.0/16" << false << 32;
        QTest::newRow("v4 all") << "0.0.0.0/0"
                                << "0.0.0.0/0"
                                << "0.0.0.0/0" << true << 32;
        QTest::newRow("v4 /0 host bits") << "192.168.1.1/0"
                                         << "192.168.1.1/0"
                                         << "0.0.0.0/0" << false << 32;
        QTest::newRow("v4 host") << "255.255.255.255/32"
                                 << "255.255.255.255/32"
                                 << "255.255.255.255/32" << true << 32;
        QTest::newRow("v4 zero octets") << "10.0.0.0/8"
                                        << "10.0.0.0/8"
                                        << "10.0.0.0/8" << true << 32;
        QTest::newRow("v6 upper") << "2001:DB8::/32"
                                  << "2001:db8::/32"
                                  << "2001:db8::/32" << true << 128;
        QTest::newRow("v6 full form") << "2001:0db8:0000:0000:0000:0000:0000:0001/64"
                                      << "2001:db8::1/64"
                                      << "2001:db8::/64" << false << 128;
        QTest::newRow("v6 all") << "::/0"
                                << "::/0"
                                << "::/0" << true << 128;
        QTest::newRow("v6 single zero group not compressed")
            << "1:2:3:4:5:6:7::/128"
            << "1:2:3:4:5:6:7:0/128"
            << "1:2:3:4:5:6:7:0/128" << true << 128;
        QTest::newRow("v6 longest run wins") << "1:0:0:2:0:0:0:3/128"
                                             << "1:0:0:2::3/128"
                                             << "1:0:0:2::3/128" << true << 128;
        QTest::newRow("v6 first of equal runs") << "1:0:0:2:0:0:3:4/128"
                                                << "1::2:0:0:3:4/128"
                                                << "1::2:0:0:3:4/128" << true << 128;
        QTest::newRow("v6 dotted tail printed in hex") << "::1.2.3.4/128"
                                                       << "::102:304/128"
                                                       << "::102:304/128" << true << 128;
        QTest::newRow("v6 mapped range below /96 is not mapped") << "::ffff:0:0/95"
                                                                 << "::ffff:0:0/95"
                                                                 << "::fffe:0:0/95" << false << 128;
        QTest::newRow("v6 trailing run") << "fe80:0:0:0:1::/64"
                                         << "fe80::1:0:0:0/64"
                                         << "fe80::/64" << false << 128;
    }
    void parseGood()
    {
        QFETCH(QString, text);
        QFETCH(QString, printed);
        QFETCH(QString, canonical);
        QFETCH(bool, isCanonical);
        QFETCH(int, maxPrefix);
        std::string error;
        const auto c = Cidr::parse(text.toStdString(), &error);
        QVERIFY2(c.has_value(), error.c_str());
        QCOMPARE(str(*c), printed);
        QCOMPARE(str(c->canonical()), canonical);
        QCOMPARE(c->isCanonical(), isCanonical);
        QCOMPARE(c->maxPrefix(), maxPrefix);
        QVERIFY(c->canonical().isCanonical());
        // Printing and parsing again gives the same block.
        const auto again = Cidr::parse(c->toString());
        QVERIFY(again && *again == *c);
    }

    void parseBad_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << ""
                               << "empty CIDR";
        QTest::newRow("no prefix v4")
            << "10.0.0.0"
            << "missing prefix length: write the block as address/bits, e.g. 10.0.0.0/32";
        QTest::newRow("no prefix v6")
            << "2001:db8::"
            << "missing prefix length: write the block as address/bits, e.g. 2001:db8::/128";
        QTest::newRow("prefix 33") << "10.0.0.0/33"
                                   << "prefix length 33 exceeds 32 for IPv4";
        QTest::newRow("prefix 129") << "::/129"
                                    << "prefix length 129 exceeds 128 for IPv6";
        QTest::newRow("prefix huge") << "10.0.0.0/99999999999"
                                     << "prefix length 99999999999 exceeds 32 for IPv4";
        QTest::newRow("prefix leading zero") << "10.0.0.0/08"
                                             << "prefix length '08' has a leading zero";
        QTest::newRow("prefix negative") << "10.0.0.0/-1"
                                         << "prefix length '-1' is not a number";
        QTest::newRow("prefix plus") << "10.0.0.0/+8"
                                     << "prefix length '+8' is not a number";
        QTest::newRow("prefix missing") << "10.0.0.0/"
                                        << "missing prefix length after '/'";
        QTest::newRow("address missing") << "/8"
                                         << "missing address before '/'";
        QTest::newRow("two slashes") << "10.0.0.0/8/9"
                                     << "more than one '/'";
        QTest::newRow("octet leading zero")
            << "010.0.0.0/8"
            << "IPv4 address '010.0.0.0': octet '010' has a leading zero";
        QTest::newRow("octet 00") << "10.00.0.0/16"
                                  << "IPv4 address '10.00.0.0': octet '00' has a leading zero";
        QTest::newRow("octet 256") << "10.0.0.256/24"
                                   << "IPv4 address '10.0.0.256': octet '256' exceeds 255";
        QTest::newRow("octet long") << "10.0.0.1000/24"
                                    << "IPv4 address '10.0.0.1000': octet '1000' exceeds 255";
        QTest::newRow("three parts") << "10.0.0/24"
                                     << "IPv4 address '10.0.0' has 3 parts, expected 4";
        QTest::newRow("five parts") << "10.0.0.0.0/24"
                                    << "IPv4 address '10.0.0.0.0' has 5 parts, expected 4";
        QTest::newRow("empty part") << "10..0.0/24"
                                    << "IPv4 address '10..0.0' has an empty part";
        QTest::newRow("trailing dot") << "10.0.0./24"
                                      << "IPv4 address '10.0.0.' has an empty part";
        QTest::newRow("letters") << "abc/8"
                                 << "invalid address 'abc': expected IPv4 (a.b.c.d) or IPv6";
        QTest::newRow("leading space") << " 10.0.0.0/8"
                                       << "contains whitespace";
        QTest::newRow("trailing space") << "10.0.0.0/8 "
                                        << "contains whitespace";
        QTest::newRow("inner space") << "10.0.0.0 /8"
                                     << "contains whitespace";
        QTest::newRow("tab") << "10.0.0.0/\t8"
                             << "contains whitespace";
        QTest::newRow("newline") << "10.0.0.0/8\n"
                                 << "contains whitespace";
        QTest::newRow("non-ascii digit")
            << QString::fromUtf8("10.0.0.0/\uff18") << "contains a control or non-ASCII character";
        QTest::newRow("control") << QString("10.0.0.0/8\x01")
                                 << "contains a control or non-ASCII character";
        QTest::newRow("v4 mapped")
            << "::ffff:10.0.0.0/104"
            << "IPv4-mapped IPv6 address; write the IPv4 block 10.0.0.0/8 instead";
        QTest::newRow("v4 mapped hex")
            << "::ffff:a00:1/128"
            << "IPv4-mapped IPv6 address; write the IPv4 block 10.0.0.1/32 instead";
        QTest::newRow("v4 mapped /96")
            << "::ffff:0:0/96"
            << "IPv4-mapped IPv6 address; write the IPv4 block 0.0.0.0/0 instead";
        QTest::newRow("zone index") << "fe80::1%eth0/64"
                                    << "IPv6 zone index ('%...') is not allowed in a CIDR";
        QTest::newRow("triple colon") << "2001:db8:::/48"
                                      << "invalid IPv6 address '2001:db8:::'";
        QTest::newRow("nine groups") << "1:2:3:4:5:6:7:8:9/128"
                                     << "invalid IPv6 address '1:2:3:4:5:6:7:8:9'";
        QTest::newRow("bad hex") << "2001:db8::g/64"
                                 << "invalid IPv6 address '2001:db8::g'";
        QTest::newRow("five hex digits") << "12345::/16"
                                         << "invalid IPv6 address '12345::'";
        QTest::newRow("long garbage, no slash")
            << QString(300, u'x') << "missing prefix length: write the block as address/bits";
        QTest::newRow("long garbage address")
            << QString(300, u'1') + "/8"
            << "IPv4 address '" + QString(48, u'1') + "...' has 1 part, expected 4";
        QTest::newRow("two double colons") << "1::2::3/64"
                                           << "invalid IPv6 address '1::2::3'";
    }
    void parseBad()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        std::string error = "unset";
        const auto c = Cidr::parse(text.toStdString(), &error);
        QVERIFY2(!c.has_value(), qPrintable("accepted: " + text));
        QCOMPARE(QString::fromStdString(error), reason);
        QVERIFY(!Cidr::parse(text.toStdString())); // no error pointer: still refused, no crash
    }

    void bounds_data()
    {
        QTest::addColumn<QString>("block");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<double>("size");
        QTest::newRow("v4") << "10.1.2.3/16"
                            << "10.1.0.0/32"
                            << "10.1.255.255/32" << 65536.0;
        QTest::newRow("v4 host") << "10.1.2.3/32"
                                 << "10.1.2.3/32"
                                 << "10.1.2.3/32" << 1.0;
        QTest::newRow("v4 all") << "0.0.0.0/0"
                                << "0.0.0.0/32"
                                << "255.255.255.255/32" << 4294967296.0;
        QTest::newRow("v6") << "2001:db8::5/126"
                            << "2001:db8::4/128"
                            << "2001:db8::7/128" << 4.0;
        QTest::newRow("v6 all") << "::/0"
                                << "::/128"
                                << "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128"
                                << std::ldexp(1.0, 128);
    }
    void bounds()
    {
        QFETCH(QString, block);
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(double, size);
        PARSE_ONE(block, c);
        QCOMPARE(str(c.first()), first);
        QCOMPARE(str(c.last()), last);
        QCOMPARE(c.size(), size);
    }

    void containment_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("aContainsB");
        QTest::addColumn<bool>("bContainsA");
        QTest::newRow("nested") << "10.0.0.0/16"
                                << "10.0.1.0/24" << true << false;
        QTest::newRow("equal") << "10.0.0.0/16"
                               << "10.0.0.0/16" << true << true;
        QTest::newRow("equal, host bits") << "10.0.0.9/16"
                                          << "10.0.200.1/16" << true << true;
        QTest::newRow("disjoint") << "10.0.0.0/24"
                                  << "10.0.1.0/24" << false << false;
        QTest::newRow("adjacent halves") << "10.0.0.0/25"
                                         << "10.0.0.128/25" << false << false;
        QTest::newRow("edge of parent") << "10.0.0.0/16"
                                        << "10.0.255.255/32" << true << false;
        QTest::newRow("just outside") << "10.0.0.0/16"
                                      << "10.1.0.0/32" << false << false;
        QTest::newRow("everything") << "0.0.0.0/0"
                                    << "203.0.113.0/24" << true << false;
        QTest::newRow("v6 nested") << "2001:db8::/32"
                                   << "2001:db8:ff::/48" << true << false;
        QTest::newRow("v6 disjoint") << "2001:db8::/32"
                                     << "2001:db9::/32" << false << false;
        QTest::newRow("mixed families") << "0.0.0.0/0"
                                        << "::/0" << false << false;
        QTest::newRow("v4 in v6 zero range") << "::/0"
                                             << "10.0.0.0/8" << false << false;
    }
    void containment()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, aContainsB);
        QFETCH(bool, bContainsA);
        PARSE_ONE(a, x);
        PARSE_ONE(b, y);
        QCOMPARE(x.contains(y), aContainsB);
        QCOMPARE(y.contains(x), bContainsA);
        // Overlap is symmetric and, for CIDR blocks, the same as containment either way.
        QCOMPARE(x.overlaps(y), aContainsB || bContainsA);
        QCOMPARE(y.overlaps(x), aContainsB || bContainsA);
    }

    void usable_data()
    {
        QTest::addColumn<QString>("block");
        QTest::addColumn<double>("aws");
        QTest::addColumn<double>("azure");
        QTest::addColumn<double>("gcp");
        QTest::newRow("/24") << "10.0.0.0/24" << 251.0 << 251.0 << 252.0;
        QTest::newRow("/28") << "10.0.0.0/28" << 11.0 << 11.0 << 12.0;
        QTest::newRow("/29") << "10.0.0.0/29" << 3.0 << 3.0 << 4.0;
        QTest::newRow("/30") << "10.0.0.0/30" << 0.0 << 0.0 << 0.0;
        QTest::newRow("/32 never negative") << "10.0.0.0/32" << 0.0 << 0.0 << 0.0;
        QTest::newRow("/16") << "10.0.0.0/16" << 65531.0 << 65531.0 << 65532.0;
        QTest::newRow("v6 /126") << "2001:db8::/126" << 0.0 << 0.0 << 0.0;
        QTest::newRow("v6 /64") << "2001:db8::/64" << std::ldexp(1.0, 64) - 5
                                << std::ldexp(1.0, 64) - 5 << std::ldexp(1.0, 64) - 4;
    }
    void usable()
    {
        QFETCH(QString, block);
        QFETCH(double, aws);
        QFETCH(double, azure);
        QFETCH(double, gcp);
        PARSE_ONE(block, c);
        QCOMPARE(reservedAddresses(Provider::Aws), 5);
        QCOMPARE(reservedAddresses(Provider::Azure), 5);
        QCOMPARE(reservedAddresses(Provider::Gcp), 4);
        QCOMPARE(usableAddresses(c, Provider::Aws), aws);
        QCOMPARE(usableAddresses(c, Provider::Azure), azure);
        QCOMPARE(usableAddresses(c, Provider::Gcp), gcp);
    }

    void fromBytes()
    {
        std::array<std::uint8_t, 16> b {};
        b[0] = 10;
        b[1] = 1;
        b[5] = 99; // beyond IPv4: ignored so equal blocks compare equal
        const Cidr c = Cidr::fromBytes(Family::V4, b, 40);
        QCOMPARE(str(c), QStringLiteral("10.1.0.0/32"));
        QVERIFY(c == *Cidr::parse("10.1.0.0/32"));
        QCOMPARE(Cidr::fromBytes(Family::V6, b, -3).prefix(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_Cidr)
#include "tst_cidr.moc"

// SPDX-License-Identifier: MIT
#include "oraclecases.h"

#include "net/cidr.h"
#include "net/u128.h"

#include <array>
#include <cstdio>
#include <random>

namespace cwtest {
namespace {

using cw::Provider;
using cw::net::Cidr;
using cw::net::Family;
using cw::net::detail::U128;
namespace d = cw::net::detail;

std::string num(double v)
{
    std::array<char, 40> buf {};
    std::snprintf(buf.data(), buf.size(), "%.17g", v);
    return buf.data();
}

std::string join(const std::vector<Cidr> &blocks)
{
    std::string s;
    for (const Cidr &c : blocks)
        s += (s.empty() ? "" : " ") + c.toString();
    return s;
}

/// Random blocks biased towards the interesting: zero runs, edges of the space, nesting.
class Gen
{
public:
    explicit Gen(std::uint64_t seed)
        : m_rng(seed)
    { }

    /// Uniform in [0, n); the tiny modulo bias does not matter here, portability does.
    std::uint64_t below(std::uint64_t n) { return n ? m_rng() % n : 0; }
    bool chance(int percent) { return below(100) < std::uint64_t(percent); }
    U128 bits128() { return (U128(m_rng()) << 64) | m_rng(); }

    U128 address(Family f)
    {
        if (f == Family::V4) {
            const std::uint32_t r = static_cast<std::uint32_t>(m_rng());
            switch (below(5)) {
            case 0:
                return (U128(10) << 24) | (r & 0xffffff);
            case 1:
                return r & 0xffff; // low end of the space
            case 2:
                return 0xffff0000u | (r & 0xffff); // high end
            default:
                return r;
            }
        }
        U128 a = 0;
        for (int g = 0; g < 8; ++g) {
            const auto k = below(10);
            const std::uint64_t group = k < 4 ? 0
                : k < 5                       ? 0xffff
                : k < 6                       ? below(16)
                                              : below(65536);
            a = (a << 16) | group;
        }
        return a;
    }

    int prefix(Family f)
    {
        const int max = d::familyBits(f);
        if (chance(10))
            return static_cast<int>(below(static_cast<std::uint64_t>(max) + 1));
        const int lo = f == Family::V4 ? 8 : 32;
        return lo + static_cast<int>(below(static_cast<std::uint64_t>(max - lo + 1)));
    }

    /// A block, canonical half of the time, never in the IPv4-mapped range (refused by parse).
    Cidr block(Family f, int prefix)
    {
        U128 a = address(f);
        if (chance(50))
            a &= ~d::hostMask(f, prefix);
        return fix(f, a, prefix);
    }
    Cidr block(Family f) { return block(f, prefix(f)); }

    /// A block of the given prefix inside outer; with slots, only in one of its first slots.
    Cidr inside(const Cidr &outer, int prefix, std::uint64_t slots = 0)
    {
        const Family f = outer.family();
        const int span = prefix - outer.prefix();
        const int shift = d::familyBits(f) - prefix;
        U128 slot = bits128();
        if (span < 128)
            slot &= (U128(1) << span) - 1;
        if (slots != 0 && (span >= 64 || (U128(1) << span) > slots))
            slot = below(slots);
        U128 a = d::startOf(outer) + (shift >= 128 ? 0 : slot << shift);
        if (chance(30))
            a |= bits128() & d::hostMask(f, prefix);
        return fix(f, a, prefix);
    }

    /// c's address with a shorter prefix: a block containing c.
    Cidr around(const Cidr &c, int prefix)
    {
        U128 a = d::addressOf(c);
        if (chance(50))
            a &= ~d::hostMask(c.family(), prefix);
        return fix(c.family(), a, prefix);
    }

    Family otherFamily(Family f) { return f == Family::V4 ? Family::V6 : Family::V4; }

    /// A small related set: mostly blocks inside one base block, so duplicates and nesting
    /// chains are common.
    std::vector<Cidr> cluster(Family f, std::size_t n, const Cidr &base)
    {
        const int max = d::familyBits(f);
        std::vector<Cidr> out;
        for (std::size_t i = 0; i < n; ++i) {
            const auto k = below(100);
            if (k < 65) {
                const int p = std::min(max, base.prefix() + static_cast<int>(below(7)));
                out.push_back(inside(base, p, 64));
            } else if (k < 80 && !out.empty()) {
                const Cidr &dup = out[below(out.size())];
                out.push_back(chance(50) ? dup : inside(dup, dup.prefix()));
            } else if (k < 90) {
                out.push_back(block(f));
            } else if (k < 95) {
                out.push_back(around(
                    base, static_cast<int>(below(static_cast<std::uint64_t>(base.prefix()) + 1))));
            } else {
                out.push_back(block(otherFamily(f)));
            }
        }
        return out;
    }

    Cidr clusterBase(Family f)
    {
        const int p
            = f == Family::V4 ? 4 + static_cast<int>(below(23)) : 16 + static_cast<int>(below(105));
        return block(f, p).canonical();
    }

    /// Text for parsing: canonical or another valid spelling, then maybe a mutation.
    std::string parseText(Family f)
    {
        const Cidr c = block(f);
        std::string text = f == Family::V4 ? c.toString() : spellV6(c);
        if (chance(35))
            text = mutate(text, c);
        return text;
    }

private:
    Cidr fix(Family f, U128 a, int prefix)
    {
        if (f == Family::V6 && (a >> 32) == 0xffff && prefix >= 96)
            a ^= U128(1) << 32; // ::fffe:x:y instead of ::ffff:x:y
        return d::makeCidr(f, a, prefix);
    }

    std::string spellV6(const Cidr &c)
    {
        std::array<unsigned, 8> g {};
        for (int i = 0; i < 8; ++i)
            g[i] = unsigned(c.bytes()[2 * i]) << 8 | c.bytes()[2 * i + 1];
        const auto style = below(5);
        if (style == 0)
            return c.toString();
        const bool dotted = style == 4;
        const int groups = dotted ? 6 : 8;
        // Compress a random run of zero groups (any length, not only the longest).
        int runStart = -1, runLen = 0;
        if (style >= 2) {
            std::vector<std::pair<int, int>> runs;
            for (int i = 0; i < groups; ++i)
                for (int j = i; j < groups && g[j] == 0; ++j)
                    runs.emplace_back(i, j - i + 1);
            if (!runs.empty())
                std::tie(runStart, runLen) = runs[below(runs.size())];
        }
        const bool upper = chance(30);
        const bool padded = style == 1;
        std::string s;
        for (int i = 0; i < groups; ++i) {
            if (i == runStart) {
                s += "::";
                i += runLen - 1;
                continue;
            }
            if (!s.empty() && s.back() != ':')
                s += ':';
            std::array<char, 8> buf {};
            std::snprintf(buf.data(), buf.size(),
                padded ? (upper ? "%04X" : "%04x") : (upper ? "%X" : "%x"), g[i]);
            s += buf.data();
        }
        if (dotted) {
            if (!s.empty() && s.back() != ':')
                s += ':';
            s += std::to_string(g[6] >> 8) + '.' + std::to_string(g[6] & 0xff) + '.'
                + std::to_string(g[7] >> 8) + '.' + std::to_string(g[7] & 0xff);
        }
        return s + '/' + std::to_string(c.prefix());
    }

    std::string mutate(std::string text, const Cidr &c)
    {
        static const std::string kChars = " .:/%0aAgf-+9";
        const std::size_t slash = text.find('/');
        const std::size_t pos = below(text.size() + 1);
        switch (below(12)) {
        case 0:
            return text.substr(0, slash); // no prefix
        case 1:
            return text.substr(0, slash + 1) + std::to_string(c.prefix() + below(4)); // maybe > max
        case 2:
            return text.substr(0, slash + 1) + "0" + text.substr(slash + 1); // "/024"
        case 3:
            return text.insert(pos, 1, kChars[below(kChars.size())]);
        case 4:
            return text.empty() ? text : text.erase(pos % text.size(), 1);
        case 5:
            return text.insert(below(slash + 1), "0"); // leading zero somewhere in the address
        case 6:
            return text.substr(0, slash) + "%eth0" + text.substr(slash);
        case 7:
            return c.family() == Family::V4 ? text.substr(0, slash) + "/255.255.0.0" : text + "/1";
        case 8:
            return c.family() == Family::V4
                ? "::ffff:" + text.substr(0, slash) + "/" + std::to_string(96 + c.prefix())
                : text.insert(below(slash + 1), ":");
        case 9:
            return below(3) == 0 ? std::string() : text.substr(0, pos);
        case 10:
            return text.insert(pos, text.substr(below(text.size()), 3));
        default:
            return text.replace(pos % text.size(), 1, 1, kChars[below(kChars.size())]);
        }
    }

    std::mt19937_64 m_rng;
};

std::string parseAnswer(const std::string &text)
{
    const auto c = Cidr::parse(text);
    if (!c)
        return "err";
    return "ok " + c->toString() + " " + c->canonical().toString() + " "
        + (c->isCanonical() ? "1" : "0") + (c->family() == Family::V4 ? " 4" : " 6");
}

/// Blocks given to the other operations go through text, so both sides parse the same input.
Cidr reparse(const Cidr &c)
{
    return Cidr::parse(c.toString()).value_or(Cidr {});
}

} // namespace

std::vector<OracleCase> makeOracleCases(std::uint64_t seed, int count)
{
    Gen gen(seed);
    std::vector<OracleCase> cases;
    for (const Family f : { Family::V4, Family::V6 }) {
        const int max = d::familyBits(f);
        const bool v6 = f == Family::V6;
        auto add = [&](char op, std::string input, std::string answer) {
            cases.push_back({ op, v6, std::string(1, op) + '\t' + input, std::move(answer) });
        };
        for (int i = 0; i < count; ++i) {
            const std::string text = gen.parseText(f);
            add('P', text, parseAnswer(text));
        }
        for (char op : { 'C', 'O' }) {
            for (int i = 0; i < count; ++i) {
                const Cidr a = gen.block(f);
                Cidr b;
                const auto k = gen.below(100);
                if (k < 40)
                    b = gen.inside(a, std::min(max, a.prefix() + int(gen.below(17))));
                else if (k < 60)
                    b = gen.around(a, std::max(0, a.prefix() - int(gen.below(17))));
                else if (k < 70)
                    b = gen.inside(a, a.prefix());
                else if (k < 95)
                    b = gen.block(f);
                else
                    b = gen.block(gen.otherFamily(f));
                const Cidr x = reparse(a), y = reparse(b);
                const bool r1 = op == 'C' ? x.contains(y) : x.overlaps(y);
                const bool r2 = op == 'C' ? y.contains(x) : y.overlaps(x);
                add(op, a.toString() + '\t' + b.toString(),
                    std::string(r1 ? "1" : "0") + (r2 ? " 1" : " 0"));
            }
        }
        for (int i = 0; i < count; ++i) {
            const Cidr a = reparse(gen.block(f));
            add('B', a.toString(),
                a.first().toString() + " " + a.last().toString() + " " + num(a.size()));
        }
        for (int i = 0; i < count; ++i) {
            const int p = gen.chance(50) ? max - int(gen.below(9)) : gen.prefix(f);
            const Cidr a = reparse(gen.block(f, p));
            add('U', a.toString(),
                num(usableAddresses(a, Provider::Aws)) + " "
                    + num(usableAddresses(a, Provider::Azure)) + " "
                    + num(usableAddresses(a, Provider::Gcp)));
        }
        for (int i = 0; i < count; ++i) {
            const Cidr range = gen.block(f, int(gen.below(std::uint64_t(max))));
            const int span = int(gen.below(9));
            int prefix = std::min(max, range.prefix() + span);
            if (gen.chance(2))
                prefix = gen.chance(50) ? range.prefix() - 1 : max + 1;
            std::vector<Cidr> used;
            const auto n = gen.below(13);
            for (std::uint64_t u = 0; u < n; ++u) {
                const auto k = gen.below(100);
                const int inner = range.prefix() + 1 + int(gen.below(std::uint64_t(span) + 2));
                if (k < 85)
                    used.push_back(gen.inside(range, std::min(max, inner), 16));
                else if (k < 93)
                    used.push_back(gen.block(f));
                else if (k < 95) // covers the whole range
                    used.push_back(
                        gen.around(range, int(gen.below(std::uint64_t(range.prefix()) + 1))));
                else
                    used.push_back(gen.block(gen.otherFamily(f)));
            }
            std::vector<Cidr> parsed;
            for (const Cidr &u : used)
                parsed.push_back(reparse(u));
            const auto got = cw::net::nextFree(reparse(range), prefix, parsed);
            add('N', range.toString() + '\t' + std::to_string(prefix) + '\t' + join(used),
                got ? got->toString() : "none");
        }
        for (int i = 0; i < count; ++i) {
            const Cidr base = gen.clusterBase(f);
            std::vector<Cidr> blocks = gen.cluster(f, 1 + gen.below(16), base);
            for (Cidr &b : blocks)
                b = reparse(b);
            std::string pairs;
            for (const auto &o : cw::net::findOverlaps(blocks))
                pairs += (pairs.empty() ? "" : " ") + std::to_string(o.first) + "-"
                    + std::to_string(o.second);
            add('F', join(blocks), pairs.empty() ? "-" : pairs);
        }
        for (int i = 0; i < count; ++i) {
            const Cidr base = gen.clusterBase(f);
            std::vector<Cidr> inner = gen.cluster(f, 1 + gen.below(10), base);
            std::vector<Cidr> outer = gen.cluster(f, gen.below(9), base);
            for (Cidr &b : inner)
                b = reparse(b);
            for (Cidr &b : outer)
                b = reparse(b);
            std::string found;
            for (long k : cw::net::findContainers(inner, outer))
                found += (found.empty() ? "" : " ") + std::to_string(k);
            add('K', join(inner) + '\t' + join(outer), found);
        }
    }
    return cases;
}

} // namespace cwtest

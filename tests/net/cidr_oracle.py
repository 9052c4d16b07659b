#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Reference answers for tst_cidr_oracle, computed with Python's ipaddress module.

Reads tab-separated cases (one per line) from argv[1] and writes one answer line per case to
argv[2]. Operations:
  P text                 parse: "ok <as given> <canonical> <0|1 canonical?> <4|6>" or "err"
  C a b                  contains both ways: "<a contains b> <b contains a>"
  O a b                  overlaps both ways
  B a                    "<first>/max <last>/max <size>"
  U a                    usable addresses for aws azure gcp
  N range prefix used    first free aligned block or "none"
  F blocks               overlapping pairs "i-j ..." or "-"
  K inner outer          innermost container per inner block (lowest index among equals) or -1

Cloudwright is deliberately stricter than ipaddress when parsing; those rules are applied
here explicitly (see strict_reject) so everything else is ipaddress's own decision.
"""
import ipaddress
import sys

RESERVED = (5, 5, 4)  # aws, azure, gcp


def addr_text(a):
    s = str(a)
    # Python >= 3.13 prints IPv4-mapped addresses dotted; Cloudwright (like 3.11) prints hex.
    if a.version == 6 and "." in s:
        v4 = int(a) & 0xFFFFFFFF
        s = "%s:%x:%x" % (s.rsplit(":", 1)[0], v4 >> 16, v4 & 0xFFFF)
    return s


def net_text(n):
    return "%s/%d" % (addr_text(n.network_address), n.prefixlen)


def strict_reject(text):
    """Inputs ipaddress accepts but Cloudwright refuses on purpose."""
    if "/" not in text:
        return True  # a bare address is not a block
    prefix = text.split("/", 1)[1]
    if not (prefix.isascii() and prefix.isdigit()):
        return True  # netmask / hostmask notation
    if len(prefix) > 1 and prefix[0] == "0":
        return True  # "/08"
    if "%" in text:
        return True  # IPv6 scope id
    return False


def is_mapped(n):
    return n.version == 6 and n.prefixlen >= 96 and (int(n.network_address) >> 32) == 0xFFFF


def net(text):
    # Same as ip_network(text, strict=False) for these valid inputs, without its failed IPv4
    # attempt (an exception) on every IPv6 text.
    cls = ipaddress.IPv6Network if ":" in text else ipaddress.IPv4Network
    return cls(text, strict=False)


def op_parse(text):
    if strict_reject(text):
        return "err"
    try:
        n = net(text)
        i = ipaddress.ip_interface(text)
    except ValueError:
        return "err"
    if is_mapped(n):
        return "err"
    canonical = 1 if i.ip == n.network_address else 0
    return "ok %s/%d %s %d %d" % (addr_text(i.ip), n.prefixlen, net_text(n), canonical, n.version)


def contains(a, b):
    return a.version == b.version and b.subnet_of(a)


def overlaps(a, b):
    return a.version == b.version and a.overlaps(b)


def bounds(n):
    return int(n.network_address), int(n.broadcast_address)


def op_next_free(rng_text, prefix, used_texts):
    r = net(rng_text)
    prefix = int(prefix)
    if prefix < r.prefixlen or prefix > r.max_prefixlen:
        return "none"
    used = [bounds(u) for u in map(net, used_texts) if u.version == r.version]
    start, end = bounds(r)
    step = 1 << (r.max_prefixlen - prefix)
    # Brute force: every aligned candidate in order, checked against every used block.
    for c in range(start, end + 1, step):
        c_end = c + step - 1
        if all(e < c or s > c_end for s, e in used):
            cls = ipaddress.IPv4Network if r.version == 4 else ipaddress.IPv6Network
            return net_text(cls((c, prefix)))
    return "none"


def spans(texts):
    """(version, start, end, prefix) per block; containment on these ints is what subnet_of
    does (the C operation checks subnet_of itself), only without its per-call overhead."""
    out = []
    for n in map(net, texts):
        out.append((n.version, int(n.network_address), int(n.broadcast_address), n.prefixlen))
    return out


def span_contains(a, b):
    return a[0] == b[0] and a[1] <= b[1] and b[2] <= a[2]


def op_find_overlaps(texts):
    blocks = spans(texts)
    key = [(v, s, p, i) for i, (v, s, _, p) in enumerate(blocks)]
    pairs = []
    for j, b in enumerate(blocks):
        # The partner of b: among the blocks containing it that sort before it (start, larger
        # first, input order), the closest one, i.e. the innermost / latest duplicate.
        best = None
        for i, a in enumerate(blocks):
            if i != j and key[i] < key[j] and span_contains(a, b):
                if best is None or key[i] > key[best]:
                    best = i
        if best is not None:
            pairs.append((min(best, j), max(best, j)))
    pairs.sort()
    return " ".join("%d-%d" % p for p in pairs) or "-"


def op_find_containers(inner_texts, outer_texts):
    outer = spans(outer_texts)
    out = []
    for q in spans(inner_texts):
        best = -1
        for i, o in enumerate(outer):
            if span_contains(o, q) and (best < 0 or o[3] > outer[best][3]):
                best = i
        out.append(str(best))
    return " ".join(out) or "-"


def answer(fields):
    op = fields[0]
    if op == "P":
        return op_parse(fields[1])
    if op == "C":
        a, b = net(fields[1]), net(fields[2])
        return "%d %d" % (contains(a, b), contains(b, a))
    if op == "O":
        a, b = net(fields[1]), net(fields[2])
        return "%d %d" % (overlaps(a, b), overlaps(b, a))
    if op == "B":
        n = net(fields[1])
        first = "%s/%d" % (addr_text(n.network_address), n.max_prefixlen)
        last = "%s/%d" % (addr_text(n.broadcast_address), n.max_prefixlen)
        return "%s %s %.17g" % (first, last, float(n.num_addresses))
    if op == "U":
        n = net(fields[1])
        return " ".join("%.17g" % float(max(0, n.num_addresses - r)) for r in RESERVED)
    if op == "N":
        return op_next_free(fields[1], fields[2], fields[3].split())
    if op == "F":
        return op_find_overlaps(fields[1].split())
    if op == "K":
        return op_find_containers(fields[1].split(), fields[2].split())
    raise SystemExit("unknown operation %r" % op)


def main():
    with open(sys.argv[1], encoding="ascii") as src, open(sys.argv[2], "w") as dst:
        for line in src:
            dst.write(answer(line.rstrip("\n").split("\t")) + "\n")


if __name__ == "__main__":
    main()

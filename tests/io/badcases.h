// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

/// Documents that must not load, with the exact errors they must produce (file name "f",
/// LoadLimits::maxBytes = 4096).
struct BadCase
{
    const char *name;
    const char *format; ///< "yaml" or "json"
    std::string text;
    const char *expected;
};

using namespace std::string_literals;

inline const std::vector<BadCase> &badCases()
{
    static const std::vector<BadCase> cases = {
        { "yaml syntax", "yaml", "cloudwright: 1\naccounts: [\n",
            "f:3:1: error: YAML syntax error: end of sequence flow not found\n" },
        { "json syntax", "json", "{\"cloudwright\": 1,}",
            "f:1:19: error: JSON syntax error while parsing object key - unexpected '}'; expected "
            "string literal\n" },
        { "json truncated", "json", "{\"cloudwright\": 1, \"name\": \"ab",
            "f:1:31: error: JSON syntax error while parsing value - invalid string: missing "
            "closing quote; last read: '\"ab'\n" },
        { "unknown key, did you mean", "yaml", "cloudwright: 1\nnmae: x\n",
            "f:2:1: error: unknown key 'nmae' in the document; did you mean 'name'?\n" },
        { "unknown key, allowed list", "yaml",
            "cloudwright: 1\naccounts:\n  - id: a\n    provider: aws\n    colour: red\n",
            "f:5:5: error: unknown key 'colour' in account 'a' (allowed: id, name, provider, role, "
            "environment, description, tags, networks, services)\n" },
        { "list of strings expected", "yaml",
            "cloudwright: 1\naccounts:\n  - id: a\n    provider: aws\n    networks:\n"
            "      - id: n\n        cidrs: { a: b }\n",

            "f:7:16: error: expected a list of strings for 'cidrs', found a map\n" },
        { "string expected, quote hint", "yaml", "cloudwright: 1\nname: 1.50\ndescription: yes\n",

            "f:2:7: error: expected a string for 'name', found a number (write it in quotes: "
            "\"1.50\")\n" },
        { "json string expected", "json", "{\"cloudwright\": 1, \"name\": 15}",
            "f:1:28: error: expected a string for 'name', found an integer\n" },
        { "bad enum, did you mean", "yaml",
            "cloudwright: 1\naccounts:\n  - { id: a, provider: asw, role: boss, environment: Prod "
            "}\n",

            "f:3:24: error: unknown provider 'asw'; did you mean 'aws'?\n"
            "f:3:35: error: unknown role 'boss' (expected one of management, security, network, "
            "shared, workload)\n"
            "f:3:54: error: unknown environment 'Prod'; did you mean 'prod'?\n" },
        { "bad cidrs", "yaml",
            "cloudwright: 1\naccounts:\n  - id: a\n    provider: aws\n    networks:\n"
            "      - id: n\n        cidrs: [10.0.0.0/33, 10.0.0.0]\n        subnets:\n"
            "          - { id: s, tier: public, zone: z, cidr: \"2001:db8::/64\", ipv6_cidr: "
            "10.1.0.0/24 }\n",

            "f:7:17: error: invalid CIDR '10.0.0.0/33' in 'cidrs': prefix length 33 exceeds 32 for "
            "IPv4\n"
            "f:7:30: error: invalid CIDR '10.0.0.0' in 'cidrs': missing prefix length: write the "
            "block as address/bits, e.g. 10.0.0.0/32\n"
            "f:9:51: error: 'cidr' must be an IPv4 block, found '2001:db8::/64' (IPv6 blocks go in "
            "'ipv6_cidr')\n"
            "f:9:79: error: 'ipv6_cidr' must be an IPv6 block, found '10.1.0.0/24'\n" },
        { "duplicate ids", "yaml",
            "cloudwright: 1\naccounts:\n  - id: app-a\n    provider: aws\n    networks:\n"
            "      - id: n\n        cidrs: [10.0.0.0/16]\n        subnets:\n"
            "          - { id: app-a, tier: public, zone: z, cidr: 10.0.0.0/24 }\n"
            "externals:\n  - { id: n, kind: internet }\n",

            "f:9:19: error: duplicate id 'app-a' (first defined at 3:9)\n"
            "f:11:11: error: duplicate id 'n' (first defined at 6:13)\n" },
        { "duplicate keys yaml", "yaml", "cloudwright: 1\nname: a\nname: b\n",
            "f:3:1: error: duplicate key 'name' (first defined at 2:1)\n" },
        { "duplicate keys json", "json",
            "{\"cloudwright\": 1,\n \"name\": \"a\",\n \"name\": \"b\"}",

            "f:3:2: error: duplicate key 'name' (first defined at 2:2)\n" },
        { "dangling references", "yaml",
            "cloudwright: 1\naccounts:\n  - id: a\n    provider: aws\n    networks:\n"
            "      - id: n1\n        cidrs: [10.0.0.0/16]\n"
            "        subnets: [{ id: s1, tier: public, zone: z, cidr: 10.0.0.0/24 }]\n"
            "        services: [{ id: k, kind: aws.eks, subnets: [s2, s1x, a] }]\n"
            "      - id: n2\n        cidrs: [10.1.0.0/16]\n"
            "        subnets: [{ id: s2, tier: public, zone: z, cidr: 10.1.0.0/24 }]\n"
            "connections: [{ id: c, from: k, to: kk }]\n"
            "links: [{ id: l, kind: peering, networks: [n1, n3] }, { kind: peering, networks: [n1, "
            "c] }]\n"
            "suppressions: [{ rule: R-1, target: l, reason: r }, { rule: R-2, target: cc, reason: "
            "r }]\n"
            "diagram: { nodes: { s1: { x: 0, y: 0 }, c: { x: 1, y: 1 }, nn: { x: 2, y: 2 } } }\n",

            "f:9:54: error: subnet 's2' is in network 'n2', not in the network of service 'k' "
            "('n1')\n"
            "f:9:58: error: unknown subnet 's1x' in service 'k'; did you mean 's1'?\n"
            "f:9:63: error: 'a' is an account, not a subnet (in service 'k')\n"
            "f:13:37: error: unknown element 'kk' in 'to' of connection 'c'; did you mean 'k'?\n"
            "f:14:48: error: unknown network 'n3' in link 'l'; did you mean 'n1'?\n"
            "f:14:87: error: 'c' is a connection, not a network (in link)\n"
            "f:15:37: error: 'l' is a link, not an element or a connection (in suppression)\n"
            "f:15:74: error: unknown target 'cc' in suppression; did you mean 'c'?\n"
            "f:16:41: error: 'c' is a connection, not an element (in the diagram)\n"
            "f:16:60: error: unknown element 'nn' in the diagram; did you mean 'n1'?\n" },
        { "service kinds", "yaml",
            "cloudwright: 1\naccounts:\n  - id: a\n    provider: azure\n    services:\n"
            "      - { id: x, kind: aws.s3 }\n      - { id: y, kind: aws.s4 }\n"
            "      - { id: z, kind: gcp.nothing-alike }\n      - { id: w }\n",

            "f:6:24: error: service kind 'aws.s3' is for aws, but account 'a' is on azure\n"
            "f:7:24: error: unknown service kind 'aws.s4'; did you mean 'aws.s3'?\n"
            "f:8:24: error: unknown service kind 'gcp.nothing-alike' (not in the catalog)\n"
            "f:9:9: error: missing required key 'kind' in service 'w'\n" },
        { "properties", "yaml",
            "cloudwright: 1\naccounts:\n  - id: a\n    provider: aws\n    services:\n"
            "      - id: k\n        kind: aws.eks\n        properties:\n"
            "          node_mn: 1\n          colour: red\n          node_max: 1000\n"
            "          capacity_type: SPOTT\n          node_min: 2.5\n          instance_types: "
            "m7g\n"
            "          spot_share: .inf\n          version: 1.31\n"
            "      - { id: b, kind: aws.s3, properties: { versioning: true } }\n",

            "f:9:11: error: unknown property 'node_mn' for aws.eks; did you mean 'node_min'?\n"
            "f:10:11: error: unknown property 'colour' for aws.eks (allowed: version, node_min, "
            "node_max, instance_types, capacity_type, spot_share, private_endpoint)\n"
            "f:11:21: error: invalid value for property 'node_max': 1000 is above the maximum 450\n"
            "f:12:26: error: invalid value for property 'capacity_type': \"SPOTT\" is not one of: "
            "ON_DEMAND, SPOT; did you mean 'SPOT'?\n"
            "f:13:21: error: expected an integer for 'node_min', found a number\n"
            "f:14:27: error: expected a list of strings for 'instance_types', found a string "
            "(write it as a list: [m7g])\n"
            "f:15:23: error: expected a finite number for 'spot_share', found .inf\n"
            "f:16:20: error: expected a string for 'version', found a number (write it in quotes: "
            "\"1.31\")\n"
            "f:17:46: error: unknown property 'versioning' for aws.s3 (it has no properties)\n" },
        { "ports", "yaml",
            "cloudwright: 1\nexternals: [{ id: a, kind: internet }]\nconnections:\n"
            "  - { from: a, to: a, port: 70000 }\n  - { from: a, to: a, port: \"80\" }\n"
            "  - { from: a, to: a, port: 99999999999999999999999 }\n"
            "  - { from: a, to: a, protocol: htps }\n",

            "f:4:29: error: port 70000 is out of range (0-65535)\n"
            "f:5:29: error: expected an integer for 'port', found a string\n"
            "f:6:29: error: port 99999999999999999999999 is out of range\n"
            "f:7:33: error: unknown protocol 'htps'; did you mean 'https'?\n" },
        { "too deep yaml", "yaml",
            "cloudwright: 1\nname: " + std::string(70, '[') + std::string(70, ']') + "\n",
            "f:2:70: error: nesting too deep (more than 64 levels)\n" },
        { "too deep unbalanced yaml", "yaml",
            "cloudwright: 1\nname: " + std::string(70, '[') + "\n",

            "f:2:39: error: nesting too deep (more than 64 levels)\n" },
        { "too deep json", "json", "{\"cloudwright\": 1, \"name\": " + std::string(70, '[') + "}",

            "f:1:91: error: nesting too deep (more than 64 levels)\n" },
        { "version 2", "yaml", "cloudwright: 2\nfuture: stuff\n",
            "f:1:14: error: unsupported format version 2: this Cloudwright reads version 1\n" },
        { "version missing", "yaml", "name: x\n",
            "f:1:1: error: missing required key 'cloudwright' (the format version: write "
            "'cloudwright: 1' first)\n" },
        { "version as string", "json", "{\"cloudwright\": \"1\"}",
            "f:1:17: error: expected an integer for 'cloudwright', found a string\n" },
        { "file too large", "yaml", "cloudwright: 1\ndescription: " + std::string(5000, 'x') + "\n",

            "f: error: file too large (5029 bytes; the limit is 4096)\n" },
        { "top is a list", "yaml", "- cloudwright: 1\n",
            "f:1:1: error: expected a map at the top of the document, found a list\n" },
        { "empty yaml", "yaml", "# nothing\n", "f: error: the document is empty\n" },
        { "empty json", "json", "  ",
            "f:1:3: error: JSON syntax error while parsing value - unexpected end of input; "
            "expected '[', '{', or a literal\n" },
        { "missing required keys", "yaml",
            "cloudwright: 1\naccounts:\n  - id: a\n    networks:\n      - id: n\n"
            "        subnets: [{ id: s }]\n      - { id: m, cidrs: [] }\n"
            "  - { provider: aws }\nexternals: [{ id: e }]\n"
            "links: [{ kind: vpn }]\nconnections: [{ from: e }]\n",

            "f:3:5: error: missing required key 'provider' in account 'a'\n"
            "f:5:9: error: missing required key 'cidrs' in network 'n'\n"
            "f:6:19: error: missing required key 'tier' in subnet 's'\n"
            "f:6:19: error: missing required key 'zone' in subnet 's'\n"
            "f:6:19: error: missing required key 'cidr' in subnet 's'\n"
            "f:7:25: error: 'cidrs' of network 'm' needs at least one address block\n"
            "f:8:5: error: missing required key 'id' in account\n"
            "f:9:13: error: missing required key 'kind' in external 'e'\n"
            "f:10:9: error: missing required key 'networks' in link\n"
            "f:11:15: error: missing required key 'to' in connection\n" },
        { "invalid ids", "yaml",
            "cloudwright: 1\nexternals:\n  - { id: Users, kind: internet }\n"
            "  - { id: -x, kind: internet }\n  - { id: 42, kind: internet }\n",

            "f:3:11: error: invalid id 'Users': ids use lowercase letters, digits and '-', start "
            "and end with a letter or digit, and have at most 63 characters\n"
            "f:4:11: error: invalid id '-x': ids use lowercase letters, digits and '-', start and "
            "end with a letter or digit, and have at most 63 characters\n"
            "f:5:11: error: expected a string for 'id', found an integer (write it in quotes: "
            "\"42\")\n" },
        { "suppressions", "yaml",
            "cloudwright: 1\nexternals: [{ id: a, kind: internet }]\nsuppressions:\n"
            "  - { rule: R, target: a, reason: \"\", expires: 2027-02-29 }\n"
            "  - { rule: R, target: a, reason: ok, expires: 30.06.2027 }\n  - { target: a }\n",

            "f:4:35: error: 'reason' of a suppression must not be empty: say why the finding is "
            "accepted\n"
            "f:4:48: error: invalid date '2027-02-29' for 'expires' (expected YYYY-MM-DD)\n"
            "f:5:48: error: invalid date '30.06.2027' for 'expires' (expected YYYY-MM-DD)\n"
            "f:6:5: error: missing required key 'rule' in suppression\n"
            "f:6:5: error: missing required key 'reason' in suppression\n" },
        { "two documents", "yaml", "cloudwright: 1\n---\ncloudwright: 1\n",
            "f:2:1: error: a file holds one YAML document; a second one starts here\n" },
        { "aliases and anchors", "yaml", "cloudwright: 1\nname: &n x\ndescription: *n\n",
            "f:2:7: error: anchors (&name) are not supported: write the value out\n"
            "f:3:14: error: aliases (*name) are not supported: write the value out\n" },
        { "stuck comma", "yaml", "\n,\n", "f:2:1: error: YAML syntax error: unexpected ','\n" },
        { "explicit tags", "yaml", "cloudwright: 1\nname: !!str 12\n",
            "f:2:7: error: tags such as 'tag:yaml.org,2002:str' are not supported; quote strings "
            "instead\n" },
        { "invalid utf-8", "yaml", "cloudwright: 1\nname: a\xff\n"s,
            "f:2:8: error: invalid UTF-8 byte 0xFF (files must be UTF-8)\n" },
        { "nul byte", "yaml", "cloudwright: 1\nname: a\0b\n"s,
            "f:2:8: error: control character U+0000 is not allowed\n" },
        { "unterminated string", "yaml", "cloudwright: 1\nname: \"abc\n",
            "f:2:7: error: unterminated quoted string (no closing \")\n" },
        { "keys must be strings", "yaml", "cloudwright: 1\n[a]: 1\n",
            "f:2:1: error: keys must be strings, found a list\n" },
        { "subnets outside a network", "yaml",
            "cloudwright: 1\naccounts:\n  - id: a\n    provider: aws\n    services:\n"
            "      - { id: b, kind: aws.s3, subnets: [x] }\n",

            "f:6:41: error: service 'b' is outside any network, so it cannot list subnets\n" },
        { "links", "yaml",
            "cloudwright: 1\naccounts:\n  - id: a\n    provider: aws\n    networks:\n"
            "      - { id: n, cidrs: [10.0.0.0/16] }\n"
            "externals: [{ id: dc, kind: on-premises }, { id: web, kind: internet }]\n"
            "links:\n  - { kind: peering, networks: [n, dc] }\n  - { kind: vpn, networks: [n, web] "
            "}\n"
            "  - { kind: transit-gateway, networks: [n] }\n",

            "f:9:36: error: 'dc' is an on-premises external; only vpn links may join it\n"
            "f:10:32: error: 'web' is an internet external, not a network; only on-premises "
            "externals may join a vpn link\n"
            "f:11:40: error: a link joins at least two networks\n" },
        { "wrong containers", "yaml",
            "cloudwright: 1\naccounts: { id: a }\nexternals: [x]\ndiagram: [1]\n",
            "f:2:11: error: expected a list for 'accounts', found a map\n"
            "f:3:13: error: expected a map for each entry of 'externals', found a string\n"
            "f:4:10: error: expected a map for 'diagram', found a list\n" },
        { "duplicate keys in a large map", "yaml",
            "cloudwright: 1\naccounts:\n  - id: a\n    provider: aws\n    tags: { k0: v, k1: v, "
            "k2: v, "
            "k3: v, k4: v, k5: v, k6: v, k7: v, k8: v, k9: v, k10: v, k11: v, k12: v, k13: v, k14: "
            "v, "
            "k15: v, k16: v, k3: w, k17: v, k3: x }\n",
            "f:5:139: error: duplicate key 'k3' (first defined at 5:34)\n"
            "f:5:154: error: duplicate key 'k3' (first defined at 5:34)\n" },
        { "number overflow", "json", "{\"cloudwright\": 1e999}",
            "f:1:21: error: JSON error: number overflow parsing '1e999'\n" },
        { "diagram", "json",
            "{\"cloudwright\": 1, \"externals\": [{\"id\": \"a\", \"kind\": \"internet\"}],\n"
            "\"diagram\": {\"nodes\": {\"a\": {\"x\": 1, \"y\": \"2\", \"w\": -3, \"h\": null, "
            "\"d\": 0}}}}",

            "f:2:42: error: expected a number for 'y', found a string\n"
            "f:2:52: error: 'w' of diagram node 'a' must not be negative\n"
            "f:2:67: error: unknown key 'd' in diagram node 'a' (allowed: x, y, w, h)\n" },
        { "diagram rect out of bounds", "yaml",
            "cloudwright: 1\nexternals: [{ id: a, kind: internet }]\n"
            "diagram:\n  nodes:\n    a: { x: 1e300, y: 0, w: 2000000, h: .inf }\n",
            "f:5:13: error: 'x' of diagram node 'a' must be a number within -10000000 and "
            "10000000\n"
            "f:5:29: error: 'w' of diagram node 'a' must be a number within 0 and 1000000\n"
            "f:5:41: error: expected a finite number for 'h', found .inf\n" },
    };
    return cases;
}

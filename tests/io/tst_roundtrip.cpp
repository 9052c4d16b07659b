// SPDX-License-Identifier: MIT
#include "io/document.h"
#include "iotestsupport.h"

#include <QtTest>
#include <cmath>

using namespace cw;
using namespace cw::io;

namespace {

/// Strings that break naive writers: YAML indicators, lookalikes of other types, escapes,
/// template markers, line breaks, Unicode.
const std::vector<std::string> kHostileStrings = { "a: b", "a #b", "#x", " leading", "trailing ",
    "yes", "no", "null", "Null", "~", "true", "False", "123", "-7", "+1", "1.5", "1e3", ".5",
    "0x1F", "0o17", ".inf", "-.Inf", ".nan", "-", "- x", "? x", "[x]", "{x}", "a, b", "a,b",
    "quote \"d\" and 's'", "'", "\"", "back\\slash", "${var}", "$${x}", "%{if}", "line1\nline2",
    "tab\there", "crlf\r\n", "\n", " ", "", "Zürich 東京 🙂", "nbsp\u00a0", "line\u2028sep",
    "nel\u0085",
    "\xEF\xBB\xBF"
    "bom",
    "---", "...", "--- x", "@at", "`tick", "*star", "&amp", "!bang", "|pipe", ">gt", "%pct",
    "../../etc/passwd", "key: value # comment", "a:b", "arn:aws:s3:::bucket", "http://x.y/z?q=1#f",
    "\x01"
    "control",
    "del\x7f", "=", "<<", "a: ", "trailing:", "multi  space", std::string(300, 'x'), "\\n",
    "x: [1, 2]", "{ id: a }", "- - -", "? ", "0", "00", "1_000", "1,5", "true-ish", "NULL-ish" };

Model hostileModel()
{
    Model m;
    m.name = "names: \"quoted\" ${x} #1\nsecond line";
    m.description = std::string(2000, 'd') + "\n\t end";
    Account a;
    a.id = "prod";
    a.name = "Prod's \"main\" account";
    a.provider = Provider::Aws;
    a.role = AccountRole::Security;
    a.environment = Environment::Staging;
    for (std::size_t i = 0; i < kHostileStrings.size(); ++i) {
        a.tags[kHostileStrings[i]] = kHostileStrings[(i + 1) % kHostileStrings.size()];
    }
    a.tags[std::string(2000, 'k')] = "long key";
    Network n;
    n.id = "vpc";
    n.name = "${name}";
    n.region = "eu-west-3";
    n.cidrs = { "10.0.0.0/16", "2001:db8::/56" };
    n.zones = { "a: b", "#z", "yes" };
    for (std::size_t i = 0; i < kHostileStrings.size(); ++i) {
        Subnet s;
        s.id = "s" + std::to_string(i);
        s.name = kHostileStrings[i];
        s.tier = i % 3 == 0 ? Tier::Public : i % 3 == 1 ? Tier::Private : Tier::Isolated;
        s.zone = kHostileStrings[(i + 5) % kHostileStrings.size()];
        s.cidr = "10.0." + std::to_string(i) + ".0/24";
        s.description = kHostileStrings[(i + 9) % kHostileStrings.size()];
        n.subnets.push_back(s);
    }
    Service k;
    k.id = "k8s";
    k.kind = "aws.eks";
    k.subnets = { "s1", "s2" };
    k.properties["version"] = { std::string("1.30"), {} };
    k.properties["node_min"] = { std::int64_t { 0 }, {} };
    k.properties["node_max"] = { std::int64_t { 450 }, {} };
    k.properties["spot_share"] = { 0.1 + 0.2, {} };
    k.properties["private_endpoint"] = { false, {} };
    k.properties["instance_types"] = { kHostileStrings, {} };
    k.description = "a: b";
    n.services.push_back(k);
    a.networks.push_back(n);
    Service bucket;
    bucket.id = "bucket";
    bucket.kind = "aws.s3";
    bucket.region = "null";
    bucket.tags = { { "yes", "no" }, { "", "" } };
    a.services.push_back(bucket);
    Service empty;
    empty.id = "empty-list";
    empty.kind = "aws.eks";
    empty.properties["instance_types"] = { std::vector<std::string> {}, {} };
    a.services.push_back(empty);
    m.accounts.push_back(a);

    External users;
    users.id = "users";
    users.name = "Users, \"all\" of them: ${everyone}";
    m.externals.push_back(users);
    External dc;
    dc.id = "dc";
    dc.kind = ExternalKind::OnPremises;
    dc.cidrs = { "192.168.0.0/16" };
    m.externals.push_back(dc);
    Connection c;
    c.id = "c1";
    c.from = "users";
    c.to = "k8s";
    c.protocol = "https";
    c.port = 443;
    c.description = "line1\nline2";
    m.connections.push_back(c);
    m.connections.push_back({ {}, "dc", "vpc", "any", 0, {}, {} });
    m.links.push_back({ "vpn", LinkKind::Vpn, { "vpc", "dc" }, "site-to-site # 1", {} });
    m.suppressions.push_back({ "NET-003", "c1", "kept: \"on purpose\"\n#2", "2027-06-30", {} });
    m.suppressions.push_back({ "COST-1", {}, "yes", {}, {} });
    // Shortest round-trip forms, within the loader's bounds for diagram rects (|x| <= 1e7,
    // sizes <= 1e6): sums that are not exact, 17 significant digits, subnormals.
    const double numbers[] = { 0, -0.0, 4.99e5, -5.25, 0.1 + 0.2, 123456.789123, 1e-300, 5e-324,
        9007.199254740993, 1e5 + 0.1, 1e-7, 40 };
    int i = 0;
    for (const auto &s : n.subnets) {
        const double v = numbers[i++ % std::size(numbers)];
        m.diagram.nodes[s.id] = { v, -v, std::abs(v) * 2, 3.5 };
    }
    return m;
}

Model load(const std::string &text, Format format)
{
    const LoadResult r = loadText(text, format, "rt", testCatalog());
    if (!r.model)
        qWarning("%s\n--- text ---\n%s", qPrintable(errorText(r)), text.c_str());
    return r.model ? *r.model : Model {};
}

} // namespace

/// load -> save -> load keeps the content; saving is a byte-exact fixpoint in both formats.
class tst_RoundTrip : public QObject
{
    Q_OBJECT
private slots:
    void fixpoint_data()
    {
        QTest::addColumn<bool>("json");
        QTest::newRow("yaml") << false;
        QTest::newRow("json") << true;
    }
    void fixpoint()
    {
        QFETCH(bool, json);
        const Format f = json ? Format::Json : Format::Yaml;
        const Model m = hostileModel();
        const std::string first = saveText(m, f);
        const LoadResult r = loadText(first, f, "rt", testCatalog());
        QVERIFY2(r.model, qPrintable(errorText(r)));
        QVERIFY(sameContent(m, *r.model));
        QVERIFY2(saveText(*r.model, f) == first, first.c_str());
        // Exact strings, including the ones that need quoting.
        QVERIFY(r.model->accounts[0].tags == m.accounts[0].tags);
        QVERIFY(r.model->accounts[0].networks[0].services[0].properties.at("instance_types").value
            == Value(kHostileStrings));
    }

    void acrossFormats()
    {
        const Model m = hostileModel();
        const std::string yaml = saveText(m, Format::Yaml);
        const Model fromYaml = load(yaml, Format::Yaml);
        const std::string json = saveText(fromYaml, Format::Json);
        const Model fromJson = load(json, Format::Json);
        QVERIFY(sameContent(m, fromJson));
        QVERIFY(saveText(fromJson, Format::Yaml) == yaml);
        QVERIFY(saveText(fromJson, Format::Json) == json);
    }

    void everyStringAlone_data()
    {
        QTest::addColumn<QByteArray>("text");
        for (const auto &s : kHostileStrings)
            QTest::newRow(QByteArray::fromStdString(s).toPercentEncoding().left(60).constData())
                << QByteArray::fromStdString(s);
    }
    void everyStringAlone()
    {
        // In every position the writer quotes differently: block value, flow value, key.
        QFETCH(QByteArray, text);
        const std::string s = text.toStdString();
        Model m;
        m.name = s;
        Account a;
        a.id = "a";
        a.tags[s] = s;
        Network n;
        n.id = "n";
        n.cidrs = { "10.0.0.0/16" };
        n.zones = { s };
        n.subnets.push_back({ "s", s, Tier::Public, s, "10.0.0.0/24", {}, s, {} });
        a.networks.push_back(n);
        m.accounts.push_back(a);
        for (const Format f : { Format::Yaml, Format::Json }) {
            const std::string saved = saveText(m, f);
            const Model back = load(saved, f);
            QVERIFY2(sameContent(m, back), saved.c_str());
            QVERIFY(saveText(back, f) == saved);
        }
    }

    void canonicalText()
    {
        Model m;
        m.name = "Shop";
        Account a;
        a.id = "prod";
        a.provider = Provider::Azure;
        a.tags = { { "owner", "team: web" } };
        Network n;
        n.id = "vnet";
        n.region = "westeurope";
        n.cidrs = { "10.0.0.0/16" };
        n.subnets.push_back({ "web", "", Tier::Public, "1", "10.0.1.0/24", "", "", {} });
        a.networks.push_back(n);
        Service kv;
        kv.id = "kv";
        kv.kind = "azure.key-vault";
        kv.region = "westeurope";
        a.services.push_back(kv);
        m.accounts.push_back(a);
        m.connections.push_back({ {}, "kv", "web", "https", 443, {}, {} });
        m.diagram.nodes["vnet"] = { 10, 20.5, 300, 200 };
        const char *yaml = R"(cloudwright: 1
name: Shop
accounts:
  - id: prod
    provider: azure
    tags:
      owner: "team: web"
    networks:
      - id: vnet
        region: westeurope
        cidrs: [10.0.0.0/16]
        subnets:
          - { id: web, tier: public, zone: "1", cidr: 10.0.1.0/24 }
    services:
      - { id: kv, kind: azure.key-vault, region: westeurope }
connections:
  - { from: kv, to: web, protocol: https, port: 443 }
diagram:
  nodes:
    vnet: { x: 10, y: 20.5, w: 300, h: 200 }
)";
        QCOMPARE(qs(saveText(m, Format::Yaml)), QString(yaml));
        const char *json = R"({
  "cloudwright": 1,
  "name": "Shop",
  "accounts": [
    {
      "id": "prod",
      "provider": "azure",
      "tags": {
        "owner": "team: web"
      },
      "networks": [
        {
          "id": "vnet",
          "region": "westeurope",
          "cidrs": ["10.0.0.0/16"],
          "subnets": [
            { "id": "web", "tier": "public", "zone": "1", "cidr": "10.0.1.0/24" }
          ]
        }
      ],
      "services": [
        { "id": "kv", "kind": "azure.key-vault", "region": "westeurope" }
      ]
    }
  ],
  "connections": [
    { "from": "kv", "to": "web", "protocol": "https", "port": 443 }
  ],
  "diagram": {
    "nodes": {
      "vnet": { "x": 10, "y": 20.5, "w": 300, "h": 200 }
    }
  }
}
)";
        QCOMPARE(qs(saveText(m, Format::Json)), QString(json));
        QCOMPARE(qs(saveText(Model {}, Format::Yaml)), QString("cloudwright: 1\n"));
        QCOMPARE(qs(saveText(Model {}, Format::Json)), QString("{\n  \"cloudwright\": 1\n}\n"));
    }

    void longElementsGoBlock()
    {
        Model m;
        External e;
        e.id = "e";
        e.name = std::string(120, 'n');
        m.externals.push_back(e);
        const std::string yaml = saveText(m, Format::Yaml);
        QVERIFY2(yaml.find("  - id: e\n    name: " + e.name + "\n    kind: internet\n")
                != std::string::npos,
            yaml.c_str());
        QVERIFY(sameContent(load(yaml, Format::Yaml), m));
    }
};

QTEST_GUILESS_MAIN(tst_RoundTrip)
#include "tst_roundtrip.moc"

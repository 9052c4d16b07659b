// SPDX-License-Identifier: MIT
#include "catalog/catalog.h"
#include "diagramtestutil.h"
#include "docs/docsexporter.h"
#include "reports/textescape.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMap>
#include <QRegularExpression>
#include <QTest>
#include <set>

using namespace cw;
using namespace cw::exporters;
using namespace cwtest;

namespace {

/// README.md with the review of the run context's findings, dated like the golden files.
std::string documentOf(const Model &m)
{
    const cw::testing::PreparedInput in(m, "2025-01-31");
    return architectureDocument(in, "2025-01-31");
}

/// The document's "## " sections, by heading (without the "## ").
QMap<QString, QString> sectionsOf(const QString &doc)
{
    QMap<QString, QString> out;
    QString current;
    for (const auto &line : doc.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("## "))) {
            current = line.mid(3);
            out[current];
            continue;
        }
        if (!current.isEmpty())
            out[current] += line + QLatin1Char('\n');
    }
    return out;
}

QString escaped(const std::string &s)
{
    return QString::fromStdString(reports::markdownEscape(s));
}

/// Every table row has as many cells as its header.
void checkTables(const QString &doc)
{
    int cols = -1;
    for (const auto &line : doc.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1Char('|'))) {
            cols = -1;
            continue;
        }
        QString plain = line;
        plain.replace(QStringLiteral("\\|"), QStringLiteral("x"));
        const int n = int(plain.count(QLatin1Char('|')));
        if (cols < 0)
            cols = n;
        QCOMPARE(n, cols);
    }
}

bool isRuntime(const std::string &kind)
{
    return kind == "aws.eks" || kind == "azure.aks" || kind == "aws.ecs-fargate"
        || kind == "azure.app-service" || kind == "aws.lambda" || kind == "aws.ec2";
}

} // namespace

/// The README architecture document: golden text per template, every section seed 003 asks for
/// with the model's content in it, the address plan's spare ranges, and hostile names.
class TestDocuments : public QObject
{
    Q_OBJECT

private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("name");
        for (const auto &n : templateNames())
            QTest::newRow(qPrintable(n)) << n;
    }

    void golden()
    {
        QFETCH(QString, name);
        const std::string doc = documentOf(loadTemplate(name));
        const QString path = QStringLiteral(CW_TEST_DIR "/golden/%1/README.md").arg(name);
        if (qEnvironmentVariableIntValue("CW_UPDATE_GOLDEN")) {
            QDir().mkpath(QFileInfo(path).path());
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray::fromStdString(doc));
        }
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly),
            qPrintable(path + " missing; run with CW_UPDATE_GOLDEN=1"));
        QVERIFY2(f.readAll() == QByteArray::fromStdString(doc), qPrintable(path + " differs"));
    }

    void sections_data() { golden_data(); }

    /// Seed 003's assignment: environment structure with its reasons, network design (address
    /// plan, how it is secured), compute with Kubernetes node groups and scaling, containerisation
    /// and CI/CD, database with HA/backups/DR, plus the high-level diagram; each section holds the
    /// model's elements, not just its heading.
    void sections()
    {
        QFETCH(QString, name);
        const Model m = loadTemplate(name);
        const QString doc = QString::fromStdString(documentOf(m));
        const auto sec = sectionsOf(doc);
        for (const char *h : { "Overview", "Cloud environment structure", "Network design",
                 "Compute platform", "CI/CD and containerisation", "Data", "Edge and security",
                 "Well-Architected review" }) {
            QVERIFY2(sec.contains(QLatin1String(h)), h);
            QVERIFY2(!sec[QLatin1String(h)].trimmed().isEmpty(), h);
        }
        QVERIFY(sec[QStringLiteral("Overview")].contains(
            QStringLiteral("### High-level diagram\n\n![High-level diagram of the "
                           "architecture](architecture.png)")));
        for (const char *h :
            { "### Container registries", "### Build and delivery", "### Deployment targets" })
            QVERIFY2(
                sec[QStringLiteral("CI/CD and containerisation")].contains(QLatin1String(h)), h);
        for (const char *p : { "### Network", "### Reliability", "### Security", "### Operations",
                 "### Cost", "### Performance", "### Sustainability" })
            QVERIFY2(sec[QStringLiteral("Well-Architected review")].contains(QLatin1String(p)), p);
        for (const char *bad : { "TODO", "TBD", "placeholder", "lorem" })
            QVERIFY2(!doc.contains(QLatin1String(bad), Qt::CaseInsensitive), bad);

        const Catalog &catalog = Catalog::builtin();
        const QString &env = sec[QStringLiteral("Cloud environment structure")];
        const QString &net = sec[QStringLiteral("Network design")];
        const QString &compute = sec[QStringLiteral("Compute platform")];
        const QString &cicd = sec[QStringLiteral("CI/CD and containerisation")];
        const QString &data = sec[QStringLiteral("Data")];
        const QString &edge = sec[QStringLiteral("Edge and security")];
        if (m.accounts.size() > 1)
            QVERIFY(env.contains(QStringLiteral("Why this structure")));
        std::set<std::string> registries, ci;
        for (const auto &a : m.accounts) {
            QVERIFY2(env.contains(escaped(a.id)), a.id.c_str());
            for (const auto &n : a.networks) {
                for (const auto &c : n.cidrs)
                    QVERIFY2(
                        net.contains(QStringLiteral("Spare capacity in ") + escaped(c)), c.c_str());
                if (!n.subnets.empty()) {
                    QVERIFY2(net.contains(QStringLiteral("Unallocated ranges")), n.id.c_str());
                    QVERIFY2(net.contains(QStringLiteral("Address plan by zone and tier")),
                        n.id.c_str());
                }
                for (const auto &s : n.subnets)
                    QVERIFY2(net.contains(escaped(s.cidr)), s.cidr.c_str());
            }
            auto checkService = [&](const Service &s) {
                const KindSpec *k = catalog.find(s.kind);
                QVERIFY2(k, s.kind.c_str());
                const QString id = QStringLiteral("(") + escaped(s.id) + QLatin1Char(')');
                if (s.kind == "aws.ecr" || s.kind == "azure.container-registry") {
                    registries.insert(s.id);
                    QVERIFY2(cicd.contains(id), s.id.c_str());
                } else if (k->category == "compute" || k->category == "containers")
                    QVERIFY2(compute.contains(id), s.id.c_str());
                if (s.kind.find("pipeline") != std::string::npos) {
                    ci.insert(s.id);
                    QVERIFY2(cicd.contains(id), s.id.c_str());
                }
                if (isRuntime(s.kind))
                    QVERIFY2(cicd.contains(id), s.id.c_str());
                if (s.kind == "aws.eks" || s.kind == "azure.aks")
                    QVERIFY2(
                        compute.contains(QStringLiteral("#### ")
                            + escaped(s.name.empty() ? s.id : s.name) + QStringLiteral(" ") + id),
                        s.id.c_str());
                if (k->dataStore)
                    QVERIFY2(data.contains(id), s.id.c_str());
                if (k->category == "edge" || k->category == "security")
                    QVERIFY2(edge.contains(id), s.id.c_str());
            };
            for (const auto &n : a.networks)
                for (const auto &s : n.services)
                    checkService(s);
            for (const auto &s : a.services)
                checkService(s);
        }
        // The CI systems that push images or work with a pipeline are named with their role.
        for (const auto &c : m.connections)
            if (registries.count(c.to) || ci.count(c.to) || ci.count(c.from))
                for (const auto &e : m.externals)
                    if ((e.id == c.from || e.id == c.to) && e.kind == ExternalKind::Saas)
                        QVERIFY2(
                            cicd.contains(QStringLiteral("(") + escaped(e.id) + QLatin1Char(')')),
                            e.id.c_str());
        if (registries.empty())
            QVERIFY(cicd.contains(QStringLiteral("has no container registry")));
        checkTables(doc);
    }

    /// Seed 002's plan: each tier a /22 of three zone /24s and one spare /24, the rest of the
    /// /13 unallocated.
    void spareCapacity()
    {
        Model m;
        m.name = "seed 002";
        Account a;
        a.id = "prod";
        Network n;
        n.id = "vpc";
        n.cidrs = { "10.0.0.0/13" };
        n.zones = { "z1", "z2", "z3" };
        const std::pair<Tier, int> tiers[]
            = { { Tier::Public, 6 }, { Tier::Private, 4 }, { Tier::Isolated, 2 } };
        for (const auto &[tier, octet] : tiers)
            for (int z = 1; z <= 3; ++z) {
                Subnet s;
                s.id = std::string(toString(tier)) + "-" + std::to_string(z);
                s.tier = tier;
                s.zone = "z" + std::to_string(z);
                s.cidr = "10." + std::to_string(octet) + "." + std::to_string(z) + ".0/24";
                n.subnets.push_back(s);
            }
        a.networks.push_back(n);
        m.accounts.push_back(a);
        const QString doc = QString::fromStdString(documentOf(m));
        const auto rowOf = [&](const char *tier) {
            for (const auto &line : doc.split(QLatin1Char('\n')))
                if (line.startsWith(
                        QStringLiteral("| ") + QLatin1String(tier) + QStringLiteral(" | 10.")))
                    return line;
            return QString();
        };
        QVERIFY2(rowOf("public").contains(
                     QStringLiteral("| 10.6.0.0/22 | 10.6.0.0/24 (256 addresses) |")),
            qPrintable(rowOf("public")));
        QVERIFY2(rowOf("private").contains(
                     QStringLiteral("| 10.4.0.0/22 | 10.4.0.0/24 (256 addresses) |")),
            qPrintable(rowOf("private")));
        QVERIFY2(rowOf("isolated")
                     .contains(QStringLiteral("| 10.2.0.0/22 | 10.2.0.0/24 (256 addresses) |")),
            qPrintable(rowOf("isolated")));
        QVERIFY(rowOf("public").contains(QStringLiteral("10.6.1.0/24 (251)")));
        QVERIFY(doc.contains(QStringLiteral("Spare capacity in 10.0.0.0/13: 521,984 of 524,288 "
                                            "addresses (99%) are in no subnet, 768 of them "
                                            "reserved as tier headroom.")));
        QVERIFY(doc.contains(QStringLiteral("Unallocated ranges (in no subnet or tier block): "
                                            "10.0.0.0/15, 10.2.4.0/22, 10.2.8.0/21")));
        QVERIFY(doc.contains(QStringLiteral("10.6.128.0/17, 10.7.0.0/16 (521,216 addresses).")));
    }

    void hostile()
    {
        const QString doc = QString::fromStdString(documentOf(hostileModel()));
        // Only escaped: tst_markdown renders the document and checks no link or HTML forms.
        QVERIFY(!doc.contains(QRegularExpression(QStringLiteral("(?<!\\\\)\\]\\(javascript:"))));
        QVERIFY(doc.contains(QStringLiteral("\\](javascript:")));
        QVERIFY(!doc.contains(QRegularExpression(QStringLiteral("(?<!\\\\)<b>"))));
        checkTables(doc);
        const ExportResult r = cw::testing::generateFor(
            DocsExporter(), hostileModel(), { false, { { "date", "2025-01-31" } } }, "2025-01-31");
        QVERIFY(r.ok());
        QCOMPARE(int(r.files.size()), 2);
        QVERIFY(!QImage::fromData(QByteArray::fromStdString(r.files[1].bytes)).isNull());
    }
};

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"

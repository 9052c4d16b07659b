// SPDX-License-Identifier: MIT
#include "catalog/catalog.h"

#include <QtTest>

using namespace cw;

namespace {

/// Builds a Value from test notation: "b:true", "i:42", "d:2.5", "s:text", "l:a,b", "l:" (empty).
Value valueFrom(const QString &text)
{
    const QString body = text.mid(2);
    switch (text.at(0).toLatin1()) {
    case 'b':
        return body == QLatin1String("true");
    case 'i':
        return static_cast<std::int64_t>(body.toLongLong());
    case 'd':
        return body.toDouble();
    case 'l': {
        std::vector<std::string> items;
        for (const QString &s : body.split(QLatin1Char(','), Qt::SkipEmptyParts))
            items.push_back(s.toStdString());
        return items;
    }
    default:
        return body.toStdString();
    }
}

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

/// A small valid catalog the rejection cases mutate.
const char *const kMinimal = R"(catalog: 1
kinds:
  aws.thing:
    provider: aws
    category: compute
    label: Thing
    icon: aws-thing
    doc: "A thing."
    placements: [region]
    properties:
      size: { type: int, min: 1, max: 10, default: 2, doc: "Size." }
)";

} // namespace

/// checkValue on built-in properties, and the strict parser's acceptance and error messages.
class tst_CatalogFormat : public QObject
{
    Q_OBJECT
private slots:
    void checkValue_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("property");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason"); // empty = accepted; else a substring of the reason
        // Ints and ranges.
        QTest::newRow("int in range") << "aws.rds-postgresql"
                                      << "backup_retention_days"
                                      << "i:7"
                                      << "";
        QTest::newRow("int at min") << "aws.rds-postgresql"
                                    << "backup_retention_days"
                                    << "i:0"
                                    << "";
        QTest::newRow("int at max") << "aws.rds-postgresql"
                                    << "backup_retention_days"
                                    << "i:35"
                                    << "";
        QTest::newRow("int above max") << "aws.rds-postgresql"
                                       << "backup_retention_days"
                                       << "i:36"
                                       << "36 is above the maximum 35";
        QTest::newRow("int below min") << "azure.postgresql-flexible"
                                       << "backup_retention_days"
                                       << "i:6"
                                       << "6 is below the minimum 7";
        QTest::newRow("double for int") << "aws.rds-postgresql"
                                        << "backup_retention_days"
                                        << "d:7.5"
                                        << "expected an integer, got a number";
        QTest::newRow("string for int") << "aws.sqs"
                                        << "max_receive_count"
                                        << "s:ten"
                                        << "expected an integer, got a string";
        QTest::newRow("int allowed") << "aws.cloudwatch"
                                     << "log_retention_days"
                                     << "i:365"
                                     << "";
        QTest::newRow("int not allowed") << "aws.cloudwatch"
                                         << "log_retention_days"
                                         << "i:366"
                                         << "366 is not one of: 0, 1, 3";
        // Numbers accept ints.
        QTest::newRow("number double") << "aws.aurora-postgresql"
                                       << "serverless_v2_min_acu"
                                       << "d:1.5"
                                       << "";
        QTest::newRow("number int") << "aws.aurora-postgresql"
                                    << "serverless_v2_max_acu"
                                    << "i:64"
                                    << "";
        QTest::newRow("number above max") << "aws.aurora-postgresql"
                                          << "serverless_v2_max_acu"
                                          << "d:300.5"
                                          << "above the maximum 256";
        QTest::newRow("number below min") << "aws.aurora-postgresql"
                                          << "serverless_v2_max_acu"
                                          << "d:0.5"
                                          << "below the minimum 1";
        QTest::newRow("number nan") << "aws.aurora-postgresql"
                                    << "serverless_v2_max_acu"
                                    << "d:nan"
                                    << "not a finite number";
        QTest::newRow("bool for number") << "azure.app-insights"
                                         << "sampling_percentage"
                                         << "b:true"
                                         << "expected a number, got a boolean";
        // Bools.
        QTest::newRow("bool") << "aws.rds-postgresql"
                              << "multi_az"
                              << "b:true"
                              << "";
        QTest::newRow("string for bool") << "aws.rds-postgresql"
                                         << "multi_az"
                                         << "s:yes"
                                         << "expected true or false, got a string";
        QTest::newRow("int for bool") << "aws.s3"
                                      << "versioning"
                                      << "i:1"
                                      << "expected true or false, got an integer";
        // Enums.
        QTest::newRow("enum member") << "aws.eks-node-group"
                                     << "capacity_type"
                                     << "s:SPOT"
                                     << "";
        QTest::newRow("enum case matters") << "aws.eks-node-group"
                                           << "capacity_type"
                                           << "s:spot"
                                           << "\"spot\" is not one of: ON_DEMAND";
        QTest::newRow("enum not string") << "azure.postgresql-flexible"
                                         << "version"
                                         << "i:16"
                                         << "expected one of";
        QTest::newRow("enum version") << "azure.postgresql-flexible"
                                      << "version"
                                      << "s:16"
                                      << "";
        // Strings.
        QTest::newRow("string") << "aws.ecs-fargate"
                                << "image"
                                << "s:nginx:1.27"
                                << "";
        QTest::newRow("list for string") << "aws.ecs-fargate"
                                         << "image"
                                         << "l:a,b"
                                         << "expected a string, got a list";
        // Lists.
        QTest::newRow("list") << "aws.eks-node-group"
                              << "instance_types"
                              << "l:m7g.large,m6g.large"
                              << "";
        QTest::newRow("empty list") << "aws.eks"
                                    << "public_access_cidrs"
                                    << "l:"
                                    << "";
        QTest::newRow("string for list") << "aws.eks-node-group"
                                         << "instance_types"
                                         << "s:m7g.large"
                                         << "expected a list of strings";
        QTest::newRow("list items allowed") << "aws.eks"
                                            << "control_plane_logging"
                                            << "l:api,audit"
                                            << "";
        QTest::newRow("list item not allowed") << "aws.eks"
                                               << "control_plane_logging"
                                               << "l:api,kubelet"
                                               << "\"kubelet\" is not one of";
    }
    void checkValue()
    {
        QFETCH(QString, kind);
        QFETCH(QString, property);
        QFETCH(QString, value);
        QFETCH(QString, reason);
        const KindSpec *k = Catalog::builtin().find(kind.toStdString());
        QVERIFY(k);
        const PropertySpec *p = k->property(property.toStdString());
        QVERIFY2(p, qPrintable(property));
        const QString got = qs(cw::checkValue(*p, valueFrom(value)));
        if (reason.isEmpty())
            QVERIFY2(got.isEmpty(), qPrintable(got));
        else
            QVERIFY2(got.contains(reason), qPrintable(got));
    }

    void fromYamlAcceptsMinimal()
    {
        const Catalog c = Catalog::fromYaml(kMinimal);
        QCOMPARE(int(c.kinds().size()), 1);
        const KindSpec *k = c.find("aws.thing");
        QVERIFY(k);
        QVERIFY(k->provider == Provider::Aws);
        QCOMPARE(int(k->placements.size()), 1);
        QVERIFY(k->placements[0] == Placement::Region);
        const PropertySpec *p = k->property("size");
        QVERIFY(p && p->defaultValue);
        QVERIFY(*p->defaultValue == Value(std::int64_t(2)));
        QCOMPARE(*p->max, 10.0);
    }

    void fromYamlRejects_data()
    {
        QTest::addColumn<QString>("from"); // text in kMinimal to replace
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("message"); // expected start of the error, with line:column
        QTest::newRow("unknown top key") << "catalog: 1\n"
                                         << "catalog: 1\nextra: 2\n"
                                         << "catalog.yaml:2:1: error: unknown key 'extra'";
        QTest::newRow("unknown kind key") << "    label: Thing\n"
                                          << "    label: Thing\n    colour: red\n"
                                          << "catalog.yaml:7:5: error: unknown key 'colour'";
        QTest::newRow("unknown property key") << "doc: \"Size.\" }"
                                              << "doc: \"Size.\", unit: gb }"
                                              << "catalog.yaml:11:69: error: unknown key 'unit'";
        QTest::newRow("duplicate kind") << "doc: \"Size.\" }\n"
                                        << "doc: \"Size.\" }\n  aws.thing:\n    provider: aws\n"
                                        << "catalog.yaml:12:3: error: duplicate kind 'aws.thing'";
        QTest::newRow("duplicate key") << "    label: Thing\n"
                                       << "    label: Thing\n    label: Other\n"
                                       << "catalog.yaml:7:5: error: duplicate key 'label'";
        QTest::newRow("default above max") << "default: 2"
                                           << "default: 11"
                                           << "catalog.yaml:11:52: error: property "
                                              "aws.thing.size: bad default: 11 is above the "
                                              "maximum 10";
        QTest::newRow("default below min") << "default: 2"
                                           << "default: 0"
                                           << "catalog.yaml:11:52: error: property "
                                              "aws.thing.size: bad default: 0 is below";
        QTest::newRow("default wrong type") << "default: 2"
                                            << "default: big"
                                            << "catalog.yaml:11:52: error: property "
                                               "aws.thing.size default must be an integer";
        QTest::newRow("min above max") << "min: 1"
                                       << "min: 20"
                                       << "catalog.yaml:11:40: error: property aws.thing.size: "
                                          "'max' is below 'min'";
        QTest::newRow("bad placement") << "[region]"
                                       << "[region, moon]"
                                       << "catalog.yaml:9:26: error: aws.thing: unknown "
                                          "placement 'moon'";
        QTest::newRow("duplicate placement") << "[region]"
                                             << "[region, region]"
                                             << "catalog.yaml:9:26: error: aws.thing: placement "
                                                "'region' is listed twice";
        QTest::newRow("no placements") << "[region]"
                                       << "[]"
                                       << "catalog.yaml:9:17: error: aws.thing needs at least one";
        QTest::newRow("bad type") << "type: int"
                                  << "type: integer"
                                  << "catalog.yaml:11:21: error: property aws.thing.size: "
                                     "unknown type 'integer'";
        QTest::newRow("enum without allowed") << "type: int, min: 1, max: 10, default: 2"
                                              << "type: enum, default: a"
                                              << "catalog.yaml:11:13: error: property "
                                                 "aws.thing.size: an enum needs 'allowed'";
        QTest::newRow("enum default not allowed")
            << "type: int, min: 1, max: 10, default: 2"
            << "type: enum, allowed: [a, b], default: c"
            << "catalog.yaml:11:53: error: property aws.thing.size: bad default: \"c\" is not "
               "one of: a, b";
        QTest::newRow("min on string") << "type: int"
                                       << "type: string"
                                       << "catalog.yaml:11:34: error: property aws.thing.size: "
                                          "'min' applies to int and number properties only";
        QTest::newRow("bad category") << "category: compute"
                                      << "category: servers"
                                      << "catalog.yaml:5:15: error: aws.thing: unknown category";
        QTest::newRow("provider mismatch") << "provider: aws"
                                           << "provider: azure"
                                           << "catalog.yaml:3:3: error: kind id 'aws.thing' must "
                                              "start with its provider 'azure.'";
        QTest::newRow("bad kind id") << "aws.thing:"
                                     << "aws.Thing:"
                                     << "catalog.yaml:3:3: error: kind id 'aws.Thing' must be";
        QTest::newRow("bad property name") << "size:"
                                           << "Size:"
                                           << "catalog.yaml:11:7: error: property name 'Size'";
        QTest::newRow("missing doc") << ", doc: \"Size.\""
                                     << ""
                                     << "catalog.yaml:11:13: error: property aws.thing.size has "
                                        "no 'doc'";
        QTest::newRow("missing label") << "    label: Thing\n"
                                       << ""
                                       << "catalog.yaml:4:5: error: aws.thing has no 'label'";
        QTest::newRow("bool not yes") << "    doc: \"A thing.\"\n"
                                      << "    doc: \"A thing.\"\n    data_store: yes\n"
                                      << "catalog.yaml:9:17: error: aws.thing 'data_store' must be "
                                         "true or false";
        QTest::newRow("subnet facts need subnet") << "    doc: \"A thing.\"\n"
                                                  << "    doc: \"A thing.\"\n    min_zones: 2\n"
                                                  << "catalog.yaml:4:5: error: aws.thing: subnet "
                                                     "requirements need a subnet placement";
        QTest::newRow("wrong version") << "catalog: 1"
                                       << "catalog: 2"
                                       << "catalog.yaml:1:10: error: unsupported catalog format";
        QTest::newRow("duplicate property")
            << "doc: \"Size.\" }\n"
            << "doc: \"Size.\" }\n      size: { type: bool, doc: \"B.\" }\n"
            << "catalog.yaml:12:7: error: aws.thing: duplicate property 'size'";
        QTest::newRow("int allowed not integer")
            << "min: 1, max: 10,"
            << "allowed: [\"1\", \"two\"],"
            << "catalog.yaml:11:41: error: property aws.thing.size: allowed value 'two' is not "
               "an integer";
        QTest::newRow("allowed on bool") << "type: int, min: 1, max: 10, default: 2"
                                         << "type: bool, allowed: [\"true\"]"
                                         << "catalog.yaml:11:36: error: property aws.thing.size: "
                                            "'allowed' applies to enum, int and list";
        QTest::newRow("syntax error") << "[region]"
                                      << "[region"
                                      << "catalog.yaml:10:";
        QTest::newRow("not a mapping") << QString::fromLatin1(kMinimal) << "- a\n- b\n"
                                       << "catalog.yaml:1:1: error: a catalog must be a mapping";
    }
    void fromYamlRejects()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, message);
        QString text = QString::fromLatin1(kMinimal);
        QVERIFY2(text.contains(from), qPrintable(from));
        text.replace(text.indexOf(from), from.size(), to);
        try {
            Catalog::fromYaml(text.toStdString());
            QFAIL("accepted a bad catalog");
        } catch (const std::runtime_error &e) {
            const QString what = QString::fromUtf8(e.what());
            QVERIFY2(what.startsWith(message), qPrintable(what));
        }
    }

    void enumNames()
    {
        QCOMPARE(qs(toString(PropertyType::Number)), QStringLiteral("number"));
        QCOMPARE(qs(toString(PropertyType::List)), QStringLiteral("list"));
        QCOMPARE(qs(toString(Placement::IsolatedSubnet)), QStringLiteral("isolated-subnet"));
        QCOMPARE(qs(toString(Placement::Global)), QStringLiteral("global"));
    }
};

QTEST_GUILESS_MAIN(tst_CatalogFormat)
#include "tst_catalogformat.moc"

// SPDX-License-Identifier: MIT
#include "reports/rulereference.h"

#include <QFile>
#include <QtTest>

/// docs/rules.md is generated from the rules' metadata and must stay in sync with it.
class tst_RuleReference : public QObject
{
    Q_OBJECT
private slots:
    void docsInSync()
    {
        const std::string generated
            = cw::reports::ruleReferenceMarkdown(cw::rules::builtinRegistry());
        const QString path = QStringLiteral(CW_SOURCE_DIR "/docs/rules.md");
        if (qEnvironmentVariableIsSet("CW_UPDATE_GOLDEN")) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(generated.data(), qint64(generated.size()));
        }
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), "docs/rules.md is missing");
        const QByteArray onDisk = f.readAll();
        QVERIFY2(onDisk == QByteArray::fromStdString(generated),
            "docs/rules.md is out of date: run cloudwright-cli rules --format markdown > "
            "docs/rules.md (or this test with CW_UPDATE_GOLDEN=1)");
    }

    void everyRuleIsDocumented()
    {
        const std::string doc = cw::reports::ruleReferenceMarkdown(cw::rules::builtinRegistry());
        for (const auto &r : cw::rules::builtinRegistry().rules()) {
            QVERIFY2(doc.find("\n### " + r->meta().id + "\n") != std::string::npos,
                r->meta().id.c_str());
        }
    }
};

QTEST_GUILESS_MAIN(tst_RuleReference)
#include "tst_rulereference.moc"

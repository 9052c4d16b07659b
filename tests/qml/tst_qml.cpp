// SPDX-License-Identifier: MIT
// QtQuickTest runner for the designer's QML tests (tst_*.qml in this folder).
#include <QCoreApplication>
#include <QQmlContext>
#include <QQmlEngine>
#include <QSettings>
#include <QTemporaryDir>
#include <QtQuickTest>

/// Finds the static QML modules under qrc:/ and gives the tests a scratch folder and settings.
class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CloudwrightTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_qml"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->rootContext()->setContextProperty(QStringLiteral("testDir"), m_dir.path());
    }

private:
    QTemporaryDir m_dir;
};

QUICK_TEST_MAIN_WITH_SETUP(cloudwright_qml, Setup)

#include "tst_qml.moc"

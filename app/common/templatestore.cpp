// SPDX-License-Identifier: MIT
#include "common/templatestore.h"

#include "io/document.h"

#include <QDir>
#include <QFile>

namespace cw::app {
namespace {

const QString kSuffix = QStringLiteral(".cloudwright.yaml");

QString firstSentence(const std::string &text)
{
    QString s = QString::fromStdString(text).simplified();
    const auto end = s.indexOf(QLatin1String(". "));
    return end < 0 ? s : s.left(end + 1);
}

} // namespace

QList<TemplateInfo> TemplateStore::list()
{
    QList<TemplateInfo> out;
    const QDir dir(QStringLiteral(":/templates"));
    for (const auto &file :
        dir.entryList({ QStringLiteral("*") + kSuffix }, QDir::Files, QDir::Name)) {
        TemplateInfo info;
        info.id = file.left(file.size() - kSuffix.size());
        info.resource = dir.filePath(file);
        const QByteArray bytes = read(info.id);
        const auto loaded = io::loadText(std::string_view(bytes.constData(), bytes.size()),
            io::Format::Yaml, file.toStdString());
        if (loaded.model) {
            info.name = QString::fromStdString(loaded.model->name);
            info.description = firstSentence(loaded.model->description);
        }
        out << info;
    }
    return out;
}

QByteArray TemplateStore::read(const QString &id)
{
    QFile f(QStringLiteral(":/templates/") + id + kSuffix);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace cw::app

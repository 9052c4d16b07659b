// SPDX-License-Identifier: MIT
#include "scene/style.h"

#include <QHash>
#include <QPainter>
#include <QSvgRenderer>
#include <algorithm>
#include <memory>
#include <mutex>

namespace cw::scene {
namespace {

std::mutex &iconLock()
{
    static std::mutex lock;
    return lock;
}

/// Renderer per url; callers hold iconLock().
QSvgRenderer *rendererLocked(const QString &url)
{
    static QHash<QString, std::shared_ptr<QSvgRenderer>> renderers;
    auto &slot = renderers[url];
    if (!slot)
        slot = std::make_shared<QSvgRenderer>(
            url.startsWith(QLatin1String("qrc:")) ? url.mid(3) : url);
    return slot->isValid() ? slot.get() : nullptr;
}

} // namespace

SceneStyle SceneStyle::light()
{
    SceneStyle s;
    s.background = QColor(0xfbfbfc);
    s.gridDot = QColor(0xd5d9df);
    s.text = QColor(0x1f2429);
    s.textDim = QColor(0x5d6672);
    s.card = Qt::white;
    s.cardBorder = QColor(0xc9ced5);
    s.accent = QColor(0x1f6feb);
    s.highlight = QColor(0xf59e0b);
    s.dropFill = QColor(0xdcf5e6);
    s.account = QColor(0x27313d);
    s.azureAccount = QColor(0x0f5ea8);
    s.accountFill = Qt::white;
    s.network = QColor(0x7046cf);
    s.azureNetwork = QColor(0x0e7c86);
    s.networkFill = QColor(0xfcfbff);
    s.zone = QColor(0x48689e);
    s.line = QColor(0x5b6470);
    s.labelFill = Qt::white;
    const QColor borders[3] = { QColor(0x2e9657), QColor(0x1770a6), QColor(0x687080) };
    const QColor fills[3] = { QColor(0xedf7f1), QColor(0xeaf3fa), QColor(0xf1f2f4) };
    std::copy(std::begin(borders), std::end(borders), s.tierBorder);
    std::copy(std::begin(fills), std::end(fills), s.tierFill);
    const QColor sev[5] = { QColor(0x6b7280), QColor(0x2563eb), QColor(0xd97706), QColor(0xea580c),
        QColor(0xc81e1e) };
    std::copy(std::begin(sev), std::end(sev), s.severity);
    return s;
}

SceneStyle SceneStyle::dark()
{
    SceneStyle s = light();
    s.background = QColor(0x121417);
    s.gridDot = QColor(0x2c323a);
    s.text = QColor(0xe6e9ed);
    s.textDim = QColor(0x9aa4b1);
    s.card = QColor(0x20252c);
    s.cardBorder = QColor(0x3a424d);
    s.accent = QColor(0x4c8dff);
    s.dropFill = QColor(0x1f4d33);
    s.account = QColor(0x8b96a3);
    s.azureAccount = QColor(0x5aa2e0);
    s.accountFill = QColor(0x181b20);
    s.network = QColor(0x9a7ae8);
    s.azureNetwork = QColor(0x3fb3bd);
    s.networkFill = QColor(0x1b1a24);
    s.zone = QColor(0x6f8cc0);
    s.line = QColor(0x8b96a3);
    s.labelFill = QColor(0x1d2127);
    const QColor borders[3] = { QColor(0x46b574), QColor(0x3d94cf), QColor(0x8c95a3) };
    const QColor fills[3] = { QColor(0x17291f), QColor(0x152533), QColor(0x22262c) };
    std::copy(std::begin(borders), std::end(borders), s.tierBorder);
    std::copy(std::begin(fills), std::end(fills), s.tierFill);
    return s;
}

QImage iconImage(const QString &url, int px)
{
    static QHash<QString, QImage> cache;
    px = std::clamp(px, 4, 512);
    const QString key = url + QLatin1Char('@') + QString::number(px);
    std::lock_guard guard(iconLock());
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QImage img;
    if (QSvgRenderer *r = rendererLocked(url)) {
        img = QImage(px, px, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::transparent);
        QPainter p(&img);
        r->render(&p, QRectF(0, 0, px, px));
    }
    if (cache.size() > 4000)
        cache.clear();
    cache.insert(key, img);
    return img;
}

QSvgRenderer *iconRenderer(const QString &url)
{
    // One set per thread: pictures may be exported on several threads at once.
    thread_local QHash<QString, std::shared_ptr<QSvgRenderer>> renderers;
    auto &slot = renderers[url];
    if (!slot)
        slot = std::make_shared<QSvgRenderer>(
            url.startsWith(QLatin1String("qrc:")) ? url.mid(3) : url);
    return slot->isValid() ? slot.get() : nullptr;
}

} // namespace cw::scene

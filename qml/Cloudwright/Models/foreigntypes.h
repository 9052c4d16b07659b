// SPDX-License-Identifier: MIT
#pragma once

#include "document.h"
#include "recovery.h"

#include <QtQml/qqml.h>

/// QML names for the app/gui classes the views use directly.
namespace cw::gui {

/// Document (creatable: tests and previews make their own).
struct DocumentForeign
{
    Q_GADGET
    QML_FOREIGN(cw::gui::Document)
    QML_NAMED_ELEMENT(Document)
};

/// Recovery is created by main.cpp with the window's document and handed to QML.
struct RecoveryForeign
{
    Q_GADGET
    QML_FOREIGN(cw::gui::Recovery)
    QML_NAMED_ELEMENT(Recovery)
    QML_UNCREATABLE("Recovery is created by the application")
};

} // namespace cw::gui

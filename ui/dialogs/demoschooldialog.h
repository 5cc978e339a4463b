#pragma once

#include "result.h"

#include <QString>

class QWidget;

namespace rollbook {

/// Creates a demo school at path on a worker thread behind a progress dialog that can cancel.
Status createDemoSchool(QWidget *parent, const QString &path, qint64 users);

} // namespace rollbook

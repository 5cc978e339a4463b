#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace rollbook {

/// The first page of a PDF, or an image, rendered for review at about the given width.
/// A null image when the document cannot be read.
QImage renderDocument(const QByteArray &content, const QString &mimeType, int width);

} // namespace rollbook

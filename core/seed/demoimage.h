#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rollbook::demo {

/// A small grayscale PNG of an identity card (a photo box, the title and lines in a 5x7 pixel
/// font, accents dropped): the demo's image KYC documents. Made with QtCore alone (zlib through
/// qCompress), so the seeder needs no GUI library.
QByteArray makeCardPng(const QString &title, const QStringList &lines);

/// The text as the card's font can draw it: accents dropped, upper case, other characters as spaces.
QString cardText(const QString &text);

} // namespace rollbook::demo

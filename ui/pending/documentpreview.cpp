#include "documentpreview.h"

#include <poppler-qt6.h>

namespace rollbook {

QImage renderDocument(const QByteArray &content, const QString &mimeType, int width)
{
    if (mimeType == u"application/pdf") {
        const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(content);
        if (!document || document->isLocked() || document->numPages() < 1)
            return {};
        const std::unique_ptr<Poppler::Page> page = document->page(0);
        if (!page)
            return {};
        document->setRenderHint(Poppler::Document::Antialiasing);
        document->setRenderHint(Poppler::Document::TextAntialiasing);
        const double dpi = 72.0 * width / std::max(1.0, page->pageSizeF().width());
        return page->renderToImage(dpi, dpi);
    }
    QImage image;
    if (!image.loadFromData(content))
        return {};
    return image.width() > width ? image.scaledToWidth(width, Qt::SmoothTransformation) : image;
}

} // namespace rollbook

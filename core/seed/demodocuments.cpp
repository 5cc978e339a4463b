#include "demodocuments.h"

#include <QStringList>

namespace rollbook::demo {

namespace {

QByteArray pdfText(const QString &text)
{
    // Standard 14 fonts speak Latin-1; anything else is shown as '?'.
    QByteArray latin = text.toLatin1();
    latin.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
    return latin;
}

} // namespace

QByteArray makePdf(const QString &title, const QStringList &lines)
{
    QByteArray stream = "BT /F1 18 Tf 72 760 Td (" + pdfText(title) + ") Tj ET\n";
    int y = 720;
    for (const QString &line : lines) {
        stream += "BT /F1 12 Tf 72 " + QByteArray::number(y) + " Td (" + pdfText(line) + ") Tj ET\n";
        y -= 20;
    }
    const QByteArray objects[] = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < 5; ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 6\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace rollbook::demo

#include "demoimage.h"

#include <QtEndian>

#include <array>
#include <cstdint>
#include <vector>

namespace rollbook::demo {

namespace {

constexpr int Width = 480;
constexpr int Height = 300;

// 5x7 glyphs, one byte per row, the leftmost pixel in bit 4.
struct Glyph
{
    char c;
    std::array<std::uint8_t, 7> rows;
};

constexpr Glyph glyphs[] = {
    {'A', {0x0E, 0x11, 0x11, 0x1F, 0x11, 0x11, 0x11}}, {'B', {0x1E, 0x11, 0x11, 0x1E, 0x11, 0x11, 0x1E}},
    {'C', {0x0E, 0x11, 0x10, 0x10, 0x10, 0x11, 0x0E}}, {'D', {0x1E, 0x11, 0x11, 0x11, 0x11, 0x11, 0x1E}},
    {'E', {0x1F, 0x10, 0x10, 0x1E, 0x10, 0x10, 0x1F}}, {'F', {0x1F, 0x10, 0x10, 0x1E, 0x10, 0x10, 0x10}},
    {'G', {0x0E, 0x11, 0x10, 0x17, 0x11, 0x11, 0x0F}}, {'H', {0x11, 0x11, 0x11, 0x1F, 0x11, 0x11, 0x11}},
    {'I', {0x0E, 0x04, 0x04, 0x04, 0x04, 0x04, 0x0E}}, {'J', {0x07, 0x02, 0x02, 0x02, 0x02, 0x12, 0x0C}},
    {'K', {0x11, 0x12, 0x14, 0x18, 0x14, 0x12, 0x11}}, {'L', {0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x1F}},
    {'M', {0x11, 0x1B, 0x15, 0x15, 0x11, 0x11, 0x11}}, {'N', {0x11, 0x11, 0x19, 0x15, 0x13, 0x11, 0x11}},
    {'O', {0x0E, 0x11, 0x11, 0x11, 0x11, 0x11, 0x0E}}, {'P', {0x1E, 0x11, 0x11, 0x1E, 0x10, 0x10, 0x10}},
    {'Q', {0x0E, 0x11, 0x11, 0x11, 0x15, 0x12, 0x0D}}, {'R', {0x1E, 0x11, 0x11, 0x1E, 0x14, 0x12, 0x11}},
    {'S', {0x0F, 0x10, 0x10, 0x0E, 0x01, 0x01, 0x1E}}, {'T', {0x1F, 0x04, 0x04, 0x04, 0x04, 0x04, 0x04}},
    {'U', {0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x0E}}, {'V', {0x11, 0x11, 0x11, 0x11, 0x11, 0x0A, 0x04}},
    {'W', {0x11, 0x11, 0x11, 0x15, 0x15, 0x15, 0x0A}}, {'X', {0x11, 0x11, 0x0A, 0x04, 0x0A, 0x11, 0x11}},
    {'Y', {0x11, 0x11, 0x11, 0x0A, 0x04, 0x04, 0x04}}, {'Z', {0x1F, 0x01, 0x02, 0x04, 0x08, 0x10, 0x1F}},
    {'0', {0x0E, 0x11, 0x13, 0x15, 0x19, 0x11, 0x0E}}, {'1', {0x04, 0x0C, 0x04, 0x04, 0x04, 0x04, 0x0E}},
    {'2', {0x0E, 0x11, 0x01, 0x02, 0x04, 0x08, 0x1F}}, {'3', {0x1F, 0x02, 0x04, 0x02, 0x01, 0x11, 0x0E}},
    {'4', {0x02, 0x06, 0x0A, 0x12, 0x1F, 0x02, 0x02}}, {'5', {0x1F, 0x10, 0x1E, 0x01, 0x01, 0x11, 0x0E}},
    {'6', {0x06, 0x08, 0x10, 0x1E, 0x11, 0x11, 0x0E}}, {'7', {0x1F, 0x01, 0x02, 0x04, 0x08, 0x08, 0x08}},
    {'8', {0x0E, 0x11, 0x11, 0x0E, 0x11, 0x11, 0x0E}}, {'9', {0x0E, 0x11, 0x11, 0x0F, 0x01, 0x02, 0x0C}},
    {'-', {0x00, 0x00, 0x00, 0x1F, 0x00, 0x00, 0x00}}, {':', {0x00, 0x0C, 0x0C, 0x00, 0x0C, 0x0C, 0x00}},
    {'.', {0x00, 0x00, 0x00, 0x00, 0x00, 0x0C, 0x0C}}, {'\'', {0x04, 0x04, 0x08, 0x00, 0x00, 0x00, 0x00}},
};

const Glyph *glyphFor(char c)
{
    for (const Glyph &glyph : glyphs) {
        if (glyph.c == c)
            return &glyph;
    }
    return nullptr;
}

class Canvas
{
public:
    Canvas()
        : m_pixels(std::size_t(Width) * Height, 0xFF)
    { }

    void fill(int x, int y, int w, int h, std::uint8_t shade)
    {
        for (int row = std::max(0, y); row < std::min(Height, y + h); ++row) {
            for (int column = std::max(0, x); column < std::min(Width, x + w); ++column)
                m_pixels[std::size_t(row) * Width + std::size_t(column)] = shade;
        }
    }

    void text(int x, int y, const QString &line, int scale)
    {
        for (QChar c : line) {
            if (const Glyph *glyph = glyphFor(char(c.unicode()))) {
                for (int row = 0; row < 7; ++row) {
                    for (int bit = 0; bit < 5; ++bit) {
                        if (glyph->rows[std::size_t(row)] & (0x10 >> bit))
                            fill(x + bit * scale, y + row * scale, scale, scale, 0x20);
                    }
                }
            }
            x += 6 * scale;
        }
    }

    /// Scanlines, each after a filter byte of 0 (none), as PNG's IDAT wants them before zlib.
    QByteArray scanlines() const
    {
        QByteArray raw;
        raw.reserve((Width + 1) * Height);
        for (int row = 0; row < Height; ++row) {
            raw.append('\0');
            raw.append(reinterpret_cast<const char *>(&m_pixels[std::size_t(row) * Width]), Width);
        }
        return raw;
    }

private:
    std::vector<std::uint8_t> m_pixels;
};

std::uint32_t crc32(const QByteArray &bytes)
{
    static const auto table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t n = 0; n < 256; ++n) {
            std::uint32_t c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    std::uint32_t c = 0xFFFFFFFFu;
    for (char byte : bytes)
        c = table[(c ^ std::uint8_t(byte)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

QByteArray bigEndian(std::uint32_t value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray chunk(const char *type, const QByteArray &data)
{
    const QByteArray body = QByteArray(type, 4) + data;
    return bigEndian(std::uint32_t(data.size())) + body + bigEndian(crc32(body));
}

} // namespace

QString cardText(const QString &text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_KD).toUpper()) {
        if (c.isMark())
            continue;
        out.append(glyphFor(char(c.unicode())) && c.unicode() < 128 ? c : QChar(u' '));
    }
    return out;
}

QByteArray makeCardPng(const QString &title, const QStringList &lines)
{
    Canvas canvas;
    canvas.fill(0, 0, Width, 6, 0x60); // border
    canvas.fill(0, Height - 6, Width, 6, 0x60);
    canvas.fill(0, 0, 6, Height, 0x60);
    canvas.fill(Width - 6, 0, 6, Height, 0x60);
    canvas.fill(6, 6, Width - 12, 50, 0xD8); // title band
    canvas.text(20, 17, cardText(title), 4);
    canvas.fill(24, 80, 110, 140, 0xB0); // photo
    canvas.fill(56, 104, 46, 46, 0x90);
    canvas.fill(44, 160, 70, 50, 0x90);
    int y = 84;
    for (const QString &line : lines) {
        canvas.text(152, y, cardText(line).left(26), 2);
        y += 26;
    }
    QByteArray header(13, '\0');
    qToBigEndian(std::uint32_t(Width), header.data());
    qToBigEndian(std::uint32_t(Height), header.data() + 4);
    header[8] = 8; // bit depth; colour type 0 (grayscale), deflate, no filter, no interlace
    // qCompress is a zlib stream behind a 4-byte length of its own.
    const QByteArray zlib = qCompress(canvas.scanlines(), 9).mid(4);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", header) + chunk("IDAT", zlib) + chunk("IEND", {});
}

} // namespace rollbook::demo

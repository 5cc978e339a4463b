#!/usr/bin/env python3
"""Writes the hostile import files of issue 9 into a folder: XLSX built byte by byte (so that a
part may claim a size it does not have) and CSV. Used by test_hostilefiles, by the fuzz seed
corpus and by bench/import_memory.sh.

    make_hostile.py FOLDER [--big]   (--big adds the 1.1 GB whitespace sheet of the report)
"""
import os
import struct
import sys
import zlib

CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                 b'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
WORKBOOK = (b'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
            b'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            b'<sheets><sheet name="Users" sheetId="1" r:id="rId1"/></sheets></workbook>')
RELS = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        b'2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
SHEET_HEAD = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
              b'spreadsheetml/2006/main"><sheetData>')
SHEET_TAIL = b'</sheetData></worksheet>'


def deflate_chunks(chunks):
    """Raw deflate of an iterable of byte strings: (compressed, crc, size)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    out = []
    crc = 0
    size = 0
    for chunk in chunks:
        crc = zlib.crc32(chunk, crc)
        size += len(chunk)
        out.append(compressor.compress(chunk))
    out.append(compressor.flush())
    return b''.join(out), crc, size


def write_zip(path, entries):
    """entries: (name, chunks, claimed_size or None). A claimed size past 4 GiB goes in a zip64
    extra field, in both the local header and the central directory."""
    local = bytearray()
    central = bytearray()
    for name, chunks, claimed in entries:
        data, crc, size = deflate_chunks(chunks)
        size = claimed if claimed is not None else size
        name = name.encode()
        extra = b''
        size32 = size
        comp32 = len(data)
        if size >= 0xFFFFFFFF:
            extra = struct.pack('<HHQQ', 1, 16, size, len(data))
            size32 = comp32 = 0xFFFFFFFF
        offset = len(local)
        local += struct.pack('<IHHHHHIIIHH', 0x04034B50, 45, 0, 8, 0, 0x21, crc, comp32, size32, len(name), len(extra))
        local += name + extra + data
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014B50, 45, 45, 0, 8, 0, 0x21, crc, comp32, size32,
                               len(name), len(extra), 0, 0, 0, 0, offset)
        central += name + extra
    end = struct.pack('<IHHHHIIH', 0x06054B50, 0, 0, len(entries), len(entries), len(central), len(local), 0)
    with open(path, 'wb') as f:
        f.write(bytes(local) + bytes(central) + end)


def workbook(path, sheet_chunks, shared=None, claimed=None):
    entries = [('[Content_Types].xml', [CONTENT_TYPES], None), ('xl/workbook.xml', [WORKBOOK], None),
               ('xl/_rels/workbook.xml.rels', [RELS], None),
               ('xl/worksheets/sheet1.xml', sheet_chunks, claimed)]
    if shared is not None:
        entries.append(('xl/sharedStrings.xml', [shared], None))
    write_zip(path, entries)


def inline(ref, text):
    return b'<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref.encode(), text.encode())


HEADER = b'<row r="1">' + inline('A1', 'First name') + inline('B1', 'Email') + inline('C1', 'Company') + b'</row>'


def user_row(line, first, email, company):
    return (b'<row r="%d">' % line + inline('A%d' % line, first) + inline('B%d' % line, email)
            + inline('C%d' % line, company) + b'</row>')


def sheet(*rows):
    return [SHEET_HEAD + HEADER + b''.join(rows) + SHEET_TAIL]


def main():
    folder = sys.argv[1]
    big = '--big' in sys.argv
    os.makedirs(folder, exist_ok=True)
    out = lambda name: os.path.join(folder, name)

    # A column reference of seven letters (an int overflow once), and of six (a row of 200 million cells).
    workbook(out('column-seven-letters.xlsx'), sheet(b'<row r="2"><c r="ZZZZZZZ2" t="inlineStr"><is><t>x</t></is>'
                                                     b'</c></row>'))
    workbook(out('column-six-letters.xlsx'), sheet(b'<row r="2"><c r="ZZZZZZ2" t="inlineStr"><is><t>x</t></is>'
                                                   b'</c></row>'))
    # A sheet that claims 1 TiB when inflated (zip64).
    workbook(out('claims-one-tebibyte.xlsx'), sheet(user_row(2, 'Ana', 'ana@example.com', 'Acme')),
             claimed=1 << 40)
    # A sheet that inflates to 300 MB (1.1 GB with --big) of whitespace between its rows.
    spaces = b' ' * (1 << 20)
    count = 1100 if big else 300
    workbook(out('whitespace-bomb.xlsx'),
             [SHEET_HEAD + HEADER] + [spaces] * count + [user_row(2, 'Ana', 'ana@example.com', 'Acme') + SHEET_TAIL])
    # Under the ceiling but far past a real sheet's ratio, and a sheet that claims 4 KB but inflates to 300 MB.
    workbook(out('whitespace-ratio.xlsx'),
             [SHEET_HEAD + HEADER] + [spaces] * 200 + [user_row(2, 'Ana', 'ana@example.com', 'Acme') + SHEET_TAIL])
    workbook(out('whitespace-lying.xlsx'),
             [SHEET_HEAD + HEADER] + [spaces] * 300 + [user_row(2, 'Ana', 'ana@example.com', 'Acme') + SHEET_TAIL],
             claimed=4096)
    # A shared string that is not there, on an existing user's company (an update would blank it).
    shared = (b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
              b'2006/main"><si><t>Ana</t></si></sst>')
    workbook(out('shared-string-out-of-range.xlsx'),
             sheet(b'<row r="2"><c r="A2" t="s"><v>0</v></c>' + inline('B2', 'ana@example.com')
                   + b'<c r="C2" t="s"><v>7</v></c></row>'), shared=shared)
    # Billion laughs in the shared strings.
    laughs = [b'<!ENTITY lol "lol">']
    for level in range(1, 10):
        laughs.append(b'<!ENTITY lol%d "%s">' % (level, (b'&lol%d;' % (level - 1) if level > 1 else b'&lol;') * 10))
    bomb = (b'<?xml version="1.0"?><!DOCTYPE sst [' + b''.join(laughs) + b']><sst xmlns="http://schemas.'
            b'openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>')
    workbook(out('billion-laughs.xlsx'),
             sheet(b'<row r="2"><c r="A2" t="s"><v>0</v></c>' + inline('B2', 'ana@example.com') + b'</row>'),
             shared=bomb)
    # A cell of 5 MB (past Excel's 32,767 characters).
    workbook(out('company-five-megabytes.xlsx'), sheet(user_row(2, 'Ana', 'ana@example.com', 'A' * (5 << 20))))
    # A value past the last titled column.
    workbook(out('extra-column.xlsx'),
             sheet(b'<row r="2">' + inline('A2', 'Ana') + inline('B2', 'ana@example.com') + inline('C2', 'Acme')
                   + inline('D2', 'surprise') + b'</row>'))

    with open(out('nul-in-email.csv'), 'wb') as f:
        f.write(b'First name,Email\nAna,a\x00@example.org\n')
    with open(out('company-five-megabytes.csv'), 'wb') as f:
        f.write(b'First name,Email,Company\nAna,ana@example.com,' + b'A' * (5 << 20) + b'\n')
    with open(out('company-300-characters.csv'), 'wb') as f:
        f.write(b'First name,Email,Company\nAna,ana@example.com,' + b'A' * 300 + b'\n')
    with open(out('extra-column.csv'), 'wb') as f:
        f.write(b'First name,Email,Company\nAna,ana@example.com,Acme,surprise\n')
    with open(out('not-utf8.csv'), 'wb') as f:
        f.write(b'First name,Email,Company\nAna,ana@example.com,Acme\nZo\xeb,zoe@example.com,Caf\xe9\n')
    with open(out('header-only.csv'), 'wb') as f:
        f.write(b'First name,Email,Company\n')


if __name__ == '__main__':
    main()

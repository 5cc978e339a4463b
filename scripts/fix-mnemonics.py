#!/usr/bin/env python3
"""Moves the mnemonic (&) of translated labels until no window of the app shows one letter twice
in a language: runs test_desktopgui in that language with the translation as it stands, reads what
each window shows at once, and moves the & of one label of each clash to a letter of it that no
window it appears in uses. A translator runs it after changing labels:
    scripts/fix-mnemonics.py build/ci de_DE es_ES fr_FR pt_BR
then reads the diff of translations/*.ts."""
import collections, os, re, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
build = sys.argv[1]
amp = re.compile(r'(?<!&)&(?!&)')


def plain(text):
    return amp.sub('', text)


def letter(text):
    m = amp.search(text)
    return text[m.end()].lower() if m and m.end() < len(text) else None


def shown(path, locale):
    qm = tempfile.mktemp(suffix='.qm')
    subprocess.run([ '/usr/lib/qt6/bin/lrelease', '-silent', path, '-qm', qm], check=True)
    env = dict(os.environ, QT_QPA_PLATFORM='offscreen', ROLLBOOK_TEST_LOCALE=locale, ROLLBOOK_TRANSLATION=qm,
               ROLLBOOK_TEST_DUMP_MNEMONICS='1', HOME=tempfile.mkdtemp())
    out = subprocess.run([os.path.join(build, 'tests', 'test_desktopgui'),
                          'everyControlOfEveryWindowHasANameAndItsOwnMnemonic'],
                         env=env, capture_output=True, text=True).stdout
    os.remove(qm)
    groups = collections.defaultdict(list)
    for line in out.splitlines():
        if ' MNEMONIC ' in line:
            group, _, text = line.split(' MNEMONIC ', 1)[1].split('\t', 2)
            groups[group].append(text)
    return groups


def candidates(text, taken):
    """Indexes in text of letters it could take as its mnemonic, word starts first."""
    bare = plain(text)
    spans = [(m.start(), m.end()) for m in re.finditer(r'%L?\d+|%n|\{[^}]*\}', bare)]
    inside = lambda i: any(a <= i < b for a, b in spans)
    first, rest = [], []
    for i, c in enumerate(bare):
        if not c.isalpha() or inside(i) or c.lower() in taken:
            continue
        (first if i == 0 or not bare[i - 1].isalpha() else rest).append(i)
    return bare, first + rest


def fix(locale, lang):
    path = os.path.join(root, 'translations', 'rollbook_%s.ts' % lang)
    for attempt in range(8):
        groups = shown(path, locale)
        where = collections.defaultdict(set)
        for g, texts in groups.items():
            for t in texts:
                where[t].add(g)
        moves = {}
        stuck = []
        for g, texts in sorted(groups.items()):
            seen = {}
            for t in texts:
                k = letter(t)
                if k is None:
                    continue
                if k in seen and seen[k] != t and t not in moves and seen[k] not in moves:
                    # Move the label in fewer windows (the other is more often where it is),
                    # or else the other one.
                    moved = False
                    for move in sorted((t, seen[k]), key=lambda x: len(where[x])):
                        taken = set()
                        for other in where[move]:
                            taken |= {letter(x) for x in groups[other] if x != move}
                        bare, options = candidates(move, taken)
                        if options:
                            moves[move] = bare[:options[0]] + '&' + bare[options[0]:]
                            moved = True
                            break
                    if not moved:
                        stuck.append('%s and %s' % (t, seen[k]))
                else:
                    seen.setdefault(k, t)
        if not moves:
            if stuck:
                print('%s: no letter left for: %s; reword one of each' % (locale, '; '.join(sorted(set(stuck)))))
                return False
            print('%s: no mnemonic twice' % locale)
            return True
        tree = ET.parse(path)
        changed = 0
        for message in tree.getroot().iter('message'):
            translation = message.find('translation')
            for form in [translation] + translation.findall('numerusform'):
                text = form.text or ''
                if not amp.search(text):
                    continue
                pieces = re.split(r'%L?\d+|%n', text)
                pattern = re.compile('.+?'.join(re.escape(piece) for piece in pieces) + '$')
                for old, new in moves.items():
                    if pattern.match(old):
                        # The same move on the message text: keep its placeholders.
                        index = len(plain(new)[:new.index('&')])
                        bare = plain(text)
                        target = plain(new)[index].lower()
                        positions = [i for i, c in enumerate(bare) if c.lower() == target]
                        if positions:
                            at = min(positions, key=lambda i: abs(i - index))
                            form.text = bare[:at] + '&' + bare[at:]
                            changed += 1
                        break
        ET.indent(tree.getroot())
        with open(path, 'w', encoding='utf-8') as f:
            f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            f.write(ET.tostring(tree.getroot(), encoding='unicode') + '\n')
        print('%s: moved %d mnemonics (%d messages)' % (locale, len(moves), changed))
        if changed == 0:
            print('  not in the translation (Qt\'s own?):', ', '.join(moves))
            return False
    return False


ok = True
for locale in sys.argv[2:] or ['de_DE', 'es_ES', 'fr_FR', 'pt_BR']:
    ok &= fix(locale, locale.split('_')[0] if locale != 'pt_BR' else 'pt_BR')
sys.exit(0 if ok else 1)

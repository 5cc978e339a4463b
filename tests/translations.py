#!/usr/bin/env python3
"""Every language Rollbook ships is whole and says what the source says: no message unfinished or
missing, every plural with its forms, and each translation keeping the source's placeholders (%1,
%L1, %n, {link}), its HTML tags, its line breaks and its one keyboard mnemonic (&)."""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

here = os.path.dirname(os.path.abspath(__file__))
folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', 'translations')
placeholder = re.compile(r'%L?\d+|%L?n|\{[a-z_%0-9]+\}|</?[a-z0-9]+>')
mnemonic = re.compile(r'(?<!&)&(?!&)')
problems = []
languages = 0
for path in sorted(glob.glob(os.path.join(folder, 'rollbook_*.ts'))):
    language = os.path.basename(path)[9:-3]
    if language == 'en':
        continue
    languages += 1
    root = ET.parse(path).getroot()
    if root.get('language') != language:
        problems.append('%s: says it is language "%s"' % (path, root.get('language')))
    messages = 0
    for context in root.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            messages += 1
            source = message.findtext('source') or ''
            translation = message.find('translation')
            where = '%s %s "%s"' % (language, name, source[:60].replace('\n', ' '))
            if translation is None or translation.get('type') in ('unfinished', 'vanished', 'obsolete'):
                problems.append(where + ': not translated')
                continue
            if message.get('numerus') == 'yes':
                forms = [form.text or '' for form in translation.findall('numerusform')]
                if len(forms) < 2 or not all(forms):
                    problems.append(where + ': a plural form is missing')
                source = source.replace('(s)', '')
            else:
                forms = [translation.text or '']
                if not forms[0]:
                    problems.append(where + ': empty')
            for text in forms:
                if sorted(placeholder.findall(source)) != sorted(placeholder.findall(text)):
                    problems.append(where + ': placeholders or tags differ in "%s"' % text)
                if len(mnemonic.findall(source)) != len(mnemonic.findall(text)):
                    problems.append(where + ': the mnemonic (&) is lost or doubled in "%s"' % text)
                if source.count('\n') != text.count('\n'):
                    problems.append(where + ': line breaks differ in "%s"' % text)
    if messages == 0:
        problems.append(path + ': holds no messages')
for problem in problems:
    print(problem)
if languages < 4:
    print('only %d languages besides English in %s' % (languages, folder))
    sys.exit(1)
print('%d languages checked, %d problems' % (languages, len(problems)))
sys.exit(1 if problems else 0)

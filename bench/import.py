#!/usr/bin/env python3
"""Imports a generated CSV of ROWS initiatives through /admin/import as an administrator does in a browser: sign in,
upload and check the file (the dry run), start the import as validated initiatives, and follow its progress until
it is done. Prints how long the dry run and the import took. Usage: import.py BASE_URL EMAIL PASSWORD ROWS"""
import csv, html.parser, http.cookiejar, io, re, sys, time, urllib.parse, urllib.request, uuid

base, email, password, rows = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


class Forms(html.parser.HTMLParser):
    """The hidden inputs of each form of a page, by form id."""
    def __init__(self):
        super().__init__(); self.forms = {}; self.current = None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'form':
            self.current = a.get('id'); self.forms[self.current] = {}
        elif tag == 'input' and self.current and a.get('type') == 'hidden' and a.get('name'):
            self.forms[self.current][a['name']] = a.get('value') or ''
    def handle_endtag(self, tag):
        if tag == 'form':
            self.current = None


def hidden(page, form):
    parser = Forms(); parser.feed(page); return dict(parser.forms[form])


def get(path):
    return opener.open(base + path, timeout=120).read().decode('utf-8')


def post(path, fields, files=None):
    if files is None:
        data = urllib.parse.urlencode(fields).encode(); kind = 'application/x-www-form-urlencoded'
    else:
        boundary = uuid.uuid4().hex; out = io.BytesIO()
        for name, value in fields.items():
            out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
        for name, (filename, content) in files.items():
            out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                      f'Content-Type: text/csv\r\n\r\n'.encode() + content + b'\r\n')
        out.write(f'--{boundary}--\r\n'.encode()); data = out.getvalue(); kind = f'multipart/form-data; boundary={boundary}'
    request = urllib.request.Request(base + path, data=data, headers={'Content-Type': kind})
    return opener.open(request, timeout=600).read().decode('utf-8')


def generate(n, mark):
    out = io.StringIO(); writer = csv.writer(out, lineterminator='\r\n')
    writer.writerow(['title', 'summary', 'language', 'description', 'country', 'region', 'municipality', 'level',
                     'format', 'stages', 'participation', 'startDate', 'endDate', 'ongoing',
                     'civilSocietyOrganisation', 'publicAuthority', 'links'])
    countries = ['AM', 'FR', 'DE', 'IT', 'GE', 'UA', 'PL', 'ES']
    for i in range(n):
        writer.writerow([f'{mark} initiative {i}', f'Residents and the council decided together, case {i}.',
                         ['en', 'fr', 'hy', 'ru'][i % 4], 'A longer description of how it went. ' * 10,
                         countries[i % len(countries)], 'Region', f'Town {i % 300}', ['local', 'regional',
                         'national'][i % 3], 'hybrid', 'agenda-setting | decision', 'consultation | dialogue',
                         '2024-01-15', '2024-06-30', 'false', f'Association {i % 500}', f'Town hall {i % 300}',
                         f'https://example.org/{i}'])
    return out.getvalue().encode('utf-8')


mark = 'Bench' + uuid.uuid4().hex[:6]
content = generate(rows, mark)
print(f'file: {rows} rows, {len(content) / 1024 / 1024:.1f} MB')

login = get('/login?lang=en')
fields = hidden(login, 'login'); fields.update({'login': 'login', 'login:email': email, 'login:password': password,
                                                'login:submit': 'Sign in'})
post('/login?lang=en', fields)

page = get('/admin/import?lang=en')
fields = hidden(page, 'upload'); fields.update({'upload': 'upload', 'upload:check': 'Check the file'})
start = time.time()
page = post('/admin/import?lang=en', fields, {'upload:file': (f'{mark}.csv', content)})
checked = time.time() - start
match = re.search(r'The file was checked: ([\d,]+) rows, ([\d,]+) of them can be imported', page)
if not match:
    sys.exit('the dry run did not answer as expected:\n' + re.sub(r'<[^>]+>', ' ', page)[:3000])
print(f'dry run (upload, read, check every row, keep the report): {checked:.1f} s; {match.group(0)}')
import_id = re.search(r'/admin/import\?id=(\d+)', page).group(1)

fields = hidden(page, 'run'); fields.update({'run': 'run', 'run:mode': 'VALIDATED', 'run:organisation': '',
                                             'run:note': 'Imported by bench/import.sh', 'run:start': 'Import'})
start = time.time()
post('/admin/import?lang=en', fields)
last = ''
while True:
    page = get(f'/admin/import?id={import_id}&lang=en')
    done = re.search(r'The import is done: ([\d,]+) of ([\d,]+) rows were imported', page)
    progress = re.search(r'Rows dealt with: ([\d,]+) of ([\d,]+)', page)
    if progress and progress.group(0) != last:
        last = progress.group(0); print(f'  {time.time() - start:6.1f} s  {last}')
    if done:
        print(f'import ({rows} rows as validated initiatives, in batches of 200): {time.time() - start:.1f} s; '
              f'{done.group(0)}')
        break
    if time.time() - start > 900:
        sys.exit('the import did not finish within 15 minutes')
    time.sleep(2)

deadline = time.time() + 300
while time.time() < deadline:
    page = get('/api/v1/initiatives?size=1&q=' + urllib.parse.quote(mark))
    total = re.search(r'"total"\s*:\s*(\d+)', page)
    if total and int(total.group(1)) >= rows:
        print(f'searchable (every server rebuilt its index from the change log): {time.time() - start:.1f} s '
              f'after the start; the API finds {total.group(1)}')
        break
    time.sleep(2)

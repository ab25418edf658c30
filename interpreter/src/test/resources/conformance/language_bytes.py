# bytes: literals, repr, operators, indexing, methods, encode/decode, the bytes() builtin,
# int.to_bytes/from_bytes, and CPython's errors for wrong input.


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


# Literals: every prefix, triple quotes, escapes, adjacent concatenation.
print(b'abc', B"abc", br'\n\x00', rb'\t', Rb'x', bR'y', b'''tri
ple''', b"""q'"q""")
print(b'a' b'b' B'c', b'\x00\x01\x7f\x80\xff', b'\101\102\0', b'\a\b\f\v', b'\q\w')
print(b'\u1234', b'\U0001F600', b'\N{BULLET}', len(b'\u1234'))
print(b'line\
continued')

# repr chooses quotes like str, escapes \t \n \r \\ and non-printable bytes as \xhh.
print(repr(b"it's"), repr(b'say "hi"'), repr(b'both \' and "'), repr(b'\t\n\r\\'), repr(b'~\x7f\x1f '))
print(str(b'x'), f"{b'y'}", '%s|%r' % (b'z', b'z'), [b'a', b'b'], (b'',), {b'k': b'v'})

# Syntax errors.
for source in ["b'caf\u00e9'", "b'a' 'b'", "'a' b'b'", "f'a' b'b'", "b'\\\u00e9'", "b'\\x1'", "b'ab\\xzz'",
               "'ab\\x1'", "x = 1; 'abc\\U00110000'"]:
    try:
        exec(source)
    except SyntaxError as e:
        print("SyntaxError:", e)

# Length, truth, indexing, slicing, iteration, membership.
x = b'hello world'
print(len(x), len(b''), bool(b''), bool(b'\x00'), x[0], x[-1], x[4], type(x[0]).__name__)
print(x[1:4], x[::-1], x[::2], x[-5:], x[100:], x[3:1], x[slice(0, 5, 2)])
print(list(b'abc'), [c for c in b'\x00\xff'], sum(b'\x01\x02'), max(b'azb'), sorted(b'cab'))
print(104 in x, 0 in x, b'wor' in x, b'' in x, b'xyz' in x, bytearray(b'lo') in x)
attempt("index 20", lambda: x[20])
attempt("index -20", lambda: x[-20])
attempt("index str", lambda: x['a'])
attempt("256 in", lambda: 256 in x)
attempt("str in", lambda: 'h' in x)
attempt("assign", lambda: x.__setitem__(0, 1))


def assign_item():
    y = b'abc'
    y[0] = 1


def delete_item():
    y = b'abc'
    del y[0]


attempt("setitem", assign_item)
attempt("delitem", delete_item)

# Operators.
print(b'ab' + b'cd', b'ab' + bytearray(b'cd'), b'ab' * 3, 2 * b'xy', b'ab' * 0, b'ab' * -1)
y = b'ab'
y += b'c'
y *= 2
print(y)
attempt("bytes + str", lambda: b'a' + 'b')
attempt("str + bytes", lambda: 'a' + b'b')
attempt("bytes + int", lambda: b'a' + 1)
attempt("list + bytes", lambda: [1] + b'a')
attempt("bytes * str", lambda: b'a' * 'b')
attempt("bytes * float", lambda: b'a' * 1.5)
attempt("bytes - bytes", lambda: b'a' - b'b')

# Comparisons and hashing.
print(b'abc' == b'abc', b'abc' == bytearray(b'abc'), b'abc' != b'abd', b'a' == 'a', b'a' == 97)
print(b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc', b'\xff' > b'\x00', b'a' <= b'a', b'a' >= b'b')
print(hash(b'abc') == hash(b'abc'), hash(b'') == hash(bytes()), len({b'a', b'a', b'b'}), {b'k': 1}[b'k'])
attempt("bytes < str", lambda: b'a' < 'a')
attempt("bytes < int", lambda: b'a' < 1)
print(isinstance(b'', bytes), isinstance(b'', bytearray), isinstance('', bytes), type(b'x'), type(b'x') is bytes)

# The bytes() builtin.
print(bytes(), bytes(3), bytes([1, 2, 255]), bytes((65, 66)), bytes(range(3)), bytes(b'ab'), bytes(bytearray(b'cd')))
print(bytes('héllo', 'utf-8'), bytes('abc', 'ascii'), bytes('é', encoding='latin-1'), bytes(x for x in [104, 105]))
attempt("bytes(str)", lambda: bytes('abc'))
attempt("bytes(256)", lambda: bytes([256]))
attempt("bytes(-1)", lambda: bytes([-1]))
attempt("bytes(-1 count)", lambda: bytes(-1))
attempt("bytes(['a'])", lambda: bytes(['a']))
attempt("bytes(1.5)", lambda: bytes(1.5))
attempt("bytes(None)", lambda: bytes(None))
attempt("bytes(b, enc)", lambda: bytes(b'a', 'utf-8'))
attempt("bytes(s, 1)", lambda: bytes('a', 1))
attempt("bytes(s, bad)", lambda: bytes('a', 'no-such-codec'))
attempt("bytes(object)", lambda: bytes(object()))

# encode / decode.
text = 'héllo wörld €😀'
encoded = text.encode()
print(encoded, len(encoded), encoded.decode(), encoded.decode('utf-8') == text, str(encoded, 'utf-8') == text)
print('abc'.encode('ascii'), 'é'.encode('latin-1'), 'é'.encode('utf8'), 'É'.encode('UTF-8'), 'x'.encode(encoding='latin1'))
print(b'\xe9t\xe9'.decode('latin-1'), b'abc'.decode('ascii'), str(b'abc', encoding='ascii'), str(b'abc'))
print('aé€b'.encode('ascii', 'replace'), 'aé€b'.encode('ascii', 'ignore'), 'a€'.encode('latin-1', 'replace'))
print(b'a\xffb'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'), b'a\x80'.decode('ascii', 'replace'))
print(b'\xe2\x82'.decode('utf-8', 'replace'), b'\xf0\x9f\x98'.decode(errors='replace'), b'\xed\xa0\x80'.decode('utf-8', 'replace'))
attempt("encode ascii", lambda: 'aé'.encode('ascii'))
attempt("encode latin-1", lambda: 'a€'.encode('latin-1'))
attempt("encode emoji ascii", lambda: '😀'.encode('ascii'))
attempt("encode codec", lambda: 'a'.encode('klingon'))
attempt("encode int", lambda: 'a'.encode(1))
attempt("decode ascii", lambda: b'ab\xe9'.decode('ascii'))
attempt("decode start", lambda: b'\xff'.decode())
attempt("decode continuation", lambda: b'a\xe2\x28\xa1'.decode())
attempt("decode continuation 2", lambda: b'\xe2\x82\x28'.decode())
attempt("decode end", lambda: b'ok\xe2\x82'.decode())
attempt("decode end 1", lambda: b'\xc3'.decode())
attempt("decode overlong", lambda: b'\xc0\xaf'.decode())
attempt("decode surrogate", lambda: b'\xed\xa0\x80'.decode())
attempt("decode codec", lambda: b'a'.decode('klingon'))
attempt("str(int, enc)", lambda: str(1, 'utf-8'))
attempt("str(b, bad)", lambda: str(b'\xff', 'utf-8'))

# Methods.
print(x.hex(), b''.hex(), b'\x00\xff'.hex(), bytes.fromhex('de ad BEEF'), bytes.fromhex(''), b'x'.fromhex('41'))
five = bytes(range(1, 6))
print(five.hex('-'), five.hex(':', 2), five.hex(':', -2), five.hex(b'_', 3), b''.hex('-'), five.hex(sep=' ', bytes_per_sep=4))
print(five.hex('-', 0), five.hex('-', 10), bytearray(b'ab').hex(' '))
attempt("hex sep 2", lambda: five.hex('ab'))
attempt("hex sep non-ASCII", lambda: five.hex('\u00e9'))
attempt("hex sep int", lambda: five.hex(1))
attempt("hex sep None", lambda: five.hex(None))
attempt("fromhex odd", lambda: bytes.fromhex('abc'))
attempt("fromhex bad", lambda: bytes.fromhex('zz'))
attempt("fromhex space", lambda: bytes.fromhex('0 1'))
attempt("fromhex bytes", lambda: bytes.fromhex(b'ab'))
print(x.count(b'o'), x.count(b'l', 3), x.count(111), x.count(b''), x.find(b'o'), x.find(b'o', 5), x.find(b'z'), x.find(119))
print(x.rfind(b'o'), x.index(b'w'), x.rindex(b'l'), x.find(b'lo', 0, 4), x.find(b'lo', 0, 5))
attempt("index missing", lambda: x.index(b'z'))
attempt("find str", lambda: x.find('o'))
attempt("count 300", lambda: x.count(300))
print(x.startswith(b'hell'), x.startswith(b'world', 6), x.endswith(b'ld'), x.startswith((b'x', b'he')), x.endswith(b'o', 0, 5))
attempt("startswith str", lambda: x.startswith('h'))
attempt("endswith int", lambda: x.endswith(1))
print(x.split(), b'  a  b  '.split(), b'a,b,,c'.split(b','), b'a,b,c'.split(b',', 1), b'a b c'.rsplit(None, 1), b'a\x1cb'.split())
print(b'a,b'.split(sep=b','), b''.split(), b''.split(b','), b'a\tb\nc\x0bd\x0ce\rf'.split())
attempt("split str", lambda: x.split('o'))
attempt("split empty", lambda: x.split(b''))
print(b'  hi  '.strip(), b'  hi  '.lstrip(), b'  hi  '.rstrip(), b'xxhixx'.strip(b'x'), b'\xa0hi\x85'.strip(), b'abcba'.strip(b'ab'))
attempt("strip str", lambda: x.strip('h'))
print(b'-'.join([b'a', b'b', bytearray(b'c')]), b''.join([]), b', '.join(b'%d' if False else bytes([c]) for c in b'xyz'))
attempt("join str", lambda: b'-'.join(['a']))
attempt("join int", lambda: b'-'.join([b'a', 1]))
print(x.replace(b'o', b'0'), x.replace(b'l', b'L', 2), x.replace(b'', b'.'), b'aaa'.replace(b'a', b''))
attempt("replace str", lambda: x.replace('o', b'0'))
print(b'Hello World 123'.upper(), b'Hello World 123'.lower(), b'caf\xe9'.upper(), b'ABC\xc9'.lower())
print(b'123'.isdigit(), b'12a'.isdigit(), b''.isdigit(), b'abc'.isalpha(), b'ab1'.isalpha(), b'\xe9'.isalpha())
print(b' \t\n'.isspace(), b' x'.isspace(), b'\xa0'.isspace(), b'ab1'.isalnum(), b'ABC'.isupper(), b'abc 1'.islower())
print(b'a=b'.partition(b'='), b'a=b=c'.rpartition(b'='), b'abc'.partition(b'x'), b'abc'.removeprefix(b'ab'), b'abc'.removesuffix(b'bc'))

table = bytes.maketrans(b'abc', b'xyz')
print(len(table), b'aabbcc d'.translate(table), b'abcd'.translate(None, b'bd'), b'abcd'.translate(table, delete=b'a'))
print(bytearray(b'abc').translate(table), bytearray.maketrans(b'a', b'b')[97:98], b'a'.maketrans(b'a', b'c')[97])
attempt("maketrans lengths", lambda: bytes.maketrans(b'ab', b'x'))
attempt("maketrans str", lambda: bytes.maketrans('a', 'b'))
attempt("translate table", lambda: b'a'.translate(b'xx'))
attempt("translate str", lambda: b'a'.translate('x'))
print(b'hello wORLD 1x'.title(), b'hELLO wORLD'.capitalize(), b'Hello \xe9'.swapcase(), b'1abc'.capitalize(), bytearray(b'aB').swapcase())
print(b'Hello World'.istitle(), b'Hello world'.istitle(), b''.istitle(), b'1A'.istitle(), b'A1b'.istitle())

# int.to_bytes / int.from_bytes.
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True), (5).to_bytes(), (0).to_bytes(0, 'big'))
print((255).to_bytes(1, 'big'), (-128).to_bytes(1, 'big', signed=True), (2 ** 70).to_bytes(9, byteorder='little'))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True))
print(int.from_bytes(b'\xff\xff', 'big'), int.from_bytes([1, 2]), int.from_bytes(b''), int.from_bytes(bytearray(b'\x80'), 'big', signed=True))
attempt("to_bytes negative", lambda: (-1).to_bytes(2, 'big'))
attempt("to_bytes overflow", lambda: (65536).to_bytes(2, 'big'))
attempt("to_bytes signed overflow", lambda: (128).to_bytes(1, 'big', signed=True))
attempt("to_bytes order", lambda: (1).to_bytes(1, 'middle'))
attempt("to_bytes length", lambda: (1).to_bytes(-1, 'big'))
attempt("from_bytes str", lambda: int.from_bytes('ab', 'big'))

# ord and chr with bytes.
print(ord(b'a'), ord(x[0:1]), chr(x[0]))
attempt("ord 2", lambda: ord(b'ab'))

# Padding, lines, tabs.
print(b'x'.center(5), b'x'.ljust(4, b'*'), b'x'.rjust(3), b'-5'.zfill(4), b'a\tb'.expandtabs(4), b'x'.center(1))
print(b'a\nb\r\nc\rd\x0be\x1cf'.splitlines(), b'a\nb\n'.splitlines(True), b''.splitlines(), b'\x80'.isascii(), b'ab'.isascii())
attempt("center fill str", lambda: b'x'.center(5, 'a'))
attempt("center fill 2", lambda: b'x'.center(5, b'ab'))

# Builtins that take bytes.
print(int(b'12'), int(b' -7 '), int(b'ff', 16), int(bytearray(b'0x1f'), 0), float(b'1.5'), float(bytearray(b'2')))
print(list(reversed(b'abc')), bytes(reversed(b'abc')), list(enumerate(b'ab')), max([b'a', b'b']), ascii(b'\xff'))
attempt("int(b'x')", lambda: int(b'x'))
attempt("int(b'\\xff')", lambda: int(b'\xff', 16))
attempt("float(b'x')", lambda: float(b'1e\xff'))
attempt("sum bytes", lambda: sum([b'a', b'b'], b''))
attempt("sum bytearray", lambda: sum([b'a'], bytearray()))
attempt("huge index", lambda: b'ab'[2 ** 70])

# %-formatting of bytes.
print(b'%s|%b|%r|%a|%c|%c|%5d|%-4x|%.2f|%%' % (b'x', bytearray(b'y'), b'z', '\u00e9', 65, b'B', 42, 255, 1.5))
print(b'%5s|%-5s|%.1s' % (b'ab', b'cd', b'ef'), b'%(k)s=%(v)d' % {b'k': b'key', b'v': 7}, bytearray(b'%d') % 3, b'%s' % b'\xff')


class Raw:
    def __bytes__(self):
        return b'raw'


print(b'<%s>' % Raw(), '%s' % b'in str', '%r' % bytearray(b'x'))
print(bytes(Raw()), bytearray(b'-').join([Raw().__bytes__()]))


class NotBytes:
    def __bytes__(self):
        return 'text'


attempt("bad __bytes__", lambda: bytes(NotBytes()))
attempt("%s str", lambda: b'%s' % 'str')
attempt("%s int", lambda: b'%s' % 5)
attempt("%c 256", lambda: b'%c' % 256)
attempt("%c ab", lambda: b'%c' % b'ab')
attempt("too few", lambda: b'%d %d' % (1,))
attempt("too many", lambda: b'%d' % (1, 2))
attempt("%b in str", lambda: '%b' % 5)
attempt("%d str", lambda: b'%d' % 'x')

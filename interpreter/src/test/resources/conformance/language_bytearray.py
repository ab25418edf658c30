# bytearray: the mutable bytes. Construction, repr, mutation (items, slices, methods, +=),
# comparison with bytes, methods shared with bytes returning bytearrays, and CPython's errors.


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


print(bytearray(), bytearray(3), bytearray([1, 2, 255]), bytearray(b'abc'), bytearray('hé', 'utf-8'), bytearray(range(65, 68)))
print(repr(bytearray(b"it's")), repr(bytearray(b'say "hi"')), repr(bytearray(b'both \' and "')), str(bytearray(b'\x00\n')), [bytearray(b'x')], type(bytearray()).__name__)
attempt("bytearray(str)", lambda: bytearray('abc'))
attempt("bytearray(300)", lambda: bytearray([300]))
attempt("bytearray(1.5)", lambda: bytearray(1.5))
attempt("bytearray(-2)", lambda: bytearray(-2))
attempt("hash", lambda: hash(bytearray(b'a')))
attempt("dict key", lambda: {bytearray(b'a'): 1})

a = bytearray(b'hello')
print(len(a), a[0], a[-1], a[1:3], a[::-1], list(a), 108 in a, b'ell' in a, bool(a), bool(bytearray()))
a[0] = 72
a[-1] = ord('O')
print(a)
a[1:3] = b'EY'
print(a)
a[1:3] = b''
print(a)
a[0:0] = [1, 2]
print(a)
a[::2] = b'xyz'
print(a)
del a[0]
print(a)
del a[::2]
print(a)
del a[:]
print(a, len(a))


def set_out_of_range():
    b = bytearray(b'ab')
    b[5] = 1


def set_value(value):
    b = bytearray(b'ab')
    b[0] = value


def set_slice(value):
    b = bytearray(b'abc')
    b[::2] = value
    return b


def delete_out_of_range():
    b = bytearray(b'ab')
    del b[-3]


attempt("set index", set_out_of_range)
attempt("set 256", lambda: set_value(256))
attempt("set str", lambda: set_value('a'))
attempt("set slice size", lambda: set_slice(b'x'))
attempt("set slice int", lambda: set_slice(5))
attempt("set slice ok", lambda: set_slice([9, 8]))
attempt("set slice None", lambda: set_slice(None))
attempt("set slice float", lambda: set_slice(1.5))
attempt("set slice str", lambda: set_slice('ab'))
attempt("set slice 300", lambda: set_slice([300, 1]))
attempt("set slice range", lambda: set_slice(range(2)))
attempt("del index", delete_out_of_range)
attempt("get index", lambda: bytearray(b'a')[1])
attempt("get str", lambda: bytearray(b'a')['x'])

# Methods that change it.
b = bytearray(b'ab')
b.append(99)
b.extend(b'de')
b.extend([102, 103])
b.extend(bytearray(b'h'))
b.extend(x for x in [105])
print(b, b.pop(), b.pop(0), b)
b.insert(0, 65)
b.insert(-1, 66)
b.insert(100, 67)
print(b)
b.remove(66)
print(b)
b.reverse()
print(b)
c = b.copy()
c.clear()
print(b, c)
attempt("append 256", lambda: b.append(256))
attempt("append str", lambda: b.append('a'))
attempt("extend int", lambda: b.extend(5))
attempt("extend str", lambda: b.extend('ab'))
attempt("pop empty", lambda: bytearray().pop())
attempt("pop range", lambda: bytearray(b'a').pop(5))
attempt("remove missing", lambda: bytearray(b'a').remove(5))
attempt("insert 1 arg", lambda: bytearray(b'a').insert(1))

# += and *= change the object in place; + and * make new ones.
d = bytearray(b'ab')
alias = d
d += b'cd'
d += bytearray(b'e')
d *= 2
print(d, alias, d is alias)
print(d + b'!', b'!' + d, d * 2, type(b'!' + d).__name__, type(d + b'!').__name__)


def add_str():
    e = bytearray(b'a')
    e += 'x'


attempt("+= str op", add_str)
attempt("+ str", lambda: bytearray(b'a') + 'x')

# Comparisons with bytes, by content.
print(bytearray(b'abc') == b'abc', b'abc' == bytearray(b'abc'), bytearray(b'a') < b'b', bytearray(b'b') > bytearray(b'a'))
print(bytearray(b'a') != b'a', bytearray(b'a') == 'a', bytearray() == b'')

# Shared methods return bytearrays.
s = bytearray(b' a,b ,c ')
print(s.strip(), s.split(b','), s.split(), s.replace(b' ', b''), s.upper(), s.partition(b','), s.find(b','), s.count(b' '))
print(bytearray(b'-').join([b'x', b'y']), bytearray(b'hi').decode(), bytearray(b'\x01\xff').hex(), bytearray.fromhex('4142'))
print(bytearray(b'ab').startswith(b'a'), bytearray(b'AB').lower(), bytearray(b'12').isdigit(), bytes(bytearray(b'xy')))

# Iteration sees changes made while iterating.
f = bytearray(b'ab')
for v in f:
    if len(f) < 4:
        f.append(v + 1)
print(f)

# Containers (dict, set, list, tuple) and str methods, checked against CPython 3.11.
print(2**100, 2**64 - 1, -2**63, 10**20 // 7, 10**20 % 7, -(10**20) // 7)
f = 1
for i in range(1, 30):
    f = f * i
print(f, f / 3, 2**100 / 2**99, 1 / 3, 7 // 2, -7 // 2, 7.5 // 2, -7.5 % 2)
print(hash(1), hash(1.0), hash(True), hash(1.5), hash(-1), hash(2**61), hash(2**100), hash(-2.5), hash((1, 2)), hash(()))
print(hash(0.1), hash(1e300), hash(float('inf')), hash(-2**70))
print(int('  42 '), int('-0x1f', 16), int('0b101', 0), int('1_000'), int(3.9), int(-3.9), int(1e20), float('1e3'), float(' -inf '))
print(format(1234567.891, ',.2f'), format(0.5, '%'), format(255, '#x'), format(-42, '+08d'), format('ab', '^7'), format(3.14159, '.3e'))
print(format(1e-5, 'g'), format(123456789, ','), format(1.0, ''), format(12.0, 'g'), format(0.0001234, '.2'), format(True, 'd'))
print('%d %.2f %s %r %5s|%-5s|%05.1f %x %o %e %%' % (42, 3.14159, 'hi', 'hi', 'a', 'b', 2.25, 255, 8, 12345.678))
print('{} {:.3f} {name} {!r}'.format(1, 2.0, 'q', name='x'))
print('{0} {1} {0}'.format('a', 'b'), '{:{w}.{p}f}'.format(3.14159, w=10, p=2), '{0[1]}'.format([5, 6]))
d = dict()
d['a'] = 1
d['b'] = 2
d[1] = 'one'
d[True] = 'true'
d[1.0] = 'float'
print(d, len(d), 'a' in d, d.get('z'), d.get('z', 0), list(d.keys()), list(d.values()), list(d.items()))
print(d.pop('a'), d, d.setdefault('c', 3), d.popitem(), d)
e = dict(x=1, y=2)
e.update([('z', 3)])
print(e, e.keys(), e.items(), dict([(1, 2)]) == dict([(1, 2)]))
s = set([3, 1, 2, 10, 100, 33])
print(s, set(), frozenset([1, 2]), s.union(set([7])), s.intersection(set([1, 2, 50])), s - set([1]), s.symmetric_difference(set([1, 99])))
s.add(5)
s.discard(3)
print(s, s.pop(), s, set('abc') == set('cba'), set([1,2]) <= set([1,2,3]))
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True))
print(min(3, 1, 2), max([1, 5, 3]), min([], default=9), sum([1, 2, 3]), sum([0.1] * 10), abs(-3), abs(-2.5), round(2.5), round(3.5), round(2.675, 2), round(-0.5), round(1234, -2))
print(list(enumerate('ab', 1)), list(zip([1, 2, 3], 'ab')), any([0, 1]), all([]), divmod(7, -2), divmod(7.5, 2), pow(2, 10), pow(3, 4, 5), pow(2, -1))
print(hex(255), oct(8), bin(-5), chr(65), ord('a'), list(reversed([1, 2, 3])), bool(''), bool([0]), tuple('ab'), list(range(3)))
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'))
L = [3, 1, 2]
L.append(4); L.extend([5, 6]); L.insert(0, 0); L.remove(3); print(L, L.pop(), L.pop(0), L.index(2), L.count(1))
L.sort(); L.reverse(); print(L, L * 2, [1, 2] + [3], [1, 2] < [1, 3], (1, 2) < (1, 2, 0), (1, 2).index(2), (1, 1).count(1))
L += [9]
L.pop(0)
print(L, L[::-1])
print('a,b,,c'.split(','), ' a  b '.split(), 'a b c'.split(None, 1), 'a b c'.rsplit(' ', 1), '-'.join(['x', 'y']), '  hi  '.strip(), 'xxhixx'.strip('x'))
print('hello world'.title(), 'hello'.capitalize(), 'abc'.upper(), 'ABC'.lower(), 'hello'.replace('l', 'L'), 'hello'.find('l'), 'hello'.rfind('l'), 'hello'.count('l'))
print('hi'.ljust(5, '.'), 'hi'.rjust(5), 'hi'.center(7, '*'), '42'.zfill(5), '-42'.zfill(5), '123'.isdigit(), 'abc'.isalpha(), ' '.isspace(), 'a\nb\r\nc'.splitlines(), 'a=b=c'.partition('='), 'a=b=c'.rpartition('='))
print('ab' * 3, 3 * 'ab', 'b' in 'abc', 'abc'.startswith(('x', 'a')), 'abc'.endswith('bc'))

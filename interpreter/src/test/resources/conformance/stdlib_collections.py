# collections: defaultdict, Counter, OrderedDict, deque, namedtuple.
from collections import defaultdict, Counter, OrderedDict, deque, namedtuple

words = "the cat sat on the mat the end".split()
counts = defaultdict(int)
for w in words:
    counts[w] += 1
print(counts["the"], counts["dog"], len(counts), sorted(counts.items())[:3])
groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(dict(groups))
print(defaultdict(list))

c = Counter(words)
print(c.most_common(2), c["the"], c["missing"], c.total())
print(Counter("abracadabra"))
c.update(["cat", "cat"])
print(c["cat"], sorted(c.elements())[:4])

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od.move_to_end("b")
print(od, list(od.keys()), od.popitem())

d = deque([1, 2, 3], maxlen=3)
d.append(4)
d.appendleft(0)
print(d, d.popleft(), d.pop(), len(d))
r = deque(range(5))
r.rotate(2)
print(r)

Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], tuple(p), p._asdict(), p._replace(x=5), Point._fields)
x, y = p
print(x + y, p == (1, 2))
Batch = namedtuple("Batch", "inputs targets", defaults=[None])
print(Batch([1]))
try:
    p.x = 3
except AttributeError as e:
    print("immutable:", e)

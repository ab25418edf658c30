# Containers that hold themselves compare, print and look up like CPython's: an item that is the
# very same object counts as equal without being compared (even a NaN), so no comparison recurses forever.
d = {}
d["self"] = d
d["l"] = [d]
print(d == d, d["self"] == d, d["l"] == [d], d)
L = [1]
L.append(L)
L.append({"x": L})
print(L == L, L, str(L), [L, L])
nan = float("nan")
print([nan] == [nan], nan == nan, nan in [nan], [nan].count(nan), [nan].index(nan), {nan: 1}[nan])
t = (nan,)
print(t == t, (float("nan"),) == (float("nan"),))
a = []
for i in range(2000):
    a = [a]
b = []
for i in range(2000):
    b = [b]
try:
    print(a == b)
except RecursionError as e:
    print("RecursionError:", e)
try:
    print(a)
except RecursionError as e:
    print("RecursionError:", e)

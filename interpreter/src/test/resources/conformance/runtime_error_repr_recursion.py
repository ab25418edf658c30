d = dict()
d['l'] = [d]
d['self'] = d
L = [1]
L.append(L)
L.append(dict(x=L))
print(d, L, str(L), [L, L])
a = []
for i in range(2000):
    a = [a]
print(a)

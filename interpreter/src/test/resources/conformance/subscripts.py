# Indexing and slicing lists, tuples and strings.
a = [10, 20, 30, 40, 50]
print(a[0], a[-1], a[1:3], a[:2], a[3:], a[::2], a[::-1], a[-2:], a[1:-1:2], a[10:], a[:])
t = (1, 2, 3)
print(t[1], t[-3], t[0:2], t[::-1])
s = 'torchlet'
print(s[0], s[-3:], s[::2], s[5:1:-1], s[100:])
a[1] = 'changed'
a[-1] = None
print(a, len(a))
grid = [[1, 2], [3, 4]]
grid[1][0] = 99
print(grid, grid[1][0])
print(a[7])

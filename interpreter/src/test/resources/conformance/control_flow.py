# if/elif/else, while, for over range/list/str, break/continue, loop else, boolean logic, comparisons.
total = 0
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    total += i
print(total)

n = 0
while n < 5:
    n += 1
else:
    print("while finished", n)

for word in ['tensor', 'grad', 'loss']:
    if word == 'grad':
        print('found', word)
        break
else:
    print('not found')

for ch in 'abc':
    print(ch, end=' ')
print()

x = 7
if x < 3:
    print('small')
elif x < 10:
    print('medium')
else:
    print('large')

print(1 < 2 < 3, 3 > 2 > 5, 1 == 1.0, 2 != 2, 'a' < 'b', None is None, 1 is not None)
print(0 or 'default', 5 and 6, not 0, not 'x', [] or [1])
print(3 in [1, 2, 3], 'ell' in 'hello', 4 not in range(4), len('torch'), len([1, 2]), len(range(2, 11, 3)))
print(range(5), range(1, 9, 2))
count = 0
while True:
    count += 1
    if count >= 3: break
print('count', count)
for i in range(3): print(i * i)
print(0.1 + 0.2 == 0.3, -0.0 == 0.0, 2 <= 2.0 < 2.5)

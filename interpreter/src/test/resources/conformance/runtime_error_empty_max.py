print(max([3, 1]), max([], default='empty'))
print(max([]))

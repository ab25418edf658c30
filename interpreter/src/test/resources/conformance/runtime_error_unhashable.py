counts = dict()
counts['a'] = 1
print(counts)
counts[[1, 2]] = 3

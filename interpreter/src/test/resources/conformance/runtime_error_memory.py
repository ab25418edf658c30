print(len('ab' * 3))
x = 'a' * (2**62)

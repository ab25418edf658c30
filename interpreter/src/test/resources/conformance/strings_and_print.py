# Strings, repr and print's sep/end.
s = 'Torch' + "let"
print(s, repr(s), str(3.5), repr("it's"), repr('say "hi"'))
print('ab' * 3, 'tab\there', r'raw\n')
print(1, 2, 3, sep=', ', end='!\n')
print('no newline', end='')
print()
print([1, 2.5, 'x', None, True], (1,), (), (1, 2))
print('''triple
quoted''')
print("implicit" " concatenation")

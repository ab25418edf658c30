print('ab' * 2)
print(2.0 * 'ab')

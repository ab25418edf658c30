print('%d items' % 3)
print('%d of %d' % (3,))

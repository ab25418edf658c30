total = 3
print('total: ' + str(total))
print('total: ' + total)

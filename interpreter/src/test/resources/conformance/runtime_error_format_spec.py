print(format(3.14159, '.2f'))
print('{:.2d}'.format(3))

print(int('42'), int('ff', 16))
print(int('4.2'))

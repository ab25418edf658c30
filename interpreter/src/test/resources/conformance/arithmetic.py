# Integer and float arithmetic with CPython's signs, rounding and float repr.
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3)
print(7 / 2, 1 / 3, 2 ** 10, 2 ** -1, -2 ** 2)
print(0.1 + 0.2, 1e-07, 1e16, 1e15, 123456789.123, 0.0001, 0.00001)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
print(3 * 1.5, 10 - 0.25, -0.0, 1.0, 100.0)
x = 10
x += 5
x *= 2
print(x, +x, -x)
a = b = 3
print(a, b)
print(9223372036854775807)

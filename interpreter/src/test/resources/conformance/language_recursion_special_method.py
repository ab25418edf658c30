# Recursion through a special method (an operator calling itself) is Python's RecursionError, not a crash.
class V:
    def __mul__(self, k):
        return self * k
try:
    V() * 2
except RecursionError as e:
    print("RecursionError:", e)
def f(n):
    return n if n == 0 else f(n - 1)
print(f(900))

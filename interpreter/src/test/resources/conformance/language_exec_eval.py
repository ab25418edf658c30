x = 10
print(eval("x + 1"))
print(eval("  x * 2\n"))
exec("y = x * 3\ndef f(a):\n    return a + y\n")
print(y, f(1))
def g():
    z = 5
    print(eval("z + x"))
    print(sorted(k for k in locals()))
g()
ns = {"a": 2}
exec("b = a ** 10", ns)
print(ns["b"], sorted(k for k in ns if k != "__builtins__"))  # CPython also adds __builtins__
print(eval("a + 1", {"a": 41}))
print(eval("q", {}, {"q": 7}))
print(eval("1, 2"))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", type(e).__name__)
try:
    eval("undefined_name")
except NameError as e:
    print(e)
print("x" in globals(), "g" in globals())
class C:
    k = 1
    def m(self): pass
c = C()
c.v = 2
print([n for n in dir(c) if not n.startswith("__")])
print(vars(c))
import math
print("sqrt" in dir(math))
print(sorted(n for n in dir() if not n.startswith("__")))
exec("for i in range(3): print(i)")
print(ascii("héllo 世界 🙂"), ascii([1, "ü"]))

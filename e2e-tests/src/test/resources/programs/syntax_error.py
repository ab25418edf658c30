print("before the error")
x = 1
y = (x +

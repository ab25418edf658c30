print("before")
x = 1
y = (x +

def inner(x):
    return x / 0

def outer(y):
    z = y + 1
    return inner(z)

print("calling")
outer(1)
